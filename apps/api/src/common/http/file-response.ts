import type { Response } from 'express';

/**
 * Headers of every file the API serves (evidence, declaration PDFs): the declared type is the
 * type (no sniffing), the file runs in a sandbox with nothing to load but itself, and a signed
 * link in the URL is not sent on as a Referer. Chromium still shows images, videos and PDFs
 * under this policy, in the page (<img>, <video>, <iframe>) as on their own.
 */
export function setFileSecurityHeaders(response: Response): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; media-src 'self'; img-src 'self'");
  response.setHeader('Referrer-Policy', 'no-referrer');
}

/** A whole file to send: its bytes, media type and name, shown in the page or downloaded. */
export interface FileToSend {
  type: string;
  /** ASCII only (ids, codes, dates): no RFC 6266 `filename*` is written. */
  fileName: string;
  content: Buffer;
  /** `attachment` when absent. */
  disposition?: 'inline' | 'attachment';
}

/** Sends a file held in memory, with its length and the file security headers, and ends the response. */
export function sendFile(response: Response, { type, fileName, content, disposition }: FileToSend): void {
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Disposition', `${disposition ?? 'attachment'}; filename="${fileName}"`);
  setFileSecurityHeaders(response);
  response.setHeader('Content-Length', content.length);
  response.end(content);
}
