import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../config.js';
import { demoSeedWanted } from './demo-mode.js';

const DATABASE_URL = 'postgres://preuve@db.example:5432/preuve';

describe('demoSeedWanted', () => {
  it.each([
    { label: 'embedded Postgres, DEMO unset', env: {}, seeds: true },
    { label: 'embedded Postgres, DEMO=1', env: { DEMO: '1' }, seeds: true },
    { label: 'embedded Postgres, DEMO=0', env: { DEMO: '0' }, seeds: false },
    { label: 'DATABASE_URL, DEMO unset', env: { DATABASE_URL }, seeds: false },
    { label: 'DATABASE_URL, DEMO empty', env: { DATABASE_URL, DEMO: ' ' }, seeds: false },
    { label: 'DATABASE_URL, DEMO=1', env: { DATABASE_URL, DEMO: '1' }, seeds: true },
    { label: 'DATABASE_URL, DEMO=true', env: { DATABASE_URL, DEMO: 'true' }, seeds: true },
    { label: 'DATABASE_URL, DEMO=0', env: { DATABASE_URL, DEMO: '0' }, seeds: false },
    { label: 'DATABASE_URL, DEMO=false', env: { DATABASE_URL, DEMO: 'FALSE' }, seeds: false },
  ])('$label: seeds $seeds', ({ env, seeds }) => {
    expect(demoSeedWanted(loadConfig(env))).toBe(seeds);
  });

  it('refuses a DEMO value that is neither on nor off, naming it', () => {
    expect(() => loadConfig({ DEMO: 'maybe' })).toThrow('DEMO must be 1 (on) or 0 (off), not « maybe »');
  });
});
