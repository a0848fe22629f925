/**
 * A vendor's CI job pushing its latest test evidence to a Preuve dossier, with the typed client
 * (openapi-fetch and the types generated from Preuve's OpenAPI document).
 *
 *   PREUVE_URL=https://preuve.example.org PREUVE_TOKEN=prv_… PREUVE_DOSSIER=<dossier id> \
 *     node examples/ci-push-evidence.ts 'ANN 1.1.1-API=build/fhir-calls.pdf' 'ANN 4.1.1=build/screen.png'
 *
 * The token is an organisation API token with the scopes `dossiers:read` and `evidence:write`.
 * Each argument is `<proof code>=<file>`. The job fails (exit code 1) when Preuve refuses a file,
 * printing Preuve's error code and message; on success it prints what the dossier still lacks.
 * Node 22.18+ and 24 run this TypeScript file as it is (Node 22.12–22.17: add
 * --experimental-strip-types).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../apps/web/src/api/schema.js';

type ErrorResponse = components['schemas']['ErrorResponse'];

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}.`);
  return value;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function describe(error: ErrorResponse | undefined, status: number): string {
  return error ? `${error.code}: ${error.message} (correlation id ${error.correlationId})` : `HTTP ${status}`;
}

async function main(): Promise<number> {
  const baseUrl = required('PREUVE_URL').replace(/\/$/, '');
  const token = required('PREUVE_TOKEN');
  const dossierId = required('PREUVE_DOSSIER');
  const uploads = process.argv.slice(2).map((argument) => {
    const at = argument.indexOf('=');
    if (at <= 0) throw new Error(`« ${argument} » is not <proof code>=<file>.`);
    return { proof: argument.slice(0, at), path: argument.slice(at + 1) };
  });

  const client = createClient<paths>({ baseUrl });
  const authenticate: Middleware = {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(authenticate);

  const dossier = await client.GET('/api/v1/dossiers/{id}', { params: { path: { id: dossierId } } });
  if (!dossier.data) {
    console.error(`Cannot read the dossier: ${describe(dossier.error, dossier.response.status)}`);
    return 1;
  }
  say(`Dossier ${dossier.data.id} (${dossier.data.status})`);

  for (const upload of uploads) {
    const bytes = await readFile(upload.path);
    const fileName = basename(upload.path);
    const sent = await client.POST('/api/v1/dossiers/{id}/evidence', {
      params: { path: { id: dossierId } },
      body: { proof: upload.proof, file: fileName, description: `CI ${process.env.CI_PIPELINE_ID ?? 'local'}` },
      // multipart/form-data, the proof before the file (Preuve then refuses a wrong proof early).
      bodySerializer(body) {
        const form = new FormData();
        form.append('proof', body.proof);
        if (body.description) form.append('description', body.description);
        form.append('file', new Blob([bytes]), fileName);
        return form;
      },
    });
    if (!sent.data) {
      console.error(`${upload.proof} ← ${upload.path} refused: ${describe(sent.error, sent.response.status)}`);
      return 1;
    }
    const local = createHash('sha256').update(bytes).digest('hex');
    if (sent.data.sha256 !== local) {
      console.error(`${upload.proof}: Preuve stored ${sent.data.sha256}, the file hashes to ${local}`);
      return 1;
    }
    say(`${upload.proof} ← ${fileName}: version ${sent.data.version}, ${sent.data.mediaType}, sha256 ${local}`);
  }

  const report = await client.GET('/api/v1/dossiers/{id}/completeness', { params: { path: { id: dossierId } } });
  if (!report.data) {
    console.error(`Cannot read the completeness: ${describe(report.error, report.response.status)}`);
    return 1;
  }
  const missing = report.data.missing.map((item) => item.proof ?? `${item.scenario} (declaration)`);
  say(
    report.data.complete
      ? 'The dossier is complete: it can be submitted.'
      : `Still missing (${missing.length}): ${missing.join(', ')}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
