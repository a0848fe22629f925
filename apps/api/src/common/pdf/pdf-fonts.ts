/**
 * The PDFs Preuve makes (sworn declarations, référencement attestations, demo documents) embed a
 * TrueType font, DejaVu Sans (apps/api/assets/fonts, with its licence): pdfkit subsets it, so any
 * text the font covers (French, other Latin scripts, Greek, Cyrillic, most symbols) prints as
 * written, with no transliteration. Subsetting is deterministic: the same text gives the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

export const PDF_REGULAR = 'DejaVuSans';
export const PDF_BOLD = 'DejaVuSans-Bold';

/** `apps/api/assets`, found from this module whether run from source or from the bundle in dist/. */
export function apiAssetsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'apps', 'api', 'assets');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find apps/api/assets above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

let fonts: { regular: Buffer; bold: Buffer } | undefined;

function fontFiles(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const dir = join(apiAssetsDir(), 'fonts');
    fonts = {
      regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
    };
  }
  return fonts;
}

/** A pdfkit document with the embedded fonts registered and the regular one selected. */
export function newPdfDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  const { regular, bold } = fontFiles();
  const doc = new PDFDocument(options);
  doc.registerFont(PDF_REGULAR, regular);
  doc.registerFont(PDF_BOLD, bold);
  return doc.font(PDF_REGULAR);
}

/** The bytes of a finished document. */
export function pdfBytes(doc: PDFKit.PDFDocument, write: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      write(doc);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Text as a PDF line should carry it: NFC, `\r\n` and Unicode line separators as `\n`, tabs as
 * spaces, other control characters and invisible format characters dropped.
 */
export function printable(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
  let out = '';
  for (const ch of lines) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || !(code < 0x20 || (code >= 0x7f && code < 0xa0))) out += ch;
  }
  return out;
}
