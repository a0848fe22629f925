import type { AppConfig } from '../config.js';

/**
 * Whether the start seeds the demo data: `DEMO=1` forces it, `DEMO=0` forbids it, and unset it
 * runs only with the embedded Postgres (no DATABASE_URL), so a production database is never
 * filled with demo accounts unless someone asks for it.
 */
export function demoSeedWanted(config: Pick<AppConfig, 'demo' | 'databaseUrl'>): boolean {
  return config.demo ?? config.databaseUrl === undefined;
}
