import { BlockList, isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';

export const MAX_WEBHOOK_URL_LENGTH = 2000;

/** How this server can be reached, so that a webhook cannot be aimed back at it. */
export interface OwnServer {
  /** The ports it listens on. */
  ports: readonly number[];
  /** The machine's interface addresses (loopback and unspecified addresses always count). */
  addresses: readonly string[];
  /** The machine's names besides `localhost` and `*.localhost`. */
  names: readonly string[];
}

/** This machine, listening on `ports`. */
export function ownServer(ports: readonly number[]): OwnServer {
  return {
    ports: [...new Set(ports.filter((port) => port > 0))],
    addresses: Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((entry) => entry.address)),
    names: [hostname().toLowerCase()],
  };
}

export type WebhookUrlCheck = { ok: true; url: URL } | { ok: false; problem: string };

/** `[::1]` → `::1`, `Example.COM.` → `example.com`. */
function bareHost(url: URL): string {
  return url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
}

function effectivePort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

function isOwnAddress(address: string, own: OwnServer): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const local = new BlockList();
  local.addSubnet('127.0.0.0', 8, 'ipv4');
  local.addAddress('0.0.0.0', 'ipv4');
  local.addAddress('::1', 'ipv6');
  local.addAddress('::', 'ipv6');
  for (const candidate of own.addresses) {
    const candidateFamily = isIP(candidate);
    if (candidateFamily !== 0) local.addAddress(candidate, candidateFamily === 6 ? 'ipv6' : 'ipv4');
  }
  return local.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** Whether the URL's host is this machine, by its literal address or its name. */
function namesThisMachine(host: string, own: OwnServer): boolean {
  if (isIP(host) !== 0) return isOwnAddress(host, own);
  return host === 'localhost' || host.endsWith('.localhost') || own.names.includes(host);
}

/**
 * Whether the URL's host is a DNS name to resolve before the URL can be judged: one on a port of
 * this server that does not already name this machine.
 */
export function needsResolution(url: URL, own: OwnServer): boolean {
  const host = bareHost(url);
  return isIP(host) === 0 && own.ports.includes(effectivePort(url)) && !namesThisMachine(host, own);
}

/**
 * A webhook URL is absolute http(s), at most 2,000 characters, carries no credentials, and does
 * not point back at this server (a host of this machine and a port it listens on; other ports of
 * the machine stay allowed). `resolved`: the addresses the host name resolves to, when known.
 */
export function checkWebhookUrl(raw: string, own: OwnServer, resolved: readonly string[] = []): WebhookUrlCheck {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) {
    return { ok: false, problem: `url has ${raw.length} characters; at most ${MAX_WEBHOOK_URL_LENGTH} are accepted.` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: 'url must be an absolute http:// or https:// URL.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: `url must use http or https, not ${url.protocol.replace(/:$/, '')}.` };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      problem: 'url must not carry credentials (user:password@): receivers authenticate deliveries by their signature.',
    };
  }
  const host = bareHost(url);
  if (host === '') return { ok: false, problem: 'url must name a host.' };
  const pointsBack =
    own.ports.includes(effectivePort(url)) &&
    (namesThisMachine(host, own) || resolved.some((address) => isOwnAddress(address, own)));
  if (pointsBack) {
    return { ok: false, problem: `url points back at this server (${url.host}): webhooks are for other services.` };
  }
  return { ok: true, url };
}
