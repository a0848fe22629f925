/**
 * The files of the demo dossier, made in code so that the server bundle needs no asset at run
 * time: screenshots (PNG, drawn with a small bitmap font), documents (PDF, pdfkit), a video (WebM,
 * see demo-video.ts) and text logs, one per kind of proof. Each carries the proof it was made for,
 * so each has its own bytes and hash. Browser tests may reuse them (`demoFileFor`).
 */
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { luhnCheckDigit, type ProofKind } from '@preuve/domain';
import { toWinAnsi } from '../declarations/declaration-pdf.js';
import { demoVideo } from './demo-video.js';
import { pngChunk } from './png-chunk.js';

export { demoVideo };

export interface DemoFile {
  fileName: string;
  content: Buffer;
}

// ---------------------------------------------------------------------------------------------
// Screenshots: a 640×400 RGB PNG of a fictitious screen, text in a 5×7 bitmap font
// ---------------------------------------------------------------------------------------------

/** Rows of each glyph, top to bottom; bit 4 is the leftmost of 5 columns. */
const GLYPHS: Record<string, readonly number[]> = {
  A: [0x0e, 0x11, 0x11, 0x1f, 0x11, 0x11, 0x11],
  B: [0x1e, 0x11, 0x11, 0x1e, 0x11, 0x11, 0x1e],
  C: [0x0e, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0e],
  D: [0x1c, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1c],
  E: [0x1f, 0x10, 0x10, 0x1e, 0x10, 0x10, 0x1f],
  F: [0x1f, 0x10, 0x10, 0x1e, 0x10, 0x10, 0x10],
  G: [0x0e, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0f],
  H: [0x11, 0x11, 0x11, 0x1f, 0x11, 0x11, 0x11],
  I: [0x0e, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0e],
  J: [0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0c],
  K: [0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11],
  L: [0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1f],
  M: [0x11, 0x1b, 0x15, 0x15, 0x11, 0x11, 0x11],
  N: [0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11],
  O: [0x0e, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0e],
  P: [0x1e, 0x11, 0x11, 0x1e, 0x10, 0x10, 0x10],
  Q: [0x0e, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0d],
  R: [0x1e, 0x11, 0x11, 0x1e, 0x14, 0x12, 0x11],
  S: [0x0f, 0x10, 0x10, 0x0e, 0x01, 0x01, 0x1e],
  T: [0x1f, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04],
  U: [0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0e],
  V: [0x11, 0x11, 0x11, 0x11, 0x11, 0x0a, 0x04],
  W: [0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0a],
  X: [0x11, 0x11, 0x0a, 0x04, 0x0a, 0x11, 0x11],
  Y: [0x11, 0x11, 0x11, 0x0a, 0x04, 0x04, 0x04],
  Z: [0x1f, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1f],
  '0': [0x0e, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0e],
  '1': [0x04, 0x0c, 0x04, 0x04, 0x04, 0x04, 0x0e],
  '2': [0x0e, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1f],
  '3': [0x1f, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0e],
  '4': [0x02, 0x06, 0x0a, 0x12, 0x1f, 0x02, 0x02],
  '5': [0x1f, 0x10, 0x1e, 0x01, 0x01, 0x11, 0x0e],
  '6': [0x06, 0x08, 0x10, 0x1e, 0x11, 0x11, 0x0e],
  '7': [0x1f, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08],
  '8': [0x0e, 0x11, 0x11, 0x0e, 0x11, 0x11, 0x0e],
  '9': [0x0e, 0x11, 0x11, 0x0f, 0x01, 0x02, 0x0c],
  ' ': [0, 0, 0, 0, 0, 0, 0],
  '.': [0, 0, 0, 0, 0, 0x0c, 0x0c],
  ',': [0, 0, 0, 0, 0x0c, 0x04, 0x08],
  ':': [0, 0x0c, 0x0c, 0, 0x0c, 0x0c, 0],
  '-': [0, 0, 0, 0x1f, 0, 0, 0],
  "'": [0x0c, 0x04, 0x08, 0, 0, 0, 0],
  '/': [0, 0x01, 0x02, 0x04, 0x08, 0x10, 0],
  '(': [0x02, 0x04, 0x08, 0x08, 0x08, 0x04, 0x02],
  ')': [0x08, 0x04, 0x02, 0x02, 0x02, 0x04, 0x08],
  '+': [0, 0x04, 0x04, 0x1f, 0x04, 0x04, 0],
  '?': [0x0e, 0x11, 0x01, 0x02, 0x04, 0, 0x04],
};

