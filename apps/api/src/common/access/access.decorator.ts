import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'preuve:access';

/** Who may call a handler. Every handler declares one; the global guard refuses those that do not. */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated'; roles?: string[]; scopes?: string[] };

/**
 * Open to anyone, without a token. Reserved for health, documentation, login, and — until
 * authentication lands — the read-only référentiel and identifier routes.
 */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessPolicy);
}
