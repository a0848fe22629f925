import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { forbiddenAddress, forbiddenHost } from './webhook-target.js';

/** A webhook target refused at delivery time (its host is, or now resolves to, a forbidden address). */
export class ForbiddenTargetError extends Error {
  readonly code = 'EFORBIDDENTARGET';
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenTargetError';
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for the socket itself: the addresses the connection will use are the ones checked,
 * so a name that resolved to a public address when registered and to 127.0.0.1 now (DNS
 * rebinding) is refused, with no window between the check and the connection.
 */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      callback(error, []);
      return;
    }
    for (const entry of addresses) {
      const reason = forbiddenAddress(entry.address);
      if (reason) {
        callback(
          new ForbiddenTargetError(
            `${hostname} resolves to ${entry.address}, ${reason}: not called (WEBHOOK_ALLOW_PRIVATE_TARGETS is off)`,
          ),
          [],
        );
        return;
      }
    }
    if (addresses.length === 0) {
      callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      return;
    }
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
}

export interface PostOptions {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: skip the address checks (local development and tests). */
  allowPrivateTargets: boolean;
}

/**
 * POSTs a webhook and resolves with the receiver's status once its headers arrive (the body is
 * discarded). The whole exchange is bounded by `timeoutMs`; redirects are not followed. Unless
 * private targets are allowed, the host is checked as written and as resolved for the very
 * connection made.
 */
export function guardedPost(url: URL, options: PostOptions): Promise<{ statusCode: number; statusText: string }> {
  if (!options.allowPrivateTargets) {
    const reason = forbiddenHost(url.hostname);
    if (reason) {
      return Promise.reject(
        new ForbiddenTargetError(`${url.hostname} is ${reason}: not called (WEBHOOK_ALLOW_PRIVATE_TARGETS is off)`),
      );
    }
  }
  const body = Buffer.from(options.body, 'utf8');
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'POST',
      headers: { ...options.headers, 'Content-Length': String(body.length) },
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(options.allowPrivateTargets ? {} : { lookup: guardedLookup }),
    });
    request.once('error', reject);
    request.once('response', (response) => {
      response.on('error', () => undefined);
      response.resume();
      resolve({ statusCode: response.statusCode ?? 0, statusText: response.statusMessage ?? '' });
    });
    request.end(body);
  });
}
