import { describe, expect, it } from '@jest/globals';
import { forbiddenAddress, forbiddenHost } from './webhook-target.js';

describe('forbiddenHost', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['127.8.9.10', /loopback/],
    ['localhost', /loopback name/],
    ['LOCALHOST.', /loopback name/],
    ['api.localhost', /loopback name/],
    ['[::1]', /loopback/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['64:ff9b::a9fe:a9fe', /link-local/],
    ['10.0.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.1', /private/],
    ['169.254.169.254', /link-local \(cloud metadata\)/],
    ['fd00:ec2::254', /private \(unique local\)/],
    ['fe80::1', /link-local/],
    ['ff02::1', /multicast/],
    ['224.0.0.251', /multicast/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['255.255.255.255', /reserved/],
  ])('refuses %s', (host, reason) => {
    expect(forbiddenHost(host)).toMatch(reason);
  });

  it.each(['hooks.example.org', '93.184.215.14', '172.32.0.1', '192.0.2.10', '2001:db8::1', '[2606:4700::1111]'])(
    'allows %s',
    (host) => {
      expect(forbiddenHost(host)).toBeNull();
    },
  );

  it('judges addresses alone (names are resolved by the caller)', () => {
    expect(forbiddenAddress('not-an-address')).toBeNull();
    expect(forbiddenAddress('10.1.2.3')).toBe('a private address');
  });
});
