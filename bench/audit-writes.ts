import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { AUDIT_GENESIS_HASH } from '@preuve/domain';
import {
  AUDIT_CHAIN_LOCK,
  AuditEventRepository,
  auditEventHash,
  createDataSource,
  verifyAuditChain,
} from '@preuve/persistence';
import { setUpOrganization } from './actors.js';
import { CONNECTIONS, SECONDS } from './load.js';
import { startSecondInstance, type BenchEnvironment } from './server-process.js';
import { inTransaction } from './transaction.js';

/*
 * Audited writes under concurrency. Every audited write used to take the chain lock until its
 * commit; now it writes a pending event without any lock, and a chain pass after the commit links
 * whatever committed meanwhile. Measured twice: at the database (the write protocols alone, with
 * a plain write as the baseline), and through the API with one and with two app instances.
 */

const VENDORS = 4;

const fmt = (value: number, digits = 0): string => value.toFixed(digits);

/** The event every protocol writes, in the proportions of a product creation. */
function event(organizationId: string) {
  return {
    action: 'product.created',
    actorUserId: null,
    actorTokenId: randomUUID(),
    organizationId,
    targetType: 'product',
    targetId: randomUUID(),
    data: { name: 'Produit mesuré', version: '1.0.0' },
    ip: '198.51.100.7',
    userAgent: 'preuve-bench',
  };
}

/** Runs `write` on `clients` concurrent loops for SECONDS; writes per second. */
async function perSecond(clients: number, write: (client: number) => Promise<void>): Promise<number> {
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (Date.now() < deadline) {
        await write(client);
        done += 1;
      }
    }),
  );
  return done / SECONDS;
}

/**
 * At the database, with CONNECTIONS and with one writer: a plain write of the same row (the
 * baseline: what Postgres commits without any chain), the former protocol (the chain lock, the
 * head, the insert, held until the commit) and the current one (AuditEventRepository.append: a
 * pending insert, then the chain pass after the commit).
 */
async function benchProtocols(environment: BenchEnvironment): Promise<void> {
  const pool = new pg.Pool({ connectionString: environment.databaseUrl, max: CONNECTIONS });
  const dataSource = createDataSource({ url: environment.databaseUrl, poolSize: CONNECTIONS });
  await dataSource.initialize();
  const repository = new AuditEventRepository();
  const organizations = Array.from({ length: VENDORS }, () => randomUUID());
  try {
    await pool.query('CREATE TABLE IF NOT EXISTS bench_plain_write (id bigserial PRIMARY KEY, body jsonb NOT NULL)');
    const plain = async (client: number): Promise<void> => {
      await pool.query('INSERT INTO bench_plain_write (body) VALUES ($1)', [
        JSON.stringify(event(organizations[client % VENDORS])),
      ]);
    };
    const lockedUntilCommit = async (client: number): Promise<void> => {
      await inTransaction(pool, async (connection) => {
        await connection.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
        const { rows } = await connection.query<{ seq: string; last: string | null }>(
          `SELECT nextval(pg_get_serial_sequence('audit_event', 'seq'))::text AS seq,
            (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS last`,
        );
        const written = { ...event(organizations[client % VENDORS]), seq: rows[0].seq, occurredAt: new Date() };
        const prevHash = rows[0].last ?? AUDIT_GENESIS_HASH;
        await connection.query(
          `INSERT INTO audit_event (seq, occurred_at, action, actor_user_id, actor_token_id, organization_id,
            target_type, target_id, data, ip, user_agent, prev_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13)`,
          [
            written.seq,
            written.occurredAt,
            written.action,
            written.actorUserId,
            written.actorTokenId,
            written.organizationId,
            written.targetType,
            written.targetId,
            JSON.stringify(written.data),
            written.ip,
            written.userAgent,
            prevHash,
            auditEventHash(written, prevHash),
          ],
        );
      });
    };
    const pendingThenChained = async (client: number): Promise<void> => {
      await dataSource.transaction((manager) => repository.append(manager, event(organizations[client % VENDORS])));
    };
    const protocols: [string, (client: number) => Promise<void>][] = [
      ['plain write, no chain (baseline)', plain],
      ['chain lock held until commit (before)', lockedUntilCommit],
      ['pending write, chain pass after commit (now)', pendingThenChained],
    ];
    const figures = new Map<string, number[]>();
    for (const clients of [1, CONNECTIONS]) {
      for (const [label, write] of protocols) {
        const rate = await perSecond(clients, write);
        figures.set(label, [...(figures.get(label) ?? []), rate]);
      }
    }
    console.log(
      `\naudited writes at the database: writes/s with 1 and ${CONNECTIONS} concurrent writers (${SECONDS} s each)`,
    );
    const [baseline1, baselineN] = figures.get(protocols[0][0])!;
    for (const [label] of protocols) {
      const [one, many] = figures.get(label)!;
      console.log(
        `  ${label.padEnd(48)}${fmt(one).padStart(7)}${fmt(many).padStart(9)}   ÷ baseline ${fmt(one / baseline1, 2)}, ${fmt(many / baselineN, 2)}`,
      );
    }
    const verdict = await verifyAuditChain(dataSource.manager);
    console.log(
      `  the chain after both protocols: ${verdict.ok ? 'intact' : `BROKEN at ${verdict.firstBroken?.seq}`}, ${verdict.checked} events`,
    );
  } finally {
    await dataSource.destroy();
    await pool.end();
  }
}

