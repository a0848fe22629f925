import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import YAML from 'yaml';
import { ReferentialPublisher } from '@preuve/api';
import { createDataSource } from '@preuve/persistence';
import { builtInReferentialsDir, parseReferential } from '@preuve/referentials';
import { launchChromium } from '../test/browser/support/chromium.js';
import { call, createAnsweredDossier, MEASURED_VENDOR_USER, setUpMeasuredVendor } from './actors.js';
import { startBenchEnvironment } from './server-process.js';

const WEB_DIR = resolve('dist/web');
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 12);
const SCENARIOS = 100;

const fmt = (value: number, digits = 1): string => value.toFixed(digits);
const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
const kB = (bytes: number): string => `${fmt(bytes / 1000)} kB`;
const gzipSize = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** The entry script and the CSS and chunks index.html loads before the app can start. */
function initialAssets(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => join(dir, match[1]));
}

/** A React "hello" page built by the same Vite: what any React app ships before its own code. */
async function baselineBundle(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'preuve-bench-react-'));
  try {
    writeFileSync(join(root, 'index.html'), '<div id="root"></div><script type="module" src="/main.jsx"></script>');
    writeFileSync(
      join(root, 'main.jsx'),
      "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<p>Bonjour</p>);\n",
    );
    const { build } = await import('vite');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { 'react-dom/client': resolve('node_modules/react-dom/client.js') } },
      oxc: { jsx: { runtime: 'automatic', importSource: resolve('node_modules/react') } },
      build: { outDir: join(root, 'out'), reportCompressedSize: false },
    });
    return initialAssets(join(root, 'out')).reduce((sum, path) => sum + gzipSize(path), 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Bundle sizes; `firstVisit`: the JS and CSS files the dossier page really loaded in Chromium. */
async function benchBundle(firstVisit: string[]): Promise<void> {
  const entry = initialAssets(WEB_DIR).find((path) => /\/index-[^/]+\.js$/.test(path))!;
  const all = readdirSync(join(WEB_DIR, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => join(WEB_DIR, 'assets', name));
  const sum = (paths: string[]): number => paths.reduce((total, path) => total + gzipSize(path), 0);
  const visited = firstVisit.map((name) => join(WEB_DIR, 'assets', name));
  const visitGzip = sum(visited);
  const baseline = await baselineBundle();
  console.log(`\nweb app bundle (dist/web, gzip -9)`);
  console.log(`  baseline: a React "hello" page built by the same Vite: ${kB(baseline)}`);
  console.log(`  entry chunk: ${kB(gzipSize(entry))} (${kB(statSync(entry).size)} raw)`);
  console.log(
    `  main bundle = what a first visit to the dossier page loads (${visited.length} JS/CSS files): ${kB(visitGzip)}, ` +
      `ratio to the baseline ${fmt(visitGzip / baseline, 2)} (target < 250 kB: ${verdict(visitGzip < 250_000)})`,
  );
  console.log(`  all chunks (lazy ones included): ${kB(sum(all))} in ${all.length} files`);
}

/** DMN 1.2.2 plus one requirement whose scenarios bring the total to SCENARIOS, under its own version. */
async function publishLargeReferential(databaseUrl: string): Promise<void> {
  const tree = YAML.parse(readFileSync(join(builtInReferentialsDir(), 'dmn-1.2.2.yaml'), 'utf8')) as {
    version: string;
    requirements: { scenarios: unknown[] }[];
  };
  const existing = tree.requirements.reduce((sum, requirement) => sum + requirement.scenarios.length, 0);
  tree.version = `1.2.2.${SCENARIOS}`;
  tree.requirements.push({
    code: 'RGPD 90',
    family: 'RGPD',
    section: 'Banc',
    title: 'Exigence ajoutée pour le banc d’essai',
    statement: 'Scénarios supplémentaires pour mesurer une page de dossier plus grande.',
    nature: 'DOIT',
    scenarios: Array.from({ length: SCENARIOS - existing }, (_, index) => ({
      code: `RGPD 90.${index + 1}`,
      title: `Scénario de banc n° ${index + 1}`,
      description: 'Fournir une capture d’écran.',
      profiles: ['general'],
      declarationRequiredWhenNotApplicable: false,
      proofs: [
        {
          code: `RGPD 90.${index + 1}.1`,
          title: 'Capture d’écran',
          description: 'Une capture.',
          kinds: ['screenshot'],
        },
      ],
    })),
  } as unknown as { scenarios: unknown[] });
  const loaded = parseReferential(YAML.stringify(tree), 'benchmark');
  const dataSource = createDataSource({ url: databaseUrl });
  await dataSource.initialize();
  try {
    await new ReferentialPublisher(dataSource).publish(loaded);
  } finally {
    await dataSource.destroy();
  }
}

function summary(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.ceil(sorted.length * 0.95) - 1] };
}

