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
