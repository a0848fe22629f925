import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { Principal } from '../common/access/principal.js';
import type { LinkIssuer } from '../common/access/link-grant.js';
import { SignedLinks } from './signed-links.js';

const EVIDENCE = '6f1c1a52-3d0e-4b8e-9a0f-0c2b1d7e5a11';
const OTHER_EVIDENCE = '9b2d4c6e-8f10-4a3b-8c5d-7e9f0a1b2c3d';
const USER: LinkIssuer = {
  kind: 'user',
  userId: '0d4a9e2b-1c3f-4e5a-8b7c-6d5e4f3a2b1c',
  sessionId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
};
const TOKEN_ID = 'f0e1d2c3-b4a5-4968-8776-655443322110';
const TOKEN: LinkIssuer = { kind: 'token', tokenId: TOKEN_ID };

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const secrets = { signedLinkKey: randomBytes(32) };

function linksAt(now: number, ttlSeconds = 1800, key = secrets): SignedLinks {
  return new SignedLinks(key, ttlSeconds, () => now);
}

describe('SignedLinks', () => {
  it.each([
    ['a user, inline', USER, 'inline'],
    ['a user outside any session, as an attachment', { ...USER, sessionId: null }, 'attachment'],
    ['an API token, inline', TOKEN, 'inline'],
  ] as const)('gives back what it signed, for %s', (_label, issuer, disposition) => {
    const { token, expiresAt } = linksAt(T0).issue('evidence-content', EVIDENCE, disposition, issuer);
    expect(expiresAt).toEqual(new Date(T0 + 1800 * 1000));
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/); // safe in a URL as it is
    expect(linksAt(T0 + 60_000).verify('evidence-content', EVIDENCE, token)).toEqual({
      valid: true,
      grant: { purpose: 'evidence-content', resourceId: EVIDENCE, disposition, expiresAt, issuer },
    });
  });

  it('lasts the configured lifetime: valid a millisecond before it ends, expired from then on', () => {
    const { token, expiresAt } = linksAt(T0, 60).issue('evidence-content', EVIDENCE, 'attachment', USER);
    expect(expiresAt.getTime() - T0).toBe(60_000);
    expect(linksAt(expiresAt.getTime() - 1).verify('evidence-content', EVIDENCE, token).valid).toBe(true);
    expect(linksAt(expiresAt.getTime()).verify('evidence-content', EVIDENCE, token)).toEqual({
      valid: false,
      reason: 'expired',
      expiresAt,
    });
    expect(linksAt(expiresAt.getTime() + 86_400_000).verify('evidence-content', EVIDENCE, token)).toEqual({
      valid: false,
      reason: 'expired',
      expiresAt,
    });
  });

  it('opens only the file and the kind of file it was signed for', () => {
    const { token } = linksAt(T0).issue('evidence-content', EVIDENCE, 'inline', USER);
    const later = linksAt(T0 + 1000);
    expect(later.verify('evidence-content', OTHER_EVIDENCE, token)).toEqual({ valid: false, reason: 'invalid' });
    expect(later.verify('declaration-pdf', EVIDENCE, token)).toEqual({ valid: false, reason: 'invalid' });
    // The id is compared as a UUID, whatever its letter case in the URL.
    expect(later.verify('evidence-content', EVIDENCE.toUpperCase(), token).valid).toBe(true);
  });

  it('refuses a token whose every part was changed: expiry, disposition, issuer, session, signature', () => {
    const { token } = linksAt(T0).issue('evidence-content', EVIDENCE, 'attachment', USER);
    const parts = token.split('.');
    const later = linksAt(T0 + 1000);
    const variants = [
      [parts[0], String(Number(parts[1]) + 3600), ...parts.slice(2)],
      [...parts.slice(0, 2), 'i', ...parts.slice(3)],
      [...parts.slice(0, 3), 't', parts[4], '-', parts[6]],
      [...parts.slice(0, 4), OTHER_EVIDENCE, ...parts.slice(5)], // another user
      [...parts.slice(0, 5), '-', parts[6]],
      [...parts.slice(0, 6), `${parts[6].slice(0, -1)}${parts[6].endsWith('A') ? 'B' : 'A'}`],
    ].map((changed) => changed.join('.'));
    expect(variants.filter((variant) => variant === token)).toEqual([]);
    expect(variants.map((variant) => later.verify('evidence-content', EVIDENCE, variant))).toEqual(
      variants.map(() => ({ valid: false, reason: 'invalid' })),
    );
  });

  it.each([
    ['nothing', undefined],
    ['an empty string', ''],
    ['several values', ['a', 'b']],
    ['garbage', "x'%00<>"],
    ['a token cut short', 'cut'],
  ])('refuses %s as invalid', (_label, value) => {
    const { token } = linksAt(T0).issue('evidence-content', EVIDENCE, 'inline', USER);
    const given = value === 'cut' ? token.slice(0, -5) : value;
    expect(linksAt(T0).verify('evidence-content', EVIDENCE, given)).toEqual({ valid: false, reason: 'invalid' });
  });

  it('refuses a link signed with another key, and says « invalid », not « expired », for an old forgery', () => {
    const forged = linksAt(T0 - 86_400_000, 1800, { signedLinkKey: randomBytes(32) }).issue(
      'evidence-content',
      EVIDENCE,
      'inline',
      USER,
    );
    expect(linksAt(T0).verify('evidence-content', EVIDENCE, forged.token)).toEqual({
      valid: false,
      reason: 'invalid',
    });
  });

  it.each([
    ['evidence-content', `/api/v1/evidence/${EVIDENCE}/content`],
    ['declaration-pdf', `/api/v1/declarations/${EVIDENCE}/pdf`],
  ] as const)('issues a %s link as the URL of its route, for the principal who asked', (purpose, path) => {
    const principal: Principal = {
      kind: 'token',
      tokenId: TOKEN_ID,
      scopes: ['dossiers:read'],
      organizationId: OTHER_EVIDENCE,
      organizationKind: 'vendor',
    };
    const { url, expiresAt } = linksAt(T0).issueLink(purpose, EVIDENCE, 'inline', principal);
    expect(expiresAt).toEqual(new Date(T0 + 1800 * 1000));
    const [base, query] = url.split('?');
    expect(base).toBe(path);
    const token = new URLSearchParams(query).get('access');
    expect(linksAt(T0).verify(purpose, EVIDENCE, token)).toEqual({
      valid: true,
      grant: { purpose, resourceId: EVIDENCE, disposition: 'inline', expiresAt, issuer: TOKEN },
    });
  });
});
