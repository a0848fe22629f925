import { ApiError, authorizationHeader, type Schemas } from '../api/client';

export type UploadedEvidence = Schemas['EvidenceDto'];

export interface UploadHandle {
  /** Resolves with the new version; rejects with an ApiError (code `UPLOAD_CANCELLED` after `cancel`). */
  done: Promise<UploadedEvidence>;
  cancel(): void;
}

export const UPLOAD_CANCELLED = 'UPLOAD_CANCELLED';

/**
 * Sends one file to a proof with XMLHttpRequest, the only browser API that reports upload
 * progress. `onProgress` receives bytes sent and total.
 */
export function uploadEvidence(
  dossierId: string,
  proofCode: string,
  file: File,
  onProgress: (sent: number, total: number) => void,
): UploadHandle {
  const request = new XMLHttpRequest();
  let cancelled = false;
  const done = (async () => {
    const headers = await authorizationHeader();
    if (cancelled) throw new ApiError(0, UPLOAD_CANCELLED, 'Envoi annulé.');
    return new Promise<UploadedEvidence>((resolve, reject) => {
      request.open('POST', `/api/v1/dossiers/${encodeURIComponent(dossierId)}/evidence`);
      for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
      request.setRequestHeader('Accept-Language', 'fr');
      request.responseType = 'json';
      request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
      request.onload = () => {
        if (request.status >= 200 && request.status < 300) resolve(request.response as UploadedEvidence);
        else reject(ApiError.from(request.status, request.response));
      };
      request.onerror = () =>
        reject(new ApiError(0, 'NETWORK_ERROR', 'La connexion au serveur a été interrompue pendant l’envoi.'));
      request.onabort = () => reject(new ApiError(0, UPLOAD_CANCELLED, 'Envoi annulé.'));
      const form = new FormData();
      // The proof first: the server checks it before reading the file.
      form.append('proof', proofCode);
      form.append('file', file, file.name);
      request.send(form);
    });
  })();
  return {
    done,
    cancel() {
      cancelled = true;
      request.abort();
    },
  };
}
