import autocannon from 'autocannon';
import type { CpuMeter, CpuUse } from './cpu.js';

/** How long each measured load runs (BENCH_SECONDS), on how many connections, in how many interleaved rounds. */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const CONNECTIONS = 16;
export const ROUNDS = 2;

/**
 * A list asked as one page per connection, of limits `first` to `first + 15`, in turn: concurrent
 * requests seldom ask the same page, so they seldom share a read. What a page costs when nobody
 * polls the same one.
 */
export function pagesInTurn(path: (limit: number) => string, first = 20): string[] {
  return Array.from({ length: CONNECTIONS }, (_, index) => path(first + index));
}

export interface LoadResult {
  label: string;
  path: string;
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  /** Mean response size in bytes (headers and body). */
  bytesPerResponse: number;
  /** Latencies in milliseconds, from every response. */
  p50: number;
  p95: number;
  p99: number;
  /** CPU seconds used during the run by the server, Postgres and the load generator (when metered). */
  cpu?: CpuUse;
}

/** CPU microseconds per request, e.g. « server 412, postgres 230, load 95 ». */
export function cpuPerRequest(result: LoadResult): string {
  if (!result.cpu || result.requests === 0) return '';
  const each = (seconds: number): string => ((seconds * 1e6) / result.requests).toFixed(0);
  return `server ${each(result.cpu.server)}, postgres ${each(result.cpu.postgres)}, load ${each(result.cpu.bench)}`;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** Drives `connections` keep-alive connections at `baseUrl + path` for `seconds`; exact percentiles. */
export async function load(
  label: string,
  baseUrl: string,
  path: string,
  seconds: number,
  connections = 16,
  headers: Record<string, string> = {},
  meter?: CpuMeter,
  /** Paths to ask in turn, one request after another (else `path` every time). */
  inTurn?: string[],
): Promise<LoadResult> {
  const latencies: number[] = [];
  const start = meter?.snapshot();
  let sent = 0;
  const requests = inTurn && [
    { setupRequest: (request: { path?: string }) => ({ ...request, path: inTurn[sent++ % inTurn.length] }) },
  ];
  const result = await new Promise<autocannon.Result>((resolveResult, reject) => {
    const options = { url: baseUrl + path, connections, duration: seconds, headers, ...(requests && { requests }) };
    const instance = autocannon(options, (error, finished) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolveResult(finished),
    );
    instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  const cpu = meter && start ? meter.since(start) : undefined;
  const sorted = Float64Array.from(latencies).sort();
  return {
    label,
    path,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    seconds: result.duration,
    requestsPerSecond: result.requests.total / result.duration,
    bytesPerResponse: result.throughput.total / Math.max(1, result.requests.total),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    cpu,
  };
}

/** Merges rounds of the same target (interleaved rounds even out a noisy machine). */
export function merge(rounds: LoadResult[]): LoadResult {
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    ...rounds[0],
    requests,
    seconds,
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    requestsPerSecond: requests / seconds,
    p50: median(rounds.map((round) => round.p50)),
    p95: median(rounds.map((round) => round.p95)),
    p99: median(rounds.map((round) => round.p99)),
    cpu: rounds.every((round) => round.cpu)
      ? {
          server: rounds.reduce((sum, round) => sum + round.cpu!.server, 0),
          postgres: rounds.reduce((sum, round) => sum + round.cpu!.postgres, 0),
          bench: rounds.reduce((sum, round) => sum + round.cpu!.bench, 0),
        }
      : undefined,
  };
}
