import { api, ApiError, authorizationHeader, unwrap } from '../api/client';

export interface PreviewSource {
  /** What to put in <video src>, <img src>, <iframe src>. */
  url: string;
  /** When the URL stops working: ask for a new one after. */
  expiresAt: Date;
  /** Frees what the source holds (nothing for a signed link; kept for in-memory sources). */
  release(): void;
}

async function failure(response: Response): Promise<ApiError> {
  return ApiError.from(response.status, await response.json().catch(() => undefined));
}

/**
 * A URL the browser loads by itself for an evidence preview: a signed, short-lived link from
 * POST /evidence/{id}/link with the inline disposition (the video player seeks with Range
 * requests on it; no Authorization header needed, so <video>, <img> and <object> can use it).
 */
export async function previewSource(evidenceId: string): Promise<PreviewSource> {
  const link = unwrap(
    await api.POST('/api/v1/evidence/{id}/link', {
      params: { path: { id: evidenceId } },
      body: { disposition: 'inline' },
    }),
  );
  return { url: link.url, expiresAt: new Date(link.expiresAt), release: () => undefined };
}

/** The first `limit` bytes of a text evidence (a log), decoded as UTF-8. */
export async function previewText(evidenceId: string, limit: number): Promise<string> {
  const response = await fetch(`/api/v1/evidence/${encodeURIComponent(evidenceId)}/content`, {
    headers: { ...(await authorizationHeader()), Range: `bytes=0-${limit - 1}` },
    credentials: 'same-origin',
  });
  if (!response.ok) throw await failure(response);
  // A cut in the middle of a character shows as one replacement sign at the very end.
  return new TextDecoder('utf-8').decode(await response.arrayBuffer());
}
