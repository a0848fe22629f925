import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { AUDIT_GENESIS_HASH, type AuditChainEvent } from '@preuve/domain';
import {
  AUDIT_CHAIN_LOCK,
  auditEventContent,
  auditEventHash,
  createDataSource,
  readAuditLog,
  verifyAuditChain,
  type AuditChainVerification,
} from '@preuve/persistence';
import { inTransaction } from './transaction.js';

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const INSERT_BATCH = 10_000;
const TARGET_EVENTS_PER_SECOND = 200_000;
const ROUNDS = Number(process.env.BENCH_AUDIT_ROUNDS ?? 3);

const fmt = (value: number, digits = 2): string => value.toFixed(digits);
const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const cpuMicros = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'preuve-ci-integration/2.3 (node 20)',
];

/** An event as the bench writes it: the chain's fields but the link to the one before. */
type Event = Omit<AuditChainEvent, 'prevHash'>;

/** What the API writes, in about its proportions: sign-ins, answers, evidence, products. */
function eventAt(index: number, seq: bigint, occurredAt: string, users: string[], organizations: string[]): Event {
  const user = users[index % users.length];
  const organizationId = organizations[index % organizations.length];
  const common = {
    seq: String(seq),
    occurredAt,
    actorUserId: user,
    actorTokenId: null,
    organizationId,
    ip: `198.51.100.${index % 250}`,
    userAgent: USER_AGENTS[index % USER_AGENTS.length],
  };
  switch (index % 8) {
    case 0:
    case 1:
    case 2:
      return { ...common, action: 'auth.login_succeeded', targetType: 'user', targetId: user, data: {} };
    case 3:
      return {
        ...common,
        action: 'auth.login_failed',
        targetType: 'user',
        targetId: user,
        data: { email: `utilisateur${index % 5000}@editeur.example`, reason: 'wrong_password', failedAttempts: 1 },
      };
    case 4:
    case 5:
      return {
        ...common,
        action: 'dossier.answers_changed',
        targetType: 'dossier',
        targetId: randomUUID(),
        data: {
          before: { profiles: ['general'], insApplicable: false },
          after: { profiles: ['general', 'professional_access'], insApplicable: true, directorySource: 'fhir_api' },
          ignored: [],
        },
      };
    case 6:
      return {
        ...common,
        actorUserId: null,
        actorTokenId: users[(index + 1) % users.length],
        action: 'evidence.uploaded',
        targetType: 'dossier',
        targetId: randomUUID(),
        data: {
          evidenceId: randomUUID(),
          proof: 'ANN 2.1.2',
          version: 1 + (index % 4),
          sha256: 'c0ffee'.padEnd(64, String(index % 10)),
          size: 1_048_576 + index,
          mediaType: 'video/mp4',
        },
      };
    default:
      return {
        ...common,
        action: 'product.created',
        targetType: 'product',
        targetId: randomUUID(),
        data: { name: `Produit ${index}`, version: '1.0.0' },
      };
  }
}

/**
 * The baseline of the driver: the same rows in keyset batches of row objects, occurred_at as the
 * text that is hashed (how the verifier read them before it read a binary COPY).
 */
const DRIVER_BATCH = 20_000;
const DRIVER_BATCH_SQL = `SELECT seq, to_char(occurred_at AT TIME ZONE 'UTC', CASE WHEN date_trunc('milliseconds', occurred_at) = occurred_at
    THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' END) AS "occurredAt",
  action, actor_user_id AS "actorUserId", actor_token_id AS "actorTokenId", organization_id AS "organizationId",
  target_type AS "targetType", target_id AS "targetId", data, ip, user_agent AS "userAgent",
  prev_hash AS "prevHash", hash
  FROM audit_event WHERE seq > $1 ORDER BY seq LIMIT $2`;

const INSERT_SQL = `INSERT INTO audit_event (seq, occurred_at, action, actor_user_id, actor_token_id, organization_id,
    target_type, target_id, data, ip, user_agent, prev_hash, hash)
  SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::varchar[], $4::uuid[], $5::uuid[], $6::uuid[],
    $7::varchar[], $8::text[], $9::jsonb[], $10::text[], $11::text[], $12::char(64)[], $13::char(64)[])`;

/**
 * Appends `count` chained events after the current head, as the repository would (same content,
 * same hash), but in multi-row INSERTs of arrays. The chain lock is held meanwhile, so the
 * running server cannot append in between.
 */
async function appendChainedEvents(pool: pg.Pool, count: number): Promise<void> {
  await inTransaction(pool, async (holder) => {
    await holder.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const head = await holder.query<{ hash: string | null }>('SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1');
    // Reserve the seqs: appenders draw theirs only once they hold the lock.
    const reserved = await holder.query<{ first: string }>(
      `SELECT nextval(pg_get_serial_sequence('audit_event', 'seq'))::text AS first`,
    );
    const first = BigInt(reserved.rows[0].first);
    await holder.query(`SELECT setval(pg_get_serial_sequence('audit_event', 'seq'), $1)`, [
      String(first + BigInt(count) - 1n),
    ]);
    const users = Array.from({ length: 2_000 }, () => randomUUID());
    const organizations = Array.from({ length: 500 }, () => randomUUID());
    let prevHash = head.rows[0]?.hash ?? AUDIT_GENESIS_HASH;
    const startMs = Date.now() - count; // one event a millisecond, up to now
    // Each batch is generated while Postgres inserts the previous one.
    let inserting: Promise<unknown> = Promise.resolve();
    for (let offset = 0; offset < count; offset += INSERT_BATCH) {
      const size = Math.min(INSERT_BATCH, count - offset);
      const columns: unknown[][] = Array.from({ length: 13 }, () => new Array<unknown>(size));
      for (let row = 0; row < size; row += 1) {
        const index = offset + row;
        const event = eventAt(
          index,
          first + BigInt(index),
          new Date(startMs + index).toISOString(),
          users,
          organizations,
        );
        const hash = auditEventHash(event, prevHash);
        const values = [event.seq, event.occurredAt, ...auditEventContent(event), prevHash, hash];
        for (let column = 0; column < 13; column += 1) columns[column][row] = values[column];
        prevHash = hash;
      }
      await inserting;
      inserting = holder.query(INSERT_SQL, columns);
    }
    await inserting;
  });
}

