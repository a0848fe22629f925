/**
 * Rules of sign-in through an OpenID Connect provider (iSC, Pro Santé Connect, …): which
 * organisation a first sign-in joins, and whether the provider's authentication is strong enough
 * to skip the app's own second factor.
 */

import type { Role } from './access.js';

/** The lower-cased domain of an e-mail address, or null when it has none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

/** A domain as an admin may register it: lower-case labels, at least one dot, no wildcard. */
export function isValidEmailDomain(domain: string): boolean {
  return (
    domain.length <= 253 &&
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain) &&
    !domain.includes('..')
  );
}

/**
 * `amr` values (RFC 8176) that mean more than one factor, or a hardware-bound one: `mfa` and
 * `mca` (several factors or channels), `hwk` (a hardware key), `sc` (smart card: the CPS card of
 * health professionals), `otp`, `swk` (a software key with a PIN, as the e-CPS app).
 */
export const STRONG_AMR = ['mfa', 'mca', 'hwk', 'sc', 'otp', 'swk'] as const;

export interface ProviderStrength {
  /** `acr` values that this provider only gives after strong authentication (e.g. `eidas2`, `eidas3`). */
  strongAcrValues: readonly string[];
}

export interface AuthenticationClaims {
  acr?: string | null;
  amr?: readonly string[] | null;
}

/**
 * Whether the provider authenticated the user strongly: its `acr` is one the admin declared
 * strong for this provider, or its `amr` names a strong method. Nothing said means not strong.
 */
export function isStrongAuthentication(claims: AuthenticationClaims, provider: ProviderStrength): boolean {
  if (claims.acr && provider.strongAcrValues.includes(claims.acr)) return true;
  return (claims.amr ?? []).some((method) => (STRONG_AMR as readonly string[]).includes(method));
}

/** What a first sign-in (no account linked to this provider subject yet) leads to. */
export type FirstSignIn =
  | { kind: 'join'; organizationId: string; role: Role; via: 'invitation' | 'domain'; invitationId?: string }
  | { kind: 'link_required' }
  | { kind: 'refused'; reason: 'email_unverified' | 'email_missing' | 'domain_unknown' };

export interface FirstSignInFacts {
  email: string | null | undefined;
  emailVerified: boolean;
  /** An account with this e-mail exists already (signed up with a password). */
  accountExists: boolean;
  /** An open invitation for this e-mail, if any. */
  invitation: { id: string; organizationId: string; role: Role } | null;
  /** The organisation that registered the e-mail's domain, if any. */
  domain: { organizationId: string; role: Role } | null;
}

/**
 * An existing account is never taken over by e-mail alone: its owner links it after signing in
 * with a password. Otherwise an invitation comes first, then the domain; an unverified e-mail
 * joins nothing.
 */
export function decideFirstSignIn(facts: FirstSignInFacts): FirstSignIn {
  if (!facts.email) return { kind: 'refused', reason: 'email_missing' };
  if (facts.accountExists) return { kind: 'link_required' };
  if (!facts.emailVerified) return { kind: 'refused', reason: 'email_unverified' };
  if (facts.invitation)
    return {
      kind: 'join',
      organizationId: facts.invitation.organizationId,
      role: facts.invitation.role,
      via: 'invitation',
      invitationId: facts.invitation.id,
    };
  if (facts.domain)
    return { kind: 'join', organizationId: facts.domain.organizationId, role: facts.domain.role, via: 'domain' };
  return { kind: 'refused', reason: 'domain_unknown' };
}
