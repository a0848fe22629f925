import { EventEmitter, once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the receiver does with one attempt. */
export type Behaviour = 'hang' | 'reset' | 'fail' | 'accept';

export interface Attempt {
  deliveryId: string;
  eventId: string;
  eventType: string;
  dossierId: string;
  behaviour: Behaviour;
}

/**
 * A webhook receiver that misbehaves on purpose: for each delivery (`Preuve-Delivery`), attempt n
 * gets `script(deliveryId, n)`: hang (read the request, never answer), reset (drop the connection
 * with a TCP reset), fail (500) or accept (200). Emits `attempt` after each.
 */
export class FaultyReceiver extends EventEmitter {
  readonly attempts: Attempt[] = [];
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    super();
  }

  static async start(script: (attempt: Omit<Attempt, 'behaviour'>, n: number) => Behaviour): Promise<FaultyReceiver> {
    const holder: { receiver?: FaultyReceiver } = {};
    const server = createServer((incoming, response) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const receiver = holder.receiver!;
        const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          id: string;
          type: string;
          dossierId: string;
        };
        const seen = {
          deliveryId: String(incoming.headers['preuve-delivery']),
          eventId: event.id,
          eventType: event.type,
          dossierId: event.dossierId,
        };
        const n = receiver.attempts.filter((attempt) => attempt.deliveryId === seen.deliveryId).length + 1;
        const behaviour = script(seen, n);
        receiver.attempts.push({ ...seen, behaviour });
        if (behaviour === 'hang') {
          receiver.hanging.add(response);
          response.on('close', () => receiver.hanging.delete(response));
        } else if (behaviour === 'reset') {
          incoming.socket.resetAndDestroy();
        } else {
          const status = behaviour === 'accept' ? 200 : 500;
          response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'reçu' : 'en panne');
        }
        receiver.emit('attempt');
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    holder.receiver = new FaultyReceiver(server, `http://127.0.0.1:${port}/preuve/webhooks`);
    return holder.receiver;
  }

  /** Waits, attempt after attempt, until `done` holds (the test's timeout bounds the wait). */
  async until(done: () => boolean): Promise<void> {
    while (!done()) await once(this, 'attempt');
  }

  async close(): Promise<void> {
    const closed = once(this.server, 'close');
    this.server.close();
    this.server.closeAllConnections();
    await closed;
  }
}
