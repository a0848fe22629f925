import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { dosDateTimeOf } from '../apps/api/src/interop/zip-time.js';
import { bearer, createMember, createOrganization, createVendor, type Member, type Vendor } from './support/actors.js';
import { reviewKit, SMALL } from './support/review-kit.js';
import { binary, startTestApp, type TestApp } from './support/test-app.js';

const run = promisify(execFile);
const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

interface ArchiveFile {
  path: string;
  kind: string;
  sha256: string;
  size: number;
  proofCode?: string;
  evidenceId?: string;
}

/** `node <script> [argument]`: exit code and output, whatever the exit code. */
async function node(script: string, argument?: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, argument ? [script, argument] : [script]);
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('Référentiels out: the grid export and the verifiable archive of a round', () => {
  let app: TestApp;
  let vendor: Vendor;
  let reviewer: Member;
  let dossierId: string;
  let manifestSha256: string;
  let work: string;
  let zip: Buffer;
  const api = () => reviewKit(app);

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    const authority = await createOrganization(app, 'Autorité archive', 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    ({ id: dossierId, manifestSha256 } = await api().submitted(vendor.member.token, SMALL));
    work = mkdtempSync(join(tmpdir(), 'preuve-archive-'));
  }, 120_000);

  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await app?.close();
  }, 60_000);

  const download = (path: string, token: string) => app.http().get(path).set(bearer(token)).buffer(true).parse(binary);

  it('streams round 1 as a ZIP of known length, named after the product', async () => {
    const response = await download(`/api/v1/dossiers/${dossierId}/rounds/1/archive.zip`, vendor.member.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe('attachment; filename="CardioSuivi-3.2.0-tour-1.zip"');
    zip = response.body as Buffer;
    expect(Number(response.headers['content-length'])).toBe(zip.length);
    writeFileSync(join(work, 'archive.zip'), zip);
    // The same round gives the same bytes: nothing in the archive depends on when it is asked for.
    const again = await download(`/api/v1/dossiers/${dossierId}/rounds/1/archive.zip`, reviewer.token);
    expect(again.status).toBe(200);
    expect(sha256(again.body as Buffer)).toBe(sha256(zip));
  });

  it('dates every entry at the submission, in UTC, whatever the server time zone', () => {
    const manifest = JSON.parse(zip.subarray(zip.indexOf('{\n  "format"'), zip.indexOf('\n}\n') + 2).toString()) as {
      submission: { submittedAt: string };
    };
    const expected = dosDateTimeOf(new Date(manifest.submission.submittedAt));
    let entries = 0;
    for (let at = zip.indexOf(LOCAL_HEADER); at !== -1; at = zip.indexOf(LOCAL_HEADER, at + 4)) {
      const nameLength = zip.readUInt16LE(at + 26);
      if (zip.readUInt16LE(at + 8) !== 0 || nameLength === 0) continue; // a signature inside stored data
      expect({ date: zip.readUInt16LE(at + 12), time: zip.readUInt16LE(at + 10) }).toEqual(expected);
      entries += 1;
    }
    expect(entries).toBeGreaterThan(3);
  });

  it('holds the manifest, the verifier, the report, every evidence file and every declaration (PDF and JSON)', async () => {
    await run('unzip', ['-q', join(work, 'archive.zip'), '-d', join(work, 'folder')]);
    const manifest = JSON.parse(readFileSync(join(work, 'folder', 'manifest.json'), 'utf8'));
    expect(manifest.submission.manifestSha256).toBe(manifestSha256);
    const files = manifest.files as ArchiveFile[];
    const view = await api().view(dossierId, vendor.member.token);
    const uploaded = view.scenarios.flatMap((scenario) => scenario.proofs.flatMap((proof) => proof.evidence));
    expect(
      files
        .filter((file) => file.kind === 'evidence')
        .map((file) => file.evidenceId)
        .sort(),
    ).toEqual(uploaded.map((evidence) => evidence.id).sort());
    for (const file of files) {
      expect(file.path).toMatch(
        /^(index\.html|evidence\/[^/]+\/[^/]+\/v\d+-.+|declarations\/[^/]+\/declaration-[0-9a-f]{8}\.(pdf|json))$/,
      );
      const bytes = readFileSync(join(work, 'folder', file.path));
      expect({ path: file.path, sha256: sha256(bytes) }).toEqual({ path: file.path, sha256: file.sha256 });
    }
    const declared = view.scenarios.filter((scenario) => scenario.declaration !== null);
    expect(declared.length).toBe(2);
    for (const scenario of declared) {
      const pdf = files.find((file) => file.kind === 'declaration-pdf' && file.path.includes(`/${scenario.code}/`));
      expect(
        readFileSync(join(work, 'folder', pdf!.path))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
    const report = readFileSync(join(work, 'folder', 'index.html'), 'utf8');
    expect(report).toContain(manifestSha256);
    expect(report).toContain('IEU 7.1');
    expect(report).not.toMatch(/<script|https?:\/\//);
  });

  it('verify.mjs passes the intact folder and the intact ZIP, and prints the submission hash', async () => {
    const folder = await node(join(work, 'folder', 'verify.mjs'));
    expect(folder.code).toBe(0);
    expect(folder.out).toContain('intact');
    expect(folder.out).toContain(manifestSha256);
    const direct = await node(join(work, 'folder', 'verify.mjs'), join(work, 'archive.zip'));
    expect(direct.code).toBe(0);
    expect(direct.out).toContain(manifestSha256);
  });

  it('names the tampered file: an evidence file changed in the folder, or a byte flipped inside the ZIP', async () => {
    const manifest = JSON.parse(readFileSync(join(work, 'folder', 'manifest.json'), 'utf8'));
    const evidence = (manifest.files as ArchiveFile[]).filter((file) => file.kind === 'evidence');
    const victim = evidence[evidence.length - 1];
    appendFileSync(join(work, 'folder', victim.path), 'x');
    const folder = await node(join(work, 'folder', 'verify.mjs'));
    expect(folder.code).toBe(1);
    expect(folder.out).toContain(`first differing file: ${victim.path}`);

    const original = readFileSync(join(work, 'folder', victim.path)).subarray(0, victim.size);
    const at = zip.indexOf(original);
    expect(at).toBeGreaterThan(0);
    const tampered = Buffer.from(zip);
    tampered[at + Math.floor(victim.size / 2)] ^= 0xff;
    writeFileSync(join(work, 'tampered.zip'), tampered);
    const direct = await node(join(work, 'folder', 'verify.mjs'), join(work, 'tampered.zip'));
    expect(direct.code).toBe(1);
    expect(direct.out).toContain(`first differing file: ${victim.path}`);
  });

  it('notices a declaration rewritten along with its listed hash, and a changed submission manifest', async () => {
    await run('unzip', ['-q', '-o', join(work, 'archive.zip'), '-d', join(work, 'again')]);
    const path = join(work, 'again', 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const json = (manifest.files as ArchiveFile[]).find((file) => file.kind === 'declaration-json')!;
    const declaration = JSON.parse(readFileSync(join(work, 'again', json.path), 'utf8'));
    const rewritten = Buffer.from(JSON.stringify({ ...declaration, justification: 'Autre chose.' }));
    writeFileSync(join(work, 'again', json.path), rewritten);
    json.sha256 = sha256(rewritten);
    json.size = rewritten.length;
    writeFileSync(path, JSON.stringify(manifest));
    const result = await node(join(work, 'again', 'verify.mjs'));
    expect(result.code).toBe(1);
    expect(result.out).toContain(`first differing file: ${json.path}`);

    manifest.submission.manifest.answers.insApplicable = true;
    writeFileSync(path, JSON.stringify(manifest));
    const changed = await node(join(work, 'again', 'verify.mjs'));
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('first differing file: manifest.json');
  });

  it('answers a round never submitted with 404 ROUND_NOT_FOUND, a bad round with 400, another vendor with 404', async () => {
    const missing = await app
      .http()
      .get(`/api/v1/dossiers/${dossierId}/rounds/2/archive.zip`)
      .set(bearer(vendor.member.token));
    expect([missing.status, missing.body.code]).toEqual([404, 'ROUND_NOT_FOUND']);
    const bad = await app
      .http()
      .get(`/api/v1/dossiers/${dossierId}/rounds/zero/archive.zip`)
      .set(bearer(vendor.member.token));
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const other = await createVendor(app);
    const walled = await app
      .http()
      .get(`/api/v1/dossiers/${dossierId}/rounds/1/archive.zip`)
      .set(bearer(other.member.token));
    expect([walled.status, walled.body.code]).toEqual([404, 'DOSSIER_NOT_FOUND']);
  });

  it('exports the grid: one row per scenario, the vendor columns filled, evidence named with its SHA-256', async () => {
    const view = await api().view(dossierId, vendor.member.token);
    const accepted = view.scenarios.find((scenario) => scenario.applicable)!;
    expect((await api().verdict(dossierId, reviewer.token, accepted.code, { verdict: 'accepted' })).status).toBe(200);

    const response = await download(`/api/v1/dossiers/${dossierId}/grid.xlsx`, vendor.member.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    const body = response.body as Buffer;
    await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Exigences')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    for (const name of [
      'N° exigence',
      'Énoncé',
      'Nature',
      'N° scénario',
      'Scénario',
      'N° preuve 1',
      'Preuve 3',
      'Applicable ?',
      'Statut',
      'Avis ANS',
      'Justification',
    ])
      expect(header).toContain(name);
    const column = (name: string) => header.indexOf(name) + 1;
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, number) => {
      if (number > 1) rows.set(row.getCell(column('N° scénario')).text, row);
    });
    expect(rows.size).toBe(view.scenarios.length);

    const acceptedRow = rows.get(accepted.code)!;
    expect(acceptedRow.getCell(column('Applicable ?')).value).toBe('Oui');
    expect(acceptedRow.getCell(column('Avis ANS')).value).toBe('Accepté');
    const evidence = accepted.proofs[0].evidence.at(-1)!;
    expect(acceptedRow.getCell(column('Fichiers preuve 1 (SHA-256)')).text).toContain(evidence.sha256);

    const declaredRow = rows.get('IEU 7.1')!;
    expect(declaredRow.getCell(column('Applicable ?')).value).toBe('Non');
    expect(declaredRow.getCell(column('Statut')).value).toBe('Non applicable (déclaration signée)');
    expect(declaredRow.getCell(column('Justification')).text).toContain("l'INS ne s'applique pas");

    const walled = await app
      .http()
      .get(`/api/v1/dossiers/${dossierId}/grid.xlsx`)
      .set(bearer((await createVendor(app)).member.token));
    expect([walled.status, walled.body.code]).toEqual([404, 'DOSSIER_NOT_FOUND']);
  });

  it('exports the same grid as CSV: UTF-8 with a byte-order mark, semicolons, the cells of the workbook', async () => {
    const xlsx = await download(`/api/v1/dossiers/${dossierId}/grid.xlsx`, vendor.member.token);
    const workbook = new ExcelJS.Workbook();
    const bytes = xlsx.body as Buffer;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Exigences')!;
    const expected: string[][] = [];
    sheet.eachRow((row) => {
      expected.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).text));
    });

    const response = await download(`/api/v1/dossiers/${dossierId}/grid.csv`, vendor.member.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="grille-CardioSuivi-3.2.0.csv"');
    const csv = response.body as Buffer;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(csv.subarray(3).toString('utf8'))).toEqual(expected);
  });
});

/** Semicolon-separated rows, fields quoted with doubled quotes (what the export writes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}
