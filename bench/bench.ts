import 'reflect-metadata';
import { assess, type Answers } from '@preuve/domain';
import { loadBuiltInReferentials } from '@preuve/referentials';
import { load, merge, type LoadResult } from './load.js';
import { startBenchServer } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 2;
const CONNECTIONS = 16;

const fmt = (value: number, digits = 2): string => value.toFixed(digits);

function printLoad(results: LoadResult[]): void {
  console.log(`\nHTTP at ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s each`);
  console.log('target                        req/s     p50 ms   p95 ms   p99 ms   non-2xx  errors');
  for (const result of results) {
    console.log(
      `${result.label.padEnd(28)}${fmt(result.requestsPerSecond, 0).padStart(7)}${fmt(result.p50).padStart(10)}${fmt(result.p95).padStart(9)}${fmt(result.p99).padStart(9)}${String(result.non2xx).padStart(10)}${String(result.errors).padStart(8)}`,
    );
  }
}

function verdict(met: boolean): string {
  return met ? 'met' : 'NOT MET';
}

/** Times `work` over many runs after a warm-up; returns per-call milliseconds (mean and p95). */
function time(work: () => unknown, runs: number): { mean: number; p95: number } {
  for (let index = 0; index < Math.min(500, runs); index += 1) work();
  const samples = new Float64Array(runs);
  for (let index = 0; index < runs; index += 1) {
    const start = process.hrtime.bigint();
    work();
    samples[index] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  samples.sort();
  return { mean: samples.reduce((sum, value) => sum + value, 0) / runs, p95: samples[Math.ceil(runs * 0.95) - 1] };
}

async function benchHttp(): Promise<void> {
  const server = await startBenchServer();
  try {
    const list = (await (await fetch(`${server.url}/api/v1/referentials`)).json()) as { id: string; code: string }[];
    const dmn = list.find((entry) => entry.code === 'DMN');
    if (!dmn) throw new Error('the DMN référentiel is not published');
    const treePath = `/api/v1/referentials/${dmn.id}`;
    await load('warm-up', server.url, treePath, 1, CONNECTIONS);
    await load('warm-up', server.url, '/api/v1/health', 1, CONNECTIONS);
    const health: LoadResult[] = [];
    const tree: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      health.push(await load('GET /health (baseline)', server.url, '/api/v1/health', SECONDS, CONNECTIONS));
      tree.push(await load('GET /referentials/{id}', server.url, treePath, SECONDS, CONNECTIONS));
    }
    const [baseline, referential] = [merge(health), merge(tree)];
    printLoad([baseline, referential]);
    const ratio = referential.requestsPerSecond / baseline.requestsPerSecond;
    console.log(
      `\nthroughput ratio GET /referentials/{id} ÷ GET /health: ${fmt(ratio)} (target ≥ 0.50: ${verdict(ratio >= 0.5)})`,
    );
    if (referential.non2xx + referential.errors + baseline.non2xx + baseline.errors > 0) {
      console.log('WARNING: some requests failed; the figures above are not comparable');
    }
  } finally {
    await server.stop();
  }
}

function benchAssess(): void {
  const [{ referential }] = loadBuiltInReferentials();
  const answers: Answers = {
    profiles: referential.profiles.map((profile) => profile.code),
    identityRole: 'slave',
    insApplicable: false,
    directorySource: 'fhir_api',
    patientAccess: 'account',
    storesReferringDoctor: true,
  };
  const scenarios = referential.requirements.reduce((sum, requirement) => sum + requirement.scenarios.length, 0);
  const runs = 5_000;
  const assessed = time(() => assess(referential, answers), runs);
  const baseline = time(() => JSON.stringify(referential), runs);
  console.log(`\nassess() of the whole DMN 1.2.2 référentiel (${scenarios} scenarios), ${runs} runs`);
  console.log(
    `  assess():                         mean ${fmt(assessed.mean, 3)} ms, p95 ${fmt(assessed.p95, 3)} ms (target < 1 ms: ${verdict(assessed.p95 < 1)})`,
  );
  console.log(`  baseline JSON.stringify(tree):    mean ${fmt(baseline.mean, 3)} ms, p95 ${fmt(baseline.p95, 3)} ms`);
  console.log(`  ratio assess ÷ stringify (mean):  ${fmt(assessed.mean / baseline.mean)}`);
}

async function main(): Promise<void> {
  console.log(`Preuve benchmark — node ${process.version}, ${new Date().toISOString()}`);
  benchAssess();
  await benchHttp();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
