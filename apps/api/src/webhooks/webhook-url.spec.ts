import { describe, expect, it } from '@jest/globals';
import { checkWebhookUrl, needsResolution, type OwnServer } from './webhook-url.js';

const own: OwnServer = { ports: [3000], addresses: ['192.0.2.2', 'fd00::2'], names: ['preuve-1'] };

function verdict(raw: string, resolved: string[] = []): string {
  const check = checkWebhookUrl(raw, own, resolved);
  return check.ok ? 'ok' : check.problem;
}

describe('checkWebhookUrl', () => {
  it.each([
    ['https://hooks.example.org/preuve', 'ok'],
    ['http://hooks.example.org:3000/preuve', 'ok'],
    ['http://127.0.0.1:4567/hook', 'ok'],
    ['http://localhost:8080/hook', 'ok'],
    ['http://[::1]:3001/hook', 'ok'],
    ['http://localhost/hook', 'ok'],
    [`https://hooks.example.org/${'x'.repeat(2000 - 'https://hooks.example.org/'.length)}`, 'ok'],
  ])('accepts %s', (raw, expected) => {
    expect(verdict(raw)).toBe(expected);
  });

  it.each([
    ['ftp://hooks.example.org/x', /must use http or https, not ftp/],
    ['file:///etc/passwd', /must use http or https, not file/],
    ['javascript:alert(1)', /must use http or https/],
    ['hooks.example.org/preuve', /absolute http/],
    ['', /absolute http/],
    ['https://user:secret@hooks.example.org/x', /credentials/],
    ['https://user@hooks.example.org/x', /credentials/],
    [`https://hooks.example.org/${'x'.repeat(2000)}`, /at most 2000/],
    ['http://localhost:3000/api/v1/health', /points back at this server/],
    ['http://LOCALHOST.:3000/', /points back/],
    ['http://api.localhost:3000/', /points back/],
    ['http://127.0.0.1:3000/', /points back/],
    ['http://127.1.2.3:3000/', /points back/],
    ['http://2130706433:3000/', /points back/],
    ['http://0x7f.1:3000/', /points back/],
    ['http://0.0.0.0:3000/', /points back/],
    ['http://[::1]:3000/', /points back/],
    ['http://[::ffff:127.0.0.1]:3000/', /points back/],
    ['http://[::]:3000/', /points back/],
    ['http://192.0.2.2:3000/', /points back/],
    ['http://[fd00::2]:3000/', /points back/],
    ['http://preuve-1:3000/', /points back/],
  ])('refuses %s', (raw, expected) => {
    expect(verdict(raw)).toMatch(expected);
  });

  it('refuses a name that resolves to this machine on its port, and only then', () => {
    expect(verdict('http://loop.example.org:3000/', ['127.0.0.1'])).toMatch(/points back/);
    expect(verdict('http://loop.example.org:3000/', ['198.51.100.7'])).toBe('ok');
    expect(verdict('http://loop.example.org:3001/', ['127.0.0.1'])).toBe('ok');
  });

  it('asks for name resolution only for a DNS name on a port of this server', () => {
    const resolution = (raw: string): boolean => needsResolution(new URL(raw), own);
    expect(resolution('http://hooks.example.org:3000/')).toBe(true);
    expect(resolution('https://hooks.example.org/')).toBe(false);
    expect(resolution('http://127.0.0.1:3000/')).toBe(false);
    expect(resolution('http://localhost:3000/')).toBe(false);
  });
});
