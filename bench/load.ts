import autocannon from 'autocannon';

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
): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolveResult, reject) => {
    const instance = autocannon({ url: baseUrl + path, connections, duration: seconds, headers }, (error, finished) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolveResult(finished),
    );
    instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
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
  };
}
