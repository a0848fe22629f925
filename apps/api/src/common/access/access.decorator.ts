import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import { ROLES, type Role, type Scope } from '@preuve/domain';
import type { LinkPurpose } from './link-grant.js';
import { ApiErrors } from '../openapi/api-errors.decorator.js';

export const ACCESS_METADATA = 'preuve:access';
export const BEARER = 'bearer';
/** The OpenAPI security scheme of signed links: the `access` query parameter. */
export const SIGNED_LINK = 'signed-link';
/** The query parameter that carries a signed link's token. */
export const SIGNED_LINK_PARAMETER = 'access';

/** Who may call a handler. Every handler declares one; the global guard refuses those that do not. */
export type AccessPolicy =
  | { kind: 'public' }
  | {
      kind: 'authenticated';
      /** User roles allowed. */
      roles: readonly Role[];
      /** The scope an API token needs; absent: users only. `any`: any valid token. */
      scope?: Scope | 'any';
      /** Open to authority users who have not activated two-factor authentication yet. */
      duringTotpEnrollment?: boolean;
      /**
       * Also open, without Authorization, to a valid signed link of this purpose for the `:id`
       * of the path (`?access=`): the link's issuer is then the principal, checked as usual.
       */
      signedLink?: LinkPurpose;
    };

/** Open to anyone, without a token: health, documentation and login only. */
export function Public(): MethodDecorator & ClassDecorator {
  // `ApiSecurity({})` marks the operation open in the OpenAPI document (written `security: []`).
  return applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessPolicy), ApiSecurity({}));
}

export const ANY_ROLE: readonly Role[] = ROLES;

/** Who may call an authenticated handler: what `@Authenticated` takes. */
export type AccessRule = Omit<Extract<AccessPolicy, { kind: 'authenticated' }>, 'kind'>;

/**
 * The one access decorator of an authenticated handler: sets what the guard checks and what
 * the OpenAPI document says (bearer security, 401 and 403 answers).
 */
export function Authenticated(policy: AccessRule): MethodDecorator {
  const who = [
    `roles: ${policy.roles.join(', ')}`,
    policy.scope ? `API tokens: ${policy.scope === 'any' ? 'any scope' : `scope ${policy.scope}`}` : 'no API token',
  ];
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'authenticated', ...policy } satisfies AccessPolicy),
    ApiBearerAuth(BEARER),
    ...(policy.signedLink ? [ApiSecurity(SIGNED_LINK)] : []),
    ApiErrors({
      401: policy.signedLink
        ? 'AUTHENTICATION_REQUIRED, INVALID_TOKEN, or INVALID_LINK (a signed link expired, altered, for another file, or whose session ended)'
        : 'AUTHENTICATION_REQUIRED or INVALID_TOKEN',
      403: `Allowed — ${who.join('; ')}`,
    }),
  );
}
