import type { Request } from 'express';
import { tenantOfOrganization, type OrganizationKind, type Role, type Scope, type TenantScope } from '@preuve/domain';
import type { LinkGrant } from './link-grant.js';

/** Who is calling: a signed-in user, or an organisation's API token. */
export type Principal =
  | {
      kind: 'user';
      userId: string;
      email: string;
      role: Role;
      organizationId: string;
      organizationKind: OrganizationKind;
      totpActive: boolean;
      /** The browser session the access token belongs to (null for a token issued outside one). */
      sessionId: string | null;
    }
  | {
      kind: 'token';
      tokenId: string;
      scopes: Scope[];
      organizationId: string;
      organizationKind: OrganizationKind;
    };

export function tenantOf(principal: Principal): TenantScope {
  return tenantOfOrganization(principal.organizationKind, principal.organizationId);
}

/** The user who acts, recorded as the author of what they write; null when an API token acts. */
export function actingUser(principal: Principal | null | undefined): string | null {
  return principal?.kind === 'user' ? principal.userId : null;
}

/** The API token that acts, recorded beside `actingUser`; null when a user acts. */
export function actingToken(principal: Principal | null | undefined): string | null {
  return principal?.kind === 'token' ? principal.tokenId : null;
}

/** Request metadata kept with audit events. */
export interface RequestContext {
  principal: Principal | null;
  ip: string | null;
  userAgent: string | null;
}

export type AuthenticatedRequest = Request & {
  principal?: Principal;
  /** Set when the request came in through a signed link rather than with Authorization. */
  signedLink?: LinkGrant;
};
