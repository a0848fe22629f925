import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { gridXlsx, sampleGridRows } from '@preuve/referentials';
import type { components } from '@preuve/api/schema';
import { ALL_IN_ANSWERS, call, createAnsweredDossier, downloadedBytes, type MeasuredVendor } from './actors.js';
import type { BenchEnvironment } from './server-process.js';

const MB = 1024 * 1024;
const run = promisify(execFile);
const fmt = (value: number, digits = 2): string => value.toFixed(digits);
const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');

/** A scenario of the dossier view, as the API documents it. */
type ViewScenario = components['schemas']['DossierScenarioDto'];

/** Bytes the server sniffs as the proof's first kind, padded to `size` with random bytes. */
function fileOfKind(kind: string, size: number): { content: Buffer; name: string; type: string } {
  const label = Buffer.from(`${randomUUID()}\n`);
  const pad = (head: Buffer, tail = Buffer.alloc(0)): Buffer =>
    Buffer.concat([head, label, randomBytes(Math.max(0, size - head.length - label.length - tail.length)), tail]);
  switch (kind) {
    case 'video':
      return {
        content: pad(Buffer.from('00000018667479706973736f6d0000020069736f6d6d703431', 'hex')),
        name: 'enregistrement.mp4',
        type: 'video/mp4',
      };
    case 'screenshot':
      // A PNG signature and IHDR; the rest is never decoded, only sniffed and hashed.
      return {
        content: pad(
          Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55', 'hex'),
          Buffer.from('0000000049454e44ae426082', 'hex'),
        ),
        name: 'capture.png',
        type: 'image/png',
      };
    case 'logs':
    case 'flow': {
      const line = Buffer.from('2026-11-26T10:00:00Z INFO appel du service, réponse 200\n', 'utf8');
      const lines = Math.max(1, Math.ceil(size / line.length));
      return {
        content: Buffer.concat([label, ...Array.from({ length: lines }, () => line)]),
        name: 'journal.log',
        type: 'text/plain',
      };
    }
    default:
      return {
        content: pad(Buffer.from('%PDF-1.4\n%'), Buffer.from('\n%%EOF\n')),
        name: 'procedure.pdf',
        type: 'application/pdf',
      };
  }
}

