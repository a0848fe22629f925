import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { loadConfig } from '../apps/api/src/config.js';
import { startServer, type RunningServer } from '../apps/api/src/server.js';
import { activateTotp, bearer, login, PASSWORD, totpCode, uniqueEmail, type HttpApp } from './support/actors.js';
import { reviewKit, SMALL } from './support/review-kit.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, binary, type TestApp } from './support/test-app.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BACKUP = join(ROOT, 'scripts', 'backup-data-dir.sh');
const RESTORE = join(ROOT, 'scripts', 'restore-data-dir.sh');

/** The production server (`startServer`, as `dist/main.js` runs it) on its embedded Postgres in dataDir. */
function serve(dataDir: string, port: number): Promise<RunningServer> {
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    COOKIE_SECURE: 'false',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DEMO: '0',
    LOG_LEVEL: 'error',
  });
  return startServer(config, false);
}

function client(server: RunningServer): HttpApp {
  return { http: () => request(server.url) };
}

/**
 * The backup and restore procedure of docs/operations.md, run as written: a server with data and
 * files is stopped, its data folder backed up with scripts/backup-data-dir.sh, restored with
 * scripts/restore-data-dir.sh into a new folder, and a server started there serves the same dossier
 * and bytes, opens its sealed secrets (TOTP) and verifies its audit chain.
 */
describe('backup and restore of a data folder (docs/operations.md)', () => {
  const work = mkdtempSync(join(tmpdir(), 'preuve-backup-'));
  const original = join(work, 'original');
  const restored = join(work, 'restored');
  const archive = join(work, 'preuve-backup.tar.gz');
  let server: RunningServer | undefined;
  let dossierId: string;
  let memberEmail: string;
  let adminTotpSecret: string;
  const evidence: { id: string; sha256: string }[] = [];

  beforeAll(async () => {
    chmodSync(work, 0o755); // running as root, Postgres runs as `postgres` and must reach its folder
    server = await serve(original, 4510);
    const app = client(server);
    const adminAccess = await login(app, ADMIN_EMAIL, ADMIN_PASSWORD);
    ({ secret: adminTotpSecret } = await activateTotp(app, adminAccess));
    // The vendor made with this admin token (the shared helpers sign the admin in without TOTP).
    const organization = await app
      .http()
      .post('/api/v1/organizations')
      .set(bearer(adminAccess))
      .send({ name: 'Éditeur sauvegardé', kind: 'vendor' })
      .expect(201);
    memberEmail = uniqueEmail('backup');
    await app
      .http()
      .post(`/api/v1/organizations/${organization.body.id as string}/users`)
      .set(bearer(adminAccess))
      .send({ email: memberEmail, password: PASSWORD, displayName: 'Membre', role: 'vendor_member' })
      .expect(201);
    const member = await login(app, memberEmail);
    ({ id: dossierId } = await reviewKit(app as TestApp).submitted(member, SMALL));
    const listed = await app.http().get(`/api/v1/dossiers/${dossierId}/evidence`).set(bearer(member));
    expect(listed.status).toBe(200);
    for (const item of listed.body as { id: string; sha256: string }[])
      evidence.push({ id: item.id, sha256: item.sha256 });
    expect(evidence.length).toBeGreaterThan(0);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('refuses to back up while the server runs', async () => {
    await expect(run(BACKUP, [original, archive])).rejects.toMatchObject({
      stderr: expect.stringMatching(/is running .*stop Preuve/),
    });
    expect(existsSync(archive)).toBe(false);
  });

  it('backs up the stopped data folder, with a checksum', async () => {
    await server!.close();
    server = undefined;
    const { stdout } = await run(BACKUP, [original, archive]);
    expect(stdout).toMatch(/backed up/);
    expect(existsSync(`${archive}.sha256`)).toBe(true);
  }, 120_000);

  it('refuses a damaged archive and a folder that is not empty', async () => {
    const damaged = join(work, 'damaged.tar.gz');
    writeFileSync(damaged, 'not the archive');
    await run('cp', [`${archive}.sha256`, `${damaged}.sha256`]);
    await run('sed', ['-i', 's/preuve-backup.tar.gz/damaged.tar.gz/', `${damaged}.sha256`]);
    await expect(run(RESTORE, [damaged, join(work, 'elsewhere')])).rejects.toMatchObject({
      stderr: expect.stringMatching(/damaged/),
    });
    await expect(run(RESTORE, [archive, original])).rejects.toMatchObject({
      stderr: expect.stringMatching(/not empty/),
    });
  });

  it('restores into a new folder: same dossier, same bytes, sealed secrets open, audit chain verifies', async () => {
    rmSync(original, { recursive: true, force: true }); // the machine is lost
    const { stdout } = await run(RESTORE, [archive, restored]);
    expect(stdout).toMatch(/restored/);
    server = await serve(restored, 4511);
    const app = client(server);

    const member = await login(app, memberEmail);
    const dossier = await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(member));
    expect(dossier.status).toBe(200);
    expect(dossier.body.status).toBe('submitted');
    for (const item of evidence) {
      const content = await app
        .http()
        .get(`/api/v1/evidence/${item.id}/content`)
        .set(bearer(member))
        .buffer(true)
        .parse(binary);
      expect(content.status).toBe(200);
      expect(
        createHash('sha256')
          .update(content.body as Buffer)
          .digest('hex'),
      ).toBe(item.sha256);
    }

    // The admin's TOTP secret is sealed with the key generated in DATA_DIR: it came back with it.
    const admin = await login(app, ADMIN_EMAIL, ADMIN_PASSWORD, totpCode(adminTotpSecret));
    const audit = await app.http().get('/api/v1/audit/verify').set(bearer(admin));
    expect(audit.status).toBe(200);
    expect(audit.body.ok).toBe(true);
    expect(audit.body.checked).toBeGreaterThan(0);
  }, 240_000);
});
