import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { gridCsvText, gridXlsx, sampleGridRows } from '@preuve/referentials';
import { buildProgram } from '../apps/api/src/cli/program.js';
import { createVendor, type Vendor } from './support/actors.js';
import { reviewKit, SMALL } from './support/review-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The command line (`npx preuve …`) as its user runs it, in process: commander parses the
 * arguments, the commands open the database named by DATABASE_URL (this file's own database,
 * beside the running app) and the evidence under DATA_DIR.
 */
describe('CLI: import-referential, export-grid, archive, verify-archive, verify-audit, verify-blobs, seed-demo', () => {
  let app: TestApp;
  let vendor: Vendor;
  let dossierId: string;
  let manifestSha256: string;
  let work: string;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    ({ id: dossierId, manifestSha256 } = await reviewKit(app).submitted(vendor.member.token, SMALL));
    work = mkdtempSync(join(tmpdir(), 'preuve-cli-'));
    process.env.DATABASE_URL = (app.dataSource.options as { url: string }).url;
    process.env.DATA_DIR = app.config.dataDir;
  }, 120_000);

  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(work, { recursive: true, force: true });
    await app?.close();
  }, 60_000);

  afterEach(() => {
    process.exitCode = undefined;
  });

  /** Runs `preuve <args>`: what it printed on stdout, and the exit code it set (0 when none). */
  async function preuve(...args: string[]): Promise<{ code: number; out: string }> {
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
      lines.push(parts.join(' '));
    });
    let code: number;
    try {
      await buildProgram((program) =>
        program
          .exitOverride()
          .configureOutput({ writeOut: (text) => lines.push(text), writeErr: (text) => lines.push(text) }),
      ).parseAsync(['node', 'preuve', ...args]);
      code = Number(process.exitCode ?? 0);
    } catch (error) {
      lines.push(String((error as Error).message));
      code = (error as { exitCode?: number }).exitCode ?? 1;
    } finally {
      log.mockRestore();
      process.exitCode = undefined;
    }
    return { code, out: lines.join('\n') };
  }

  it('lists its commands', async () => {
    const help = await preuve('--help');
    for (const command of [
      'import-referential',
      'export-grid',
      'archive',
      'verify-archive',
      'verify-audit',
      'verify-blobs',
      'seed-demo',
      'migrate',
    ])
      expect(help.out).toContain(command);
  });

  it('import-referential makes a draft from an XLSX grid with its overlay, prints the report, publishes on demand', async () => {
    const grid = join(work, 'grille.xlsx');
    writeFileSync(grid, await gridXlsx(sampleGridRows(12)));
    const overlay = join(work, 'overlay.yaml');
    writeFileSync(
      overlay,
      [
        'questions:',
        '  - { key: usesFhirApi, label: "Utilisez-vous l\'API FHIR ?", type: boolean }',
        'scenarios:',
        '  ANN 1.1:',
        '    conditions:',
        "      - rule: { '==': [{ var: usesFhirApi }, true] }",
        "        notApplicableReason: le produit n'utilise pas l'API FHIR",
        '',
      ].join('\n'),
    );
    const common = ['--programme', 'DMN', '--code', 'DMN-CLI', '--title', 'DMN importé en ligne de commande'];
    const draft = await preuve('import-referential', grid, ...common, '--version', '1.0', '--overlay', overlay);
    expect(draft.code).toBe(0);
    expect(draft.out).toMatch(/imported DMN-CLI 1\.0 as a draft: [0-9a-f-]{36}/);
    expect(draft.out).toContain('read: XLSX, worksheet « Exigences »');
    expect(draft.out).toContain('12 row(s): 6 requirement(s), 12 scenario(s), 24 proof(s)');
    const id = /as a draft: ([0-9a-f-]{36})/.exec(draft.out)![1];
    const [row] = await app.dataSource.query<{ status: string; overlay: string | null }[]>(
      'SELECT status, overlay FROM referential WHERE id = $1',
      [id],
    );
    expect(row.status).toBe('draft');
    expect(row.overlay).toContain('usesFhirApi');
    const [event] = await app.dataSource.query<{ count: number }[]>(
      "SELECT count(*)::int AS count FROM audit_event WHERE action = 'referential.imported' AND target_id = $1",
      [id],
    );
    expect(event.count).toBe(1);

    const again = await preuve('import-referential', grid, ...common, '--version', '1.0');
    expect(again.code).toBe(1);
    expect(again.out).toContain('REFUSED (REFERENTIAL_VERSION_EXISTS)');

    const csv = join(work, 'grille.csv');
    writeFileSync(csv, gridCsvText(sampleGridRows(4), ';'));
    const published = await preuve('import-referential', csv, ...common, '--version', '1.1', '--publish');
    expect(published.code).toBe(0);
    expect(published.out).toContain('as a published version');
    expect(published.out).toContain('read: CSV, utf-8, delimiter « ; »');
  }, 60_000);

  it('import-referential refuses a bad grid naming every bad row (exit 1), and a file that is no grid', async () => {
    const rows = sampleGridRows(6);
    rows[3][2] = 'PEUT-ÊTRE';
    rows[5][5] = rows[4][5];
    const grid = join(work, 'mauvaise.xlsx');
    writeFileSync(grid, await gridXlsx(rows, { formulaAt: { row: 2, column: 4 } }));
    const common = ['-p', 'DMN', '-c', 'DMN-BAD', '-v', '1.0', '-t', 'Grille fautive'];
    const refused = await preuve('import-referential', grid, ...common);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('REFUSED (GRID_INVALID)');
    expect(refused.out).toMatch(/row 2, Énoncé \(E\): .*formula/i);
    expect(refused.out).toMatch(/row 4, Nature \(C\): .*PEUT-ÊTRE/);
    expect(refused.out).toMatch(/row 6, N° scénario \(F\): .*/);
    const [{ count }] = await app.dataSource.query<{ count: number }[]>(
      "SELECT count(*)::int AS count FROM referential WHERE code = 'DMN-BAD'",
    );
    expect(count).toBe(0);

    const junk = join(work, 'junk.xlsx');
    writeFileSync(junk, Buffer.from('PK\u0003\u0004 not really a zip'));
    const unreadable = await preuve('import-referential', junk, ...common);
    expect(unreadable.code).toBe(1);
    expect(unreadable.out).toMatch(/REFUSED \(GRID_(UNREADABLE|COMPRESSION_SUSPICIOUS)\)/);
    const missing = await preuve('import-referential', join(work, 'absent.csv'), ...common);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('Cannot read the grid file');
    const usage = await preuve('import-referential', grid, '-p', 'DMN');
    expect(usage.code).not.toBe(0);
    expect(usage.out).toContain("required option '-c, --code <code>' not specified");
  }, 60_000);

  it('export-grid writes the XLSX the API serves, one row per scenario', async () => {
    const out = join(work, 'grille.xlsx');
    const result = await preuve('export-grid', dossierId, '--out', out);
    expect(result).toEqual({ code: 0, out: `wrote ${out}` });
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(out);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const view = await reviewKit(app).view(dossierId, vendor.member.token);
    expect(workbook.getWorksheet('Exigences')!.rowCount).toBe(1 + view.scenarios.length);
  }, 60_000);

  it('archive writes round 1, verify-archive passes it, then names the file tampered with', async () => {
    const out = join(work, 'tour-1.zip');
    const written = await preuve('archive', dossierId, '1', '-o', out);
    expect(written.code).toBe(0);
    expect(written.out).toContain(`submission manifest sha256 ${manifestSha256}`);
    const verified = await preuve('verify-archive', out);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(`submission manifest sha256 ${manifestSha256} (round 1)`);

    const zip = readFileSync(out);
    const manifest = JSON.parse(zip.subarray(zip.indexOf('{\n  "format"'), zip.indexOf('\n}\n') + 2).toString());
    const victim = (manifest.files as { path: string; kind: string; size: number }[]).find(
      (file) => file.kind === 'declaration-pdf',
    )!;
    const at = zip.indexOf('%PDF-', zip.indexOf(Buffer.from(victim.path)));
    zip[at + 100] ^= 0x01;
    writeFileSync(join(work, 'tampered.zip'), zip);
    const tampered = await preuve('verify-archive', join(work, 'tampered.zip'));
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain(`first differing file: ${victim.path}`);

    expect((await preuve('verify-archive', join(work, 'nothing-here.zip'))).code).toBe(2);
  }, 60_000);

  it('refuses a round that is not a number (a usage error naming it) and a round never submitted (exit 1)', async () => {
    const bad = await preuve('archive', dossierId, 'premier');
    expect(bad.code).not.toBe(0);
    expect(bad.out).toContain('a round number');
    const missing = await preuve('archive', dossierId, '7', '-o', join(work, 'none.zip'));
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('Round 7 of this dossier was not submitted');
    expect(existsSync(join(work, 'none.zip'))).toBe(false);
  }, 60_000);

  it('verify-audit walks the chain the writes above made', async () => {
    const result = await preuve('verify-audit');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/\d+ audit event\(s\) checked/);
    expect(result.out).toContain('chain intact; last hash');
  }, 60_000);

  it('seed-demo seeds once, then finds the demo there', async () => {
    const first = await preuve('seed-demo');
    expect(first.code).toBe(0);
    expect(first.out).toContain('demo data seeded');
    expect(first.out).toContain('editeur@demo.preuve.fr');
    expect((await preuve('seed-demo')).out).toContain('demo data present already');
  }, 120_000);

  it('verify-blobs passes intact blobs and names a blob whose bytes changed', async () => {
    const intact = await preuve('verify-blobs');
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/\d+ blob\(s\) checked, 0 mismatch\(es\), 0 missing/);
    const view = await reviewKit(app).view(dossierId, vendor.member.token);
    const sha256 = view.scenarios.flatMap((scenario) => scenario.proofs.flatMap((proof) => proof.evidence))[0].sha256;
    appendFileSync(join(app.config.dataDir, 'blobs', sha256.slice(0, 2), sha256), 'x');
    const broken = await preuve('verify-blobs');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`MISMATCH ${sha256}`);
  }, 60_000);
});
