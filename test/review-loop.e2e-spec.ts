import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  adminToken,
  bearer,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Member,
  type Organization,
  type Vendor,
} from './support/actors.js';
import { writePreparationTexts } from './support/preparation.js';
import { JUSTIFICATION, SMALL, seen } from './support/review-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { Receiver, signedWith } from './support/webhook-receiver.js';
import { fileFor } from './support/labelled-files.js';

/*
 * The whole ANS review loop on one app, seen from outside: what the API answers, what the
 * dossier's audit trail records, what the verified audit chain holds, and what a vendor's
 * webhook receiver gets — every event once, in the order it happened, signed.
 */

// ---------------------------------------------------------------------------------------------
// Tiny valid files, one per kind of proof, each with its own hash (as in review.e2e-spec.ts)
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// The dossier
// ---------------------------------------------------------------------------------------------

const JUDGED = [
  'IEU 1.1',
  'IEU 3.1',
  'IEU 4.1',
  'IEU 5.1',
  'IEU 6.1',
  'IEU 7.1',
  'IEU 8.1',
  'IEU 10.1',
  'IEU 10.2',
  'IEU 11.1',
  'IEU 12.1',
  'INS 46.1',
  'INS 46.2',
];
const REOPENED = 'IEU 3.1';
const FROZEN = 'IEU 1.1';
const CHANGE_COMMENT = 'La capture ne montre pas le message affiché quand l’identité est douteuse.';

const EVENT_TYPES = [
  'dossier.submitted',
  'dossier.review_started',
  'scenario.verdict_given',
  'dossier.changes_requested',
  'dossier.approved',
  'dossier.rejected',
  'evidence.uploaded',
];

const HEX64 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface ScenarioView {
  code: string;
  applicable: boolean;
  declarationRequired: boolean;
  proofs: { code: string; kinds: string[]; evidence: { id: string }[] }[];
  missingProofs: string[];
  missingDeclaration: boolean;
  verdict: string | null;
  verdictComment: string | null;
  version: number;
}

interface DossierView {
  id: string;
  status: string;
  round: number;
  scenarios: ScenarioView[];
}

