#!/usr/bin/env node
// The web app's typed-client types, apps/web/src/api/schema.d.ts, generated from the committed
// openapi.json by openapi-typescript. Derived, so not committed: `npm ci` / `npm install` write it
// (the prepare script), and so does `npm run openapi` after it has written the spec.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, 'openapi.json');
const target = resolve(root, 'apps/web/src/api/schema.d.ts');

let openapi;
try {
  openapi = await import('openapi-typescript');
} catch {
  // An install without the development dependencies (a production image) has no use for them.
  console.warn('web-client-types: openapi-typescript is not installed; the web client types are not written');
  process.exit(0);
}
if (!existsSync(spec)) {
  console.error(`web-client-types: ${spec} is missing: it is the source of the web client types`);
  process.exit(1);
}
const ast = await openapi.default(JSON.parse(readFileSync(spec, 'utf8')));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, openapi.astToString(ast));
