#!/usr/bin/env node
// `npx preuve <command>` from the repository: runs the built command line (dist/cli.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
await import(new URL('../dist/cli.js', import.meta.url).href);