type Rgb = readonly [number, number, number];

const BLUE: Rgb = [0, 0, 145];
const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [22, 22, 22];
const GREY: Rgb = [146, 146, 146];
const LIGHT: Rgb = [229, 229, 229];
const PAGE: Rgb = [246, 246, 246];
const GREEN: Rgb = [24, 117, 60];

class Canvas {
  readonly pixels: Buffer;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = Buffer.alloc(width * height * 3);
    this.rect(0, 0, width, height, background);
  }

  rect(x: number, y: number, width: number, height: number, colour: Rgb): void {
    const left = Math.max(0, x);
    const right = Math.min(this.width, x + width);
    if (right <= left) return;
    // One row of the colour, copied into each row of the rectangle.
    const run = Buffer.alloc((right - left) * 3);
    for (let offset = 0; offset < run.length; offset += 3) run.set(colour, offset);
    for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
      run.copy(this.pixels, (row * this.width + left) * 3);
    }
  }

  /** Upper-case text without accents (what the font has), `scale` pixels per font dot. */
  text(x: number, y: number, text: string, colour: Rgb, scale = 2): void {
    const plain = text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[«»“”‘’]/g, "'")
      .replace(/[—–]/g, '-')
      .toUpperCase();
    let cursor = x;
    for (const character of plain) {
      const rows = GLYPHS[character] ?? GLYPHS['?'];
      rows.forEach((bits, row) => {
        for (let column = 0; column < 5; column++) {
          if (bits & (0x10 >> column)) this.rect(cursor + column * scale, y + row * scale, scale, scale, colour);
        }
      });
      cursor += 6 * scale;
    }
  }

  png(): Buffer {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.writeUInt8(8, 8); // bit depth
    header.writeUInt8(2, 9); // colour type: RGB
    const rowBytes = this.width * 3;
    const raw = Buffer.alloc((rowBytes + 1) * this.height);
    for (let row = 0; row < this.height; row++) {
      this.pixels.copy(raw, row * (rowBytes + 1) + 1, row * rowBytes, (row + 1) * rowBytes); // filter 0
    }
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(raw)),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

/** Words of `text` in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface DemoScreen {
  product: string;
  /** What the screen shows, e.g. the proof's title. */
  title: string;
  /** The proof it illustrates, e.g. « ANN 4.1.1 ». */
  proofCode: string;
  /** A few short lines of the fictitious screen. */
  lines?: string[];
}

/** A screenshot of a fictitious screen of the product. */
export function demoScreenshot(screen: DemoScreen): Buffer {
  const canvas = new Canvas(640, 400, PAGE);
  canvas.rect(0, 0, 640, 44, BLUE);
  canvas.text(16, 15, screen.product, WHITE);
  canvas.text(640 - 16 - 6 * 2 * screen.proofCode.length, 15, screen.proofCode, WHITE);
  const title = wrap(screen.title, 48).slice(0, 3);
  title.forEach((line, index) => canvas.text(16, 64 + index * 22, line, INK));
  const top = 64 + title.length * 22 + 12;
  canvas.rect(16, top, 608, 400 - top - 48, WHITE);
  canvas.rect(16, top, 608, 2, LIGHT);
  const lines = screen.lines ?? ['Identifiant', 'Nom d’exercice', 'Profession', 'Dernière mise à jour'];
  lines.slice(0, 6).forEach((line, index) => {
    const y = top + 20 + index * 30;
    canvas.text(32, y, line, INK);
    canvas.rect(300, y - 2, 200 - ((index * 37) % 80), 18, LIGHT);
    canvas.text(540, y, 'OK', GREEN);
  });
  canvas.text(16, 372, 'Capture de démonstration - Preuve', GREY, 1);
  return canvas.png();
}

// ---------------------------------------------------------------------------------------------
// Documents: a one-page A4 PDF
// ---------------------------------------------------------------------------------------------

export interface DemoDocument {
  product: string;
  organization: string;
  title: string;
  proofCode: string;
  paragraphs: string[];
  /** Fixed dates make the same document render the same bytes. */
  date: Date;
}

