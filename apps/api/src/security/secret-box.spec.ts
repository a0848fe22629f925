import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { open, seal } from './secret-box.js';

describe('secret box', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and never seals the same way twice', () => {
    const first = seal(key, 'JBSWY3DPEHPK3PXP');
    expect(open(key, first)).toBe('JBSWY3DPEHPK3PXP');
    expect(seal(key, 'JBSWY3DPEHPK3PXP')).not.toBe(first);
    expect(first).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('refuses a tampered box or another key', () => {
    const sealed = seal(key, 'secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('SECRET').toString('base64url');
    expect(() => open(key, parts.join('.'))).toThrow();
    expect(() => open(randomBytes(32), sealed)).toThrow();
    expect(() => open(key, 'garbage')).toThrow('not a sealed value');
  });
});