/** Milliseconds from navigation start until `ready` holds in the page, in a fresh profile (empty cache). */
async function timeUntil(
  browser: Browser,
  url: string,
  ready: { selector: string; count: number },
  signIn: boolean,
): Promise<{ ms: number; assets: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fr-FR' });
  try {
    if (signIn) {
      const response = await context.request.post(new URL('/api/v1/auth/login', url).href, {
        data: MEASURED_VENDOR_USER,
      });
      if (!response.ok()) throw new Error(`sign-in answered ${response.status()}`);
    }
    const page = await context.newPage();
    await page.goto(url);
    // Ready (the count-th element is there), then one more frame: painted, main thread free for input.
    await page
      .locator(ready.selector)
      .nth(ready.count - 1)
      .waitFor({ state: 'attached', timeout: 30_000 });
    const ms = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const window = globalThis as unknown as { requestAnimationFrame(next: () => void): void };
          window.requestAnimationFrame(() => setTimeout(() => done(performance.now())));
        }),
    );
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    const assets = loaded.flatMap((name) => /\/assets\/([^/?]+\.(?:js|css))$/.exec(name)?.[1] ?? []);
    return { ms, assets };
  } finally {
    await context.close();
  }
}

/** Returns the JS and CSS files a first visit to the dossier page loaded. */
async function benchInteractive(): Promise<string[]> {
  const environment = await startBenchEnvironment();
  const browser = await launchChromium();
  try {
    const vendor = await setUpMeasuredVendor(environment.url);
    await publishLargeReferential(environment.databaseUrl);
    const referentials = await call<{ id: string; version: string }[]>(
      environment.url,
      'GET',
      '/api/v1/referentials',
      undefined,
      vendor.apiToken,
    );
    const referentialId = referentials.find((entry) => entry.version === `1.2.2.${SCENARIOS}`)!.id;
    const dossier = await createAnsweredDossier(environment.url, vendor.apiToken, referentialId, 'Grand dossier', {
      profiles: ['general', 'professional_access', 'patient_access'],
      insApplicable: true,
      directorySource: 'fhir_api',
      patientAccess: 'account',
      storesReferringDoctor: true,
    });
    const view = await call<{ scenarios: unknown[] }>(
      environment.url,
      'GET',
      `/api/v1/dossiers/${dossier.id}`,
      undefined,
      vendor.apiToken,
    );

    const signInReady = { selector: 'input[type=password]', count: 1 };
    const dossierReady = { selector: '[data-scenario-code]', count: view.scenarios.length };
    const baseline: number[] = [];
    const dossierPage: number[] = [];
    let assets: string[] = [];
    await timeUntil(browser, environment.url + '/', signInReady, false); // warm the server
    for (let run = 0; run < RUNS; run += 1) {
      baseline.push((await timeUntil(browser, environment.url + '/', signInReady, false)).ms);
      const visit = await timeUntil(browser, `${environment.url}/dossiers/${dossier.id}`, dossierReady, true);
      dossierPage.push(visit.ms);
      assets = visit.assets;
    }
    const base = summary(baseline);
    const measured = summary(dossierPage);
    console.log(`\ntime until interactive in headless Chromium (fresh profile each run, ${RUNS} runs, 1366×768)`);
    console.log(`  baseline: sign-in page (no data): median ${fmt(base.median, 0)} ms, p95 ${fmt(base.p95, 0)} ms`);
    console.log(
      `  dossier page, ${view.scenarios.length} scenarios (session resumed, dossier and référentiel loaded, tree drawn): ` +
        `median ${fmt(measured.median, 0)} ms, p95 ${fmt(measured.p95, 0)} ms, ratio ${fmt(measured.median / base.median, 2)} ` +
        `(target < 1 s: ${verdict(measured.p95 < 1000)})`,
    );
    return assets;
  } finally {
    await browser.close();
    await environment.stop();
  }
}

export async function benchWebApp(): Promise<void> {
  await benchBundle(await benchInteractive());
}
