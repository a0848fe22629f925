import { ApiError, authorizationHeader } from '../api/client';

/**
 * Downloads of bearer-protected files (evidence versions, declaration PDFs). The content endpoints
 * need the Authorization header, which an <a href> cannot send: the file is fetched as a blob and
 * saved through an object URL. When the API offers signed links (POST /evidence/{id}/link), this
 * is the one place to switch to them.
 */
async function fetchBlob(url: string): Promise<Blob> {
  const response = await fetch(url, { headers: await authorizationHeader(), credentials: 'same-origin' });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw ApiError.from(response.status, body);
  }
  return response.blob();
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has started the download by now; keep the URL a little for slow starts.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves one evidence version under its original name. */
export async function downloadEvidence(evidenceId: string, fileName: string): Promise<void> {
  save(await fetchBlob(`/api/v1/evidence/${encodeURIComponent(evidenceId)}/content`), fileName);
}

/** Saves the PDF of a sworn declaration. */
export async function downloadDeclarationPdf(declarationId: string, fileName: string): Promise<void> {
  save(await fetchBlob(`/api/v1/declarations/${encodeURIComponent(declarationId)}/pdf`), fileName);
}
