import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createDataSource } from '@preuve/persistence';
import { loadConfig } from '../config.js';
import { Secrets } from '../security/secrets.js';
import { createApplication } from '../server.js';
import { buildOpenApiDocument } from '../openapi/openapi.js';

/** Where the committed spec lives; CI compares it with the one the code produces. */
export const OPENAPI_FILE = 'openapi.json';

export function serializeOpenApi(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Builds the spec from the code without a database: the DataSource is never connected. */
export async function generateOpenApi(): Promise<string> {
  const config = loadConfig({ DATA_DIR: tmpdir() });
  const secrets = new Secrets(randomBytes(32), randomBytes(32), 'environment');
  const dataSource = createDataSource({ url: 'postgres://offline@127.0.0.1:1/none' });
  const app = await createApplication({ dataSource, config, secrets }, false);
  try {
    return serializeOpenApi(buildOpenApiDocument(app));
  } finally {
    await app.close();
  }
}

/**
 * Writes the spec. The web app's client types are derived from it by `scripts/web-client-types.mjs`
 * (which `npm run openapi` runs next, and `npm ci` too): they are not committed.
 */
export async function writeOpenApi(root = process.cwd()): Promise<string> {
  const specPath = resolve(root, OPENAPI_FILE);
  writeFileSync(specPath, await generateOpenApi());
  return specPath;
}
