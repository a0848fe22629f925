import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gridCsvText, gridXlsx, sampleGridRows, windows1252 } from '@preuve/referentials';
import {
  adminToken,
  bearer,
  createMember,
  createOrganization,
  createVendor,
  dmnReferentialId,
  type Member,
  type Vendor,
} from './support/actors.js';
import { gridRowsOf, overlayOf, treeOf, type Tree } from './support/grid-kit.js';
import { fileFor } from './support/labelled-files.js';
import { SMALL, reviewKit, seen } from './support/review-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface ImportFields {
  version: string;
  overlay?: string;
  code?: string;
}

describe('référentiel versions: grid import, overlay, publication, diff, dossier move', () => {
  let app: TestApp;
  let lead: Member;
  let reviewer: Member;
  let vendor: Vendor;
  let dmn: Tree;
  let rowsA: string[][];
  let rowsB: string[][];
  let versionA: string;
  let versionB: string;

  function importGrid(token: string, file: Buffer, name: string, fields: ImportFields) {
    let request = app
      .http()
      .post('/api/v1/referentials/import')
      .set(bearer(token))
      .field('programme', 'DMN')
      .field('code', fields.code ?? 'DMN')
      .field('version', fields.version)
      .field('title', `DMN ${fields.version} (grille importée)`);
    if (fields.overlay !== undefined) request = request.field('overlay', fields.overlay);
    return request.attach('file', file, name);
  }

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    const authority = await createOrganization(app, 'ANS (test)', 'authority');
    lead = await createMember(app, authority.id, 'review_lead');
    reviewer = await createMember(app, authority.id, 'reviewer');
    vendor = await createVendor(app);
    dmn = await treeOf(app, lead.token, await dmnReferentialId(app, lead.token));
    rowsA = gridRowsOf(dmn);
    // Version B: INS 46.2 goes, ANN 9.1 comes, ANN 1 is worded anew.
    rowsB = rowsA
      .filter((row) => row[5] !== 'INS 46.2')
      .map((row) => (row[3] === 'ANN 1' ? [...row.slice(0, 4), `${row[4]} (précisé)`, ...row.slice(5)] : row));
    rowsB.push([
      'Général',
      'Annuaire Santé',
      'DOIT',
      'ANN 9',
      'Le système affiche la date du dernier chargement de l’annuaire.',
      'ANN 9.1',
      'Montrer la date du dernier chargement',
      'ANN 9.1.1',
      "Capture d'écran de la date",
      '',
      '',
      '',
      '',
      '',
    ]);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  it('lets only authority and platform admins import', async () => {
    const file = Buffer.from(gridCsvText(sampleGridRows(2)), 'utf8');
    expect(seen(await importGrid(vendor.admin.token, file, 'g.csv', { version: '9.0.0' }))).toBe('403 FORBIDDEN');
    expect(seen(await importGrid(reviewer.token, file, 'g.csv', { version: '9.0.0' }))).toBe('403 FORBIDDEN');
  });

  it('imports an XLSX grid with its overlay into a draft that vendors cannot see', async () => {
    const response = await importGrid(lead.token, await gridXlsx(rowsA), 'exigences-1.3.0.xlsx', {
      version: '1.3.0',
      overlay: overlayOf(dmn, rowsA),
    });
    expect(seen(response)).toBe('201');
    const scenarios = rowsA.length - 1;
    expect(response.body).toMatchObject({
      status: 'draft',
      report: {
        format: 'xlsx',
        sheet: 'Exigences',
        rows: scenarios,
        scenarios,
        warnings: ['Columns ignored: « Applicable ? ».'],
        codedWarnings: [
          {
            code: 'GRID_COLUMNS_IGNORED',
            params: { columns: '« Applicable ? »' },
            message: 'Columns ignored: « Applicable ? ».',
          },
        ],
      },
    });
    versionA = response.body.id;

    const asVendor = await app.http().get('/api/v1/referentials').set(bearer(vendor.member.token)).expect(200);
    expect(asVendor.body.map((entry: { id: string }) => entry.id)).not.toContain(versionA);
    expect(seen(await app.http().get(`/api/v1/referentials/${versionA}`).set(bearer(vendor.member.token)))).toBe(
      '404 REFERENTIAL_NOT_FOUND',
    );
    const asLead = await app.http().get('/api/v1/referentials').set(bearer(lead.token)).expect(200);
    expect(asLead.body.find((entry: { id: string }) => entry.id === versionA)).toMatchObject({ status: 'draft' });
    const draft = await app.http().get(`/api/v1/referentials/${versionA}`).set(bearer(lead.token)).expect(200);
    expect(draft.body.questions.map((question: { key: string }) => question.key)).toEqual(
      (dmn.questions as { key: string }[]).map((question) => question.key),
    );
    expect(draft.body.importReport).toMatchObject({ scenarios });
  });

  it('refuses a second import of the same version', async () => {
    const response = await importGrid(lead.token, await gridXlsx(rowsA), 'again.xlsx', { version: '1.3.0' });
    expect(seen(response)).toBe('409 REFERENTIAL_VERSION_EXISTS');
  });

  it('refuses a bad grid whole, naming every bad row and column', async () => {
    const rows = sampleGridRows(5);
    rows[2][5] = 'ANN 1.1';
    rows[3][2] = 'OBLIGATOIRE';
    rows[4][7] = 'IEU 7.1.1';
    const response = await importGrid(lead.token, Buffer.from(gridCsvText(rows), 'utf8'), 'bad.csv', {
      version: '5.0.0',
    });
    expect(seen(response)).toBe('422 GRID_INVALID');
    expect(response.body.details.rows).toEqual([
      {
        row: 3,
        column: 'N° scénario (F)',
        code: 'GRID_SCENARIO_CODE_DUPLICATE',
        params: { code: 'ANN 1.1', row: 2 },
        message: 'duplicate scenario code « ANN 1.1 » (also row 2)',
      },
      {
        row: 3,
        column: 'N° preuve 1 (H)',
        code: 'GRID_PROOF_OUTSIDE_SCENARIO',
        params: { proof: 'ANN 1.2.1', scenario: 'ANN 1.1' },
        message: 'proof « ANN 1.2.1 » does not belong to scenario « ANN 1.1 »: a proof without its scenario',
      },
      {
        row: 3,
        column: 'N° preuve 2 (J)',
        code: 'GRID_PROOF_OUTSIDE_SCENARIO',
        params: { proof: 'ANN 1.2.2', scenario: 'ANN 1.1' },
        message: 'proof « ANN 1.2.2 » does not belong to scenario « ANN 1.1 »: a proof without its scenario',
      },
      {
        row: 4,
        column: 'Nature (C)',
        code: 'GRID_NATURE_UNKNOWN',
        params: { nature: 'OBLIGATOIRE' },
        message: 'unknown nature « OBLIGATOIRE »: DOIT or DEVRAIT',
      },
      {
        row: 5,
        column: 'N° preuve 1 (H)',
        code: 'GRID_PROOF_OUTSIDE_SCENARIO',
        params: { proof: 'IEU 7.1.1', scenario: 'IEU 1.2' },
        message: 'proof « IEU 7.1.1 » does not belong to scenario « IEU 1.2 »: a proof without its scenario',
      },
    ]);
    const list = await app.http().get('/api/v1/referentials').set(bearer(lead.token)).expect(200);
    expect(list.body.map((entry: { version: string }) => entry.version)).not.toContain('5.0.0');
  });

  it('refuses hostile files with a coded 4xx: 50 MB, a ZIP bomb, a formula, mixed encodings', async () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x41);
    expect(seen(await importGrid(lead.token, huge, 'enorme.xlsx', { version: '6.0.0' }))).toBe('413 GRID_TOO_LARGE');

    expect(seen(await importGrid(lead.token, zipBomb(), 'grille.xlsx', { version: '6.0.0' }))).toBe(
      '422 GRID_COMPRESSION_SUSPICIOUS',
    );

    // Asked in French, the coded problems come with a French message.
    const withFormula = await importGrid(
      lead.token,
      await gridXlsx(sampleGridRows(3), { formulaAt: { row: 2, column: 3 } }),
      'formule.xlsx',
      { version: '6.0.0' },
    ).set('Accept-Language', 'fr');
    expect(seen(withFormula)).toBe('422 GRID_INVALID');
    expect(withFormula.body.details.rows[0]).toMatchObject({
      row: 2,
      column: 'N° exigence (D)',
      code: 'GRID_FORMULA',
      message: expect.stringMatching(/^une formule \(« =/),
    });

    const mixed = Buffer.concat([Buffer.from(gridCsvText(sampleGridRows(3)), 'utf8'), windows1252('Général;é\r\n')]);
    expect(seen(await importGrid(lead.token, mixed, 'melange.csv', { version: '6.0.0' }))).toBe(
      '422 GRID_MIXED_ENCODING',
    );

    expect(
      seen(await importGrid(lead.token, Buffer.from('PK\u0003\u0004rien'), 'cassé.xlsx', { version: '6.0.0' })),
    ).toBe('422 GRID_UNREADABLE');

    // Nothing half-written: no draft of the refused version, for anyone.
    const list = await app.http().get('/api/v1/referentials').set(bearer(lead.token)).expect(200);
    expect(list.body.map((entry: { version: string }) => entry.version)).not.toContain('6.0.0');
  }, 60_000);

  it('imports version B from a Windows-1252 CSV, then takes its overlay through PUT', async () => {
    const response = await importGrid(lead.token, windows1252(gridCsvText(rowsB, ',')), 'exigences-1.4.0.csv', {
      version: '1.4.0',
    });
    expect(seen(response)).toBe('201');
    expect(response.body.report).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ',' });
    versionB = response.body.id;

    const bad = await app
      .http()
      .put(`/api/v1/referentials/${versionB}/overlay`)
      .set(bearer(lead.token))
      .send({ overlay: 'scenarios:\n  INS 46.2: { declarationRequiredWhenNotApplicable: true }\n' });
    expect(seen(bad)).toBe('422 OVERLAY_INVALID');
    expect(bad.body.details.problems).toEqual(['scenarios: « INS 46.2 » is not a scenario of the grid']);
    expect(bad.body.details.overlayProblems).toEqual([
      {
        code: 'OVERLAY_UNKNOWN_SCENARIO',
        params: { code: 'INS 46.2' },
        message: 'scenarios: « INS 46.2 » is not a scenario of the grid',
      },
    ]);
    const inFrench = await app
      .http()
      .put(`/api/v1/referentials/${versionB}/overlay`)
      .set(bearer(lead.token))
      .set('Accept-Language', 'fr')
      .send({ overlay: 'scenarios:\n  INS 46.2: { declarationRequiredWhenNotApplicable: true }\n' });
    expect(inFrench.body.details.problems).toEqual(['scenarios : « INS 46.2 » n’est pas un scénario de la grille']);
    expect(inFrench.body.details.overlayProblems[0]).toMatchObject({ code: 'OVERLAY_UNKNOWN_SCENARIO' });
    // A shape the schema refuses: in French too, not the validator's English sentence.
    const misshapen = await app
      .http()
      .put(`/api/v1/referentials/${versionB}/overlay`)
      .set(bearer(lead.token))
      .set('Accept-Language', 'fr')
      .send({ overlay: 'families: 12\n' });
    expect(seen(misshapen)).toBe('422 OVERLAY_INVALID');
    expect(misshapen.body.details.overlayProblems[0]).toMatchObject({
      code: 'OVERLAY_SCHEMA',
      params: expect.objectContaining({ path: '/families', keyword: 'type' }),
    });
    expect(misshapen.body.details.problems[0]).toMatch(/^forme invalide en « \/families » : doit être un/);

    const attached = await app
      .http()
      .put(`/api/v1/referentials/${versionB}/overlay`)
      .set(bearer(lead.token))
      .send({ overlay: overlayOf(dmn, rowsB) });
    expect(seen(attached)).toBe('200');
    expect(attached.body).toMatchObject({ id: versionB, status: 'draft' });
  });

  it('publishes drafts; a published version is immutable, in the API and in the database', async () => {
    expect(
      seen(await app.http().post(`/api/v1/referentials/${versionA}/publish`).set(bearer(vendor.admin.token))),
    ).toBe('403 FORBIDDEN');
    const published = await app.http().post(`/api/v1/referentials/${versionA}/publish`).set(bearer(lead.token));
    expect(seen(published)).toBe('200');
    expect(published.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect(seen(await app.http().post(`/api/v1/referentials/${versionA}/publish`).set(bearer(lead.token)))).toBe(
      '409 REFERENTIAL_PUBLISHED',
    );
    expect(
      seen(
        await app
          .http()
          .put(`/api/v1/referentials/${versionA}/overlay`)
          .set(bearer(lead.token))
          .send({ overlay: 'notice: changé' }),
      ),
    ).toBe('409 REFERENTIAL_PUBLISHED');
    await expect(
      app.dataSource.query(`UPDATE referential SET title = 'changé' WHERE id = $1`, [versionA]),
    ).rejects.toThrow(/immutable/);
    await expect(app.dataSource.query(`DELETE FROM referential WHERE id = $1`, [versionA])).rejects.toThrow(
      /immutable/,
    );
    expect(
      seen(
        await app
          .http()
          .post(`/api/v1/referentials/${versionB}/publish`)
          .set(bearer(await adminToken(app))),
      ),
    ).toBe('200');
    const asVendor = await app.http().get('/api/v1/referentials').set(bearer(vendor.member.token)).expect(200);
    expect(asVendor.body.map((entry: { id: string }) => entry.id)).toEqual(
      expect.arrayContaining([versionA, versionB]),
    );
  });

  it('diffs two versions at each level', async () => {
    const diff = await app
      .http()
      .get(`/api/v1/referentials/${versionA}/diff/${versionB}`)
      .set(bearer(vendor.member.token))
      .expect(200);
    expect(diff.body).toMatchObject({
      from: versionA,
      to: versionB,
      added: { requirements: ['ANN 9'], scenarios: ['ANN 9.1'], proofs: ['ANN 9.1.1'] },
      removed: { requirements: [], scenarios: ['INS 46.2'], proofs: ['INS 46.2.1', 'INS 46.2.2'] },
      changed: { requirements: ['ANN 1'], scenarios: [], proofs: [] },
      changes: [{ level: 'requirements', code: 'ANN 1', fields: ['statement'] }],
    });
  });

  it('moves an open dossier to the newer version: what still exists follows, the rest is listed, the move is audited', async () => {
    const kit = reviewKit(app);
    const token = vendor.member.token;
    const product = await app
      .http()
      .post('/api/v1/products')
      .set(bearer(token))
      .send({ name: 'Dermato', version: '1.0' });
    const created = await app
      .http()
      .post('/api/v1/dossiers')
      .set(bearer(token))
      .send({ productId: product.body.id, referentialId: versionA })
      .expect(201);
    const dossierId = created.body.id as string;
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(token))
      .send({ answers: SMALL })
      .expect(200);
    for (const proof of ['INS 46.1.1', 'INS 46.2.1'])
      expect(seen(await kit.upload(dossierId, token, proof, fileFor(proof, ['document'])))).toBe('201');
    expect(seen(await kit.declare(dossierId, token, 'IEU 7.1'))).toBe('201');

    const preview = await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/move/preview`)
      .set(bearer(token))
      .send({ referentialId: versionB });
    expect(seen(preview)).toBe('200');
    expect(((await kit.view(dossierId, token)) as unknown as { referentialId: string }).referentialId).toBe(versionA);

    const moved = await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/move`)
      .set(bearer(token))
      .send({ referentialId: versionB });
    expect(seen(moved)).toBe('200');
    expect(moved.body).toEqual(preview.body);
    expect(moved.body).toMatchObject({
      from: versionA,
      to: versionB,
      carried: { evidence: ['INS 46.1.1'], declarations: ['IEU 7.1'] },
    });
    expect(
      moved.body.needsAttention.map((item: { kind: string; code: string }) => `${item.kind} ${item.code}`),
    ).toEqual(['evidence INS 46.2.1', 'new_scenario ANN 9.1']);

    const view = await kit.view(dossierId, token);
    expect((view as unknown as { referentialId: string }).referentialId).toBe(versionB);
    expect(view.scenarios.map((scenario) => scenario.code)).not.toContain('INS 46.2');
    const kept = view.scenarios.find((scenario) => scenario.code === 'INS 46.1')!;
    expect(kept.proofs[0].evidence).toHaveLength(1);

    const audit = await app.http().get(`/api/v1/dossiers/${dossierId}/audit`).set(bearer(token)).expect(200);
    const event = audit.body.find((entry: { action: string }) => entry.action === 'dossier.moved');
    expect(event.data).toMatchObject({
      from: { id: versionA, version: '1.3.0' },
      to: { id: versionB, version: '1.4.0' },
    });

    expect(
      seen(
        await app
          .http()
          .post(`/api/v1/dossiers/${dossierId}/move`)
          .set(bearer(token))
          .send({ referentialId: versionA }),
      ),
    ).toBe('409 MOVE_REFUSED');
    const other = await createVendor(app);
    expect(
      seen(
        await app
          .http()
          .post(`/api/v1/dossiers/${dossierId}/move`)
          .set(bearer(other.member.token))
          .send({ referentialId: versionB }),
      ),
    ).toBe('404 DOSSIER_NOT_FOUND');
  });

  it('refuses to move a dossier to a draft or to another référentiel', async () => {
    const token = vendor.member.token;
    const { body: dossiers } = await app.http().get('/api/v1/dossiers').set(bearer(token)).expect(200);
    const dossierId = dossiers.items[0].id as string;
    const draft = await importGrid(lead.token, Buffer.from(gridCsvText(rowsB), 'utf8'), 'b.csv', { version: '1.5.0' });
    expect(seen(draft)).toBe('201');
    expect(
      seen(
        await app
          .http()
          .post(`/api/v1/dossiers/${dossierId}/move`)
          .set(bearer(token))
          .send({ referentialId: draft.body.id }),
      ),
    ).toBe('404 REFERENTIAL_NOT_FOUND');
    const otherCode = await importGrid(lead.token, Buffer.from(gridCsvText(rowsB), 'utf8'), 'c.csv', {
      version: '2.0.0',
      code: 'AUTRE',
    });
    await app.http().post(`/api/v1/referentials/${otherCode.body.id}/publish`).set(bearer(lead.token)).expect(200);
    expect(
      seen(
        await app
          .http()
          .post(`/api/v1/dossiers/${dossierId}/move`)
          .set(bearer(token))
          .send({ referentialId: otherCode.body.id }),
      ),
    ).toBe('409 MOVE_REFUSED');
  });
});

/** A ZIP named .xlsx whose one entry inflates to 200 MiB from a few hundred kilobytes. */
function zipBomb(): Buffer {
  const content = Buffer.alloc(200 * 1024 * 1024);
  const data = deflateRawSync(content, { level: 9 });
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
