import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { columnKeyOf } from './grid-headers.js';
import { GridInvalidError, GridRefusedError } from './grid-table.js';
import { importGrid, type ImportedGrid } from './import-grid.js';
import { OverlayInvalidError } from './overlay.js';
import { decodeCsvBytes, detectDelimiter, parseCsvRows } from './read-csv.js';
import { profileCodeOf, proofKindsOf, type GridMeta } from './grid-terms.js';
import { SAMPLE_GRID_HEADER, gridCsvText, gridXlsx, sampleGridRows, windows1252 } from './sample-grid.js';
import { checkZip } from './zip-guard.js';
import { storedImportReport } from './grid-build.js';
import { problemTextFr } from './grid-problem-codes-fr.js';

const META: GridMeta = {
  programme: 'DMN',
  code: 'DMN',
  version: '1.3.0',
  title: 'Grille de test',
  source: 'grille.csv',
};

async function problemsOf(work: Promise<unknown>): Promise<{ row: number; column: string; message: string }[]> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GridInvalidError);
  return (error as GridInvalidError).problems;
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GridRefusedError);
  return (error as GridRefusedError).code;
}

function csv(rows: string[][], delimiter: ',' | ';' = ';'): Buffer {
  return Buffer.from(gridCsvText(rows, delimiter), 'utf8');
}

/** A small valid grid: two requirements, three scenarios. */
function smallRows(): string[][] {
  return sampleGridRows(3);
}

describe('grid headers: any case, accents optional, any spelling of the number marker', () => {
  it.each([
    ['N° exigence', 'requirementCode'],
    ["n° d'exigence", 'requirementCode'],
    ['NUMERO EXIGENCE', 'requirementCode'],
    ['Num. exigence', 'requirementCode'],
    ['Enonce', 'statement'],
    ["Énoncé de l'exigence", 'statement'],
    ['NATURE', 'nature'],
    ['Profils', 'profile'],
    ['section', 'section'],
    ['N° Scénario', 'scenarioCode'],
    ['Scenario de conformite', 'scenario'],
    ['n° preuve 2', 'proofCode2'],
    ['Preuve 3', 'proof3'],
    ['Preuve attendue 1', 'proof1'],
    ['Applicable ?', null],
    ['Commentaire éditeur', null],
    ['Preuve 4', null],
  ])('« %s » → %s', (header, key) => {
    expect(columnKeyOf(header)).toBe(key);
  });
});

describe('CSV decoding', () => {
  it('reads UTF-8, with or without BOM, and Windows-1252', () => {
    expect(decodeCsvBytes(Buffer.from('Énoncé', 'utf8'))).toEqual({ text: 'Énoncé', encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('é', 'utf8')])).text).toBe('é');
    expect(decodeCsvBytes(Buffer.from([0x45, 0x6e, 0x6f, 0x6e, 0x63, 0xe9, 0x20, 0x80]))).toEqual({
      text: 'Enoncé €',
      encoding: 'windows-1252',
    });
  });

  it('refuses a file that mixes UTF-8 and Windows-1252', () => {
    const mixed = Buffer.concat([Buffer.from('Énoncé;', 'utf8'), windows1252('Scénario')]);
    expect(() => decodeCsvBytes(mixed)).toThrow(GridRefusedError);
  });

  it.each([
    ['a;b;c\n1,5;2;3', ';'],
    ['a,b,c\n1;2,3,4', ','],
    ['"a;b",c,d', ','],
  ])('detects the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('parses quoted fields with delimiters, quotes and line breaks', () => {
    expect(parseCsvRows('a;"b;c";"d ""e"""\r\n"f\ng";h\n', ';')).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['f\ng', 'h'],
    ]);
  });
});