interface AuditEntry {
  seq: string;
  action: string;
  data: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------

describe('the whole ANS review loop, end to end', () => {
  let app: TestApp;
  let vendor: Vendor;
  let authority: Organization;
  let reviewer: Member;
  let lead: Member;
  let hook: Receiver;
  let secret: string;
  let dossierId: string;
  let round1Manifest: string;
  let round2Manifest: string;
  let reuploadId: string;
  /** The events the loop's actions should have produced, in the order they were taken. */
  const happened: string[] = [];
  /** The evidence uploaded, in order. */
  const uploads: string[] = [];
  /** The verdicts given, in order: scenario, verdict, round. */
  const verdicts: [string, string, number][] = [];

  const http = () => app.http();
  const vendorToken = () => vendor.member.token;

  async function view(token = vendorToken()): Promise<DossierView> {
    return (await http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(token)).expect(200)).body as DossierView;
  }

  function upload(proof: string, kinds: string[]) {
    const file = fileFor(proof, kinds);
    return http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendorToken()))
      .field('proof', proof)
      .attach('file', file.content, file.name);
  }

  function submit() {
    return http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(vendorToken()));
  }

  function verdict(token: string, code: string, body: Record<string, unknown>) {
    return http()
      .put(`/api/v1/dossiers/${dossierId}/scenarios/${encodeURIComponent(code)}/verdict`)
      .set(bearer(token))
      .send(body);
  }

  function decide(token: string, body: Record<string, unknown>) {
    return http().post(`/api/v1/dossiers/${dossierId}/decision`).set(bearer(token)).send(body);
  }

  function startReview(token: string) {
    return http().post(`/api/v1/dossiers/${dossierId}/review/start`).set(bearer(token));
  }

  async function auditTrail(): Promise<AuditEntry[]> {
    return (await http().get(`/api/v1/dossiers/${dossierId}/audit`).set(bearer(vendorToken())).expect(200))
      .body as AuditEntry[];
  }

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    authority = await createOrganization(app, `Autorité ${randomUUID().slice(0, 6)}`, 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    lead = await createMember(app, authority.id, 'review_lead');
    hook = await Receiver.start();
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await hook.close();
  }, 60_000);

  it('the vendor admin registers a webhook for every event type, pointing at the local receiver', async () => {
    const response = await http()
      .post(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
      .set(bearer(vendor.admin.token))
      .send({ url: hook.url, events: EVENT_TYPES });
    expect(seen(response)).toBe('201');
    expect(response.body).toMatchObject({ url: hook.url, events: EVENT_TYPES, disabledAt: null });
    secret = response.body.secret as string;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('the vendor builds a complete dossier and submits it: round 1, with its manifest hash', async () => {
    ({ dossierId } = await createDossier(app, vendorToken()));
    await http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendorToken()))
      .send({ answers: SMALL })
      .expect(200);
    for (const scenario of (await view()).scenarios) {
      for (const code of scenario.missingProofs) {
        const proof = scenario.proofs.find((candidate) => candidate.code === code)!;
        const response = await upload(code, proof.kinds);
        expect({ code, outcome: seen(response) }).toEqual({ code, outcome: '201' });
        uploads.push(response.body.id as string);
        happened.push('evidence.uploaded');
      }
      if (scenario.missingDeclaration) {
        const declared = await http()
          .post(`/api/v1/dossiers/${dossierId}/declarations`)
          .set(bearer(vendorToken()))
          .send({
            scenario: scenario.code,
            declarantName: 'Camille Martin',
            declarantRole: 'legal_representative',
            justification: JUSTIFICATION,
          });
        expect({ scenario: scenario.code, outcome: seen(declared) }).toEqual({
          scenario: scenario.code,
          outcome: '201',
        });
      }
    }
    expect(uploads.length).toBeGreaterThanOrEqual(JUDGED.length - 2); // at least a file per applicable scenario
    await writePreparationTexts(http, dossierId, vendorToken());

    const response = await submit();
    expect(seen(response)).toBe('200');
    expect(response.body).toMatchObject({
      status: 'submitted',
      round: 1,
      manifestSha256: expect.stringMatching(HEX64),
    });
    round1Manifest = response.body.manifestSha256;
    happened.push('dossier.submitted');
  });

  it('a reviewer of the authority (TOTP active) takes the dossier and starts the review', async () => {
    expect(reviewer.totpSecret).toEqual(expect.any(String));
    const assigned = await http().post(`/api/v1/dossiers/${dossierId}/assign`).set(bearer(reviewer.token)).send({});
    expect(seen(assigned)).toBe('200');
    expect(assigned.body).toEqual({ assignedTo: reviewer.id });
    const started = await startReview(reviewer.token);
    expect(seen(started)).toBe('200');
    expect(started.body).toEqual({ status: 'in_review', round: 1 });
    happened.push('dossier.review_started');
    expect((await view()).status).toBe('in_review');
  });

  it('gives verdicts: accepted everywhere but one scenario, changes requested there, then requests changes', async () => {
    const judged = (await view(reviewer.token)).scenarios.filter(
      (scenario) => scenario.applicable || scenario.declarationRequired,
    );
    expect(judged.map((scenario) => scenario.code).sort()).toEqual([...JUDGED].sort());
    for (const scenario of judged) {
      const reopened = scenario.code === REOPENED;
      const response = await verdict(reviewer.token, scenario.code, {
        verdict: reopened ? 'changes_requested' : 'accepted',
        ...(reopened ? { comment: CHANGE_COMMENT } : {}),
        expectedVersion: scenario.version,
      });
      expect({ code: scenario.code, outcome: seen(response), verdict: response.body.verdict }).toEqual({
        code: scenario.code,
        outcome: '200',
        verdict: reopened ? 'changes_requested' : 'accepted',
      });
      verdicts.push([scenario.code, response.body.verdict, 1]);
      happened.push('scenario.verdict_given');
    }

    const decision = await decide(reviewer.token, {
      decision: 'changes_requested',
      comment: 'Une capture est à refaire, voir IEU 3.1.',
    });
    expect(seen(decision)).toBe('200');
    expect(decision.body).toMatchObject({
      decision: 'changes_requested',
      round: 1,
      manifestSha256: round1Manifest,
      status: 'changes_requested',
      dossierRound: 2,
    });
    happened.push('dossier.changes_requested');
    const after = await view();
    expect(after).toMatchObject({ status: 'changes_requested', round: 2 });
    expect(after.scenarios.find((scenario) => scenario.code === REOPENED)).toMatchObject({
      verdict: 'changes_requested',
      verdictComment: CHANGE_COMMENT,
    });
  });

  it('the vendor uploads a new version on the reopened scenario (201), not on an accepted one (409), and resubmits', async () => {
    const scenarios = (await view()).scenarios;
    const proof = scenarios.find((scenario) => scenario.code === REOPENED)!.proofs[0];
    const reupload = await upload(proof.code, proof.kinds);
    expect(seen(reupload)).toBe('201');
    expect(reupload.body).toMatchObject({ scenarioCode: REOPENED, proofCode: proof.code, version: 2 });
    reuploadId = reupload.body.id;
    uploads.push(reuploadId);
    happened.push('evidence.uploaded');

    const accepted = scenarios.find((scenario) => scenario.code === FROZEN)!.proofs[0];
    const frozen = await upload(accepted.code, accepted.kinds);
    expect(seen(frozen)).toBe('409 SCENARIO_FROZEN');
    expect(frozen.body.details).toEqual({ scenario: FROZEN, open: [REOPENED] });

    const response = await submit();
    expect(seen(response)).toBe('200');
    expect(response.body).toMatchObject({
      status: 'submitted',
      round: 2,
      manifestSha256: expect.stringMatching(HEX64),
    });
    expect(response.body.manifestSha256).not.toBe(round1Manifest);
    round2Manifest = response.body.manifestSha256;
    happened.push('dossier.submitted');
  });

  it('the reviewer sees the new evidence and that scenario in the round 2 diff, and accepts it', async () => {
    const diff = await http().get(`/api/v1/dossiers/${dossierId}/rounds/2/diff`).set(bearer(reviewer.token));
    expect(seen(diff)).toBe('200');
    expect(diff.body).toMatchObject({ round: 2, previousRound: 1, newDeclarations: [] });
    expect(diff.body.newEvidence).toEqual([expect.objectContaining({ id: reuploadId, scenarioCode: REOPENED })]);
    expect(diff.body.changedScenarios).toEqual([REOPENED]);

    const started = await startReview(reviewer.token);
    expect(seen(started)).toBe('200');
    expect(started.body).toEqual({ status: 'in_review', round: 2 });
    happened.push('dossier.review_started');
    const accepted = await verdict(reviewer.token, REOPENED, { verdict: 'accepted' });
    expect(seen(accepted)).toBe('200');
    expect(accepted.body).toMatchObject({ verdict: 'accepted', round: 2 });
    verdicts.push([REOPENED, 'accepted', 2]);
    happened.push('scenario.verdict_given');
  });

  it('the review lead approves: approved, the decision naming round 2 and its manifest hash', async () => {
    const approved = await decide(lead.token, { decision: 'approved', comment: 'Conforme.' });
    expect(seen(approved)).toBe('200');
    expect(approved.body).toMatchObject({
      decision: 'approved',
      round: 2,
      manifestSha256: round2Manifest,
      status: 'approved',
      dossierRound: 2,
    });
    happened.push('dossier.approved');
    expect(await view()).toMatchObject({ status: 'approved', round: 2 });
  });

  it('the audit chain verifies, and the dossier’s trail lists every step in order', async () => {
    const trail = await auditTrail();
    const steps = trail.filter((entry) => EVENT_TYPES.includes(entry.action));
    expect(steps.map((entry) => entry.action)).toEqual(happened);
    // Spelled out: round 1's submission and review, the change request, the new version, round 2.
    const compact = steps
      .map((entry) => entry.action)
      .filter((action, index, all) => index === 0 || action !== all[index - 1]);
    expect(compact).toEqual([
      'evidence.uploaded',
      'dossier.submitted',
      'dossier.review_started',
      'scenario.verdict_given',
      'dossier.changes_requested',
      'evidence.uploaded',
      'dossier.submitted',
      'dossier.review_started',
      'scenario.verdict_given',
      'dossier.approved',
    ]);
    expect(steps.filter((entry) => entry.action === 'evidence.uploaded').map((entry) => entry.data.evidenceId)).toEqual(
      uploads,
    );
    expect(steps.at(-1)!.data).toMatchObject({ round: 2, manifestSha256: round2Manifest });
    const seqs = trail.map((entry) => BigInt(entry.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const verification = await http()
      .get('/api/v1/audit/verify')
      .set(bearer(await adminToken(app)))
      .expect(200);
    expect(verification.body).toMatchObject({ ok: true });
    expect(verification.body.firstBroken).toBeUndefined();
    expect(verification.body.checked).toBeGreaterThanOrEqual(trail.length);
    // Every event of the log was checked, the loop's and the setup's (organisations, users, logins).
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    expect(verification.body.checked).toBe(count);
    expect(trail.length).toBeGreaterThanOrEqual(happened.length);
  });

  it('the vendor’s webhook got every event exactly once, in order, signed, about this dossier', async () => {
    await hook.until(() => hook.received.some((entry) => entry.event.type === 'dossier.approved'));
    const received = hook.received;

    expect(received.map((entry) => entry.headers['preuve-event'])).toEqual(happened);
    expect(received.map((entry) => entry.event.type)).toEqual(happened);
    const deliveryIds = received.map((entry) => entry.headers['preuve-delivery']);
    const eventIds = received.map((entry) => entry.event.id);
    expect(deliveryIds.every((id) => UUID.test(String(id)))).toBe(true);
    expect(new Set(deliveryIds).size).toBe(happened.length);
    expect(new Set(eventIds).size).toBe(happened.length);
    for (const entry of received) {
      expect({ type: entry.event.type, signed: signedWith(secret, entry) }).toEqual({
        type: entry.event.type,
        signed: true,
      });
      expect(entry.event).toMatchObject({ dossierId, organizationId: vendor.organization.id });
    }

    expect(
      received.filter((entry) => entry.event.type === 'evidence.uploaded').map((entry) => entry.event.data.evidenceId),
    ).toEqual(uploads);
    expect(
      received
        .filter((entry) => entry.event.type === 'scenario.verdict_given')
        .map((entry) => [entry.event.data.scenario, entry.event.data.verdict, entry.event.data.round]),
    ).toEqual(verdicts);
    expect(
      received.filter((entry) => entry.event.type === 'dossier.submitted').map((entry) => entry.event.data),
    ).toEqual([
      expect.objectContaining({ round: 1, manifestSha256: round1Manifest }),
      expect.objectContaining({ round: 2, manifestSha256: round2Manifest }),
    ]);
    expect(received.at(-1)!.event.data).toMatchObject({ round: 2, manifestSha256: round2Manifest });

    // The delivery log agrees: each delivered at the first attempt, nothing left to send.
    const log = await http()
      .get(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
      .set(bearer(vendor.admin.token))
      .expect(200);
    const [endpoint] = log.body as { id: string }[];
    const deliveries = await http()
      .get(`/api/v1/organizations/${vendor.organization.id}/webhooks/${endpoint.id}/deliveries?limit=100`)
      .set(bearer(vendor.admin.token))
      .expect(200);
    const items = (deliveries.body.items as { id: string; eventType: string; sequence: number }[]).slice().reverse();
    expect(items.map((item) => item.id)).toEqual(deliveryIds);
    expect(items.map((item) => item.sequence)).toEqual(happened.map((_, index) => index + 1));
    expect(received).toHaveLength(happened.length);
  });
});
