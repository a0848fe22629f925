import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DEMO_PRODUCT,
  DEMO_VENDOR_NAME,
  demoSignInLines,
  seedDemo,
  type DemoSeedResult,
} from '../apps/api/src/demo/demo-seed.js';
import { activateTotp, adminToken, bearer } from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface PrintedAccount {
  email: string;
  password: string;
  role: string;
}

/** The accounts as a person reads them in the start log. */
function printedAccounts(lines: string[]): PrintedAccount[] {
  return lines.flatMap((line) => {
    const match = /^demo account: (\S+) \/ password (\S+) — (\w+) of /.exec(line);
    return match ? [{ email: match[1], password: match[2], role: match[3] }] : [];
  });
}

/** Rows of the tables the seed writes to, to see that a second run writes nothing. */
async function counts(app: TestApp): Promise<Record<string, number>> {
  const rows: { name: string; count: number }[] = await app.dataSource.query(
    `SELECT 'organization' AS name, count(*)::int AS count FROM organization
     UNION ALL SELECT 'app_user', count(*)::int FROM app_user
     UNION ALL SELECT 'product', count(*)::int FROM product
     UNION ALL SELECT 'dossier', count(*)::int FROM dossier
     UNION ALL SELECT 'evidence', count(*)::int FROM evidence
     UNION ALL SELECT 'declaration', count(*)::int FROM declaration
     UNION ALL SELECT 'audit_event', count(*)::int FROM audit_event`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}

describe('the demo seed', () => {
  let app: TestApp;
  let first: DemoSeedResult;
  let lines: string[];

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    first = await seedDemo(app.app, { platformAdmin: true });
    lines = demoSignInLines('http://localhost:3000', first.accounts);
  }, 60_000); // a cap for a loaded machine: the seed makes some forty uploads
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function signIn(role: string): Promise<string> {
    const account = printedAccounts(lines).find((entry) => entry.role === role)!;
    const response = await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: account.password });
    expect({ role, status: response.status }).toEqual({ role, status: 200 });
    return response.body.accessToken as string;
  }

  it('runs once: a second start finds the demo data, writes nothing, and prints the same accounts', async () => {
    expect(first.seeded).toBe(true);
    const before = await counts(app);
    const second = await seedDemo(app.app, { platformAdmin: true });
    expect(second).toEqual({ seeded: false, accounts: first.accounts });
    expect(await counts(app)).toEqual(before);
    const vendors = await app.dataSource.query('SELECT id FROM organization WHERE name = $1', [DEMO_VENDOR_NAME]);
    expect(vendors).toHaveLength(1);
  });

  it('prints where to go and, for each account, its e-mail, password and role', () => {
    expect(lines[0]).toContain('http://localhost:3000/');
    // The test app has a bootstrap platform admin already: the demo adds none.
    expect(printedAccounts(lines).map((account) => account.role)).toEqual([
      'vendor_admin',
      'vendor_member',
      'reviewer',
      'review_lead',
    ]);
    expect(lines.join('\n')).toMatch(/two-factor authentication at first sign-in/);
  });

  it('lets the demo vendor sign in with the printed credentials, into « Démo Santé SAS »', async () => {
    for (const role of ['vendor_admin', 'vendor_member']) {
      const me = await app
        .http()
        .get('/api/v1/me')
        .set(bearer(await signIn(role)))
        .expect(200);
      expect({ role: me.body.role, organization: me.body.organization.name }).toEqual({
        role,
        organization: DEMO_VENDOR_NAME,
      });
    }
  });

  it('leaves the reviewers to enrol two-factor authentication at their first sign-in', async () => {
    for (const role of ['reviewer', 'review_lead']) {
      const token = await signIn(role);
      const me = await app.http().get('/api/v1/me').set(bearer(token)).expect(200);
      expect({ role, totpActive: me.body.totpActive }).toEqual({ role, totpActive: false });
      const queue = await app.http().get('/api/v1/review/queue').set(bearer(token));
      expect({ role, refused: `${queue.status} ${queue.body.code}` }).toEqual({
        role,
        refused: '403 TOTP_ENROLLMENT_REQUIRED',
      });
    }
  });

  it('leaves the demo dossier half-filled, in draft, with real evidence and one sworn declaration signed', async () => {
    const token = await signIn('vendor_admin');
    const products = await app.http().get('/api/v1/products?limit=100').set(bearer(token)).expect(200);
    const product = (products.body.items as { id: string; name: string; version: string }[]).find(
      (item) => item.name === DEMO_PRODUCT.name,
    )!;
    expect(product.version).toBe(DEMO_PRODUCT.version);
    const dossiers = await app.http().get('/api/v1/dossiers?limit=100').set(bearer(token)).expect(200);
    const summary = (dossiers.body.items as { id: string; productId: string; status: string }[]).find(
      (item) => item.productId === product.id,
    )!;
    expect(summary.status).toBe('draft');

    const report = await app.http().get(`/api/v1/dossiers/${summary.id}/completeness`).set(bearer(token)).expect(200);
    const { satisfied, missingScenarios } = report.body as { satisfied: number; missingScenarios: number };
    const share = satisfied / (satisfied + missingScenarios);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
    // About half: every other applicable scenario has its proofs.
    expect(Math.abs(share - 0.5)).toBeLessThan(0.1);

    const evidence = await app.http().get(`/api/v1/dossiers/${summary.id}/evidence`).set(bearer(token)).expect(200);
    const types = new Set((evidence.body as { mediaType: string }[]).map((item) => item.mediaType));
    expect([...types].sort()).toEqual(['application/pdf', 'image/png', 'text/plain', 'video/webm']);
    // The FHIR log got its pre-check, as an upload over HTTP would.
    const fhirLog = (evidence.body as { proofCode: string; findings: { analysed?: boolean } | null }[]).find(
      (item) => item.proofCode === 'ANN 1.1.1',
    );
    expect(fhirLog?.findings?.analysed).toBe(true);

    const declarations = await app
      .http()
      .get(`/api/v1/dossiers/${summary.id}/declarations`)
      .set(bearer(token))
      .expect(200);
    expect((declarations.body as { scenarioCode: string }[]).map((item) => item.scenarioCode)).toEqual(['IEU 7.1']);
    const missing = (report.body as { missing: { scenario: string; declaration?: boolean }[] }).missing;
    expect(missing.filter((item) => item.declaration).length).toBeGreaterThan(0); // one left for the visitor

    const audit = await app.http().get(`/api/v1/dossiers/${summary.id}/audit`).set(bearer(token)).expect(200);
    const actions = new Set((audit.body as { action: string }[]).map((event) => event.action));
    expect([...actions]).toEqual(
      expect.arrayContaining(['dossier.created', 'dossier.answers_changed', 'evidence.uploaded', 'declaration.signed']),
    );
  });

  it('serves the demo files: a video that plays from a signed link, a PDF, a screenshot', async () => {
    const token = await signIn('vendor_member');
    const dossiers = await app.http().get('/api/v1/dossiers?status=draft&programme=DMN').set(bearer(token)).expect(200);
    const dossierId = (dossiers.body.items as { id: string }[])[0].id;
    const evidence = await app.http().get(`/api/v1/dossiers/${dossierId}/evidence`).set(bearer(token)).expect(200);
    for (const mediaType of ['video/webm', 'application/pdf', 'image/png']) {
      const item = (evidence.body as { id: string; mediaType: string; size: number }[]).find(
        (entry) => entry.mediaType === mediaType,
      )!;
      const link = await app
        .http()
        .post(`/api/v1/evidence/${item.id}/link`)
        .set(bearer(token))
        .send({ disposition: 'inline' })
        .expect(201);
      const first = await app.http().get(link.body.url).set('Range', 'bytes=0-3').buffer(true);
      expect({ mediaType, status: first.status, type: first.headers['content-type'] }).toEqual({
        mediaType,
        status: 206,
        type: mediaType,
      });
    }
  });

  it('puts the submitted demo dossier in the reviewers’ queue', async () => {
    const token = await signIn('reviewer');
    await activateTotp(app, token);
    const queue = await app.http().get('/api/v1/review/queue').set(bearer(token)).expect(200);
    expect(
      (
        queue.body.items as { status: string; phase: string; vendor: { name: string }; product: { name: string } }[]
      ).map((item) => ({
        status: item.status,
        phase: item.phase,
        vendor: item.vendor.name,
        product: item.product.name,
      })),
    ).toEqual(
      expect.arrayContaining([
        { status: 'submitted', phase: 'proofs', vendor: DEMO_VENDOR_NAME, product: 'GlycoCarnet' },
        { status: 'draft', phase: 'proofs', vendor: DEMO_VENDOR_NAME, product: 'MédiCabinet' },
      ]),
    );
  });

  it('makes the submitted dossier worth reviewing: every family applicable, every kind of evidence, pre-check findings', async () => {
    const token = await signIn('vendor_admin');
    const dossiers = await app.http().get('/api/v1/dossiers?limit=100').set(bearer(token)).expect(200);
    const submitted = (dossiers.body.items as { id: string; status: string }[]).find(
      (item) => item.status === 'submitted',
    )!;
    const dossier = await app.http().get(`/api/v1/dossiers/${submitted.id}`).set(bearer(token)).expect(200);
    const scenarios = dossier.body.scenarios as { code: string; applicable: boolean }[];
    const applicable = scenarios.filter((scenario) => scenario.applicable);
    expect(applicable.length).toBeGreaterThan(scenarios.length / 2);
    expect(new Set(applicable.map((scenario) => scenario.code.split(' ')[0]))).toEqual(
      new Set(['ANN', 'IEU', 'IEPS', 'INS', 'PSC', 'PORT', 'ApCV', 'ADM', 'RGPD']),
    );
    const evidence = await app.http().get(`/api/v1/dossiers/${submitted.id}/evidence`).set(bearer(token)).expect(200);
    const items = evidence.body as { mediaType: string; sha256: string; findings: { analysed?: boolean } | null }[];
    expect(new Set(items.map((item) => item.mediaType))).toEqual(
      new Set(['application/pdf', 'image/png', 'text/plain', 'video/webm']),
    );
    // Screenshots carry their proof: no two proofs share one file.
    const screenshots = items.filter((item) => item.mediaType === 'image/png');
    expect(new Set(screenshots.map((item) => item.sha256)).size).toBe(screenshots.length);
    expect(items.some((item) => item.findings?.analysed)).toBe(true);
  });

  it('seeds a Ségur dossier past its administrative phase, whose HL7 proof flags an unqualified INS', async () => {
    const token = await signIn('vendor_member');
    const dossiers = await app.http().get('/api/v1/dossiers?programme=SEGUR').set(bearer(token)).expect(200);
    const items = dossiers.body.items as { id: string; phase: string; productVersion: string }[];
    expect(items.map((item) => ({ phase: item.phase, productVersion: item.productVersion }))).toEqual([
      { phase: 'proofs', productVersion: '7.4.1' },
    ]);
    const evidence = await app.http().get(`/api/v1/dossiers/${items[0].id}/evidence`).set(bearer(token)).expect(200);
    const hl7 = (evidence.body as { fileName: string; findings: { notes?: { code: string }[] } | null }[]).find(
      (item) => item.fileName.endsWith('.hl7'),
    );
    expect(hl7?.findings?.notes?.map((note) => note.code)).toEqual(expect.arrayContaining(['ins.unqualified']));
    // SaaS mode calls for HDS hosting: two certified hosts, one certificate to renew within 90 days.
    const hosting = await app.http().get(`/api/v1/dossiers/${items[0].id}/hosting`).set(bearer(token)).expect(200);
    expect(hosting.body).toMatchObject({ required: true, state: 'warning' });
    expect(
      (hosting.body.current.hosts as { activities: number[] }[]).flatMap((host) => host.activities).sort(),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    expect((hosting.body.issues as { kind: string; blocking: boolean }[]).every((issue) => !issue.blocking)).toBe(true);
  });

  it('keeps the audit chain whole', async () => {
    const verification = await app
      .http()
      .get('/api/v1/audit/verify')
      .set(bearer(await adminToken(app)))
      .expect(200);
    expect(verification.body).toMatchObject({ ok: true });
  });
});

describe('the demo seed, started twice at once', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  it('seeds once: the second start waits for the first and finds its data', async () => {
    const results = await Promise.all([
      seedDemo(app.app, { platformAdmin: false }),
      seedDemo(app.app, { platformAdmin: false }),
    ]);
    expect(results.map((result) => result.seeded).sort()).toEqual([false, true]);
    const dossiers = await app.dataSource.query('SELECT count(*)::int AS count FROM dossier');
    expect(dossiers[0].count).toBe(3);
  }, 60_000);
});
