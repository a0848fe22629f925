import { describe, expect, it } from '@jest/globals';
import { GridInvalidError } from './grid-table.js';
import type { GridMeta } from './grid-terms.js';
import { importGrid } from './import-grid.js';
import { OverlayInvalidError } from './overlay.js';
import { SAMPLE_GRID_HEADER, gridCsvText, gridXlsx } from './sample-grid.js';

/**
 * Ségur REM grids: codes as each REM writes them (`INS/va1.53`, `DB.SO.106`), not the DMN shape.
 * The import keeps them as written, places scenarios and proofs by prefix and tells two spellings
 * of one code apart only by their lookup key (case, `/`, `.` and spaces are one separator).
 */
const SEGUR: GridMeta = {
  programme: 'SEGUR',
  code: 'SEGUR-RAD-TEST',
  version: '2.0',
  title: 'REM de test',
  source: 'rem.xlsx',
  couloir: 'RAD',
  dispositif: 'DRIMBOX',
  vague: '2',
};

/** What a REM grid does not carry, which the overlay of a Ségur import gives. */
const SEGUR_OVERLAY = [
  'documents:',
  "  - { kind: REM, name: Référentiel d'exigences minimales (test), version: '1.0' }",
  'eligibility:',
  '  - { key: imagingSites, label: Combien de lieux utilisent la version ?, type: choice, options: [{ value: few, label: Peu }] }',
  'charter: { version: 2024-05, text: Charte de test. }',
].join('\n');

function row(requirement: string, scenario: string, proofs: string[], nature = 'DOIT'): string[] {
  const cells = [
    'Général',
    'Socle',
    nature,
    requirement,
    `Le système applique l'exigence ${requirement}.`,
    scenario,
    `Démontrer ${scenario}.`,
  ];
  for (let k = 0; k < 3; k++) cells.push(proofs[k] ?? '', proofs[k] ? "Capture d'écran" : '');
  return [...cells, ''];
}

function remRows(): string[][] {
  return [
    SAMPLE_GRID_HEADER,
    row('INS/va1.53', 'INS/va1.53.1', ['INS/va1.53.1.1', 'INS/va1.53.1.2']),
    row('INS/va1.53', 'ins/VA1.53.2', ['ins va1.53.2.1']),
    row('DB.SO.106', 'DB.SO.106.1', ['DB.SO.106.1.1']),
    row('DB.SO.107', 'DB.SO.107.1', ['DB.SO.107.1.1-LOGS'], 'DEVRAIT'),
  ];
}

describe('importGrid: Ségur REM requirement codes', () => {
  it('keeps REM codes as the first row writes them and files scenarios and proofs under them', async () => {
    const { loaded, report } = await importGrid(await gridXlsx(remRows()), SEGUR, { overlay: SEGUR_OVERLAY });
    const tree = loaded.referential;
    expect(tree.requirements.map((requirement) => requirement.code)).toEqual(['INS/va1.53', 'DB.SO.106', 'DB.SO.107']);
    expect(tree.requirements[0].scenarios.map((scenario) => scenario.code)).toEqual(['INS/va1.53.1', 'INS/va1.53.2']);
    expect(tree.requirements[0].scenarios[1].proofs.map((proof) => proof.code)).toEqual(['INS/va1.53.2.1']);
    expect(tree.requirements[2].scenarios[0].proofs[0].code).toBe('DB.SO.107.1.1-LOGS');
    expect(tree.families.map((family) => family.code)).toEqual(['INS', 'DB']);
    expect(tree.couloir).toBe('RAD');
    expect(report).toMatchObject({ requirements: 3, scenarios: 4, proofs: 5 });
  });

  it('reads the same REM codes from a CSV', async () => {
    const { loaded } = await importGrid(
      Buffer.from(gridCsvText(remRows(), ';')),
      { ...SEGUR, source: 'rem.csv' },
      { overlay: SEGUR_OVERLAY },
    );
    expect(loaded.referential.requirements[1].scenarios[0].proofs[0].code).toBe('DB.SO.106.1.1');
  });

  it('refuses REM codes that are malformed, misplaced or the same code spelled twice, row by row', async () => {
    const rows = remRows();
    rows[2][5] = 'INS.VA1.53.1'; // the scenario of row 2 spelled another way: a duplicate (row 3)
    rows[2][7] = 'INS/va1.53.1.3';
    rows[3][7] = 'DB.SO.999.1.1'; // a proof of another scenario (row 4)
    rows[4][3] = 'DB..SO 107'; // a doubled separator (row 5)
    const error = await importGrid(await gridXlsx(rows), SEGUR).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GridInvalidError);
    const summary = (error as GridInvalidError).problems.map(
      (problem) => `${problem.row} ${problem.column.split(' (')[0]}: ${problem.message}`,
    );
    expect(summary).toEqual(
      expect.arrayContaining([
        '3 N° scénario: duplicate scenario code « INS/va1.53.1 » (also row 2)',
        '4 N° preuve 1: proof « DB.SO.999.1.1 » does not belong to scenario « DB.SO.106.1 »: a proof without its scenario',
        '5 N° exigence: « DB..SO 107 » is not a requirement code as a REM writes them (e.g. INS/va1.53, DB.SO.106)',
      ]),
    );
  });

  it('leaves DMN grids as strict as before: a REM code is not a DMN code', async () => {
    const error = await importGrid(await gridXlsx(remRows()), { ...SEGUR, programme: 'DMN', code: 'DMN' }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect((error as GridInvalidError).problems[0].message).toBe('« INS/va1.53 » is not a référentiel code');
  });

  it('asks for the overlay that gives documents, eligibility and charter', async () => {
    const error = await importGrid(await gridXlsx(remRows()), SEGUR).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OverlayInvalidError);
    expect((error as OverlayInvalidError).problems[0]).toContain('documents, eligibility and charter');
    const partial = await importGrid(await gridXlsx(remRows()), SEGUR, {
      overlay: 'charter: { version: v1, text: t }',
    }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect((partial as OverlayInvalidError).problems).toEqual(
      expect.arrayContaining(['a Ségur référentiel needs « documents »', 'a Ségur référentiel needs « eligibility »']),
    );
  });

  it('lets an overlay name REM codes in any spelling', async () => {
    const overlay = [
      SEGUR_OVERLAY,
      'questions:',
      '  - { key: hasDicom, label: "Le produit échange-t-il du DICOM ?", type: boolean }',
      'scenarios:',
      '  db so 106.1:',
      '    conditions:',
      "      - rule: { '==': [{ var: hasDicom }, true] }",
      '        notApplicableReason: pas de DICOM',
      'proofs:',
      '  INS.va1.53.1.2: { requiredWhen: { var: hasDicom }, requiredReason: avec DICOM }',
    ].join('\n');
    const { loaded } = await importGrid(await gridXlsx(remRows()), SEGUR, { overlay });
    const [ins, db] = loaded.referential.requirements;
    expect(db.scenarios[0].conditions).toHaveLength(1);
    expect(ins.scenarios[0].proofs[1].requiredWhen).toEqual({ var: 'hasDicom' });
  });
});
