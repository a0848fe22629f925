import { inflateSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import {
  DECLARATION_PDF_TITLE,
  parisDateTime,
  renderDeclarationPdf,
  toWinAnsi,
  type DeclarationDocument,
} from './declaration-pdf.js';

const HASH = '3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555';

const STATEMENT =
  "Je soussigné(e), Élodie Lefèvre, agissant en qualité de représentant légal de Logiciels Santé SAS, déclare sur l'honneur " +
  "que le scénario de conformité DMN-AS-03 du référentiel DMN 1.2.2 ne s'applique pas au produit Cabinet-Pro, pour les " +
  'raisons indiquées et selon la justification ci-jointe. J\u2019atteste que ces informations sont exactes et complètes à ' +
  'la date de ma signature.';

const DECLARATION: DeclarationDocument = {
  id: '7d1f0c2e-5b1a-4c55-9d0e-2f6b8f1e9a10',
  dossierId: 'c0ffee00-1111-2222-3333-444455556666',
  productName: 'Cabinet-Pro',
  productVersion: '4.2',
  organizationName: 'Logiciels Santé SAS',
  referential: 'DMN 1.2.2',
  scenarioCode: 'DMN-AS-03',
  scenarioTitle: "Consultation de l'Annuaire Santé par l'API FHIR",
  reasons: [
    'Le produit ne gère pas de professionnels de santé.',
    "L'annuaire est consulté par le fichier d'extraction PS_LibreAcces.",
  ],
  declarantName: 'Élodie Lefèvre',
  declarantRole: 'Représentant légal',
  justification:
    'Cabinet-Pro est un logiciel de gestion administrative : il ne recherche ni ne synchronise de professionnels ' +
    "de santé et n'appelle jamais l'API FHIR de l'Annuaire Santé.",
  statementVersion: '2026-11-v1',
  statementText: STATEMENT,
  signedAt: new Date('2025-03-10T13:02:11.123Z'),
  signedBy: 'elodie.lefevre@logiciels-sante.fr',
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  sha256: HASH,
};

// ---------------------------------------------------------------------------------------------
// A small reader of pdfkit's output: objects, page order, the text drawn on each page.

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\n/g;
  for (let m = header.exec(text); m !== null; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const streamAt = text.indexOf('stream\n', start);
    const endObj = text.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endObj) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const raw = pdf.subarray(streamAt + 7, streamAt + 7 + length);
      objects.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
      header.lastIndex = streamAt + 7 + length;
    } else {
      objects.set(Number(m[1]), { dict: text.slice(start, endObj) });
    }
  }
  return objects;
}

/** Windows-1252 bytes 0x80–0x9F that are not Latin-1. */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x8c: 'Œ',
  0x91: '\u2018',
  0x92: '\u2019',
  0x93: '\u201c',
  0x94: '\u201d',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x9c: 'œ',
};

