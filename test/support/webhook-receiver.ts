import { createHmac, timingSafeEqual } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// ---------------------------------------------------------------------------------------------
// A local receiver that records every request it gets
// ---------------------------------------------------------------------------------------------

export interface WebhookEvent {
  id: string;
  type: string;
  occurredAt: string;
  dossierId: string;
  organizationId: string;
  data: Record<string, unknown>;
}

export interface Received {
  headers: IncomingHttpHeaders;
  /** The raw body, as signed. */
  body: string;
  event: WebhookEvent;
  /** What the receiver answered. */
  status: number;
}

/** An HTTP receiver on 127.0.0.1 (a free port); emits `request` after recording each one. */
export class Receiver extends EventEmitter {
  readonly received: Received[] = [];
  /** While true, the receiver answers 500. */
  failing = false;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    super();
  }

  static async start(): Promise<Receiver> {
    const holder: { receiver?: Receiver } = {};
    const server = createServer((incoming, response) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const receiver = holder.receiver!;
        const body = Buffer.concat(chunks).toString('utf8');
        const status = receiver.failing ? 500 : 200;
        receiver.received.push({ headers: incoming.headers, body, event: JSON.parse(body) as WebhookEvent, status });
        response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'merci' : 'pas maintenant');
        receiver.emit('request');
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    holder.receiver = new Receiver(server, `http://127.0.0.1:${port}/preuve/webhooks`);
    return holder.receiver;
  }

  of(dossierId: string): Received[] {
    return this.received.filter((entry) => entry.event.dossierId === dossierId);
  }

  /** Waits, request after request, until `done` holds (the test's timeout bounds the wait). */
  async until(done: () => boolean): Promise<void> {
    while (!done()) await once(this, 'request');
  }

  async close(): Promise<void> {
    const closed = once(this.server, 'close');
    this.server.close();
    this.server.closeAllConnections();
    await closed;
  }
}

/** Whether `Preuve-Signature` is `t=<seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function signedWith(secret: string, received: Received): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(received.headers['preuve-signature']));
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${received.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
}
