import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createApiToken, createDossier, createVendor } from './support/actors.js';
import { pdf } from './support/fixtures.js';
import { binary, startTestApp, type TestApp } from './support/test-app.js';

/** Answers under which ANN 1.1 (and its document proof ANN 1.1.1-API) applies. */
const ANSWERS = {
  profiles: ['general', 'professional_access'],
  insApplicable: true,
  directorySource: 'fhir_api',
  storesReferringDoctor: true,
};
const DOCUMENT = 'ANN 1.1.1-API';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the example as a vendor's CI would: a separate Node process, its own environment. */
function runExample(env: Record<string, string>, args: string[]): Promise<Run> {
  // Node 22.12–22.17 needs the flag to run TypeScript; later versions accept it as a no-op.
  const flags = process.versions.node.startsWith('22.') ? ['--experimental-strip-types', '--no-warnings'] : [];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...flags, 'examples/ci-push-evidence.ts', ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('examples/ci-push-evidence.ts (a vendor CI pushing evidence with the typed client)', () => {
  let app: TestApp;
  let baseUrl: string;
  let folder: string;
  let env: Record<string, string>;
  let memberToken: string;
  let dossierId: string;

  beforeAll(async () => {
    app = await startTestApp();
    await app.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}`;
    folder = mkdtempSync(join(tmpdir(), 'preuve-example-'));
    const vendor = await createVendor(app);
    memberToken = vendor.member.token;
    ({ dossierId } = await createDossier(app, memberToken));
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(memberToken))
      .send({ answers: ANSWERS })
      .expect(200);
    const token = await createApiToken(app, vendor.organization.id, vendor.admin.token, [
      'dossiers:read',
      'evidence:write',
    ]);
    env = { PREUVE_URL: baseUrl, PREUVE_TOKEN: token.token, PREUVE_DOSSIER: dossierId };
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('uploads the file to its proof, checks the stored hash and reports what is still missing', async () => {
    const file = join(folder, 'appels-fhir.pdf');
    const bytes = pdf('Journal des appels FHIR du pipeline 1234');
    writeFileSync(file, bytes);

    const run = await runExample({ ...env, CI_PIPELINE_ID: '1234' }, [`${DOCUMENT}=${file}`]);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(run.stdout).toContain(`${DOCUMENT} ← appels-fhir.pdf: version 1, application/pdf, sha256 ${sha256}`);
    expect(run.stdout).toMatch(/Still missing \(\d+\): /);

    const listed = await app.http().get(`/api/v1/dossiers/${dossierId}/evidence`).set(bearer(memberToken)).expect(200);
    const evidence = (listed.body as { id: string; proofCode: string; description: string }[]).find(
      (entry) => entry.proofCode === DOCUMENT,
    )!;
    expect(evidence.description).toBe('CI 1234');
    const content = await app
      .http()
      .get(`/api/v1/evidence/${evidence.id}/content`)
      .set(bearer(memberToken))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(content.body as Buffer, bytes)).toBe(0);
  });

  it("fails the job with Preuve's error code when a file is refused", async () => {
    const file = join(folder, 'capture.pdf');
    writeFileSync(file, pdf());

    const run = await runExample(env, [`ANN 99.9.9=${file}`]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ANN 99.9.9');
    expect(run.stderr).toMatch(/refused: PROOF_NOT_FOUND: .+ \(correlation id [\w-]+\)/);
  });

  it('fails the job when the token is not valid', async () => {
    const run = await runExample({ ...env, PREUVE_TOKEN: 'prv_not-a-token' }, []);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cannot read the dossier: INVALID_TOKEN');
  });
});
