/**
 * The PDF of a sworn declaration of non-applicability (déclaration sur l'honneur), as the vendor
 * downloads it and the reviewer files it.
 *
 * Deterministic: the PDF dates (and the file identifier pdfkit derives from them) are the
 * signature time, so the same declaration always renders the same bytes. The text is set in the
 * embedded TrueType font (see pdf-fonts.ts): names and justifications print as the vendor wrote them.
 */
import { PDF_BOLD, PDF_REGULAR, newPdfDocument, pdfBytes, printable } from '../common/pdf/pdf-fonts.js';

export interface DeclarationDocument {
  id: string;
  dossierId: string;
  productName: string;
  productVersion: string;
  organizationName: string;
  /** E.g. 'DMN 1.2.2'. */
  referential: string;
  scenarioCode: string;
  scenarioTitle: string;
  /** Why the scenario does not apply (French sentences). */
  reasons: string[];
  declarantName: string;
  /** Already in French words, e.g. 'Représentant légal'. */
  declarantRole: string;
  justification: string;
  statementVersion: string;
  statementText: string;
  signedAt: Date;
  signedBy: string;
  ip: string | null;
  userAgent: string | null;
  /** Hash of the declaration's canonical JSON. */
  sha256: string;
}

export const DECLARATION_PDF_TITLE = "Déclaration sur l'honneur de non-applicabilité";
export const FOOTER_HASH_LABEL = 'Empreinte SHA-256 de la déclaration';

/** Renders the declaration as an A4 PDF. Rejects only when pdfkit does (e.g. an invalid signedAt). */
export function renderDeclarationPdf(document: DeclarationDocument): Promise<Buffer> {
  try {
    const doc = newPdfDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
      bufferPages: true,
      lang: 'fr-FR',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: printable(`${DECLARATION_PDF_TITLE} - ${document.scenarioCode}`),
        Author: printable(document.declarantName),
        Subject: printable(`${document.referential}, scénario ${document.scenarioCode}, ${document.productName}`),
        Keywords: `sha256:${document.sha256}`,
        Creator: 'Preuve',
        Producer: 'Preuve',
        CreationDate: document.signedAt,
        ModDate: document.signedAt,
      },
    });
    return pdfBytes(doc, (doc) => {
      writeBody(doc, document);
      writeFooters(doc, document);
    });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

// ---------------------------------------------------------------------------------------------
// Layout

const MARGIN = 56; // 2 cm
const FOOTER_HEIGHT = 30;
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#b0b0b0';
const REGULAR = PDF_REGULAR;
const BOLD = PDF_BOLD;

type Doc = PDFKit.PDFDocument;

