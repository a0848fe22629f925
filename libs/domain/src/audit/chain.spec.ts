import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from '../canonical-json.js';
import { AUDIT_GENESIS_HASH, auditEventContent, canonicalPlainJson, type AuditChainEvent } from './chain.js';

const event: AuditChainEvent = {
  seq: '42',
  occurredAt: new Date('2026-03-04T05:06:07.089Z'),
  action: 'dossier.answers_changed',
  actorUserId: '6f1c2a9e-8d4b-4c1e-9a3f-0b2d4e6f8a1c',
  actorTokenId: null,
  organizationId: '0d3e5f7a-1b2c-4d6e-8f0a-2b4c6d8e0f1a',
  targetType: 'dossier',
  targetId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  data: { before: { profiles: [] }, after: { profiles: ['general'], insApplicable: true }, ignored: [] },
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 « Preuve »',
  prevHash: 'ab'.repeat(32),
};

describe('auditEventContent', () => {
  it('is canonicalJson of the hashed fields, the date as its ISO text', () => {
    const { occurredAt, ...rest } = event;
    expect(auditEventContent(event)).toBe(canonicalJson({ ...rest, occurredAt: (occurredAt as Date).toISOString() }));
    expect(JSON.parse(auditEventContent(event))).toEqual({ ...rest, occurredAt: '2026-03-04T05:06:07.089Z' });
  });

  it('is the same for a Date and its ISO text, and whatever the key order of data', () => {
    const reordered = { ...event, occurredAt: '2026-03-04T05:06:07.089Z', data: JSON.parse(canonicalJson(event.data)) };
    expect(auditEventContent(reordered)).toBe(auditEventContent(event));
    const shuffled = {
      ...event,
      data: { ignored: [], after: { insApplicable: true, profiles: ['general'] }, before: { profiles: [] } },
    };
    expect(auditEventContent(shuffled)).toBe(auditEventContent(event));
  });

  it('keeps null fields, so an absent actor differs from any actor', () => {
    const anonymous = { ...event, actorUserId: null, ip: null, userAgent: null };
    expect(JSON.parse(auditEventContent(anonymous))).toMatchObject({ actorUserId: null, ip: null, userAgent: null });
    expect(auditEventContent(anonymous)).not.toBe(auditEventContent(event));
  });

  it.each<[string, Partial<AuditChainEvent>]>([
    ['seq', { seq: '43' }],
    ['occurredAt', { occurredAt: new Date('2026-03-04T05:06:07.090Z') }],
    ['action', { action: 'dossier.created' }],
    ['actorUserId', { actorUserId: null }],
    ['actorTokenId', { actorTokenId: '6f1c2a9e-8d4b-4c1e-9a3f-0b2d4e6f8a1d' }],
    ['organizationId', { organizationId: null }],
    ['targetType', { targetType: 'user' }],
    ['targetId', { targetId: 'another' }],
    ['data', { data: { forged: true } }],
    ['ip', { ip: '203.0.113.8' }],
    ['userAgent', { userAgent: 'curl/8.0' }],
    ['prevHash', { prevHash: AUDIT_GENESIS_HASH }],
  ])('changes when %s changes', (_field, change) => {
    expect(auditEventContent({ ...event, ...change })).not.toBe(auditEventContent(event));
  });

  it('cannot be forged by text that looks like another field', () => {
    const smuggled = { ...event, ip: null, userAgent: 'x","ip":"203.0.113.7' };
    const honest = { ...event, ip: '203.0.113.7', userAgent: 'x' };
    expect(auditEventContent(smuggled)).not.toBe(auditEventContent(honest));
    expect(JSON.parse(auditEventContent(smuggled))).toMatchObject({ ip: null, userAgent: 'x","ip":"203.0.113.7' });
  });

  it('starts the chain from 64 zeros', () => {
    expect(AUDIT_GENESIS_HASH).toMatch(/^0{64}$/);
  });
});

describe('canonicalPlainJson', () => {
  // What jsonb can give back, and what JSON.stringify must escape.
  const values: unknown[] = [
    {},
    [],
    null,
    true,
    0,
    -0,
    0.1,
    1e21,
    -1.5e-7,
    'plain',
    'with "quotes" and \\ backslash',
    'control \u0000\u0001\b\f\n\r\t\u001f end',
    'é « » — 😀 \u2028\u2029',
    JSON.parse('"lone \\ud800 surrogate"'),
    { z: 1, a: 2, é: 3, Z: 4, '😀': 5, '\uffff': 6, '': 7, '"': 8 },
    { nested: { b: [1, { d: null, c: [] }], a: { y: 'x', x: 'y' } }, list: [[], [{}], 'x'] },
    { before: { profiles: ['general'] }, after: { profiles: ['general', 'professional_access'] }, ignored: [] },
  ];

  it.each(values.map((value) => [Object.is(value, -0) ? '-0' : JSON.stringify(value), value]))(
    'renders %s as canonicalJson does',
    (_label, value) => {
      expect(canonicalPlainJson(value)).toBe(canonicalJson(value));
    },
  );

  it('drops undefined members and renders Dates as ISO text, as canonicalJson does', () => {
    const value = { a: undefined, b: new Date('2026-03-04T05:06:07.089Z'), c: [undefined, 1] };
    expect(canonicalPlainJson(value)).toBe(canonicalJson(value));
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalPlainJson({ n: Number.POSITIVE_INFINITY })).toThrow(TypeError);
  });
});
