import { api, unwrap } from '../api/client';

/**
 * Downloads of bearer-protected files (evidence versions, declaration PDFs). An <a href> cannot
 * send the Authorization header, so the API signs a short-lived URL (30 minutes) for one file
 * (POST /evidence/{id}/link, POST /declarations/{id}/pdf-link) and the browser follows it: the
 * file streams straight to disk, never held in memory. The one place to change how files open.
 */
function follow(url: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener noreferrer';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

/** What both signing routes take: the file's id, to be saved rather than shown. */
const attachment = (id: string) => ({ params: { path: { id } }, body: { disposition: 'attachment' as const } });

/** Saves one evidence version under its original name. */
export async function downloadEvidence(evidenceId: string, fileName: string): Promise<void> {
  follow(unwrap(await api.POST('/api/v1/evidence/{id}/link', attachment(evidenceId))).url, fileName);
}

/** Saves the PDF of a sworn declaration. */
export async function downloadDeclarationPdf(declarationId: string, fileName: string): Promise<void> {
  follow(unwrap(await api.POST('/api/v1/declarations/{id}/pdf-link', attachment(declarationId))).url, fileName);
}