/**
 * Inserts a million chained audit events (BENCH_AUDIT_EVENTS for fewer), then times the full
 * verification against baselines of the same run: count(*), reading the rows through the driver
 * (row objects) and reading them as the verification does (binary COPY), without hashing.
 */
export async function benchAuditVerification(pool: pg.Pool): Promise<void> {
  const insertStart = process.hrtime.bigint();
  await appendChainedEvents(pool, EVENTS);
  const insertSeconds = seconds(insertStart);
  await pool.query('VACUUM ANALYZE audit_event'); // as autovacuum would after such a load

  const dataSource = createDataSource({ url: (pool.options as { connectionString: string }).connectionString });
  await dataSource.initialize();
  try {
    const manager = dataSource.manager;
    const readThroughDriver = async (): Promise<number> => {
      let read = 0;
      let after = '-9223372036854775808';
      for (;;) {
        const rows = await manager.query<{ seq: string }[]>(DRIVER_BATCH_SQL, [after, DRIVER_BATCH]);
        read += rows.length;
        if (rows.length < DRIVER_BATCH) return read;
        after = rows[rows.length - 1].seq;
      }
    };
    /** What verifyAuditChain reads (the same binary COPY batches, each row cut into its fields), none hashed. */
    const readBinaryCopy = async (): Promise<number> => {
      const runner = dataSource.createQueryRunner();
      try {
        const client = (await runner.connect()) as pg.ClientBase;
        return await readAuditLog(client, () => true);
      } finally {
        await runner.release();
      }
    };
    await readThroughDriver(); // untimed: the table in the page cache for every measure alike

    const countStart = process.hrtime.bigint();
    const [{ total }] = await manager.query<{ total: number }[]>('SELECT count(*)::int AS total FROM audit_event');
    const countSeconds = seconds(countStart);

    interface Timing {
      rows: number;
      seconds: number;
      cpuMicros: number;
    }
    const timed = async (read: () => Promise<number>): Promise<Timing> => {
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      const rows = await read();
      return { rows, seconds: seconds(start), cpuMicros: cpuMicros(cpu) };
    };
    // Interleaved rounds, so that the load of the machine weighs on each measure alike; the median counts.
    const rounds: Record<'driver' | 'copy' | 'verify', Timing[]> = { driver: [], copy: [], verify: [] };
    let result: AuditChainVerification = { ok: false, checked: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      rounds.driver.push(await timed(readThroughDriver));
      rounds.copy.push(await timed(readBinaryCopy));
      rounds.verify.push(
        await timed(async () => {
          result = await verifyAuditChain(manager);
          return result.checked;
        }),
      );
    }
    const median = (timings: Timing[]): Timing =>
      [...timings].sort((a, b) => a.seconds - b.seconds)[Math.floor(timings.length / 2)];
    const [driver, copy, verify] = [median(rounds.driver), median(rounds.copy), median(rounds.verify)];
    const rate = verify.rows / verify.seconds;

    console.log(
      `\naudit chain: ${EVENTS} chained events appended in ${fmt(insertSeconds, 1)} s (${fmt(EVENTS / insertSeconds / 1000, 0)} k/s: hashing in JS, INSERT of arrays), ${total} in the log; median of ${ROUNDS} interleaved rounds`,
    );
    const perSecond = (timing: Timing): string => `${fmt(timing.rows / timing.seconds / 1000, 0)} k events/s`;
    const each = (timings: Timing[]): string => timings.map((timing) => fmt(timing.seconds, 2)).join(', ');
    console.log(`  baseline SELECT count(*): ${fmt(countSeconds * 1000, 0)} ms`);
    console.log(
      `  baseline reading the rows through the driver, no hashing: ${fmt(driver.seconds, 2)} s = ${perSecond(driver)}, node CPU ${fmt(driver.cpuMicros / driver.rows)} µs/event (rounds: ${each(rounds.driver)} s)`,
    );
    console.log(
      `  baseline reading them as verify does (binary COPY), no hashing: ${fmt(copy.seconds, 2)} s = ${perSecond(copy)}, node CPU ${fmt(copy.cpuMicros / copy.rows)} µs/event (rounds: ${each(rounds.copy)} s)`,
    );
    console.log(
      `  verifyAuditChain: ${result.ok ? 'intact' : `BROKEN at ${result.firstBroken?.seq}`}, ${verify.rows} checked in ${fmt(verify.seconds, 2)} s = ${perSecond(verify)}, node CPU ${fmt(verify.cpuMicros / verify.rows)} µs/event, hashing thread included (rounds: ${each(rounds.verify)} s) (target ≥ ${TARGET_EVENTS_PER_SECOND / 1000} k/s: ${verdict(result.ok && rate >= TARGET_EVENTS_PER_SECOND)})`,
    );
    console.log(
      `  ratio verify ÷ driver read: ${fmt(verify.seconds / driver.seconds)} (below 1: verifying is faster than reading row objects); verify ÷ COPY read: ${fmt(verify.seconds / copy.seconds)} (the cost of hashing over reading)`,
    );
  } finally {
    await dataSource.destroy();
  }
}