/** The text drawn on each page, in page order, one line per text operation, white space collapsed by `flat`. */
function pageTexts(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const pages = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = [...(pages?.dict.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((k) =>
    Number(k[1]),
  );
  return kids.map((kid) => {
    const contents = Number(/\/Contents (\d+) 0 R/.exec(objects.get(kid)?.dict ?? '')?.[1]);
    const ops = objects.get(contents)?.stream?.toString('latin1') ?? '';
    const lines: string[] = [];
    for (const tj of ops.matchAll(/\[((?:<[0-9a-f]*>|[-\d.\s])*)\]\s*TJ/g)) {
      let line = '';
      for (const hex of tj[1].matchAll(/<([0-9a-f]*)>/g)) {
        for (const byte of Buffer.from(hex[1], 'hex')) line += WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte);
      }
      lines.push(line);
    }
    return lines.join('\n');
  });
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

async function render(overrides: Partial<DeclarationDocument> = {}): Promise<{ pdf: Buffer; pages: string[] }> {
  const pdf = await renderDeclarationPdf({ ...DECLARATION, ...overrides });
  return { pdf, pages: pageTexts(pdf) };
}

const FOOTER = `Empreinte SHA-256 de la déclaration : ${HASH}`;

// ---------------------------------------------------------------------------------------------

describe('renderDeclarationPdf — the file', () => {
  it('is a complete A4 PDF', async () => {
    const { pdf, pages } = await render();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1').trim()).toBe('%%EOF');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pages).toHaveLength(1);
  });

  it('renders the same declaration to the same bytes', async () => {
    const first = await renderDeclarationPdf(DECLARATION);
    const second = await renderDeclarationPdf({ ...DECLARATION, signedAt: new Date(DECLARATION.signedAt) });
    expect(second.equals(first)).toBe(true);
  });

  it('dates the PDF at the signature, not at rendering time', async () => {
    const { pdf } = await render();
    expect(pdf.toString('latin1')).toContain('(D:20250310130211Z)');
    const later = await renderDeclarationPdf({ ...DECLARATION, signedAt: new Date('2025-03-11T08:00:00Z') });
    expect(later.toString('latin1')).toContain('(D:20250311080000Z)');
    expect(later.equals((await render()).pdf)).toBe(false);
  });

  it('rejects a declaration whose signature date is invalid instead of throwing', async () => {
    await expect(renderDeclarationPdf({ ...DECLARATION, signedAt: new Date('not a date') })).rejects.toThrow();
  });
});

describe('renderDeclarationPdf — what the declaration says', () => {
  it.each<[string, string]>([
    ['the title', DECLARATION_PDF_TITLE],
    ['the référentiel and scenario under the title', 'Référentiel DMN 1.2.2, scénario de conformité DMN-AS-03'],
    ['the product and its version', 'Produit : Cabinet-Pro, version 4.2'],
    ['the organisation', 'Éditeur : Logiciels Santé SAS'],
    ['the dossier', 'Dossier de conformité : c0ffee00-1111-2222-3333-444455556666'],
    ['the scenario', "Scénario : DMN-AS-03 - Consultation de l'Annuaire Santé par l'API FHIR"],
    ['the first reason', 'Le produit ne gère pas de professionnels de santé.'],
    ['the second reason', "L'annuaire est consulté par le fichier d'extraction PS_LibreAcces."],
    ['the justification', flat(DECLARATION.justification)],
    ['the statement version', "Déclaration sur l'honneur (texte version 2026-11-v1)"],
    ['the statement text in full', STATEMENT],
    ['the declarant', 'Nom : Élodie Lefèvre'],
    ['the declarant role', 'Qualité : Représentant légal'],
    ['the signing account', 'Compte signataire : elodie.lefevre@logiciels-sante.fr'],
    [
      'the date and time in Paris',
      'Date et heure de signature : lundi 10 mars 2025 à 14:02:11, heure de Paris (UTC+01:00)',
    ],
    ['the declaration id', 'Identifiant de la déclaration : 7d1f0c2e-5b1a-4c55-9d0e-2f6b8f1e9a10'],
    ['the UTC timestamp', 'Horodatage (UTC) : 2025-03-10T13:02:11.123Z'],
    ['the IP address', 'Adresse IP : 203.0.113.7'],
    ['the user agent', `Navigateur (User-Agent) : ${DECLARATION.userAgent}`],
    ['the hash in the footer', FOOTER],
    ['the page number', 'Déclaration 7d1f0c2e-5b1a-4c55-9d0e-2f6b8f1e9a10 - page 1 sur 1'],
  ])('shows %s', async (_label, expected) => {
    const { pages } = await render();
    expect(flat(pages.join('\n'))).toContain(expected);
  });

  it('says when the IP address and user agent were not recorded', async () => {
    const { pages } = await render({ ip: null, userAgent: null });
    const text = flat(pages.join('\n'));
    expect(text).toContain('Adresse IP : non enregistrée');
    expect(text).toContain('Navigateur (User-Agent) : non enregistré');
  });

  it('says when no reason was recorded', async () => {
    const { pages } = await render({ reasons: [] });
    expect(flat(pages[0])).toContain('Motifs de non-applicabilité Aucun motif enregistré.');
  });

  it('keeps the line breaks of a justification', async () => {
    const { pages } = await render({ justification: 'Premier point.\nSecond point.' });
    expect(pages[0].split('\n')).toEqual(expect.arrayContaining(['Premier point.', 'Second point.']));
  });
});

describe('renderDeclarationPdf — long declarations', () => {
  const paragraphText =
    "Le module de prise de rendez-vous ne consulte pas l'Annuaire Santé : les praticiens sont saisis par " +
    "l'établissement client, qui en vérifie lui-même l'identité. ";
  const long = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${paragraphText.repeat(3)}`).join('\n');

  it('flows a long justification onto a second page, with the hash in the footer of every page', async () => {
    const { pages } = await render({ justification: long });
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain(FOOTER);
      expect(page).toContain(`page ${i + 1} sur ${pages.length}`);
    });
    const body = pages.map((page) =>
      page.split('\n').filter((line) => line !== FOOTER && !/ - page \d+ sur \d+$/.test(line)),
    );
    expect(flat(body.flat().join('\n'))).toContain(flat(long));
  });

  it('still renders identical bytes when it spans several pages', async () => {
    const first = await renderDeclarationPdf({ ...DECLARATION, justification: long });
    const second = await renderDeclarationPdf({ ...DECLARATION, justification: long });
    expect(second.equals(first)).toBe(true);
  });
});

describe('renderDeclarationPdf — characters Helvetica cannot draw', () => {
  it('replaces the non-breaking hyphen and the narrow no-break space in what it prints', async () => {
    const { pages } = await render({
      productName: 'Cabinet\u2011Pro',
      justification: 'Le produit\u202f: aucun appel à l\u2019API\u00a0FHIR \u2013 jamais.',
    });
    const text = flat(pages.join('\n'));
    expect(text).toContain('Produit : Cabinet-Pro, version 4.2');
    expect(text).toContain('Le produit : aucun appel à l\u2019API FHIR \u2013 jamais.');
  });

  it.each<[string, string, string]>([
    [
      'French accents and quotes',
      'Élodie « Lefèvre » à l\u2019œuvre, ça coûte 5 €…',
      'Élodie « Lefèvre » à l\u2019œuvre, ça coûte 5 €…',
    ],
    ['a non-breaking hyphen', 'Cabinet\u2011Pro', 'Cabinet-Pro'],
    ['a narrow no-break space', '14\u202fh', '14 h'],
    ['a thin space', '10\u2009000', '10 000'],
    ['a minus sign', '\u22125', '-5'],
    ['a zero-width space', 'Cabi\u200bnet', 'Cabinet'],
    ['a decomposed accent', 'Ele\u0301onore', 'Eléonore'],
    ['a letter outside Latin-1', 'Dvořák, Łódź', 'Dvorák, ?ódz'],
    ['a ligature', '\ufb01chier', 'fichier'],
    ['an emoji', 'validé \u2705', 'validé ?'],
    ['Windows line ends and tabs', 'a\r\nb\tc', 'a\nb c'],
    ['control characters', 'a\u0007b\u0085c', 'abc'],
  ])('toWinAnsi keeps %s printable', (_label, input, expected) => {
    expect(toWinAnsi(input)).toBe(expected);
  });
});

describe('parisDateTime', () => {
  it.each<[string, string]>([
    ['2025-03-10T13:02:11Z', 'lundi 10 mars 2025 à 14:02:11, heure de Paris (UTC+01:00)'],
    ['2025-07-14T08:30:00Z', 'lundi 14 juillet 2025 à 10:30:00, heure de Paris (UTC+02:00)'],
    ['2025-02-28T23:15:00Z', 'samedi 1er mars 2025 à 00:15:00, heure de Paris (UTC+01:00)'],
    ['2025-03-30T01:00:00Z', 'dimanche 30 mars 2025 à 03:00:00, heure de Paris (UTC+02:00)'],
  ])('writes %s as « %s »', (iso, expected) => {
    expect(toWinAnsi(parisDateTime(new Date(iso)))).toBe(expected);
  });
});
