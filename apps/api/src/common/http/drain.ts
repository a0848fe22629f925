import type { Request, Response } from 'express';

/** How much of a refused body is read and thrown away, at most, so the client can read the answer. */
export const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
/** How long a refused body is read and thrown away, at most. */
export const DRAIN_MAX_MS = 10_000;

/**
 * For a request refused while its body is still arriving (an oversize upload): answer with
 * `Connection: close`, then keep reading and discarding the body until it ends, up to
 * `DRAIN_MAX_BYTES` or `DRAIN_MAX_MS`, and only then close. Destroying the socket at once would
 * reset it with the answer possibly still unsent and the client still writing: Node's fetch
 * (undici) then sees EPIPE or ECONNRESET and never reads the 413 that curl shows.
 */
export function drainThenClose(request: Request, response: Response): void {
  if (request.complete) return;
  response.setHeader('Connection', 'close');
  response.once('finish', () => {
    const socket = request.socket;
    let drained = 0;
    const stop = (): void => {
      clearTimeout(timer);
      request.off('data', count);
      // FIN first (the answer is long sent by now), then let go of the socket.
      socket.end();
      setTimeout(() => socket.destroy(), 1_000).unref();
    };
    const count = (chunk: Buffer): void => {
      drained += chunk.length;
      if (drained > DRAIN_MAX_BYTES) stop();
    };
    const timer = setTimeout(stop, DRAIN_MAX_MS);
    timer.unref();
    request.on('data', count);
    request.once('end', () => clearTimeout(timer));
    request.once('close', () => clearTimeout(timer));
    request.resume();
  });
}
