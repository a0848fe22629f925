/**
 * The attestation of référencement (phase 3) as a PDF. Deterministic: its dates are the grant
 * time, so the same référencement always renders the same bytes; it prints the SHA-256 of the
 * approved round's manifest (what was referenced), and its own SHA-256 is stored beside it.
 */
import { PDF_BOLD, PDF_REGULAR, newPdfDocument, pdfBytes, printable } from '../common/pdf/pdf-fonts.js';
import { parisDateTime } from '../declarations/declaration-pdf.js';

export interface AttestationDocument {
  number: string;
  grantedAt: Date;
  legalName: string;
  siren: string;
  solutionName: string;
  solutionVersion: string;
  /** E.g. « SEGUR-MDV-LGC 2.0 ». */
  referential: string;
  couloir: string;
  dispositif: string;
  vague: string;
  dossierId: string;
  round: number;
  manifestSha256: string;
}

export const ATTESTATION_TITLE = 'Attestation de référencement Ségur';

export function renderAttestationPdf(d: AttestationDocument): Promise<Buffer> {
  try {
    const doc = newPdfDocument({
      size: 'A4',
      margins: { top: 56, bottom: 56, left: 56, right: 56 },
      lang: 'fr-FR',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: printable(`${ATTESTATION_TITLE} ${d.number}`),
        Subject: printable(`${d.solutionName} ${d.solutionVersion} - ${d.referential}`),
        Keywords: `manifest-sha256:${d.manifestSha256}`,
        Creator: 'Preuve',
        Producer: 'Preuve',
        CreationDate: d.grantedAt,
        ModDate: d.grantedAt,
      },
    });
    return pdfBytes(doc, (doc) => writeAttestation(doc, d));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function writeAttestation(doc: PDFKit.PDFDocument, d: AttestationDocument): void {
  const width = doc.page.width - 112;
  const line = (label: string, value: string): void => {
    doc
      .font(PDF_BOLD)
      .fontSize(10.5)
      .text(printable(`${label} : `), { continued: true, width })
      .font(PDF_REGULAR)
      .text(printable(value));
  };
  doc.font(PDF_BOLD).fontSize(18).text(ATTESTATION_TITLE, { align: 'center', width });
  doc.moveDown(0.4);
  doc
    .font(PDF_REGULAR)
    .fontSize(11)
    .text(printable(`N° ${d.number}`), { align: 'center', width });
  doc.moveDown(1.2);
  doc
    .font(PDF_REGULAR)
    .fontSize(10.5)
    .text(
      printable(
        `La solution ci-dessous est référencée pour le dispositif ${d.dispositif} (couloir ${d.couloir}, ` +
          `vague ${d.vague}) du Ségur du numérique en santé, au vu du dossier de conformité instruit.`,
      ),
      { width },
    );
  doc.moveDown(0.8);
  line('Éditeur', `${d.legalName} (SIREN ${d.siren})`);
  line('Solution', `${d.solutionName}, version ${d.solutionVersion}`);
  line('Référentiel', d.referential);
  line('Date du référencement', parisDateTime(d.grantedAt));
  line('Dossier', `${d.dossierId}, tour ${d.round}`);
  doc.moveDown(0.8);
  line('Empreinte SHA-256 du dossier approuvé', d.manifestSha256);
  doc.moveDown(0.6);
  doc
    .font(PDF_REGULAR)
    .fillColor('#555555')
    .fontSize(8.5)
    .text(
      "L'empreinte est celle du manifeste du tour approuvé : elle permet de vérifier que le dossier " +
        "conservé est celui qui a été référencé. L'empreinte de ce document est publiée dans la liste " +
        'publique des solutions référencées.',
      { width },
    );
}
