import 'reflect-metadata';
import { join } from 'node:path';
import { dossierView } from '@preuve/api';
import { assess, type Answers } from '@preuve/domain';
import { DossierEntity } from '@preuve/persistence';
import { loadBuiltInReferentials } from '@preuve/referentials';
import { benchAuditVerification } from './audit.js';
import { benchAuditWrites } from './audit-writes.js';
import {
  call,
  createAnsweredDossier,
  deepPagePath,
  firstDossierId,
  setUpAuthority,
  setUpMeasuredVendor,
  type MeasuredVendor,
} from './actors.js';
import { CONNECTIONS, cpuPerRequest, load, merge, pagesInTurn, ROUNDS, SECONDS, type LoadResult } from './load.js';
import { benchGrowth, benchS3Transfer, benchTwoInstances } from './scale.js';
import { seedQueue, seedSegurDossiers, seedTenants } from './seed.js';
import { startBenchEnvironment, type BenchEnvironment } from './server-process.js';
import { startBareServer, type BareServer } from './bare-server.js';
import { benchInterop } from './interop.js';
import { serveS3IfAsked } from './s3-server.js';
import { benchLargeUpload, seedCompleteDossiers, timeGet, timeSubmit } from './uploads.js';
import { benchWebApp } from './web.js';

const PLAN = { vendors: 500, dossiers: 5_000, measuredVendorDossiers: 1_000 };
const PAGE = 20;
const DEEP_PAGES = 40;

const fmt = (value: number, digits = 2): string => value.toFixed(digits);
const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');

function printLoad(title: string, results: LoadResult[]): void {
  console.log(`\n${title} — ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s`);
  console.log('target                               req/s     p50 ms   p95 ms   p99 ms   non-2xx  errors   kB/resp');
  for (const result of results) {
    console.log(
      `${result.label.padEnd(35)}${fmt(result.requestsPerSecond, 0).padStart(7)}${fmt(result.p50).padStart(10)}${fmt(result.p95).padStart(9)}${fmt(result.p99).padStart(9)}${String(result.non2xx).padStart(10)}${String(result.errors).padStart(8)}${fmt(result.bytesPerResponse / 1000, 1).padStart(10)}`,
    );
  }
  if (results.some((result) => result.non2xx + result.errors > 0))
    console.log('WARNING: some requests failed; these figures are not comparable');
  if (results.some((result) => result.cpu)) {
    console.log('CPU time per request, µs (the server process, all Postgres processes, the load generator):');
    for (const result of results) console.log(`  ${result.label.padEnd(35)}${cpuPerRequest(result)}`);
  }
}

/** A target of the load: a path on the app, or on another server (the bare one). */
interface Target {
  label: string;
  path: string;
  /** Paths asked in turn instead of `path` (pages that concurrent requests do not share). */
  inTurn?: string[];
  server?: Pick<BareServer, 'url' | 'cpu'>;
}

/** The bare `node:http` server as the first target of a table: the floor of any request. */
const bareTarget = (bare: BareServer): Target => ({ label: 'bare node:http (floor)', path: '/', server: bare });

/** Interleaves rounds of every target (baselines first) so machine noise hits them alike. */
async function measure(environment: BenchEnvironment, all: Target[], token: string): Promise<LoadResult[]> {
  // As browsers and HTTP client libraries do.
  const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' };
  // BENCH_TARGET=dossiers/{id} measures the baselines and the targets whose label contains it (for profiling).
  const only = process.env.BENCH_TARGET;
  const targets = only
    ? all.filter((target) => target.server || target.label.includes('baseline') || target.label.includes(only))
    : all;
  const on = (target: Target) => target.server ?? environment;
  for (const target of targets) await load('warm-up', on(target).url, target.path, 1, CONNECTIONS, headers);
  const rounds: LoadResult[][] = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [index, target] of targets.entries()) {
      const { url, cpu } = on(target);
      rounds[index].push(await load(target.label, url, target.path, SECONDS, CONNECTIONS, headers, cpu, target.inTurn));
    }
  }
  return rounds.map(merge);
}

