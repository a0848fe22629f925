import { describe, expect, it } from '@jest/globals';
import {
  DECLARATION_PDF_TITLE,
  parisDateTime,
  renderDeclarationPdf,
  type DeclarationDocument,
} from './declaration-pdf.js';
import { pageTexts } from '../../../../test/support/pdf-text.js';
import { printable } from '../common/pdf/pdf-fonts.js';

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

/** White space collapsed; a line broken after a hyphen joined again. */
function flat(text: string): string {
  return text.replace(/-\n/g, '-').replace(/\s+/g, ' ');
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

describe('renderDeclarationPdf — text as the vendor wrote it (embedded TrueType font)', () => {
  it.each<[string, string]>([
    ['French accents, quotes and signs', 'Élodie « Lefèvre » à l\u2019œuvre, ça coûte 5 €…'],
    ['a non-breaking hyphen and a narrow no-break space', 'Cabinet\u2011Pro\u202f: 14\u202fh'],
    ['letters outside Latin-1', 'Dvořák, Łódź, Ștefan, Øre'],
    ['Greek and Cyrillic', 'Ψυχολόγος, Иванова'],
    ['symbols', '≤ 5 → ✔ −3'],
  ])('prints %s unchanged', async (_label, text) => {
    const { pages } = await render({ declarantName: text, justification: text });
    const printed = flat(pages.join('\n'));
    expect(printed).toContain(flat(`Nom : ${text}`));
    expect(printed).toContain(`Justification du déclarant ${flat(text)}`);
  });

  it("embeds a subset of the font instead of relying on the reader's Helvetica", async () => {
    const { pdf } = await render();
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(raw).not.toContain('/BaseFont /Helvetica');
  });

  it.each<[string, string, string]>([
    ['a decomposed accent, composed', 'Ele\u0301onore', 'Eléonore'],
    ['Windows line ends and tabs', 'a\r\nb\tc', 'a\nb c'],
    ['control and zero-width characters, dropped', 'a\u0007b\u0085c\u200bd', 'abcd'],
  ])('prints %s', (_label, input, expected) => {
    expect(printable(input)).toBe(expected);
  });
});

describe('parisDateTime', () => {
  it.each<[string, string]>([
    ['2025-03-10T13:02:11Z', 'lundi 10 mars 2025 à 14:02:11, heure de Paris (UTC+01:00)'],
    ['2025-07-14T08:30:00Z', 'lundi 14 juillet 2025 à 10:30:00, heure de Paris (UTC+02:00)'],
    ['2025-02-28T23:15:00Z', 'samedi 1er mars 2025 à 00:15:00, heure de Paris (UTC+01:00)'],
    ['2025-03-30T01:00:00Z', 'dimanche 30 mars 2025 à 03:00:00, heure de Paris (UTC+02:00)'],
  ])('writes %s as « %s »', (iso, expected) => {
    expect(parisDateTime(new Date(iso)).replace(/[\u202f\u00a0]/g, ' ')).toBe(expected);
  });
});
