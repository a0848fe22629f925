import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scopesFor } from '@preuve/domain';
import {
  bearer,
  createApiToken,
  createMember,
  createOrganization,
  createVendor,
  dmnReferentialId,
  type Member,
  type Organization,
  type Vendor,
} from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { fileFor } from './support/labelled-files.js';
import { APCV_ONLY, reviewKit as kit, seen, SMALL, type DossierView } from './support/review-kit.js';

/*
 * The ANS review loop, end to end on a real database: the queue, assignment, verdicts per
 * scenario (and per sworn declaration), decisions, the change request that reopens some
 * scenarios for round N+1, the round diff, and the comment threads between both sides.
 */

interface QueueItem {
  id: string;
  status: string;
  round: number;
  vendor: { id: string; name: string };
  product: { id: string; name: string; version: string };
  referential: { id: string; code: string; version: string };
  assignedTo: string | null;
  lastSubmittedAt: string;
  firstSubmittedAt: string;
  waitingSeconds: number;
}

interface Comment {
  id: string;
  scenarioCode: string;
  round: number;
  authorSide: string;
  authorId: string | null;
  body: string;
  createdAt: string;
  updatedAt: string;
  edited: boolean;
  previousBodies: string[];
}

interface RoundDiff {
  round: number;
  previousRound: number | null;
  answers: { key: string; before: unknown; after: unknown }[];
  applicability: { scenario: string; before: boolean | null; after: boolean }[];
  newEvidence: { id: string; scenarioCode: string; proofCode: string; version: number; sha256: string }[];
  newDeclarations: { id: string; scenarioCode: string; sha256: string }[];
  changedScenarios: string[];
}

const SMALL_APPLICABLE = [
  'IEU 1.1',
  'IEU 3.1',
  'IEU 4.1',
  'IEU 5.1',
  'IEU 6.1',
  'IEU 10.1',
  'IEU 10.2',
  'IEU 11.1',
  'IEU 12.1',
  'INS 46.1',
  'INS 46.2',
];
const SMALL_DECLARATIONS = ['IEU 7.1', 'IEU 8.1'];
/** Neither applies under SMALL nor carries a declaration: nothing to judge. */
const NOT_APPLICABLE = 'ANN 2.1';

const APCV = 'ApCV 1.1';

const HEX64 = /^[0-9a-f]{64}$/;
const F = '403 FORBIDDEN';
const S = '403 INSUFFICIENT_SCOPE';
const NO_DOSSIER = '404 DOSSIER_NOT_FOUND';
const BAD = '400 VALIDATION_FAILED';

// ---------------------------------------------------------------------------------------------
// Tiny valid files, one per kind of proof; each carries a label so that each has its own hash

// ---------------------------------------------------------------------------------------------
// What the tests do through the API

function ids(items: { id: string }[]): string[] {
  return items.map((item) => item.id);
}

type Kit = ReturnType<typeof kit>;

/** A vendor, an authority with a reviewer and a review lead (TOTP active), on a fresh app. */
interface World {
  app: TestApp;
  api: Kit;
  vendor: Vendor;
  authority: Organization;
  reviewer: Member;
  lead: Member;
}

async function world(): Promise<World> {
  const app = await startTestApp();
  const vendor = await createVendor(app);
  const authority = await createOrganization(app, `Autorité ${randomUUID().slice(0, 6)}`, 'authority');
  return {
    app,
    api: kit(app),
    vendor,
    authority,
    reviewer: await createMember(app, authority.id, 'reviewer'),
    lead: await createMember(app, authority.id, 'review_lead'),
  };
}

// ---------------------------------------------------------------------------------------------
// 1. The whole loop
// ---------------------------------------------------------------------------------------------