/** `part` ÷ `whole` throughput, with its verdict against `target`. */
function throughputRatio(part: LoadResult, whole: LoadResult, target: number): string {
  const ratio = part.requestsPerSecond / whole.requestsPerSecond;
  return `${fmt(ratio)} (target ≥ ${fmt(target)}: ${verdict(ratio >= target)})`;
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
  console.log(`  assess():                      mean ${fmt(assessed.mean, 3)} ms, p95 ${fmt(assessed.p95, 3)} ms`);
  console.log(`  baseline JSON.stringify(tree): mean ${fmt(baseline.mean, 3)} ms, p95 ${fmt(baseline.p95, 3)} ms`);
  // Assessing the whole tree costs less than writing it out once.
  console.log(
    `  ratio assess ÷ stringify:      ${fmt(assessed.mean / baseline.mean)} (target ≤ 1.00: ${verdict(assessed.mean <= baseline.mean)})`,
  );
  const dossier = Object.assign(new DossierEntity(), {
    id: 'x',
    answers,
    status: 'draft',
    round: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const published = {
    referential,
    scenarios: new Map(
      referential.requirements.flatMap((requirement) =>
        requirement.scenarios.map(
          (scenario) => [scenario.code, { requirementCode: requirement.code, scenario }] as const,
        ),
      ),
    ),
    assess: (given: Answers) => assess(referential, given), // not memoised: the cost of a first read
  };
  const view = time(
    () => JSON.stringify(dossierView(dossier, published, { evidence: [], declarations: [], verdicts: [] })),
    runs,
  );
  console.log(
    `  dossier view, uncached (assess, tree, JSON.stringify): mean ${fmt(view.mean, 3)} ms, p95 ${fmt(view.p95, 3)} ms`,
  );
}

/** BENCH_ONLY=queue,audit runs those sections alone (assess, reads, segur, queue, evidence, audit, scale, interop, web). */
const SECTIONS = ['assess', 'reads', 'segur', 'queue', 'evidence', 'audit', 'scale', 'interop', 'web'] as const;
type Section = (typeof SECTIONS)[number];

function selectedSections(): Set<Section> {
  const only = process.env.BENCH_ONLY;
  if (!only) return new Set(SECTIONS);
  const asked = only.split(',').map((name) => name.trim());
  const unknown = asked.filter((name) => !SECTIONS.includes(name as Section));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY: no section « ${unknown.join(', ')} »; sections: ${SECTIONS.join(', ')}`);
  return new Set(asked as Section[]);
}

async function benchReads(environment: BenchEnvironment, vendor: MeasuredVendor, bare: BareServer): Promise<void> {
  const dossierId = await firstDossierId(environment.url, vendor.apiToken);
  const deepPath = await deepPagePath(environment.url, vendor.apiToken, PAGE, DEEP_PAGES);
  const results = await measure(
    environment,
    [
      bareTarget(bare),
      { label: 'GET /health (baseline)', path: '/api/v1/health' },
      { label: 'GET /referentials/{id}', path: `/api/v1/referentials/${vendor.referentialId}` },
      { label: 'GET /dossiers/{id}', path: `/api/v1/dossiers/${dossierId}` },
      { label: `GET /dossiers first page (${PAGE})`, path: `/api/v1/dossiers?limit=${PAGE}` },
      { label: `GET /dossiers page ${DEEP_PAGES + 1} (cursor)`, path: deepPath },
      pagesAskedInTurn('GET /dossiers 16 pages in turn', (limit) => `/api/v1/dossiers?limit=${limit}`),
    ],
    vendor.apiToken,
  );
  printLoad('HTTP', results);
  if (results.length === 7) printVerdicts(results);
  else console.log('(BENCH_TARGET: a subset was measured, no verdicts)');
}

const SEGUR_DOSSIERS = 1_000;

/**
 * Ségur dossiers read as DMN ones are: the same vendor holds 1,000 of each; a Ségur read adds its
 * journal (deadlines, homologations) to the view. Ratios to /health and Ségur ÷ DMN, same run.
 */
async function benchSegur(environment: BenchEnvironment, vendor: MeasuredVendor): Promise<void> {
  const lgc = (
    await call<{ id: string }[]>(
      environment.url,
      'GET',
      '/api/v1/referentials?programme=SEGUR&dispositif=LGC&vague=2',
      undefined,
      vendor.apiToken,
    )
  )[0].id;
  await seedSegurDossiers(environment.pool, vendor.organizationId, lgc, SEGUR_DOSSIERS);
  const firstOf = async (programme: string): Promise<string> =>
    (
      await call<{ items: { id: string }[] }>(
        environment.url,
        'GET',
        `/api/v1/dossiers?limit=1&programme=${programme}`,
        undefined,
        vendor.apiToken,
      )
    ).items[0].id;
  const [dmnId, segurId] = [await firstOf('DMN'), await firstOf('SEGUR')];
  const results = await measure(
    environment,
    [
      { label: 'GET /health (baseline)', path: '/api/v1/health' },
      { label: 'GET /dossiers/{id} DMN', path: `/api/v1/dossiers/${dmnId}` },
      { label: 'GET /dossiers/{id} Ségur', path: `/api/v1/dossiers/${segurId}` },
      { label: `GET /dossiers?programme=DMN (${PAGE})`, path: `/api/v1/dossiers?limit=${PAGE}&programme=DMN` },
      { label: `GET /dossiers?programme=SEGUR (${PAGE})`, path: `/api/v1/dossiers?limit=${PAGE}&programme=SEGUR` },
    ],
    vendor.apiToken,
  );
  printLoad(`Ségur dossiers (${SEGUR_DOSSIERS} beside ${PLAN.measuredVendorDossiers} DMN ones, same vendor)`, results);
  if (results.length !== 5) return;
  const [health, dmnRead, segurRead, dmnList, segurList] = results;
  const perHealth = (result: LoadResult): string => fmt(result.requestsPerSecond / health.requestsPerSecond);
  console.log(
    `throughput ÷ /health: read DMN ${perHealth(dmnRead)}, Ségur ${perHealth(segurRead)}; list DMN ${perHealth(dmnList)}, Ségur ${perHealth(segurList)}`,
  );
  const segurOverDmn = (segur: LoadResult, dmn: LoadResult): number => segur.requestsPerSecond / dmn.requestsPerSecond;
  console.log(
    `Ségur ÷ DMN throughput: read ${fmt(segurOverDmn(segurRead, dmnRead))}, list ${fmt(segurOverDmn(segurList, dmnList))} ` +
      `(target ≥ 0.70: ${verdict(Math.min(segurOverDmn(segurRead, dmnRead), segurOverDmn(segurList, dmnList)) >= 0.7)}); ` +
      `p95 read ${fmt(segurRead.p95)} vs ${fmt(dmnRead.p95)} ms, list ${fmt(segurList.p95)} vs ${fmt(dmnList.p95)} ms`,
  );
}

/** The sections that need the server: one server, one seeded database. */
async function benchServer(sections: Set<Section>): Promise<void> {
  const scaleOnly = sections.has('scale') && sections.size === 1;
  // The scale figures are about the database (shared by two instances, grown twentyfold): pages
  // are read every time, none kept between requests (LIST_PAGES_KEPT=0).
  const environment = await startBenchEnvironment(scaleOnly ? { LIST_PAGES_KEPT: '0' } : {});
  const bare = await startBareServer(join(environment.dataDir, 'db', 'postgres'));
  try {
    if (scaleOnly) {
      // Its own seed: the growth figures start from an empty vendor list and queue.
      console.log('\nscale: list pages read at every request (LIST_PAGES_KEPT=0): the figures measure the reads');
      const vendor = await setUpMeasuredVendor(environment.url);
      await benchTwoInstances(environment, vendor);
      return await benchGrowth(environment, vendor);
    }
    if (sections.has('audit') && sections.size === 1) {
      await benchAuditVerification(environment.pool);
      return await benchAuditWrites(environment, (await setUpMeasuredVendor(environment.url)).adminToken);
    }
    if (sections.has('interop') && sections.size === 1)
      return await benchInterop(environment, await setUpMeasuredVendor(environment.url));
    const vendor = await setUpMeasuredVendor(environment.url);
    const seedStart = Date.now();
    await seedTenants(environment.pool, vendor, PLAN);
    console.log(
      `\nseeded ${PLAN.vendors} vendor organisations and ${PLAN.dossiers} dossiers with answers in ${Date.now() - seedStart} ms ` +
        `(the measured vendor holds ${PLAN.measuredVendorDossiers}); every request below carries a real API token`,
    );
    if (sections.has('reads')) await benchReads(environment, vendor, bare);
    if (sections.has('segur')) await benchSegur(environment, vendor);
    if (sections.has('queue')) await benchQueue(environment, vendor, bare);
    if (sections.has('evidence')) await benchEvidence(environment, vendor);
    if (sections.has('audit')) {
      await benchAuditVerification(environment.pool);
      await benchAuditWrites(environment, vendor.adminToken);
    }
    if (sections.has('scale')) {
      console.log('\nscale: the growth figures need a fresh database; run them with BENCH_ONLY=scale');
      await benchTwoInstances(environment, vendor);
    }
    if (sections.has('interop')) await benchInterop(environment, vendor);
  } finally {
    await bare.stop();
    await environment.stop();
  }
}

/**
 * The request path's targets, all ratios of the same run: /health reaches ≥ 30 % of the bare
 * server's throughput (what the framework costs), the dossier list ≥ 50 % of /health (what the work
 * of the route costs); the list stays flat with depth. The référentiel and a dossier are printed
 * beside them without a target: reading their large answers costs the load generator about as much
 * as the server (more, for the référentiel's 18 kB).
 */
function printVerdicts(results: LoadResult[]): void {
  const [bare, health, tree, dossier, first, deep, inTurn] = results;
  console.log(
    '\n/health asks the database, and the list and queue read it: identical requests at the same time share one read, ' +
      'each answered by a read begun after it arrived (apps/api/src/common/shared-reads.ts); the list and queue keep ' +
      'their pages while their list stamp stays (apps/api/src/common/list-pages.ts)',
  );
  console.log(`throughput ÷ bare node:http: /health ${throughputRatio(health, bare, 0.3)}`);
  console.log(
    `throughput ÷ /health: référentiel ${fmt(tree.requestsPerSecond / health.requestsPerSecond)} and dossier ${fmt(dossier.requestsPerSecond / health.requestsPerSecond)} (no target: large answers; reading the référentiel's 18 kB costs the load generator more CPU than the server spends), ` +
      `first page ${throughputRatio(first, health, 0.5)}, page ${DEEP_PAGES + 1} ${throughputRatio(deep, health, 0.5)}; ` +
      `16 pages in turn ${fmt(inTurn.requestsPerSecond / health.requestsPerSecond)} (no target: reads not shared, pages kept)`,
  );
  console.log(`flat with depth: p95 deep ÷ first = ${fmt(deep.p95 / first.p95)} (1.00 is flat)`);
}

/** A list asked as 16 different pages in turn (see pagesInTurn). */
function pagesAskedInTurn(label: string, path: (limit: number) => string): Target {
  const inTurn = pagesInTurn(path, PAGE);
  return { label, path: inTurn[0], inTurn };
}

const QUEUE_DOSSIERS = Number(process.env.BENCH_QUEUE_DOSSIERS ?? 20_000);

async function benchQueue(environment: BenchEnvironment, vendor: MeasuredVendor, bare: BareServer): Promise<void> {
  const authority = await setUpAuthority(environment.url, vendor.adminToken);
  const { busyVendorId } = await seedQueue(environment.pool, vendor.referentialId, QUEUE_DOSSIERS);
  const results = await measure(
    environment,
    [
      bareTarget(bare),
      { label: 'GET /health (baseline)', path: '/api/v1/health' },
      { label: 'GET /review/queue first page', path: '/api/v1/review/queue?limit=20' },
      {
        label: 'GET /review/queue filtered page',
        path: `/api/v1/review/queue?limit=20&status=in_review&vendorId=${busyVendorId}`,
      },
      pagesAskedInTurn('GET /review/queue 16 pages in turn', (limit) => `/api/v1/review/queue?limit=${limit}`),
    ],
    authority.apiToken,
  );
  printLoad(`Reviewer queue over ${QUEUE_DOSSIERS} submitted dossiers (authority API token)`, results);
  const [floor, health, first, filtered, inTurn] = results;
  if (!first || !filtered || !inTurn) return;
  console.log(
    `throughput ÷ /health: first page ${throughputRatio(first, health, 0.5)}, filtered page ${throughputRatio(filtered, health, 0.5)}, ` +
      `16 pages in turn ${fmt(inTurn.requestsPerSecond / health.requestsPerSecond)} (no target); ` +
      `/health ÷ bare node:http ${fmt(health.requestsPerSecond / floor.requestsPerSecond)}; p95 ${fmt(first.p95)} / ${fmt(filtered.p95)} ms`,
  );
}

const MB = 1024 * 1024;

async function benchEvidence(environment: BenchEnvironment, vendor: MeasuredVendor): Promise<void> {
  // A video proof that applies: ANN 2.1.2 (search of the directory, filmed).
  const dossier = await createAnsweredDossier(environment.url, vendor.apiToken, vendor.referentialId, 'Vidéo', {
    profiles: ['general', 'professional_access'],
    insApplicable: true,
    directorySource: 'extraction_file',
    storesReferringDoctor: true,
  });
  const size = Number(process.env.BENCH_UPLOAD_BYTES ?? 1024 ** 3);
  const figures = await benchLargeUpload(
    environment.url,
    vendor.apiToken,
    dossier.id,
    'ANN 2.1.2',
    environment.serverPid,
    size,
  );
  const rate = (seconds: number): number => figures.size / MB / seconds;
  const copy = rate(figures.copySeconds);
  console.log(
    `\nevidence of ${fmt(figures.size / MB, 0)} MiB over loopback HTTP (multipart, streamed, SHA-256 while writing, fsync)`,
  );
  console.log(`  plain copy on the same disk (baseline): ${fmt(copy, 0)} MiB/s`);
  console.log(
    `  upload:   ${fmt(rate(figures.uploadSeconds), 0)} MiB/s = ${fmt((100 * rate(figures.uploadSeconds)) / copy, 0)} % of the copy (target ≥ 50 %: ${verdict(rate(figures.uploadSeconds) >= copy / 2)})`,
  );
  console.log(
    `  download: ${fmt(rate(figures.downloadSeconds), 0)} MiB/s = ${fmt((100 * rate(figures.downloadSeconds)) / copy, 0)} % of the copy (target ≥ 70 %: ${verdict(rate(figures.downloadSeconds) >= copy * 0.7)})`,
  );
  const growth = (figures.peakAfter - figures.rssBefore) / MB;
  console.log(
    `  server RSS before ${fmt(figures.rssBefore / MB, 0)} MiB, peak after ${fmt(figures.peakAfter / MB, 0)} MiB: growth ${fmt(growth, 0)} MiB (target < 100 MB: ${verdict(growth * MB < 100e6)})`,
  );

  const dossiers = await seedCompleteDossiers(
    environment.pool,
    environment.url,
    vendor.apiToken,
    vendor.referentialId,
    5,
    500,
  );
  const reads: number[] = [];
  const submits: number[] = [];
  for (const id of dossiers) {
    reads.push(await timeGet(environment.url, vendor.apiToken, `/api/v1/dossiers/${id}`));
    submits.push(await timeSubmit(environment.url, vendor.apiToken, id));
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  // A submission snapshots the dossier it reads: it costs at most ten reads of that dossier.
  console.log(`\nsubmission of a dossier with ${PLAN_SUBMISSION} (5 dossiers, one at a time)`);
  console.log(`  baseline GET /dossiers/{id} of the same dossier: median ${fmt(median(reads))} ms`);
  console.log(
    `  POST /dossiers/{id}/submit: median ${fmt(median(submits))} ms, max ${fmt(Math.max(...submits))} ms, ratio ${fmt(median(submits) / median(reads))} (target ≤ 10: ${verdict(median(submits) <= 10 * median(reads))})`,
  );
}

const PLAN_SUBMISSION = '93 applicable scenarios and 500 evidence versions';

async function main(): Promise<void> {
  console.log(`Preuve benchmark — node ${process.version}, ${new Date().toISOString()}`);
  const sections = selectedSections();
  if (sections.has('assess')) benchAssess();
  if (sections.has('scale')) await benchS3Transfer();
  if (
    ['reads', 'segur', 'queue', 'evidence', 'audit', 'scale', 'interop'].some((section) =>
      sections.has(section as Section),
    )
  )
    await benchServer(sections);
  if (sections.has('web')) await benchWebApp();
}

async function run(): Promise<void> {
  // Started again as the S3 server of the scale section: it serves until told to stop.
  if (await serveS3IfAsked()) return;
  await main();
  process.exit(0);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
