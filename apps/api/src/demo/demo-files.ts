/**
 * The files of the demo dossiers. Screenshots, a video and HL7 messages are committed under
 * apps/api/assets/demo (fictitious screens rendered once, see make-screens.mjs there); documents
 * are PDFs set in the embedded font; logs are text written for the proof. Each screenshot carries
 * the proof it was made for in a PNG text chunk, so each proof's file has its own bytes and hash.
 * Every person, number and product shown is invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { luhnCheckDigit, type ProofKind } from '@preuve/domain';
import { PDF_BOLD, PDF_REGULAR, apiAssetsDir, newPdfDocument, pdfBytes } from '../common/pdf/pdf-fonts.js';
import { pngChunk } from './png-chunk.js';

export interface DemoFile {
  fileName: string;
  content: Buffer;
}

/** The two demo products whose screens were rendered. */
export type DemoScreens = 'glycocarnet' | 'telesuivi';

/** The DMN families that have a screen; other codes (Ségur) borrow the nearest one. */
const SCREEN_FAMILIES = ['ANN', 'IEU', 'IEPS', 'INS', 'PSC', 'PORT', 'APCV', 'ADM', 'RGPD'] as const;
const SEGUR_SCREENS: Record<string, (typeof SCREEN_FAMILIES)[number]> = {
  DMP: 'PORT',
  MSS: 'ANN',
  ANN: 'ANN',
  PSC: 'PSC',
  INS: 'INS',
  SEC: 'ADM',
};

export function demoAsset(name: string): Buffer {
  return readFileSync(join(apiAssetsDir(), 'demo', name));
}

function screenFamily(proofCode: string): string {
  const prefix = proofCode.split(/[\s./]/)[0].toUpperCase();
  const family = (SCREEN_FAMILIES as readonly string[]).includes(prefix) ? prefix : (SEGUR_SCREENS[prefix] ?? 'ADM');
  return family.toLowerCase();
}

/** A committed screenshot, with a `tEXt` chunk naming the proof right after the header. */
export function demoScreenshot(screens: DemoScreens, proofCode: string): Buffer {
  const png = demoAsset(`${screens}-${screenFamily(proofCode)}.png`);
  const headerEnd = 8 + 25; // signature, then the IHDR chunk (13 bytes of data)
  const comment = pngChunk('tEXt', Buffer.from(`Comment\0Preuve - démonstration - ${proofCode}`, 'latin1'));
  return Buffer.concat([png.subarray(0, headerEnd), comment, png.subarray(headerEnd)]);
}

export interface DemoDocument {
  product: string;
  organization: string;
  title: string;
  proofCode: string;
  paragraphs: string[];
  /** Fixed dates make the same document render the same bytes. */
  date: Date;
}

/** A one-page A4 document, as a vendor's quality team would write it. */
export function demoPdf(document: DemoDocument): Promise<Buffer> {
  const doc = newPdfDocument({
    size: 'A4',
    margin: 56,
    lang: 'fr-FR',
    pdfVersion: '1.7',
    info: {
      Title: `${document.proofCode} - ${document.title}`,
      Author: document.organization,
      Creator: 'Preuve (démonstration)',
      Producer: 'Preuve',
      CreationDate: document.date,
      ModDate: document.date,
    },
  });
  return pdfBytes(doc, (doc) => {
    doc.fillColor('#000091').font(PDF_BOLD).fontSize(10).text(document.organization);
    doc.moveDown(0.2).fillColor('#3a3a3a').font(PDF_REGULAR).text(document.product);
    doc.moveDown(1.5).fillColor('#161616').font(PDF_BOLD).fontSize(16).text(document.title);
    doc
      .moveDown(0.3)
      .font(PDF_REGULAR)
      .fontSize(10)
      .fillColor('#3a3a3a')
      .text(`Preuve ${document.proofCode} — document de démonstration`);
    doc.moveDown(1.2).fillColor('#161616').fontSize(11);
    for (const paragraph of document.paragraphs) doc.text(paragraph, { align: 'justify' }).moveDown(0.8);
    doc
      .moveDown(2)
      .fontSize(8)
      .fillColor('#929292')
      .text('Document fictif produit pour la démonstration de Preuve ; il ne décrit aucun produit réel.');
  });
}

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

export interface DemoProof {
  code: string;
  title: string;
  kinds: readonly ProofKind[];
  /** The FHIR pre-check reads it (an ANN logs proof with the directory read through the API). */
  fhirLog?: boolean;
  /** HL7 v2 identity messages, read by the Ségur pre-check (an INS flow proof). */
  hl7?: boolean;
}

export interface DemoContext {
  screens: DemoScreens;
  /** « GlycoCarnet 2.0 » */
  product: string;
  organization: string;
  date: Date;
}

function fileStem(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** One file for a proof, of the first kind it accepts. */
export async function demoFileFor(proof: DemoProof, context: DemoContext): Promise<DemoFile> {
  const stem = fileStem(proof.code);
  switch (proof.kinds[0]) {
    case 'screenshot':
      return { fileName: `capture-${stem}.png`, content: demoScreenshot(context.screens, proof.code) };
    case 'video':
      return { fileName: `video-${stem}.webm`, content: demoAsset('recherche-annuaire.webm') };
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
      if (proof.hl7) return { fileName: `flux-${stem}.hl7`, content: demoAsset('identites-patients.hl7') };
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