describe('the review loop, from submission to approval', () => {
  let w: World;
  let api: Kit;
  let vendorToken: string;
  let dossierId: string;
  let round1: { manifestSha256: string };
  let round1View: DossierView;
  let round2: { manifestSha256: string };
  let reuploadId: string;
  const REOPENED = 'IEU 3.1';
  const CHANGE_COMMENT = 'La capture ne montre pas le message affiché quand l’identité est douteuse.';

  beforeAll(async () => {
    w = await world();
    api = w.api;
    vendorToken = w.vendor.member.token;
    dossierId = await api.draft(vendorToken, SMALL);
    await api.complete(dossierId, vendorToken);
  }, 120_000);
  afterAll(async () => {
    await w.app.close();
  }, 60_000);

  it('the vendor submits the complete dossier: round 1, with its manifest hash', async () => {
    const response = await api.submit(dossierId, vendorToken);
    expect(seen(response)).toBe('200');
    expect(response.body).toMatchObject({
      status: 'submitted',
      round: 1,
      manifestSha256: expect.stringMatching(HEX64),
    });
    round1 = { manifestSha256: response.body.manifestSha256 };
  });

  it('the reviewer finds it in the queue, unassigned, with its vendor, product and référentiel', async () => {
    const queue = await api.queue(w.reviewer.token);
    expect(seen(queue)).toBe('200');
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        id: dossierId,
        status: 'submitted',
        round: 1,
        vendor: { id: w.vendor.organization.id, name: w.vendor.organization.name },
        product: expect.objectContaining({ name: 'CardioSuivi', version: '3.2.0' }),
        referential: expect.objectContaining({ code: 'DMN', version: '1.2.2' }),
        assignedTo: null,
      }),
    ]);
  });

  it('assigns it to themself (POST /assign {}), and finds it under assignee=me', async () => {
    const assigned = await api.assign(dossierId, w.reviewer.token);
    expect(seen(assigned)).toBe('200');
    expect(assigned.body).toEqual({ assignedTo: w.reviewer.id });
    expect(ids((await api.queue(w.reviewer.token, 'assignee=me')).body.items)).toEqual([dossierId]);
    expect(ids((await api.queue(w.reviewer.token, 'assignee=none')).body.items)).toEqual([]);
    // The lead, for whom « me » is someone else, does not find it there.
    expect(ids((await api.queue(w.lead.token, 'assignee=me')).body.items)).toEqual([]);
  });

  it('starts the review: in_review, and starting again is refused naming the state', async () => {
    const started = await api.start(dossierId, w.reviewer.token);
    expect(seen(started)).toBe('200');
    expect(started.body).toEqual({ status: 'in_review', round: 1 });
    expect((await api.view(dossierId, vendorToken)).status).toBe('in_review');
    const again = await api.start(dossierId, w.reviewer.token);
    expect(seen(again)).toBe('409 TRANSITION_REFUSED');
    expect(again.body.message).toContain('in_review');
  });

  it('gives verdicts: accepted on every scenario but one, changes requested on that one, and on the declarations', async () => {
    round1View = await api.view(dossierId, w.reviewer.token);
    const judged = round1View.scenarios.filter((scenario) => scenario.applicable || scenario.declarationRequired);
    expect(judged.map((scenario) => scenario.code).sort()).toEqual([...SMALL_APPLICABLE, ...SMALL_DECLARATIONS].sort());
    const outcomes: Record<string, unknown> = {};
    for (const scenario of judged) {
      const reopened = scenario.code === REOPENED;
      const response = await api.verdict(dossierId, w.reviewer.token, scenario.code, {
        verdict: reopened ? 'changes_requested' : 'accepted',
        ...(reopened ? { comment: CHANGE_COMMENT } : {}),
        expectedVersion: scenario.version,
      });
      outcomes[scenario.code] = `${seen(response)} ${response.body.verdict} ${response.body.subject}`;
      expect(response.body.version).toBe(scenario.version + 1);
    }
    expect(outcomes).toEqual(
      Object.fromEntries(
        judged.map((scenario) => [
          scenario.code,
          `200 ${scenario.code === REOPENED ? 'changes_requested' : 'accepted'} ${scenario.declarationRequired ? 'declaration' : 'proofs'}`,
        ]),
      ),
    );
    const after = await api.view(dossierId, w.reviewer.token);
    const reopened = after.scenarios.find((scenario) => scenario.code === REOPENED)!;
    expect(reopened).toMatchObject({ verdict: 'changes_requested', verdictComment: CHANGE_COMMENT, verdictRound: 1 });
    expect(after.scenarios.find((scenario) => scenario.code === 'IEU 7.1')).toMatchObject({ verdict: 'accepted' });
  });

  it('requests changes: the dossier goes back to the vendor as changes_requested, round 2', async () => {
    const decision = await api.decide(dossierId, w.reviewer.token, {
      decision: 'changes_requested',
      comment: 'Une capture est à refaire, voir IEU 3.1.',
    });
    expect(seen(decision)).toBe('200');
    expect(decision.body).toMatchObject({
      decision: 'changes_requested',
      round: 1,
      manifestSha256: round1.manifestSha256,
      status: 'changes_requested',
      dossierRound: 2,
    });
    expect(await api.view(dossierId, vendorToken)).toMatchObject({ status: 'changes_requested', round: 2 });
  });

  it('the vendor sees which scenario is under change request, and why', async () => {
    const view = await api.view(dossierId, vendorToken);
    const verdicts = Object.fromEntries(
      view.scenarios
        .filter((scenario) => scenario.verdict !== null)
        .map((scenario) => [scenario.code, [scenario.verdict, scenario.verdictComment]]),
    );
    expect(verdicts).toEqual(
      Object.fromEntries(
        [...SMALL_APPLICABLE, ...SMALL_DECLARATIONS].map((code) => [
          code,
          code === REOPENED ? ['changes_requested', CHANGE_COMMENT] : ['accepted', null],
        ]),
      ),
    );
  });

  it('reopens only that scenario: a new version there (201); an upload or declaration elsewhere is 409 SCENARIO_FROZEN', async () => {
    const proof = round1View.scenarios.find((scenario) => scenario.code === REOPENED)!.proofs[0];
    const reupload = await api.upload(dossierId, vendorToken, proof.code, fileFor(proof.code, proof.kinds));
    expect(seen(reupload)).toBe('201');
    expect(reupload.body).toMatchObject({ scenarioCode: REOPENED, proofCode: proof.code, version: 2 });
    reuploadId = reupload.body.id;

    const accepted = round1View.scenarios.find((scenario) => scenario.code === 'IEU 1.1')!.proofs[0];
    const frozenUpload = await api.upload(
      dossierId,
      vendorToken,
      accepted.code,
      fileFor(accepted.code, accepted.kinds),
    );
    const frozenDeclaration = await api.declare(dossierId, vendorToken, 'IEU 7.1', 'Après Coup');
    expect([seen(frozenUpload), seen(frozenDeclaration)]).toEqual(['409 SCENARIO_FROZEN', '409 SCENARIO_FROZEN']);
    expect(frozenUpload.body.details).toEqual({ scenario: 'IEU 1.1', open: [REOPENED] });
    expect(frozenDeclaration.body.details).toEqual({ scenario: 'IEU 7.1', open: [REOPENED] });
    // Nor may new answers change whether a frozen scenario applies (INS applying ends IEU 7.1's declaration).
    const frozenAnswers = await w.app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendorToken))
      .send({ answers: { ...SMALL, insApplicable: true } });
    expect(seen(frozenAnswers)).toBe('409 SCENARIO_FROZEN');
    expect(frozenAnswers.body.details.scenarios).toEqual(expect.arrayContaining(['IEU 7.1']));
    expect((await api.view(dossierId, vendorToken)).scenarios.map((scenario) => scenario.applicable)).toEqual(
      round1View.scenarios.map((scenario) => scenario.applicable),
    );

    // Nothing but the new version was added.
    const view = await api.view(dossierId, vendorToken);
    const evidence = view.scenarios.flatMap((scenario) => scenario.proofs.flatMap((p) => p.evidence.map((e) => e.id)));
    const before = round1View.scenarios.flatMap((scenario) =>
      scenario.proofs.flatMap((p) => p.evidence.map((e) => e.id)),
    );
    expect(evidence.sort()).toEqual([...before, reuploadId].sort());
    expect(view.scenarios.find((scenario) => scenario.code === 'IEU 7.1')!.declaration!.id).toBe(
      round1View.scenarios.find((scenario) => scenario.code === 'IEU 7.1')!.declaration!.id,
    );
  });

  it('the vendor resubmits: round 2, with a new manifest hash', async () => {
    const response = await api.submit(dossierId, vendorToken);
    expect(seen(response)).toBe('200');
    expect(response.body).toMatchObject({
      status: 'submitted',
      round: 2,
      manifestSha256: expect.stringMatching(HEX64),
    });
    expect(response.body.manifestSha256).not.toBe(round1.manifestSha256);
    round2 = { manifestSha256: response.body.manifestSha256 };
    const queue = await api.queue(w.reviewer.token);
    expect(queue.body.items).toEqual([
      expect.objectContaining({ id: dossierId, status: 'submitted', round: 2, assignedTo: w.reviewer.id }),
    ]);
  });

  it('the round 2 diff shows the new evidence and the reopened scenario; round 1 lists everything as new', async () => {
    const second = await api.diff(dossierId, w.reviewer.token, 2);
    expect(seen(second)).toBe('200');
    const diff2 = second.body as RoundDiff;
    expect(diff2).toMatchObject({ round: 2, previousRound: 1, answers: [], applicability: [], newDeclarations: [] });
    expect(diff2.newEvidence).toEqual([
      expect.objectContaining({ id: reuploadId, scenarioCode: REOPENED, version: 2 }),
    ]);
    expect(diff2.changedScenarios).toEqual([REOPENED]);

    const first = await api.diff(dossierId, w.reviewer.token, 1);
    expect(seen(first)).toBe('200');
    const diff1 = first.body as RoundDiff;
    const round1Evidence = round1View.scenarios.flatMap((scenario) =>
      scenario.proofs.flatMap((proof) => proof.evidence.map((evidence) => evidence.id)),
    );
    expect(diff1.previousRound).toBeNull();
    expect(ids(diff1.newEvidence).sort()).toEqual([...round1Evidence].sort());
    expect(diff1.newDeclarations.map((declaration) => declaration.scenarioCode).sort()).toEqual(SMALL_DECLARATIONS);
    expect(diff1.answers.map((answer) => answer.key).sort()).toEqual(Object.keys(SMALL).sort());
    expect(diff1.answers.every((answer) => answer.before === null)).toBe(true);
    expect(diff1.changedScenarios).toEqual(expect.arrayContaining([...SMALL_APPLICABLE, ...SMALL_DECLARATIONS]));

    expect(seen(await api.diff(dossierId, w.reviewer.token, 3))).toBe('404 ROUND_NOT_FOUND');
    expect(seen(await api.diff(dossierId, w.reviewer.token, 'zero'))).toBe(BAD);
  });

  it('the upload moved the scenario version: a verdict on the round-1 version is 409 VERSION_CONFLICT, on the new one accepted', async () => {
    const old = round1View.scenarios.find((scenario) => scenario.code === REOPENED)!.version;
    const stale = await api.verdict(dossierId, w.reviewer.token, REOPENED, {
      verdict: 'accepted',
      expectedVersion: old,
    });
    expect(seen(stale)).toBe('409 VERSION_CONFLICT');
    const current = await api.scenario(dossierId, w.reviewer.token, REOPENED);
    expect(current.version).toBeGreaterThan(old + 1); // its verdict, then the upload
    const accepted = await api.verdict(dossierId, w.reviewer.token, REOPENED, {
      verdict: 'accepted',
      expectedVersion: current.version,
    });
    expect(seen(accepted)).toBe('200');
    // The first verdict of round 2 started its review.
    expect(accepted.body).toMatchObject({ verdict: 'accepted', round: 2, dossierStatus: 'in_review' });
    expect(await api.scenario(dossierId, vendorToken, REOPENED)).toMatchObject({
      verdict: 'accepted',
      verdictComment: null,
      verdictRound: 2,
    });
  });

  it('a plain reviewer may not approve (403); the dossier stays in review', async () => {
    const refused = await api.decide(dossierId, w.reviewer.token, { decision: 'approved', comment: 'Conforme.' });
    expect(seen(refused)).toBe(F);
    expect((await api.view(dossierId, vendorToken)).status).toBe('in_review');
  });

  it('the review lead approves: approved, the decision naming round 2 and its manifest hash', async () => {
    const approved = await api.decide(dossierId, w.lead.token, { decision: 'approved', comment: 'Conforme.' });
    expect(seen(approved)).toBe('200');
    expect(approved.body).toMatchObject({
      decision: 'approved',
      round: 2,
      manifestSha256: round2.manifestSha256,
      status: 'approved',
      dossierRound: 2,
    });
    expect(await api.view(dossierId, vendorToken)).toMatchObject({ status: 'approved', round: 2 });
    const events = (await api.audit(dossierId, vendorToken)).filter((event) => event.action === 'dossier.approved');
    expect(events).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ round: 2, manifestSha256: round2.manifestSha256 }) }),
    ]);
  });

  it('after approval every decision is 409 TRANSITION_REFUSED naming the state, and nothing moves', async () => {
    const attempts = [
      await api.decide(dossierId, w.lead.token, { decision: 'approved', comment: 'Encore.' }),
      await api.decide(dossierId, w.lead.token, { decision: 'rejected', comment: 'Finalement non.' }),
      await api.decide(dossierId, w.reviewer.token, { decision: 'changes_requested', comment: 'Encore une chose.' }),
    ];
    expect(attempts.map(seen)).toEqual(Array(3).fill('409 TRANSITION_REFUSED'));
    for (const attempt of attempts) {
      expect(attempt.body.details).toMatchObject({ status: 'approved' });
      expect(attempt.body.message).toContain('approved');
    }
    const verdict = await api.verdict(dossierId, w.reviewer.token, REOPENED, { verdict: 'rejected' });
    expect(seen(verdict)).toBe('409 TRANSITION_REFUSED');
    const upload = await api.upload(dossierId, vendorToken, 'IEU 3.1.1', fileFor('IEU 3.1.1', ['screenshot']));
    expect(seen(upload)).toBe('409 DOSSIER_LOCKED');
    expect(await api.view(dossierId, vendorToken)).toMatchObject({ status: 'approved', round: 2 });
    const decisions = await w.app.dataSource.query(
      'SELECT decision, round FROM review_decision WHERE dossier_id = $1 ORDER BY created_at',
      [dossierId],
    );
    expect(decisions).toEqual([
      { decision: 'changes_requested', round: 1 },
      { decision: 'approved', round: 2 },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Verdicts
// ---------------------------------------------------------------------------------------------

describe('verdicts', () => {
  let w: World;
  let api: Kit;
  let dossierId: string;
  let vendorToken: { id: string; token: string };
  let authorityWriter: { id: string; token: string };
  let authorityReader: { id: string; token: string };

  beforeAll(async () => {
    w = await world();
    api = w.api;
    dossierId = (await api.submitted(w.vendor.member.token, SMALL)).id;
    vendorToken = await createApiToken(w.app, w.vendor.organization.id, w.vendor.admin.token, [...scopesFor('vendor')]);
    authorityWriter = await createApiToken(w.app, w.authority.id, w.lead.token, ['dossiers:read', 'review:write']);
    authorityReader = await createApiToken(w.app, w.authority.id, w.lead.token, ['dossiers:read']);
  }, 120_000);
  afterAll(async () => {
    await w.app.close();
  }, 60_000);

  it('the first verdict on a submitted dossier starts its review (in_review)', async () => {
    expect((await api.view(dossierId, w.reviewer.token)).status).toBe('submitted');
    const before = await api.scenario(dossierId, w.reviewer.token, 'IEU 1.1');
    const response = await api.verdict(dossierId, w.reviewer.token, 'IEU 1.1', { verdict: 'accepted' });
    expect(seen(response)).toBe('200');
    expect(response.body).toMatchObject({
      scenarioCode: 'IEU 1.1',
      round: 1,
      verdict: 'accepted',
      subject: 'proofs',
      comment: null,
      version: before.version + 1,
      dossierStatus: 'in_review',
    });
    expect((await api.view(dossierId, w.vendor.member.token)).status).toBe('in_review');
    expect(await api.scenario(dossierId, w.reviewer.token, 'IEU 1.1')).toMatchObject({
      verdict: 'accepted',
      version: before.version + 1,
    });
    const actions = (await api.audit(dossierId, w.reviewer.token)).map((event) => event.action);
    expect(actions.slice(-2)).toEqual(['dossier.review_started', 'scenario.verdict_given']);
    // Whoever started it without being assigned now holds it.
    const queue = await api.queue(w.reviewer.token, 'assignee=me');
    expect(ids(queue.body.items)).toEqual([dossierId]);
  });

  it('refuses a stale expectedVersion with 409 VERSION_CONFLICT, keeping the verdict given on the current one', async () => {
    const { version } = await api.scenario(dossierId, w.reviewer.token, 'IEU 3.1');
    const first = await api.verdict(dossierId, w.reviewer.token, 'IEU.3.1', {
      verdict: 'changes_requested',
      comment: 'Capture floue.',
      expectedVersion: version,
    });
    expect(seen(first)).toBe('200');
    expect(first.body.version).toBe(version + 1);
    const stale = await api.verdict(dossierId, w.lead.token, 'IEU 3.1', {
      verdict: 'accepted',
      expectedVersion: version,
    });
    expect(seen(stale)).toBe('409 VERSION_CONFLICT');
    expect(stale.body.details).toEqual({ scenario: 'IEU 3.1', expectedVersion: version, currentVersion: version + 1 });
    expect(await api.scenario(dossierId, w.reviewer.token, 'IEU 3.1')).toMatchObject({
      verdict: 'changes_requested',
      verdictComment: 'Capture floue.',
      version: version + 1,
    });
    expect((await api.verdictRows(dossierId)).filter((row) => row.scenario_code === 'IEU 3.1')).toHaveLength(1);
  });

  it('keeps verdicts as history: two verdicts on a scenario, the view shows the latest', async () => {
    const first = await api.verdict(dossierId, w.reviewer.token, 'IEU 4.1', {
      verdict: 'changes_requested',
      comment: 'Il manque la date.',
    });
    const second = await api.verdict(dossierId, w.reviewer.token, 'ieu.4.1', { verdict: 'accepted' });
    expect([seen(first), seen(second)]).toEqual(['200', '200']);
    expect(second.body.version).toBe(first.body.version + 1);
    expect(await api.scenario(dossierId, w.vendor.member.token, 'IEU 4.1')).toMatchObject({
      verdict: 'accepted',
      verdictComment: null,
      version: second.body.version,
    });
    expect(
      (await api.verdictRows(dossierId))
        .filter((row) => row.scenario_code === 'IEU 4.1')
        .map((row) => [row.verdict, row.round]),
    ).toEqual([
      ['changes_requested', 1],
      ['accepted', 1],
    ]);
  });

  it('judges a sworn declaration (subject declaration) on a scenario that does not apply', async () => {
    const declared = await api.scenario(dossierId, w.reviewer.token, 'IEU 7.1');
    expect(declared).toMatchObject({ applicable: false, declarationRequired: true });
    const response = await api.verdict(dossierId, w.reviewer.token, 'IEU 7.1', {
      verdict: 'rejected',
      comment: 'La justification ne tient pas.',
    });
    expect(seen(response)).toBe('200');
    expect(response.body).toMatchObject({ subject: 'declaration', verdict: 'rejected' });
    expect(await api.scenario(dossierId, w.vendor.member.token, 'IEU 7.1')).toMatchObject({
      verdict: 'rejected',
      verdictComment: 'La justification ne tient pas.',
    });
  });

  it('refuses a verdict on a scenario that neither applies nor carries a declaration: 422 VERDICT_NOT_APPLICABLE', async () => {
    expect(await api.scenario(dossierId, w.reviewer.token, NOT_APPLICABLE)).toMatchObject({
      applicable: false,
      declarationRequired: false,
    });
    const before = await api.verdictRows(dossierId);
    const response = await api.verdict(dossierId, w.reviewer.token, NOT_APPLICABLE, { verdict: 'accepted' });
    expect(seen(response)).toBe('422 VERDICT_NOT_APPLICABLE');
    expect(response.body.details).toMatchObject({ scenario: NOT_APPLICABLE });
    expect(await api.verdictRows(dossierId)).toEqual(before);
  });

  it('answers 404 for an unknown scenario, 400 for what is no code, and 400 for a bad verdict or version', async () => {
    const outcomes = [
      await api.verdict(dossierId, w.reviewer.token, 'ANN 99.9', { verdict: 'accepted' }),
      await api.verdict(dossierId, w.reviewer.token, 'pas un code', { verdict: 'accepted' }),
      await api.verdict(dossierId, w.reviewer.token, 'IEU 5.1', { verdict: 'peut-être' }),
      await api.verdict(dossierId, w.reviewer.token, 'IEU 5.1', {}),
      await api.verdict(dossierId, w.reviewer.token, 'IEU 5.1', { verdict: 'accepted', expectedVersion: 0 }),
      await api.verdict(dossierId, w.reviewer.token, 'IEU 5.1', { verdict: 'accepted', comment: 'x'.repeat(5001) }),
      await api.verdict(randomUUID(), w.reviewer.token, 'IEU 5.1', { verdict: 'accepted' }),
    ];
    expect(outcomes.map(seen)).toEqual(['404 SCENARIO_NOT_FOUND', '400 INVALID_CODE', BAD, BAD, BAD, BAD, NO_DOSSIER]);
    expect((await api.scenario(dossierId, w.reviewer.token, 'IEU 5.1')).verdict).toBeNull();
  });

  it('refuses vendors: a vendor user 403, a vendor API token 403 INSUFFICIENT_SCOPE; nothing recorded', async () => {
    const before = await api.verdictRows(dossierId);
    const outcomes = [
      await api.verdict(dossierId, w.vendor.member.token, 'IEU 5.1', { verdict: 'accepted' }),
      await api.verdict(dossierId, w.vendor.admin.token, 'IEU 5.1', { verdict: 'accepted' }),
      await api.verdict(dossierId, vendorToken.token, 'IEU 5.1', { verdict: 'accepted' }),
    ];
    expect(outcomes.map(seen)).toEqual([F, F, S]);
    expect(await api.verdictRows(dossierId)).toEqual(before);
  });

  it('lets an authority API token with review:write judge; one with only dossiers:read gets 403 INSUFFICIENT_SCOPE', async () => {
    const reader = await api.verdict(dossierId, authorityReader.token, 'IEU 5.1', { verdict: 'accepted' });
    expect(seen(reader)).toBe(S);
    const writer = await api.verdict(dossierId, authorityWriter.token, 'IEU 5.1', { verdict: 'accepted' });
    expect(seen(writer)).toBe('200');
    expect(await api.scenario(dossierId, w.vendor.member.token, 'IEU 5.1')).toMatchObject({ verdict: 'accepted' });
    const rows = await w.app.dataSource.query(
      `SELECT reviewer_id, reviewer_token FROM scenario_verdict WHERE dossier_id = $1 AND scenario_code = 'IEU 5.1'`,
      [dossierId],
    );
    expect(rows).toEqual([{ reviewer_id: null, reviewer_token: authorityWriter.id }]);
  });

  it('answers 404 on a draft: reviewers do not see drafts, and nothing is recorded', async () => {
    const draft = await api.draft(w.vendor.member.token, APCV_ONLY);
    const response = await api.verdict(draft, w.reviewer.token, APCV, { verdict: 'accepted' });
    expect(seen(response)).toBe(NO_DOSSIER);
    expect(seen(await api.verdict(draft, authorityWriter.token, APCV, { verdict: 'accepted' }))).toBe(NO_DOSSIER);
    expect(await api.verdictRows(draft)).toEqual([]);
    expect(await api.view(draft, w.vendor.member.token)).toMatchObject({ status: 'draft' });
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Decisions
// ---------------------------------------------------------------------------------------------

describe('decisions and assignment', () => {
  let w: World;
  let api: Kit;

  beforeAll(async () => {
    w = await world();
    api = w.api;
  }, 120_000);
  afterAll(async () => {
    await w.app.close();
  }, 60_000);

  async function status(dossierId: string): Promise<string> {
    return (await api.view(dossierId, w.vendor.member.token)).status;
  }

  async function decisionRows(dossierId: string): Promise<unknown[]> {
    return w.app.dataSource.query('SELECT decision FROM review_decision WHERE dossier_id = $1', [dossierId]);
  }

  it('refuses a decision on a dossier not in review with 409 TRANSITION_REFUSED naming its state (submitted)', async () => {
    const { id } = await api.submitted(w.vendor.member.token);
    for (const decision of ['approved', 'rejected'] as const) {
      const response = await api.decide(id, w.lead.token, { decision, comment: 'Trop tôt.' });
      expect(seen(response)).toBe('409 TRANSITION_REFUSED');
      expect(response.body.details).toMatchObject({ status: 'submitted' });
      expect(response.body.message).toContain('submitted');
    }
    const request = await api.decide(id, w.reviewer.token, { decision: 'changes_requested', comment: 'Trop tôt.' });
    expect(seen(request)).toBe('409 TRANSITION_REFUSED');
    expect(request.body.message).toContain('submitted');
    expect(await status(id)).toBe('submitted');
    expect(await decisionRows(id)).toEqual([]);
  });

  it('answers 404 for a decision on a draft: it does not exist for the authority', async () => {
    const draft = await api.draft(w.vendor.member.token, APCV_ONLY);
    const response = await api.decide(draft, w.reviewer.token, { decision: 'changes_requested', comment: 'Non.' });
    expect(seen(response)).toBe(NO_DOSSIER);
    expect(await status(draft)).toBe('draft');
  });

  it('refuses changes_requested with no scenario under change request: 422 DECISION_NOT_ALLOWED', async () => {
    const { id } = await api.submitted(w.vendor.member.token);
    expect(seen(await api.verdict(id, w.reviewer.token, APCV, { verdict: 'accepted' }))).toBe('200');
    const response = await api.decide(id, w.reviewer.token, { decision: 'changes_requested', comment: 'Rien.' });
    expect(seen(response)).toBe('422 DECISION_NOT_ALLOWED');
    expect(await status(id)).toBe('in_review');
    expect((await api.view(id, w.vendor.member.token)).round).toBe(1);
  });

  it('refuses approval while a scenario is not accepted: 422 naming each one', async () => {
    const { id } = await api.submitted(w.vendor.member.token, SMALL);
    for (const code of [...SMALL_APPLICABLE, ...SMALL_DECLARATIONS]) {
      if (code === 'IEU 8.1') continue; // no verdict at all
      const verdict = code === 'IEU 5.1' ? 'changes_requested' : 'accepted';
      expect(seen(await api.verdict(id, w.reviewer.token, code, { verdict }))).toBe('200');
    }
    const response = await api.decide(id, w.lead.token, { decision: 'approved', comment: 'Conforme.' });
    expect(seen(response)).toBe('422 DECISION_NOT_ALLOWED');
    expect(response.body.details).toEqual({ pending: ['IEU 5.1', 'IEU 8.1'] });
    expect(response.body.message).toContain('IEU 5.1');
    expect(response.body.message).toContain('IEU 8.1');
    expect(await status(id)).toBe('in_review');
    expect(await decisionRows(id)).toEqual([]);
  });

  it('refuses a rejection without a comment (400) and a comment over 5,000 characters (400)', async () => {
    const { id } = await api.submitted(w.vendor.member.token);
    expect(seen(await api.start(id, w.reviewer.token))).toBe('200');
    const outcomes = [
      await api.decide(id, w.lead.token, { decision: 'rejected' }),
      await api.decide(id, w.lead.token, { decision: 'rejected', comment: '' }),
      await api.decide(id, w.lead.token, { decision: 'rejected', comment: '    ' }),
      await api.decide(id, w.lead.token, { decision: 'rejected', comment: 'x'.repeat(5001) }),
      await api.decide(id, w.lead.token, { decision: 'approved', comment: 'x'.repeat(5001) }),
      await api.decide(id, w.lead.token, { decision: 'perhaps', comment: 'Peut-être.' }),
    ];
    expect(outcomes.map(seen)).toEqual([BAD, BAD, BAD, BAD, BAD, BAD]);
    expect(await status(id)).toBe('in_review');
    expect(await decisionRows(id)).toEqual([]);
  });

  it('lets only the lead reject, with a comment: rejected, and the dossier closed for good', async () => {
    const { id, manifestSha256 } = await api.submitted(w.vendor.member.token);
    expect(seen(await api.verdict(id, w.reviewer.token, APCV, { verdict: 'rejected', comment: 'Hors sujet.' }))).toBe(
      '200',
    );
    const byReviewer = await api.decide(id, w.reviewer.token, { decision: 'rejected', comment: 'Non conforme.' });
    expect(seen(byReviewer)).toBe(F);
    const comment = 'Non conforme : la procédure ApCV fournie ne concerne pas ce produit.';
    const rejected = await api.decide(id, w.lead.token, { decision: 'rejected', comment });
    expect(seen(rejected)).toBe('200');
    expect(rejected.body).toMatchObject({
      decision: 'rejected',
      status: 'rejected',
      round: 1,
      manifestSha256,
      comment,
    });
    expect(await status(id)).toBe('rejected');
    const again = await api.decide(id, w.reviewer.token, { decision: 'changes_requested', comment: 'Et si ?' });
    expect(seen(again)).toBe('409 TRANSITION_REFUSED');
    expect(again.body.message).toContain('rejected');
    const upload = await api.upload(id, w.vendor.member.token, 'ApCV 1.1.1', fileFor('ApCV 1.1.1', ['document']));
    expect(seen(upload)).toBe('409 DOSSIER_LOCKED');
  });

  it('assigns: yourself or, for the lead, any reviewer; a plain reviewer may not assign someone else', async () => {
    const { id } = await api.submitted(w.vendor.member.token);
    const assignee = async (): Promise<string | null> => {
      const queue = await api.queue(w.lead.token, `vendorId=${w.vendor.organization.id}&limit=100`);
      return (queue.body.items as QueueItem[]).find((item) => item.id === id)!.assignedTo;
    };
    const refused = [
      await api.assign(id, w.reviewer.token, { reviewerId: w.lead.id }),
      await api.assign(id, w.vendor.member.token),
      await api.assign(id, w.lead.token, { reviewerId: w.vendor.member.id }),
      await api.assign(id, w.lead.token, { reviewerId: randomUUID() }),
      await api.assign(id, w.lead.token, { reviewerId: 'quelqu-un' }),
      await api.assign(randomUUID(), w.lead.token, { reviewerId: w.reviewer.id }),
    ];
    expect(refused.map(seen)).toEqual([F, F, '404 USER_NOT_FOUND', '404 USER_NOT_FOUND', BAD, NO_DOSSIER]);
    expect(await assignee()).toBeNull();

    const byLead = await api.assign(id, w.lead.token, { reviewerId: w.reviewer.id });
    expect([seen(byLead), byLead.body]).toEqual(['200', { assignedTo: w.reviewer.id }]);
    expect(await assignee()).toBe(w.reviewer.id);
    const unassigned = await api.assign(id, w.lead.token, { reviewerId: null });
    expect([seen(unassigned), unassigned.body]).toEqual(['200', { assignedTo: null }]);
    expect(await assignee()).toBeNull();
    const events = (await api.audit(id, w.lead.token)).filter((event) => event.action === 'dossier.assigned');
    expect(events.map((event) => event.data.assignedTo)).toEqual([w.reviewer.id, null]);
  });

  it('refuses a decision while the dossier waits for the vendor: 409 naming changes_requested', async () => {
    const { id } = await api.submitted(w.vendor.member.token);
    expect(
      seen(await api.verdict(id, w.reviewer.token, APCV, { verdict: 'changes_requested', comment: 'À revoir.' })),
    ).toBe('200');
    expect(seen(await api.decide(id, w.reviewer.token, { decision: 'changes_requested', comment: 'À revoir.' }))).toBe(
      '200',
    );
    const response = await api.decide(id, w.lead.token, { decision: 'approved', comment: 'Conforme.' });
    expect(seen(response)).toBe('409 TRANSITION_REFUSED');
    expect(response.body.details).toMatchObject({ status: 'changes_requested' });
    expect(response.body.message).toContain('changes_requested');
    // Verdicts wait for the resubmission too.
    expect(seen(await api.verdict(id, w.reviewer.token, APCV, { verdict: 'accepted' }))).toBe('409 TRANSITION_REFUSED');
    expect(await api.view(id, w.vendor.member.token)).toMatchObject({ status: 'changes_requested', round: 2 });
  });
});

// ---------------------------------------------------------------------------------------------
// 4. The queue
// ---------------------------------------------------------------------------------------------

describe('the reviewer queue', () => {
  let w: World;
  let api: Kit;
  let other: Vendor;
  let reviewer2: Member;
  let referentialId: string;
  /** By name: see beforeAll. */
  const d: Record<'v1a' | 'v1b' | 'v1c' | 'v2a' | 'v2b', string> = { v1a: '', v1b: '', v1c: '', v2a: '', v2b: '' };
  let draftId: string;
  /** Every queued dossier, longest waiting first. */
  let order: string[];
  let submittedAt: Record<string, string>;

  beforeAll(async () => {
    w = await world();
    api = w.api;
    other = await createVendor(w.app);
    reviewer2 = await createMember(w.app, w.authority.id, 'reviewer', 'reviewer2');
    referentialId = await dmnReferentialId(w.app, w.reviewer.token);
    const v1 = w.vendor.member.token;
    const v2 = other.member.token;
    d.v1a = (await api.submitted(v1)).id; // submitted, unassigned
    d.v1b = (await api.submitted(v1)).id; // in review, reviewer 1 (who started it)
    d.v1c = (await api.submitted(v1)).id; // changes requested, reviewer 2
    d.v2a = (await api.submitted(v2)).id; // submitted, assigned to reviewer 2 by the lead
    d.v2b = (await api.submitted(v2)).id; // submitted, unassigned
    draftId = await api.draft(v1, APCV_ONLY);
    expect(seen(await api.start(d.v1b, w.reviewer.token))).toBe('200');
    expect(seen(await api.assign(d.v1c, reviewer2.token))).toBe('200');
    expect(
      seen(await api.verdict(d.v1c, reviewer2.token, APCV, { verdict: 'changes_requested', comment: 'Non.' })),
    ).toBe('200');
    expect(seen(await api.decide(d.v1c, reviewer2.token, { decision: 'changes_requested', comment: 'Non.' }))).toBe(
      '200',
    );
    const assigned = await api.assign(d.v2a, w.lead.token, { reviewerId: reviewer2.id });
    expect(assigned.body).toEqual({ assignedTo: reviewer2.id });
    // Waiting times under control: v2b has waited longest; v1a and v2a were submitted at the same
    // instant, so their order (and a page boundary between them) rests on the id alone.
    const daysAgo: Record<keyof typeof d, number> = { v2b: 9, v1c: 7, v1a: 5, v2a: 5, v1b: 2 };
    for (const [name, days] of Object.entries(daysAgo)) {
      await w.app.dataSource.query(
        `UPDATE dossier SET last_submitted_at = date_trunc('second', now()) - make_interval(days => $2) WHERE id = $1`,
        [d[name as keyof typeof d], days],
      );
    }
    const tied = [d.v1a, d.v2a].sort();
    order = [d.v2b, d.v1c, ...tied, d.v1b];
    const rows: { id: string; last_submitted_at: Date }[] = await w.app.dataSource.query(
      'SELECT id, last_submitted_at FROM dossier WHERE id = ANY($1::uuid[])',
      [Object.values(d)],
    );
    submittedAt = Object.fromEntries(rows.map((row) => [row.id, row.last_submitted_at.toISOString()]));
  }, 120_000);
  afterAll(async () => {
    await w.app.close();
  }, 60_000);

  async function page(
    query: string,
    token = w.reviewer.token,
  ): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
    const response = await api.queue(token, query);
    expect({ query, outcome: seen(response) }).toEqual({ query, outcome: '200' });
    return response.body;
  }

  /** Follows nextCursor from the first page; returns each page's ids. */
  async function walk(query: string): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const result: { items: QueueItem[]; nextCursor: string | null } = await page(
        `${query}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      );
      pages.push(ids(result.items));
      cursor = result.nextCursor;
      expect(pages.length).toBeLessThan(10);
    } while (cursor !== null);
    return pages;
  }

  it('lists every submitted dossier of every vendor, longest waiting first, never a draft', async () => {
    const { items, nextCursor } = await page('');
    expect(ids(items)).toEqual(order);
    expect(ids(items)).not.toContain(draftId);
    expect(nextCursor).toBeNull();
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(d.v1c)).toMatchObject({ status: 'changes_requested', round: 2, assignedTo: reviewer2.id });
    expect(byId.get(d.v1b)).toMatchObject({ status: 'in_review', round: 1, assignedTo: w.reviewer.id });
    expect(byId.get(d.v2a)).toMatchObject({
      status: 'submitted',
      assignedTo: reviewer2.id,
      vendor: { id: other.organization.id, name: other.organization.name },
      referential: { id: referentialId, code: 'DMN', version: '1.2.2' },
      lastSubmittedAt: submittedAt[d.v2a],
    });
    // Waiting times follow the submission dates: nine days for the oldest, two for the newest.
    expect(Math.round(byId.get(d.v2b)!.waitingSeconds / 86400)).toBe(9);
    expect(Math.round(byId.get(d.v1b)!.waitingSeconds / 86400)).toBe(2);
  });

  it.each([
    ['status=submitted', () => [d.v2b, ...[d.v1a, d.v2a].sort()]],
    ['status=in_review', () => [d.v1b]],
    ['status=changes_requested', () => [d.v1c]],
    ['status=draft', () => []],
    ['status=approved', () => []],
    ['openChangeRequests=true', () => [d.v1c]],
    ['openChangeRequests=false', () => order.filter((id) => id !== d.v1c)],
    ['assignee=none', () => [d.v2b, d.v1a]],
    ['assignee=me', () => [d.v1b]],
    ['assignee=none&status=submitted', () => [d.v2b, d.v1a]],
  ])('filters by %s', async (query, expected) => {
    expect(ids((await page(query)).items)).toEqual(expected());
  });

  it('filters by vendor, référentiel and a given assignee', async () => {
    expect(ids((await page(`vendorId=${other.organization.id}`)).items)).toEqual([d.v2b, d.v2a]);
    expect(ids((await page(`vendorId=${w.vendor.organization.id}`)).items)).toEqual(
      order.filter((id) => ![d.v2a, d.v2b].includes(id)),
    );
    expect(ids((await page(`vendorId=${randomUUID()}`)).items)).toEqual([]);
    expect(ids((await page(`referentialId=${referentialId}`)).items)).toEqual(order);
    expect(ids((await page(`referentialId=${randomUUID()}`)).items)).toEqual([]);
    expect(ids((await page(`assignee=${reviewer2.id}`)).items)).toEqual([d.v1c, d.v2a]);
    expect(ids((await page(`assignee=${w.reviewer.id}`)).items)).toEqual([d.v1b]);
    expect(ids((await page('assignee=me', reviewer2.token)).items)).toEqual([d.v1c, d.v2a]);
    expect(ids((await page(`assignee=none&vendorId=${w.vendor.organization.id}`)).items)).toEqual([d.v1a]);
  });

  it('filters by submission date: submittedFrom inclusive, submittedTo exclusive', async () => {
    const at = (name: keyof typeof d): string => encodeURIComponent(submittedAt[d[name]]);
    expect(ids((await page(`submittedFrom=${at('v1c')}&submittedTo=${at('v1a')}`)).items)).toEqual([d.v1c]);
    expect(ids((await page(`submittedFrom=${at('v1a')}&submittedTo=${at('v1b')}`)).items)).toEqual(
      [d.v1a, d.v2a].sort(),
    );
    expect(ids((await page(`submittedFrom=${at('v1a')}`)).items)).toEqual([...[d.v1a, d.v2a].sort(), d.v1b]);
    expect(ids((await page(`submittedTo=${at('v1c')}`)).items)).toEqual([d.v2b]);
  });

  it('pages with limit and cursor: everything exactly once, in order, whatever the page size', async () => {
    const first = await page('limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const pages = await walk('limit=2');
    expect(pages.map((entry) => entry.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(order);
    // A boundary between the two dossiers submitted at the same instant.
    expect((await walk('limit=3')).flat()).toEqual(order);
    expect((await walk('limit=1')).flat()).toEqual(order);
    const submitted = await walk('status=submitted&limit=2');
    expect(submitted.map((entry) => entry.length)).toEqual([2, 1]);
    expect(submitted.flat()).toEqual([d.v2b, ...[d.v1a, d.v2a].sort()]);
  });

  it('is for the authority: vendor users and vendor API tokens get 403', async () => {
    const token = await createApiToken(w.app, w.vendor.organization.id, w.vendor.admin.token, [...scopesFor('vendor')]);
    const outcomes = [
      await api.queue(w.vendor.member.token),
      await api.queue(w.vendor.admin.token),
      await api.queue(token.token),
    ];
    expect(outcomes.map(seen)).toEqual([F, F, F]);
    for (const outcome of outcomes) expect(outcome.text).not.toContain(d.v1a);
    // An authority API token reads it; nothing is assigned to a token, so « mine » is empty for it.
    const reader = await createApiToken(w.app, w.authority.id, w.lead.token, ['dossiers:read']);
    expect(ids((await page('', reader.token)).items)).toEqual(order);
    expect(ids((await page('assignee=me', reader.token)).items)).toEqual([]);
    expect(ids((await page('assignee=none', reader.token)).items)).toEqual([d.v2b, d.v1a]);
  });

  it.each([
    ['status=x', BAD],
    ['vendorId=abc', BAD],
    ['referentialId=abc', BAD],
    ['submittedFrom=yesterday', BAD],
    ['submittedTo=2026-13-45', BAD],
    ['assignee=quelqu-un', BAD],
    ['openChangeRequests=peut-etre', BAD],
    ['limit=0', BAD],
    ['limit=101', BAD],
    ['cursor=garbage', '400 INVALID_CURSOR'],
  ])('refuses %s with %s', async (query, expected) => {
    expect(seen(await api.queue(w.reviewer.token, query))).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Comments
// ---------------------------------------------------------------------------------------------

describe('comment threads', () => {
  let w: World;
  let api: Kit;
  let dossierId: string;
  let fromReviewer: Comment;
  let fromVendor: Comment;

  beforeAll(async () => {
    w = await world();
    api = w.api;
    dossierId = (await api.submitted(w.vendor.member.token)).id;
  }, 120_000);
  afterAll(async () => {
    await w.app.close();
  }, 60_000);

  async function thread(token = w.vendor.member.token, code = APCV): Promise<Comment[]> {
    const response = await api.comments(dossierId, token, code);
    expect(seen(response)).toBe('200');
    return response.body as Comment[];
  }

  it('carries messages of both sides, oldest first, the same for both', async () => {
    expect(await thread()).toEqual([]);
    const posted = await api.post(dossierId, w.reviewer.token, APCV, {
      body: '  Merci de joindre la procédure signée par le DPO.  ',
    });
    expect(seen(posted)).toBe('201');
    fromReviewer = posted.body;
    expect(fromReviewer).toMatchObject({
      scenarioCode: APCV,
      round: 1,
      authorSide: 'authority',
      authorId: w.reviewer.id,
      body: 'Merci de joindre la procédure signée par le DPO.',
      edited: false,
      previousBodies: [],
    });
    const reply = await api.post(dossierId, w.vendor.member.token, 'apcv.1.1', {
      body: 'Elle sera jointe au prochain tour.',
    });
    expect(seen(reply)).toBe('201');
    fromVendor = reply.body;
    expect(fromVendor).toMatchObject({ scenarioCode: APCV, authorSide: 'vendor', authorId: w.vendor.member.id });

    const seenByVendor = await thread(w.vendor.member.token);
    expect(seenByVendor.map((message) => [message.authorSide, message.body])).toEqual([
      ['authority', 'Merci de joindre la procédure signée par le DPO.'],
      ['vendor', 'Elle sera jointe au prochain tour.'],
    ]);
    expect(await thread(w.reviewer.token)).toEqual(seenByVendor);
    expect(await thread(w.lead.token, 'APCV.1.1')).toEqual(seenByVendor);
    // Another scenario has its own thread.
    expect(await thread(w.reviewer.token, 'IEU 1.1')).toEqual([]);
  });

  it('lets the author edit a message: edited, the earlier texts kept, oldest first', async () => {
    const first = await api.edit(dossierId, w.reviewer.token, APCV, fromReviewer.id, {
      body: 'Merci de joindre la procédure signée par le DPO, datée.',
    });
    expect(seen(first)).toBe('200');
    expect(first.body).toMatchObject({
      id: fromReviewer.id,
      createdAt: fromReviewer.createdAt,
      body: 'Merci de joindre la procédure signée par le DPO, datée.',
      edited: true,
      previousBodies: ['Merci de joindre la procédure signée par le DPO.'],
    });
    const second = await api.edit(dossierId, w.reviewer.token, APCV, fromReviewer.id, { body: 'Version finale.' });
    expect(second.body).toMatchObject({
      id: fromReviewer.id,
      body: 'Version finale.',
      edited: true,
      previousBodies: [
        'Merci de joindre la procédure signée par le DPO.',
        'Merci de joindre la procédure signée par le DPO, datée.',
      ],
    });
    expect(new Date(second.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(first.body.updatedAt).getTime());
    const vendorEdit = await api.edit(dossierId, w.vendor.member.token, APCV, fromVendor.id, {
      body: 'Elle est jointe.',
    });
    expect(seen(vendorEdit)).toBe('200');
    // Still two messages, each with its latest text, in their original order.
    expect((await thread()).map((message) => [message.id, message.body, message.edited])).toEqual([
      [fromReviewer.id, 'Version finale.', true],
      [fromVendor.id, 'Elle est jointe.', true],
    ]);
  });

  it('answers 404 COMMENT_NOT_FOUND to anyone else editing a message, and to ids that are no message', async () => {
    const before = await thread();
    const attempts = [
      await api.edit(dossierId, w.vendor.member.token, APCV, fromReviewer.id, { body: 'Piraté.' }),
      await api.edit(dossierId, w.vendor.admin.token, APCV, fromVendor.id, { body: 'Piraté.' }),
      await api.edit(dossierId, w.lead.token, APCV, fromReviewer.id, { body: 'Piraté.' }),
      await api.edit(dossierId, w.reviewer.token, APCV, fromVendor.id, { body: 'Piraté.' }),
      await api.edit(dossierId, w.reviewer.token, 'IEU 1.1', fromReviewer.id, { body: 'Ailleurs.' }),
      await api.edit(dossierId, w.reviewer.token, APCV, randomUUID(), { body: 'Personne.' }),
      await api.edit(dossierId, w.reviewer.token, APCV, 'pas-un-id', { body: 'Personne.' }),
    ];
    expect(attempts.map(seen)).toEqual(Array(attempts.length).fill('404 COMMENT_NOT_FOUND'));
    expect(await thread()).toEqual(before);
  });

  it('refuses an empty, blank, missing or over-long body with 400, and accepts exactly 5,000 characters', async () => {
    const before = await thread();
    const attempts = [
      await api.post(dossierId, w.reviewer.token, APCV, { body: '' }),
      await api.post(dossierId, w.reviewer.token, APCV, { body: '   \n ' }),
      await api.post(dossierId, w.reviewer.token, APCV, {}),
      await api.post(dossierId, w.vendor.member.token, APCV, { body: 'x'.repeat(5001) }),
      await api.edit(dossierId, w.reviewer.token, APCV, fromReviewer.id, { body: '' }),
      await api.edit(dossierId, w.reviewer.token, APCV, fromReviewer.id, { body: 'x'.repeat(5001) }),
    ];
    expect(attempts.map(seen)).toEqual(Array(attempts.length).fill(BAD));
    expect(await thread()).toEqual(before);
    const longest = await api.post(dossierId, w.vendor.member.token, APCV, { body: 'y'.repeat(5000) });
    expect(seen(longest)).toBe('201');
    expect((await thread()).map((message) => message.body.length)).toEqual([...before.map((m) => m.body.length), 5000]);
  });

  it('answers 404 on unknown scenarios and on dossiers the caller does not see', async () => {
    const stranger = await createVendor(w.app);
    const draft = await api.draft(w.vendor.member.token, APCV_ONLY);
    const attempts = [
      await api.post(dossierId, w.reviewer.token, 'ANN 99.9', { body: 'Inconnu.' }),
      await api.comments(dossierId, w.reviewer.token, 'ANN 99.9'),
      await api.post(dossierId, stranger.member.token, APCV, { body: 'Intrus.' }),
      await api.comments(dossierId, stranger.member.token, APCV),
      await api.post(draft, w.reviewer.token, APCV, { body: 'Brouillon.' }),
    ];
    expect(attempts.map(seen)).toEqual([
      '404 SCENARIO_NOT_FOUND',
      '404 SCENARIO_NOT_FOUND',
      NO_DOSSIER,
      NO_DOSSIER,
      NO_DOSSIER,
    ]);
  });

  it('records posts and edits in the audit trail', async () => {
    const actions = (await api.audit(dossierId, w.vendor.member.token)).map((event) => event.action);
    expect(actions.filter((action) => action.startsWith('comment.'))).toEqual([
      'comment.posted',
      'comment.posted',
      'comment.edited',
      'comment.edited',
      'comment.edited',
      'comment.posted',
    ]);
  });

  it('refuses UPDATE and DELETE on the comment, verdict and decision tables: they are append-only', async () => {
    expect(
      seen(await api.verdict(dossierId, w.reviewer.token, APCV, { verdict: 'changes_requested', comment: 'Non.' })),
    ).toBe('200');
    expect(
      seen(await api.decide(dossierId, w.reviewer.token, { decision: 'changes_requested', comment: 'Non.' })),
    ).toBe('200');
    const db = w.app.dataSource;
    const snapshot = async () => ({
      comments: await db.query('SELECT id, body FROM scenario_comment WHERE dossier_id = $1 ORDER BY id', [dossierId]),
      verdicts: await db.query('SELECT id, verdict, comment FROM scenario_verdict WHERE dossier_id = $1', [dossierId]),
      decisions: await db.query('SELECT id, decision FROM review_decision WHERE dossier_id = $1', [dossierId]),
    });
    const before = await snapshot();
    expect([before.comments.length, before.verdicts.length, before.decisions.length]).toEqual([6, 1, 1]);
    const attempts = [
      `UPDATE scenario_comment SET body = 'réécrit' WHERE dossier_id = $1`,
      'DELETE FROM scenario_comment WHERE dossier_id = $1',
      `UPDATE scenario_verdict SET verdict = 'accepted' WHERE dossier_id = $1`,
      'DELETE FROM scenario_verdict WHERE dossier_id = $1',
      `UPDATE review_decision SET decision = 'approved' WHERE dossier_id = $1`,
      'DELETE FROM review_decision WHERE dossier_id = $1',
    ];
    for (const sql of attempts) await expect(db.query(sql, [dossierId])).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(before);
    expect(await api.scenario(dossierId, w.vendor.member.token, APCV)).toMatchObject({ verdict: 'changes_requested' });
  });
});
