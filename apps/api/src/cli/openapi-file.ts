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

/** The web app's typed client is generated from the same spec; CI compares it too. */
export const WEB_CLIENT_TYPES_FILE = 'apps/web/src/api/schema.d.ts';

/** TypeScript types for openapi-fetch (openapi-typescript, loaded only by this developer command). */
export async function generateWebClientTypes(spec: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(spec) as Parameters<typeof openapiTS>[0]);
  return astToString(ast);
}

export async function writeOpenApi(root = process.cwd()): Promise<string[]> {
  const spec = await generateOpenApi();
  const specPath = resolve(root, OPENAPI_FILE);
  const typesPath = resolve(root, WEB_CLIENT_TYPES_FILE);
  writeFileSync(specPath, spec);
  writeFileSync(typesPath, await generateWebClientTypes(spec));
  return [specPath, typesPath];
}
