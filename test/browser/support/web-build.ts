import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Builds the web app from the current sources into a temporary folder, so a browser test never
 * runs against a stale dist/web. About a second with Vite.
 */
export function buildWebApp(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'preuve-web-'));
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