describe('profiles and proof kinds from the grid wording', () => {
  it.each([
    ['Général', 'general'],
    ['Accès Usager‑ApCV', 'patient_access_apcv'],
    ["RÉFÉRENTIEL D'IDENTITÉS", 'identity_referential'],
    ['Biologie médicale', 'biologie_medicale'],
  ])('profile « %s » → %s', (label, code) => {
    expect(profileCodeOf(label)).toBe(code);
  });

  it.each([
    ['Vidéo de la recherche', ['video']],
    ["Capture d'écran du paramétrage", ['screenshot']],
    ['Journal des appels à l’API', ['logs']],
    ['Attestation CNDA', ['document']],
    ['Vidéo ou captures d’écran', ['video', 'screenshot']],
  ])('proof « %s » → %j', (text, kinds) => {
    expect(proofKindsOf(text)).toEqual(kinds);
  });
});

describe('importGrid: a good grid', () => {
  it('imports a CSV with semicolons, in UTF-8, columns in any order, extra columns ignored', async () => {
    const rows = smallRows();
    const order = [6, 0, 3, 13, 1, 2, 4, 5, 7, 8, 9, 10, 11, 12];
    const shuffled = rows.map((row) => order.map((index) => row[index]));
    shuffled[0] = shuffled[0].map((header) =>
      header
        .toUpperCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
    );
    const { loaded, report } = await importGrid(csv(shuffled), META);
    expect(report).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      rows: 3,
      requirements: 2,
      scenarios: 3,
      proofs: 6,
    });
    expect(report.warnings).toEqual(['Columns ignored: « APPLICABLE ? ».']);
    expect(report.codedWarnings).toEqual([
      {
        code: 'GRID_COLUMNS_IGNORED',
        params: { columns: '« APPLICABLE ? »' },
        message: 'Columns ignored: « APPLICABLE ? ».',
      },
    ]);
    expect(report.codedWarnings.map((warning) => problemTextFr(warning.code, warning.params))).toEqual([
      'Colonnes ignorées : « APPLICABLE ? ».',
    ]);
    // A report stored before warnings had codes reads back with them.
    const { codedWarnings: _, ...stored } = report;
    expect(
      storedImportReport({
        ...stored,
        warnings: [...report.warnings, 'No « section » column: each requirement is filed under its family.'],
      } as typeof report).codedWarnings.map((warning) => [warning.code, warning.params]),
    ).toEqual([
      ['GRID_COLUMNS_IGNORED', { columns: '« APPLICABLE ? »' }],
      ['GRID_NO_SECTION_COLUMN', {}],
    ]);
    const tree = loaded.referential;
    expect(tree.requirements.map((requirement) => requirement.code)).toEqual(['ANN 1', 'IEU 1']);
    expect(tree.requirements[0].scenarios.map((scenario) => scenario.code)).toEqual(['ANN 1.1', 'ANN 1.2']);
    expect(tree.requirements[0].scenarios[1].proofs.map((proof) => [proof.code, proof.kinds])).toEqual([
      ['ANN 1.2.1', ['video']],
      ['ANN 1.2.2', ['screenshot']],
    ]);
    expect(tree.questions.map((question) => question.key)).toEqual(['profiles']);
    expect(tree.profiles).toEqual([
      { code: 'general', label: 'Général' },
      { code: 'professional_access', label: 'Accès Professionnel' },
    ]);
  });

  it('imports a Windows-1252 CSV with commas and reads the same tree as the XLSX', async () => {
    const rows = smallRows();
    const fromCsv = await importGrid(windows1252(gridCsvText(rows, ',')), META);
    expect(fromCsv.report).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    const fromXlsx = await importGrid(await gridXlsx(rows, { preamble: [['Grille des exigences'], []] }), META);
    expect(fromXlsx.report).toMatchObject({ format: 'xlsx', sheet: 'Exigences', rows: 3 });
    expect(fromXlsx.loaded.contentHash).toBe(fromCsv.loaded.contentHash);
  });

  it('accepts codes written with dots and leading zeros, and keeps them canonical', async () => {
    const rows = smallRows();
    rows[1][3] = 'ANN.01';
    rows[1][5] = 'ann.1.1';
    rows[1][7] = 'ANN 1.1.01';
    const { loaded } = await importGrid(csv(rows), META);
    expect(loaded.referential.requirements[0].scenarios[0].proofs[0].code).toBe('ANN 1.1.1');
  });
});