/** VENDORS vendor organisations, each with an API token that may create products. */
async function vendorTokens(url: string, adminToken: string): Promise<string[]> {
  const tokens: string[] = [];
  for (let index = 0; index < VENDORS; index += 1) {
    const vendor = await setUpOrganization(
      url,
      adminToken,
      { name: `Éditeur concurrent ${index + 1}`, kind: 'vendor' },
      {
        email: `concurrent-${index + 1}@editeur.test`,
        password: 'banc-d-essai-simultane-2026',
        displayName: `Banc ${index + 1}`,
        role: 'vendor_admin',
      },
      { name: 'banc', scopes: ['dossiers:write'] },
    );
    tokens.push(vendor.apiToken);
  }
  return tokens;
}

interface WriteLoad {
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
  p95: number;
}

/** POST /products on `url` with `connections`, the vendors' tokens in turn. */
async function postProducts(url: string, connections: number, tokens: string[]): Promise<WriteLoad> {
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolveResult, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: SECONDS,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/products',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: 'Produit concurrent', version: '1.0.0' }),
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` },
            }),
          },
        ],
      },
      (error, finished) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolveResult(finished),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    seconds: result.duration,
    p95: latencies[Math.max(0, Math.ceil(latencies.length * 0.95) - 1)] ?? Number.NaN,
  };
}

/** Through the API: POST /products (audited) from VENDORS organisations, on one instance, then on two. */
async function benchInstances(environment: BenchEnvironment, adminToken: string): Promise<void> {
  const tokens = await vendorTokens(environment.url, adminToken);
  const second = await startSecondInstance(environment);
  try {
    await postProducts(environment.url, CONNECTIONS, tokens); // warm-up
    await postProducts(second.url, CONNECTIONS, tokens);
    const one = await postProducts(environment.url, CONNECTIONS, tokens);
    const both = await Promise.all([
      postProducts(environment.url, CONNECTIONS / 2, tokens),
      postProducts(second.url, CONNECTIONS / 2, tokens),
    ]);
    const rate = (loads: WriteLoad[]): number =>
      loads.reduce((sum, load) => sum + load.requests, 0) / Math.max(...loads.map((load) => load.seconds));
    const failed = [one, ...both].reduce((sum, load) => sum + load.non2xx + load.errors, 0);
    console.log(
      `\naudited writes through the API: POST /products from ${VENDORS} vendor organisations, ${CONNECTIONS} connections in all, ${SECONDS} s`,
    );
    console.log(`  one instance:  ${fmt(rate([one]))} writes/s, p95 ${fmt(one.p95)} ms`);
    console.log(
      `  two instances: ${fmt(rate(both))} writes/s (${both.map((load) => fmt(load.requests / load.seconds)).join(' + ')}), p95 ${both.map((load) => fmt(load.p95)).join(' / ')} ms; ratio two ÷ one ${fmt(rate(both) / rate([one]), 2)}`,
    );
    if (failed > 0) console.log(`WARNING: ${failed} requests failed; these figures are not comparable`);
    const [{ pending }] = (
      await environment.pool.query<{ pending: number }>('SELECT count(*)::int AS pending FROM audit_pending')
    ).rows;
    console.log(`  events left pending once the writes answered: ${pending}`);
  } finally {
    await second.stop();
  }
}

export async function benchAuditWrites(environment: BenchEnvironment, adminToken: string): Promise<void> {
  await benchProtocols(environment);
  await benchInstances(environment, adminToken);
}