function writeBody(doc: Doc, d: DeclarationDocument): void {
  const width = contentWidth(doc);
  doc.fillColor(INK).font(BOLD).fontSize(17).text(printable(DECLARATION_PDF_TITLE), { align: 'center', width });
  doc.moveDown(0.3);
  doc
    .fillColor(MUTED)
    .font(REGULAR)
    .fontSize(10)
    .text(printable(`Référentiel ${orUnknown(d.referential)}, scénario de conformité ${orUnknown(d.scenarioCode)}`), {
      align: 'center',
      width,
    });
  doc.moveDown(0.6);
  rule(doc);

  section(doc, 'Produit et éditeur');
  field(doc, 'Produit', [d.productName, d.productVersion].filter((s) => s.trim() !== '').join(', version ') || '');
  field(doc, 'Éditeur', d.organizationName);
  field(doc, 'Dossier de conformité', d.dossierId);

  section(doc, 'Scénario déclaré non applicable');
  field(doc, 'Référentiel', d.referential);
  field(doc, 'Scénario', [d.scenarioCode, d.scenarioTitle].filter((s) => s.trim() !== '').join(' - '));

  section(doc, 'Motifs de non-applicabilité');
  const reasons = d.reasons.map((r) => r.trim()).filter((r) => r !== '');
  if (reasons.length === 0) {
    paragraph(doc, 'Aucun motif enregistré.', REGULAR, 10, MUTED);
  } else {
    doc.fillColor(INK).font(REGULAR).fontSize(10);
    doc.list(reasons.map(printable), { bulletRadius: 1.8, textIndent: 12, indent: 4, width: width - 16 });
  }

  section(doc, 'Justification du déclarant');
  paragraph(doc, d.justification.trim() === '' ? 'Aucune justification.' : d.justification);

  section(doc, `Déclaration sur l'honneur (texte version ${orUnknown(d.statementVersion)})`);
  paragraph(doc, d.statementText);

  section(doc, 'Déclarant');
  field(doc, 'Nom', d.declarantName);
  field(doc, 'Qualité', d.declarantRole);
  field(doc, 'Compte signataire', d.signedBy);
  field(doc, 'Date et heure de signature', parisDateTime(d.signedAt));

  section(doc, 'Enregistrement technique');
  field(doc, 'Identifiant de la déclaration', d.id);
  field(doc, 'Horodatage (UTC)', d.signedAt.toISOString());
  field(doc, 'Adresse IP', d.ip ?? '', 'non enregistrée');
  field(doc, 'Navigateur (User-Agent)', d.userAgent ?? '', 'non enregistré');
  field(doc, FOOTER_HASH_LABEL, d.sha256);
  doc.moveDown(0.4);
  paragraph(
    doc,
    "L'empreinte est calculée sur le contenu canonique de la déclaration (JSON aux clés triées) : toute " +
      'modification du contenu enregistré en change la valeur.',
    REGULAR,
    8.5,
    MUTED,
  );
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function rule(doc: Doc): void {
  const y = doc.y;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.moveDown(0.2);
}

function section(doc: Doc, title: string): void {
  doc.moveDown(0.8);
  // Keep a heading with at least two lines of what follows.
  if (doc.y + 50 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.x = doc.page.margins.left;
  doc
    .fillColor(INK)
    .font(BOLD)
    .fontSize(11.5)
    .text(printable(title), { width: contentWidth(doc) });
  doc.moveDown(0.25);
}

function field(doc: Doc, label: string, value: string, missing = 'non renseigné'): void {
  const text = value.trim() === '' ? missing : value;
  doc.x = doc.page.margins.left;
  doc
    .fillColor(INK)
    .font(BOLD)
    .fontSize(10)
    .text(printable(`${label} : `), { continued: true, width: contentWidth(doc) })
    .font(REGULAR)
    .fillColor(value.trim() === '' ? MUTED : INK)
    .text(printable(text));
}

function paragraph(doc: Doc, text: string, font = REGULAR, size = 10, color = INK): void {
  doc.x = doc.page.margins.left;
  doc
    .fillColor(color)
    .font(font)
    .fontSize(size)
    .text(printable(text), { width: contentWidth(doc), align: 'left', lineGap: 1.5, paragraphGap: 4 });
}

/** The hash, the declaration id and the page number at the foot of every page. */
function writeFooters(doc: Doc, d: DeclarationDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0; // writing below the bottom margin must not open a new page
    const width = doc.page.width - margins.left - margins.right;
    const top = doc.page.height - MARGIN - FOOTER_HEIGHT + 8;
    doc
      .moveTo(margins.left, top - 6)
      .lineTo(doc.page.width - margins.right, top - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc
      .fillColor(MUTED)
      .font(REGULAR)
      .fontSize(7.5)
      .text(printable(`${FOOTER_HASH_LABEL} : ${d.sha256}`), margins.left, top, { width, lineBreak: true });
    doc.text(
      printable(`Déclaration ${d.id} - page ${i - range.start + 1} sur ${range.count}`),
      margins.left,
      top + 11,
      { width, align: 'left' },
    );
    margins.bottom = bottom;
  }
}

function orUnknown(value: string): string {
  return value.trim() === '' ? 'non renseigné' : value;
}

// ---------------------------------------------------------------------------------------------
// Date

const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The same instant as numbers, to work out the offset of Paris time from UTC. */
const PARIS_NUMERIC = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** « lundi 10 mars 2025 à 14:02:11, heure de Paris (UTC+01:00) »; « 1er » for the first day of a month. */
export function parisDateTime(date: Date): string {
  const words = PARIS_DATE_TIME.formatToParts(date);
  const word = (type: Intl.DateTimeFormatPartTypes): string => words.find((p) => p.type === type)?.value ?? '';
  const numbers = PARIS_NUMERIC.formatToParts(date);
  const n = (type: Intl.DateTimeFormatPartTypes): number => Number(numbers.find((p) => p.type === type)?.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  const offset = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  const day = word('day') === '1' ? '1er' : word('day');
  return (
    `${word('weekday')} ${day} ${word('month')} ${word('year')} à ` +
    `${word('hour')}:${word('minute')}:${word('second')}, heure de Paris (UTC${sign}${hh}:${mm})`
  );
}
