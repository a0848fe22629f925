/** What a client is told to wait before trying again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Error codes meaning "no database to talk to", not "this query is wrong": sockets that cannot
 * connect or were cut, and Postgres's own connection-exception (08…), shutdown and start-up
 * (57P01–57P03) and too-many-connections (53300) states.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/**
 * node-postgres says these in words only (a pool timeout, a socket closed under a query); TypeORM
 * releases a transaction's runner when its connection fails, and the transaction's next query then
 * finds it released.
 */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)|Driver not Connected|Query runner already released/i;

/**
 * Whether an error (or what it wraps: TypeORM's `driverError`, an `AggregateError`'s errors, a
 * `cause`) says the database cannot be reached, rather than that a query failed.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof candidate.code === 'string' && UNAVAILABLE_CODES.has(candidate.code)) return true;
  if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true;
  return isDatabaseUnavailable(candidate.driverError, depth + 1) || isDatabaseUnavailable(candidate.cause, depth + 1);
}
