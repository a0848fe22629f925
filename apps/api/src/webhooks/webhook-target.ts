import { BlockList, isIP } from 'node:net';

/**
 * Address ranges a webhook may not reach unless WEBHOOK_ALLOW_PRIVATE_TARGETS is on: this host,
 * private networks, link-local (where cloud metadata services answer), multicast, and the
 * reserved and unspecified ranges. Each with the reason given to whoever registered the URL.
 */
const RANGES: { prefix: string; bits: number; family: 'ipv4' | 'ipv6'; reason: string }[] = [
  { prefix: '0.0.0.0', bits: 8, family: 'ipv4', reason: 'an unspecified address' },
  { prefix: '10.0.0.0', bits: 8, family: 'ipv4', reason: 'a private address' },
  { prefix: '100.64.0.0', bits: 10, family: 'ipv4', reason: 'a carrier-grade NAT address' },
  { prefix: '127.0.0.0', bits: 8, family: 'ipv4', reason: 'a loopback address' },
  { prefix: '169.254.0.0', bits: 16, family: 'ipv4', reason: 'a link-local (cloud metadata) address' },
  { prefix: '172.16.0.0', bits: 12, family: 'ipv4', reason: 'a private address' },
  { prefix: '192.0.0.0', bits: 24, family: 'ipv4', reason: 'a reserved address' },
  { prefix: '192.168.0.0', bits: 16, family: 'ipv4', reason: 'a private address' },
  { prefix: '198.18.0.0', bits: 15, family: 'ipv4', reason: 'a benchmarking address' },
  { prefix: '224.0.0.0', bits: 4, family: 'ipv4', reason: 'a multicast address' },
  { prefix: '240.0.0.0', bits: 4, family: 'ipv4', reason: 'a reserved address' },
  { prefix: '::', bits: 128, family: 'ipv6', reason: 'an unspecified address' },
  { prefix: '::1', bits: 128, family: 'ipv6', reason: 'a loopback address' },
  { prefix: 'fc00::', bits: 7, family: 'ipv6', reason: 'a private (unique local) address' },
  { prefix: 'fe80::', bits: 10, family: 'ipv6', reason: 'a link-local address' },
  { prefix: 'fec0::', bits: 10, family: 'ipv6', reason: 'a site-local address' },
  { prefix: 'ff00::', bits: 8, family: 'ipv6', reason: 'a multicast address' },
];

const LISTS = RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.prefix, range.bits, range.family);
  return { list, family: range.family, reason: range.reason };
});

/** The IPv4 address an IPv6 one carries (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, compatible `::a.b.c.d`). */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Why a webhook may not be sent to this IP address, or null when it may. */
export function forbiddenAddress(address: string): string | null {
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(bare);
  if (family === 0) return null;
  if (family === 6) {
    const inner = embeddedIpv4(bare);
    if (inner) return forbiddenAddress(inner);
  }
  const type = family === 6 ? 'ipv6' : 'ipv4';
  for (const entry of LISTS) {
    if (entry.family === type && entry.list.check(bare, type)) return entry.reason;
  }
  return null;
}

/** Why a host (a name or a literal address, as in `URL.hostname`) may not be a webhook target, or null. */
export function forbiddenHost(hostname: string): string | null {
  const host = hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();
  if (isIP(host) !== 0) return forbiddenAddress(host);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'a loopback name';
  return null;
}
