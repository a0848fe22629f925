import { createHmac } from 'node:crypto';

/**
 * The `Preuve-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, keyed
 * with the endpoint's secret as shown at registration (its UTF-8 bytes). Receivers recompute it,
 * compare in constant time and refuse old timestamps, which defeats replays.
 */
export function signatureHeader(secret: string, body: string, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