export function demoPdf(document: DemoDocument): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const doc = new PDFDocument({
        size: 'A4',
        margin: 56,
        lang: 'fr-FR',
        pdfVersion: '1.7',
        info: {
          Title: toWinAnsi(`${document.proofCode} - ${document.title}`),
          Author: toWinAnsi(document.organization),
          Creator: 'Preuve (démonstration)',
          Producer: 'Preuve',
          CreationDate: document.date,
          ModDate: document.date,
        },
      });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.fillColor('#000091').font('Helvetica-Bold').fontSize(10).text(toWinAnsi(document.organization));
      doc.moveDown(0.2).fillColor('#3a3a3a').font('Helvetica').text(toWinAnsi(document.product));
      doc.moveDown(1.5).fillColor('#161616').font('Helvetica-Bold').fontSize(16).text(toWinAnsi(document.title));
      doc
        .moveDown(0.3)
        .font('Helvetica')
        .fontSize(10)
        .fillColor('#3a3a3a')
        .text(toWinAnsi(`Preuve ${document.proofCode} — document de démonstration`));
      doc.moveDown(1.2).fillColor('#161616').fontSize(11);
      for (const paragraph of document.paragraphs) doc.text(toWinAnsi(paragraph), { align: 'justify' }).moveDown(0.8);
      doc
        .moveDown(2)
        .fontSize(8)
        .fillColor('#929292')
        .text(toWinAnsi('Document fictif produit pour la démonstration de Preuve ; il ne décrit aucun produit réel.'));
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Logs: UTF-8 text, one event a line
// ---------------------------------------------------------------------------------------------

/** An IDNPS of a fictitious professional: `8`, then an RPPS number whose Luhn key is right. */
function idnps(rpps: string): string {
  return `8${rpps}${luhnCheckDigit(rpps)}`;
}

/** Calls to the Annuaire Santé FHIR API, one a line, timestamped on `day`: what the pre-check reads. */
export function demoFhirLog(day: Date): Buffer {
  const base = 'https://gateway.api.esante.gouv.fr/fhir/v2';
  const date = day.toISOString().slice(0, 10);
  const lines = [
    `${date}T07:30:00.012Z INFO GET ${base}/PractitionerRole?_lastUpdated=ge${date} 200 (mise à jour quotidienne)`,
    `${date}T09:14:03.120Z INFO GET ${base}/Practitioner?identifier=https://rpps.esante.gouv.fr|${idnps('1000314159')} 200`,
    `${date}T09:14:05.004Z INFO GET ${base}/Practitioner?identifier=${idnps('1000271828')} 200`,
    `${date}T09:16:30.500Z INFO GET ${base}/Organization 200`,
  ];
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** An application log: one event a line, about what the proof shows. */
export function demoApplicationLog(day: Date, proofCode: string, events: string[]): Buffer {
  const date = day.toISOString().slice(0, 10);
  const lines = events.map(
    (event, index) => `${date}T10:${String(index * 7).padStart(2, '0')}:00Z INFO [${proofCode}] ${event}`,
  );
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

// ---------------------------------------------------------------------------------------------
// One file for a proof, of the first kind it accepts
// ---------------------------------------------------------------------------------------------

export interface DemoProof {
  code: string;
  title: string;
  kinds: readonly ProofKind[];
  /** The FHIR pre-check reads it (an ANN logs proof with the directory read through the API). */
  fhirLog?: boolean;
}

function fileStem(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export async function demoFileFor(
  proof: DemoProof,
  context: { product: string; organization: string; date: Date },
): Promise<DemoFile> {
  const stem = fileStem(proof.code);
  switch (proof.kinds[0]) {
    case 'screenshot':
      return {
        fileName: `capture-${stem}.png`,
        content: demoScreenshot({ product: context.product, title: proof.title, proofCode: proof.code }),
      };
    case 'video':
      return { fileName: `video-${stem}.webm`, content: demoVideo() };
    case 'document':
      return {
        fileName: `${stem}.pdf`,
        content: await demoPdf({
          ...context,
          title: proof.title,
          proofCode: proof.code,
          paragraphs: [
            `Ce document décrit comment ${context.product} répond à la preuve ${proof.code} : ${proof.title}.`,
            'Le processus est documenté, revu à chaque version majeure et tracé dans le registre des modifications.',
          ],
        }),
      };
    case 'logs':
    case 'flow':
      return {
        fileName: `journal-${stem}.log`,
        content: proof.fhirLog
          ? demoFhirLog(context.date)
          : demoApplicationLog(context.date, proof.code, [
              `${proof.title} : événement enregistré`,
              'utilisateur=demo-pro-01 résultat=succès',
              'horodatage vérifié, journal conservé 12 mois',
            ]),
      };
    default: {
      const exhaustive: never = proof.kinds[0];
      throw new Error(`No demo file for the proof kind ${String(exhaustive)}`);
    }
  }
}