async function upload(url: string, token: string, dossierId: string, proof: string, kind: string, size: number) {
  const file = fileOfKind(kind, size);
  const form = new FormData();
  form.append('proof', proof);
  form.append('file', new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
  const response = await fetch(`${url}/api/v1/dossiers/${dossierId}/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (response.status !== 201)
    throw new Error(`upload of ${proof} answered ${response.status}: ${await response.text()}`);
  return file;
}

/**
 * A submitted round of about `totalMb` MiB: a file per proof the dossier asks for, then a few
 * large files (80 % of the bytes) and many small ones as further versions. Returns the dossier id
 * and the uploaded files, written to `dir` (the baseline zips the same bytes).
 */
async function seedRound(
  environment: BenchEnvironment,
  vendor: MeasuredVendor,
  totalMb: number,
  dir: string,
): Promise<{ dossierId: string; files: number; bytes: number }> {
  const { url } = environment;
  const token = vendor.apiToken;
  const dossier = await createAnsweredDossier(url, token, vendor.referentialId, 'Archive', ALL_IN_ANSWERS);
  const view = async (): Promise<ViewScenario[]> =>
    (await call<{ scenarios: ViewScenario[] }>(url, 'GET', `/api/v1/dossiers/${dossier.id}`, undefined, token))
      .scenarios;
  mkdirSync(dir);
  let files = 0;
  let bytes = 0;
  const keep = (content: Buffer, name: string): void => {
    files += 1;
    bytes += content.length;
    const folder = join(dir, String(files));
    mkdirSync(folder);
    writeFileSync(join(folder, name), content);
  };
  const scenarios = await view();
  const proofs = scenarios.flatMap((scenario) => scenario.proofs);
  for (const scenario of scenarios) {
    for (const code of scenario.missingProofs) {
      const proof = scenario.proofs.find((candidate) => candidate.code === code)!;
      const file = await upload(url, token, dossier.id, code, proof.kinds[0], 64 * 1024);
      keep(file.content, file.name);
    }
    if (scenario.missingDeclaration)
      await call(
        url,
        'POST',
        `/api/v1/dossiers/${dossier.id}/declarations`,
        {
          scenario: scenario.code,
          declarantName: 'Camille Martin',
          declarantRole: 'legal_representative',
          justification:
            "Le produit ne traite que des patients suivis à l'étranger qui ne disposent d'aucun identifiant national de santé.",
        },
        token,
      );
  }
  const remaining = Math.max(0, totalMb * MB - bytes);
  /** `count` files of equal size on `onto` in turn, together `share` of the remaining bytes. */
  const uploadShare = async (onto: typeof proofs, count: number, share: number): Promise<void> => {
    for (let index = 0; index < count; index += 1) {
      const proof = onto[index % onto.length];
      const size = Math.floor((remaining * share) / count);
      const file = await upload(url, token, dossier.id, proof.code, proof.kinds[0], size);
      keep(file.content, file.name);
    }
  };
  const binaryProofs = proofs.filter((proof) => proof.kinds[0] === 'video' || proof.kinds[0] === 'document');
  await uploadShare(binaryProofs, 4, 0.8);
  await uploadShare(proofs, 200, 0.2);
  for (const scenario of await view()) {
    const path = `/api/v1/dossiers/${dossier.id}/scenarios/${encodeURIComponent(scenario.code)}/assessment`;
    if (scenario.applicable)
      await call(
        url,
        'PUT',
        path,
        { status: 'conforme', conformityText: 'Conforme : voir les preuves déposées.' },
        token,
      );
    else if (scenario.justificationRequired)
      await call(url, 'PUT', path, { status: 'non_applicable', justification: 'Hors du périmètre du produit.' }, token);
  }
  await call(url, 'POST', `/api/v1/dossiers/${dossier.id}/submit`, undefined, token);
  return { dossierId: dossier.id, files, bytes };
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** Streams the archive to nowhere, sampling the server's RSS every 50 ms. */
async function downloadArchive(
  url: string,
  token: string,
  dossierId: string,
  serverPid: number,
): Promise<{ seconds: number; bytes: number; rssBefore: number; rssPeak: number }> {
  const rssBefore = rssOf(serverPid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(serverPid))), 50);
  const start = process.hrtime.bigint();
  try {
    const bytes = await downloadedBytes(url, `/api/v1/dossiers/${dossierId}/rounds/1/archive.zip`, token);
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, bytes, rssBefore, rssPeak };
  } finally {
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, rssOf(serverPid));
  }
}

async function benchArchive(environment: BenchEnvironment, vendor: MeasuredVendor): Promise<void> {
  const totalMb = Number(process.env.BENCH_ARCHIVE_MB ?? 1024);
  const dir = mkdtempSync(join(tmpdir(), 'preuve-bench-archive-'));
  try {
    const seedStart = Date.now();
    const seeded = await seedRound(environment, vendor, totalMb, join(dir, 'files'));
    console.log(
      `\nround archive: ${seeded.files} evidence files, ${fmt(seeded.bytes / MB, 0)} MiB, uploaded and submitted in ${Date.now() - seedStart} ms`,
    );
    const zipStart = process.hrtime.bigint();
    await run('zip', ['-0', '-q', '-r', join(dir, 'baseline.zip'), 'files'], { cwd: dir });
    const zipSeconds = Number(process.hrtime.bigint() - zipStart) / 1e9;
    const zipBytes = statSync(join(dir, 'baseline.zip')).size;
    rmSync(join(dir, 'baseline.zip'));
    const archive = await downloadArchive(environment.url, vendor.apiToken, seeded.dossierId, environment.serverPid);
    const growth = archive.rssPeak - archive.rssBefore;
    console.log(`  baseline zip -0 -q of the same files on disk: ${fmt(zipSeconds)} s, ${fmt(zipBytes / MB, 0)} MiB`);
    console.log(
      `  GET /dossiers/{id}/rounds/1/archive.zip: ${fmt(archive.seconds)} s, ${fmt(archive.bytes / MB, 0)} MiB; ratio archive ÷ zip ${fmt(archive.seconds / zipSeconds)}`,
    );
    console.log(
      `  server RSS before ${fmt(archive.rssBefore / MB, 0)} MiB, peak during ${fmt(archive.rssPeak / MB, 0)} MiB: growth ${fmt(growth / MB, 0)} MiB (target < 150 MB: ${verdict(growth < 150e6)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GRID_ROWS = 2_000;

async function benchGridImport(environment: BenchEnvironment, vendor: MeasuredVendor): Promise<void> {
  const file = await gridXlsx(sampleGridRows(GRID_ROWS));
  const readOnce = async (): Promise<number> => {
    const start = process.hrtime.bigint();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    let cells = 0;
    workbook.eachSheet((sheet) => sheet.eachRow((row) => (cells += row.cellCount)));
    if (cells === 0) throw new Error('exceljs read no cell');
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const importOnce = async (version: string): Promise<number> => {
    const form = new FormData();
    form.append('programme', 'DMN');
    form.append('code', 'DMN-BANC');
    form.append('version', version);
    form.append('title', `DMN ${version} (banc)`);
    form.append('file', new Blob([new Uint8Array(file)]), 'grille.xlsx');
    const start = process.hrtime.bigint();
    const response = await fetch(`${environment.url}/api/v1/referentials/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${vendor.adminToken}` },
      body: form,
    });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`grid import answered ${response.status}: ${text.slice(0, 500)}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  // Interleaved, after one warm-up of each: the median of five.
  await readOnce();
  await importOnce('0.0.1');
  const reads: number[] = [];
  const imports: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    reads.push(await readOnce());
    imports.push(await importOnce(`0.1.${index}`));
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\ngrid import: ${GRID_ROWS}-row XLSX (${fmt(file.length / 1024, 0)} kB), median of 5 interleaved runs`);
  console.log(`  baseline exceljs load of the same file alone: ${fmt(median(reads), 0)} ms`);
  console.log(
    `  POST /referentials/import (upload, guard, read, validate, store the draft): ${fmt(median(imports), 0)} ms; ratio ${fmt(median(imports) / median(reads))}`,
  );
}

/** BENCH_ONLY=interop: the round archive (BENCH_ARCHIVE_MB, default 1024) and the grid import. */
export async function benchInterop(environment: BenchEnvironment, vendor: MeasuredVendor): Promise<void> {
  await benchGridImport(environment, vendor);
  await benchArchive(environment, vendor);
}