describe('importGrid: a bad grid is refused whole, every bad row named', () => {
  it('names duplicate codes, a proof outside its scenario, an unknown nature, an empty statement', async () => {
    const rows = sampleGridRows(6);
    rows[2][5] = 'ANN 1.1'; // duplicate scenario (row 3)
    rows[2][7] = 'ANN 1.1.1'; // duplicate proof too
    rows[2][9] = 'ANN 1.1.2';
    rows[3][7] = 'IEU 9.9.1'; // proof of another scenario (row 4)
    rows[4][2] = 'PEUT'; // unknown nature (row 5)
    rows[5][4] = ''; // empty statement (rows 6 and 7, the two rows of IEPS 1)
    rows[6][4] = '';
    rows[6][9] = ''; // proof 2 text without code (row 7)
    const problems = await problemsOf(importGrid(csv(rows), META));
    const summary = problems.map((problem) => `${problem.row} ${problem.column.split(' (')[0]}: ${problem.message}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        '3 N° scénario: duplicate scenario code « ANN 1.1 » (also row 2)',
        '3 N° preuve 1: duplicate proof code « ANN 1.1.1 » (also row 2)',
        '4 N° preuve 1: proof « IEU 9.9.1 » does not belong to scenario « IEU 1.1 »: a proof without its scenario',
        '5 Nature: unknown nature « PEUT »: DOIT or DEVRAIT',
        '6 Énoncé: empty statement for requirement « IEPS 1 »',
        '7 N° preuve 2: proof 2 has a text but no code',
      ]),
    );
    expect(summary).toHaveLength(6);
  });

  it('names missing columns on the header row', async () => {
    const rows = smallRows().map((row) => row.filter((_cell, index) => index !== 2 && index !== 4));
    const problems = await problemsOf(importGrid(csv(rows), META));
    expect(problems.map((problem) => problem.message)).toEqual([
      'the column « énoncé » is missing',
      'the column « nature » is missing',
    ]);
  });

  it('refuses a file with no recognisable header', async () => {
    const problems = await problemsOf(
      importGrid(
        csv([
          ['a', 'b'],
          ['1', '2'],
        ]),
        META,
      ),
    );
    expect(problems[0].message).toMatch(/no header row/);
  });

  it('refuses formula cells, in XLSX and in CSV', async () => {
    const xlsx = await gridXlsx(smallRows(), { formulaAt: { row: 3, column: 4 } });
    const fromXlsx = await problemsOf(importGrid(xlsx, META));
    const formula = (params: object, message: unknown): object[] => [
      { row: 3, column: 'Énoncé (E)', code: 'GRID_FORMULA', params, message },
    ];
    expect(fromXlsx).toEqual(
      formula(
        { formula: '=CONCATENATE("ANN"," 1")' },
        'a formula (« =CONCATENATE("ANN"," 1") ») where a value is expected',
      ),
    );
    const rows = smallRows();
    rows[2][4] = '=HYPERLINK("http://example.test","x")';
    const fromCsv = await problemsOf(importGrid(csv(rows), META));
    expect(fromCsv).toEqual(
      formula({ formula: expect.stringMatching(/^=HYPERLINK/) }, expect.stringMatching(/^a formula/)),
    );
  });

  it('refuses merged cells, naming the range', async () => {
    const rows = sampleGridRows(4);
    const problems = await problemsOf(importGrid(await gridXlsx(rows, { merge: 'D2:D3' }), META));
    expect(problems).toEqual([
      {
        row: 2,
        column: 'N° exigence (D)',
        code: 'GRID_MERGED_CELLS',
        params: { range: 'D2:D3' },
        message: 'merged cells (D2:D3): unmerge them and repeat the value on every row',
      },
    ]);
  });
});

describe('importGrid: hostile files', () => {
  it('refuses a file over the size limit before reading it', async () => {
    expect(await refusal(importGrid(Buffer.alloc(2048, 0x41), META, { maxBytes: 1024 }))).toBe('GRID_TOO_LARGE');
  });

  it('refuses mixed encodings', async () => {
    const text = gridCsvText(smallRows());
    const mixed = Buffer.concat([Buffer.from(text, 'utf8'), windows1252('Profil général;x\r\n')]);
    expect(await refusal(importGrid(mixed, META))).toBe('GRID_MIXED_ENCODING');
  });

  it('refuses binary data and old .xls files', async () => {
    expect(await refusal(importGrid(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), META))).toBe(
      'GRID_UNREADABLE',
    );
    expect(await refusal(importGrid(Buffer.from('PK\u0003\u0004garbage'), META))).toBe('GRID_UNREADABLE');
  });

  it('refuses a ZIP bomb named .xlsx before exceljs sees it, and a ZIP that lies about its sizes', async () => {
    expect(await refusal(importGrid(zipOf([['xl/worksheets/sheet1.xml', Buffer.alloc(70 * 1024 * 1024)]]), META))).toBe(
      'GRID_COMPRESSION_SUSPICIOUS',
    );
    const liar = zipOf([['xl/sharedStrings.xml', Buffer.alloc(8 * 1024 * 1024)]], 1000);
    expect(() => checkZip(liar)).toThrow(/expands past the size it declares/);
  });
});

describe('overlay', () => {
  const OVERLAY = `
questions:
  - key: usesFhirApi
    label: Utilisez-vous l'API FHIR de l'Annuaire Santé ?
    type: boolean
scenarios:
  ANN 1.1:
    conditions:
      - rule: { "==": [{ var: usesFhirApi }, true] }
        notApplicableReason: le produit n'utilise pas l'API FHIR
    declarationRequiredWhenNotApplicable: true
proofs:
  ANN.1.2.2:
    kinds: [screenshot, video]
`;

  it('attaches rules and questions, checked like a built-in file', async () => {
    const imported: ImportedGrid = await importGrid(csv(smallRows()), META, { overlay: OVERLAY });
    const tree = imported.loaded.referential;
    expect(tree.questions.map((question) => question.key)).toEqual(['profiles', 'usesFhirApi']);
    expect(tree.requirements[0].scenarios[0].conditions).toHaveLength(1);
    expect(tree.requirements[0].scenarios[1].proofs[1].kinds).toEqual(['screenshot', 'video']);
    expect(imported.base.referential.questions).toHaveLength(1);
    expect(imported.loaded.contentHash).not.toBe(imported.base.contentHash);
  });

  it.each([
    [
      'unknown scenario',
      'scenarios:\n  ANN 7.1: { declarationRequiredWhenNotApplicable: true }',
      /not a scenario of the grid/,
    ],
    [
      'rule on no question',
      'scenarios:\n  ANN 1.1:\n    conditions: [{ rule: { var: nope }, notApplicableReason: x }]',
      /reads « nope »/,
    ],
    ['unknown field', 'colour: blue', /colour/],
    ['not YAML', 'a: [', /not valid YAML/],
  ])('refuses an overlay with %s', async (_name, text, message) => {
    const error = await importGrid(csv(smallRows()), META, { overlay: text }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OverlayInvalidError);
    expect((error as OverlayInvalidError).problems.join('\n')).toMatch(message);
  });
});

it('the sample header is recognised whole', () => {
  expect(SAMPLE_GRID_HEADER.map(columnKeyOf).filter((key) => key === null)).toHaveLength(1);
});

/** A minimal ZIP: deflated entries; `declaredSize` overrides the uncompressed size written. */
function zipOf(entries: [string, Buffer][], declaredSize?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const size = declaredSize ?? content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
