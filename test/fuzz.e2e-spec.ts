import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ErrorCode } from '../apps/api/src/common/errors/error-code.js';
import {
  adminToken,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Vendor,
} from './support/actors.js';
import { type FuzzCase, fuzzCases } from './support/fuzz-cases.js';
import { fillPath, loadSpec, type Operation, operationsOf } from './support/operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Every operation of openapi.json, fed malformed JSON, wrong types, unknown fields, deep nesting,
 * huge strings, NUL and lone surrogates, bad path parameters and query values, missing and
 * garbage tokens, as the actor (of four) who gets past its access check. Zero 5xx; every 4xx a
 * coded error body. The cases are generated from the spec, so a new operation is fuzzed as soon
 * as it is in openapi.json; one the generator cannot handle, or no actor can reach, fails here.
 */
const spec = loadSpec();
const operations = operationsOf(spec);
const CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Operations no fuzz actor gets past the access check of, with the reason; their cases still run
 * (and must still get coded 4xx). A new entry needs a reason a reviewer accepts: most likely, a
 * new actor belongs in `actors` instead.
 */
const UNREACHABLE: Record<string, string> = {
  refreshSession: 'authenticated by the HttpOnly session cookie and its CSRF header, which no bearer actor has',
};

interface Actor {
  name: string;
  token: string;
  organizationId: string;
}

interface Outcome {
  label: string;
  status: number;
  code: unknown;
  problem: string | null;
}

describe('fuzz: every operation of openapi.json', () => {
  let app: TestApp;
  let vendor: Vendor;
  let actors: Actor[];
  const ids: Record<string, string> = {};
  let requests = 0;
  let serverErrors = 0;
  const fuzzed = new Set<string>();

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
    vendor = await createVendor(app);
    const authority = await createOrganization(app, `Autorité fuzz ${Date.now().toString(36)}`, 'authority');
    const lead = await createMember(app, authority.id, 'review_lead');
    const admin = await adminToken(app);
    const dossier = await createDossier(app, vendor.member.token);
    Object.assign(ids, dossier);
    actors = [
      { name: 'vendor member', token: vendor.member.token, organizationId: vendor.organization.id },
      { name: 'vendor admin', token: vendor.admin.token, organizationId: vendor.organization.id },
      { name: 'review lead', token: lead.token, organizationId: authority.id },
      { name: 'platform admin', token: admin, organizationId: vendor.organization.id },
    ];
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    // The figures, for the record (jest shows a worker's stdout).
    process.stdout.write(
      `fuzz: ${fuzzed.size} operations of ${operations.length}, ${requests} requests, ${serverErrors} answered 5xx\n`,
    );
  }, 30_000);

  function fillerFor(operation: Operation, actor: Actor): (values: Record<string, string>) => string {
    const path = operation.path;
    const id =
      path.startsWith('/api/v1/dossiers/') || path.startsWith('/api/v1/review/dossiers/')
        ? ids.dossierId
        : path.startsWith('/api/v1/products/')
          ? ids.productId
          : path.startsWith('/api/v1/referentials/')
            ? ids.referentialId
            : undefined;
    const defaults: Record<string, string> = { orgId: actor.organizationId, ...(id ? { id } : {}) };
    return (values) => fillPath(operation, { ...defaults, ...values });
  }

  async function send(operation: Operation, path: string, fuzz: FuzzCase, actor: Actor): Promise<Outcome> {
    const target = fuzz.query ? `${path}${path.includes('?') ? '&' : '?'}${fuzz.query}` : path;
    let call = app.http()[operation.method](target);
    const authorization = fuzz.authorization === undefined ? `Bearer ${actor.token}` : fuzz.authorization;
    if (authorization !== null) call = call.set('Authorization', authorization);
    if (fuzz.contentType) call = call.set('Content-Type', fuzz.contentType);
    // Any body is sent as the exact bytes given (superagent would otherwise re-encode objects).
    const response = await (fuzz.body !== undefined ? call.send(Buffer.from(fuzz.body)) : call).buffer(true);
    requests += 1;
    const status = response.status;
    let problem: string | null = null;
    const body = (response.body ?? {}) as { code?: unknown; statusCode?: unknown; correlationId?: unknown };
    if (status >= 500) {
      serverErrors += 1;
      problem = `answered ${status}`;
    } else if (status >= 400) {
      if (typeof body.code !== 'string' || !CODES.has(body.code)) problem = `a ${status} without a known code`;
      else if (body.statusCode !== status) problem = `statusCode ${String(body.statusCode)} in a ${status}`;
      else if (typeof body.correlationId !== 'string') problem = 'no correlationId';
    }
    return { label: fuzz.label, status, code: body.code, problem };
  }

  /** The first actor whose plausible request is not refused for who they are. */
  async function actorFor(operation: Operation): Promise<Actor | null> {
    for (const actor of actors) {
      const fill = fillerFor(operation, actor);
      const plausible = fuzzCases(spec, operation, fill).find((fuzz) => fuzz.label === 'the plausible body') ?? {
        label: 'the plausible request',
      };
      const outcome = await send(operation, fill({}), plausible, actor);
      if (outcome.problem) throw new Error(`${operation.operationId}, ${outcome.label}: ${outcome.problem}`);
      if (outcome.status !== 401 && outcome.status !== 403) return actor;
    }
    return null;
  }

  // Session operations last: logging out or enrolling must not change what the others see.
  const ordered = [
    ...operations.filter((operation) => !operation.path.startsWith('/api/v1/auth/')),
    ...operations.filter((operation) => operation.path.startsWith('/api/v1/auth/')),
  ];

  it.each(ordered.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation] as const))(
    '%s: no 5xx, every 4xx coded',
    async (_name, operation) => {
      const found = await actorFor(operation);
      const actor = found ?? actors[0];
      if (!found && !(operation.operationId in UNREACHABLE)) {
        throw new Error(
          `${operation.operationId}: no fuzz actor gets past its access check, so its input is never fuzzed. Add the actor it needs.`,
        );
      }
      const fill = fillerFor(operation, actor);
      const cases = fuzzCases(spec, operation, fill);
      const outcomes: Outcome[] = [];
      for (let start = 0; start < cases.length; start += 6) {
        const batch = cases.slice(start, start + 6);
        outcomes.push(...(await Promise.all(batch.map((fuzz) => send(operation, fuzz.path ?? fill({}), fuzz, actor)))));
      }
      fuzzed.add(operation.operationId);
      expect(outcomes.length).toBeGreaterThanOrEqual(8);
      expect(outcomes.filter((outcome) => outcome.problem !== null)).toEqual([]);
    },
    120_000,
  );

  it('covered every operation of the spec', () => {
    expect(operations.filter((operation) => !fuzzed.has(operation.operationId)).map((o) => o.operationId)).toEqual([]);
    expect(serverErrors).toBe(0);
  });
});
