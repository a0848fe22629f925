import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  linkIssuerOf,
  type LinkDisposition,
  type LinkGrant,
  type LinkIssuer,
  type LinkPurpose,
} from '../common/access/link-grant.js';
import type { Principal } from '../common/access/principal.js';
import type { Secrets } from './secrets.js';

export type LinkCheck =
  | { valid: true; grant: LinkGrant }
  /** `invalid`: malformed, altered, or signed for another file; `expired`: genuine but too old. */
  | { valid: false; reason: 'invalid' }
  | { valid: false; reason: 'expired'; expiresAt: Date };

/** The route each kind of link opens, relative to the API origin. */
const LINK_PATHS: Record<LinkPurpose, (resourceId: string) => string> = {
  'evidence-content': (id) => `/api/v1/evidence/${id}/content`,
  'declaration-pdf': (id) => `/api/v1/declarations/${id}/pdf`,
};

const VERSION = '1';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** version . expiry (Unix seconds) . disposition . issuer kind . issuer id . session id or « - » . MAC */
const TOKEN = new RegExp(
  `^${VERSION}\\.(\\d{1,12})\\.([ia])\\.([ut])\\.(${UUID})\\.(${UUID}|-)\\.([A-Za-z0-9_-]{43})$`,
);

/**
 * Short-lived signed links to a file, for what a browser loads by URL and cannot send an
 * Authorization header with (<video src>, <img src>, an <iframe> of a PDF). The token is an
 * HMAC-SHA256, under a key of its own (HKDF from the master secret), of the purpose, the file's
 * id, the expiry, the disposition and the issuer; it is compared in constant time. Nothing is
 * stored: a link cannot be revoked by itself, hence the short lifetime, but it dies with its
 * issuer (sign-out, a revoked API token), which the guard checks on every use.
 */
export class SignedLinks {
  constructor(
    private readonly secrets: Pick<Secrets, 'signedLinkKey'>,
    /** Lifetime of a link. */
    readonly ttlSeconds: number,
    /** The clock, in milliseconds (a parameter so that tests can issue links in the past). */
    private readonly now: () => number = Date.now,
  ) {}

  issue(
    purpose: LinkPurpose,
    resourceId: string,
    disposition: LinkDisposition,
    issuer: LinkIssuer,
  ): { token: string; expiresAt: Date } {
    const expiry = Math.floor(this.now() / 1000) + this.ttlSeconds;
    const payload = [
      VERSION,
      String(expiry),
      disposition === 'inline' ? 'i' : 'a',
      issuer.kind === 'user' ? 'u' : 't',
      issuer.kind === 'user' ? issuer.userId : issuer.tokenId,
      issuer.kind === 'user' ? (issuer.sessionId ?? '-') : '-',
    ].join('.');
    return {
      token: `${payload}.${this.mac(purpose, resourceId.toLowerCase(), payload)}`,
      expiresAt: new Date(expiry * 1000),
    };
  }

  /**
   * A link for `principal` to the file `resourceId` (already checked to be readable by them): the
   * URL that opens it, relative to the API origin, and when it stops working.
   */
  issueLink(
    purpose: LinkPurpose,
    resourceId: string,
    disposition: LinkDisposition,
    principal: Principal,
  ): { url: string; expiresAt: Date } {
    const { token, expiresAt } = this.issue(purpose, resourceId, disposition, linkIssuerOf(principal));
    return { url: `${LINK_PATHS[purpose](resourceId)}?access=${encodeURIComponent(token)}`, expiresAt };
  }

  /** Checks a token presented for `resourceId`; the signature is checked before the expiry. */
  verify(purpose: LinkPurpose, resourceId: string, token: unknown): LinkCheck {
    if (typeof token !== 'string') return { valid: false, reason: 'invalid' };
    const match = TOKEN.exec(token);
    if (!match) return { valid: false, reason: 'invalid' };
    const [, expiry, disposition, issuerKind, issuerId, sessionId, mac] = match;
    const payload = token.slice(0, token.length - mac.length - 1);
    const expected = Buffer.from(this.mac(purpose, resourceId.toLowerCase(), payload), 'utf8');
    const given = Buffer.from(mac, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { valid: false, reason: 'invalid' };
    if (issuerKind === 't' && sessionId !== '-') return { valid: false, reason: 'invalid' };
    const expiresAt = new Date(Number(expiry) * 1000);
    if (this.now() >= expiresAt.getTime()) return { valid: false, reason: 'expired', expiresAt };
    return {
      valid: true,
      grant: {
        purpose,
        resourceId,
        disposition: disposition === 'i' ? 'inline' : 'attachment',
        expiresAt,
        issuer:
          issuerKind === 'u'
            ? { kind: 'user', userId: issuerId, sessionId: sessionId === '-' ? null : sessionId }
            : { kind: 'token', tokenId: issuerId },
      },
    };
  }

  private mac(purpose: LinkPurpose, resourceId: string, payload: string): string {
    return createHmac('sha256', this.secrets.signedLinkKey)
      .update(`preuve signed link\n${purpose}\n${resourceId}\n${payload}`)
      .digest('base64url');
  }
}
