import type { Principal } from './principal.js';

export const LINK_DISPOSITIONS = ['inline', 'attachment'] as const;
/** `inline`: shown in the page (<img>, <video>, an <iframe> of a PDF); `attachment`: downloaded. */
export type LinkDisposition = (typeof LINK_DISPOSITIONS)[number];

/**
 * What a link opens. The purpose is part of the signed text, so a link to one kind of file never
 * opens another kind that happens to share the id.
 */
export type LinkPurpose = 'evidence-content' | 'declaration-pdf';

/** Who asked for the link: the link is worth what its issuer is worth when it is used. */
export type LinkIssuer =
  { kind: 'user'; userId: string; sessionId: string | null } | { kind: 'token'; tokenId: string };

export interface LinkGrant {
  purpose: LinkPurpose;
  resourceId: string;
  disposition: LinkDisposition;
  expiresAt: Date;
  issuer: LinkIssuer;
}

export function linkIssuerOf(principal: Principal): LinkIssuer {
  return principal.kind === 'user'
    ? { kind: 'user', userId: principal.userId, sessionId: principal.sessionId }
    : { kind: 'token', tokenId: principal.tokenId };
}
