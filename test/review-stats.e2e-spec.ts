import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  bearer,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Member,
  type Vendor,
} from './support/actors.js';
import { reviewKit, seen, SMALL } from './support/review-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * What the reviewer dashboard reads besides the queue: each queue item's progress, one dossier as
 * the queue shows it (GET /review/dossiers/{id}) and the figures (GET /review/stats).
 */

interface QueueItem {
  id: string;
  vendor: { id: string; name: string };
}

describe('the reviewer dashboard API: progress, dossier summary, statistics', () => {
  let app: TestApp;
  let vendor: Vendor;
  let reviewer: Member;
  let dossierId: string;
  let waitingId: string;
  const kit = () => reviewKit(app);
  const get = (path: string, token: string) => app.http().get(`/api/v1${path}`).set(bearer(token));

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app, 'Éditeur Statistiques');
    const authority = await createOrganization(app, `Autorité ${randomUUID().slice(0, 6)}`, 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    dossierId = (await kit().submitted(vendor.member.token, SMALL)).id;
    waitingId = (await kit().submitted(vendor.member.token)).id;
  }, 60_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function progressOf(...ids: string[]): Promise<unknown> {
    return (await get(`/review/progress?ids=${ids.join(',')}`, reviewer.token).expect(200)).body;
  }

  async function queueItem(id: string): Promise<QueueItem> {
    const page = await get('/review/queue?limit=100', reviewer.token).expect(200);
    return (page.body.items as QueueItem[]).find((item) => item.id === id)!;
  }

  it('gives the progress of the dossiers on screen: accepted scenarios of those to judge (declarations included)', async () => {
    expect(await progressOf(dossierId)).toEqual([{ dossierId, applicable: 13, accepted: 0 }]);
    for (const code of ['IEU 1.1', 'INS 46.1']) {
      const scenario = await kit().scenario(dossierId, reviewer.token, code);
      const response = await kit().verdict(dossierId, reviewer.token, code, {
        verdict: 'accepted',
        expectedVersion: scenario.version,
      });
      expect(seen(response)).toBe('200');
    }
    expect(
      seen(
        await kit().verdict(dossierId, reviewer.token, 'IEU 3.1', {
          verdict: 'changes_requested',
          comment: 'À refaire.',
        }),
      ),
    ).toBe('200');
    const both = (await progressOf(dossierId, waitingId, randomUUID())) as { dossierId: string }[];
    expect(both.sort((a, b) => (a.dossierId === dossierId ? -1 : b.dossierId === dossierId ? 1 : 0))).toEqual([
      { dossierId, applicable: 13, accepted: 2 },
      { dossierId: waitingId, applicable: 1, accepted: 0 },
    ]);
    expect(seen(await get(`/review/progress?ids=${dossierId}`, vendor.member.token))).toBe('403 FORBIDDEN');
    expect(seen(await get('/review/progress?ids=abc', reviewer.token))).toBe('400 VALIDATION_FAILED');
  });

  it('answers one dossier as the queue shows it, with its progress, to the authority only', async () => {
    const summary = await get(`/review/dossiers/${dossierId}`, reviewer.token).expect(200);
    const { waitingSeconds: _inQueue, ...expected } = (await queueItem(dossierId)) as QueueItem & {
      waitingSeconds: number;
    };
    expect(summary.body).toMatchObject({ ...expected, progress: { applicable: 13, accepted: 2 } });
    expect(summary.body.vendor).toEqual({ id: vendor.organization.id, name: 'Éditeur Statistiques' });
    expect(seen(await get(`/review/dossiers/${dossierId}`, vendor.member.token))).toBe('403 FORBIDDEN');
    expect(seen(await get(`/review/dossiers/${randomUUID()}`, reviewer.token))).toBe('404 DOSSIER_NOT_FOUND');
    expect(seen(await get('/review/dossiers/not-an-id', reviewer.token))).toBe('404 DOSSIER_NOT_FOUND');
  });

  it('counts dossiers by status, the median time in review and in the queue, and progress by family', async () => {
    expect(
      seen(await kit().decide(dossierId, reviewer.token, { decision: 'changes_requested', comment: 'Voir IEU 3.1.' })),
    ).toBe('200');
    const stats = await get('/review/stats', reviewer.token).expect(200);
    expect(stats.body).toMatchObject({
      byStatus: expect.arrayContaining([
        { status: 'changes_requested', count: 1 },
        { status: 'submitted', count: 1 },
      ]),
      timeInReview: { medianSeconds: expect.any(Number), count: 1 },
      waiting: { medianSeconds: expect.any(Number), count: 1 },
    });
    expect(stats.body.byStatus).toHaveLength(2);
    expect(stats.body.byFamily).toEqual([
      { family: 'ApCV', total: 1, judged: 0, accepted: 0 },
      { family: 'IEU', total: 11, judged: 2, accepted: 1 },
      { family: 'INS', total: 2, judged: 1, accepted: 1 },
    ]);
    expect(seen(await get('/review/stats', vendor.member.token))).toBe('403 FORBIDDEN');
  });

  it('lists the vendors whose dossiers are under review, by name, for the queue filter; never one with drafts only', async () => {
    const other = await createVendor(app, 'Autre Éditeur');
    await createDossier(app, other.member.token); // a draft: the authority does not see it
    const before = await get('/review/vendors', reviewer.token).expect(200);
    expect(before.body).toEqual([{ id: vendor.organization.id, name: 'Éditeur Statistiques', submittedDossiers: 2 }]);

    await kit().submitted(other.member.token, SMALL);
    const after = await get('/review/vendors', reviewer.token).expect(200);
    expect(after.body).toEqual([
      { id: other.organization.id, name: 'Autre Éditeur', submittedDossiers: 1 },
      { id: vendor.organization.id, name: 'Éditeur Statistiques', submittedDossiers: 2 },
    ]);
    // Each one filters the queue to its own dossiers.
    const filtered = await get(`/review/queue?vendorId=${other.organization.id}`, reviewer.token).expect(200);
    expect((filtered.body.items as QueueItem[]).map((item) => item.vendor.name)).toEqual(['Autre Éditeur']);
    expect(seen(await get('/review/vendors', vendor.member.token))).toBe('403 FORBIDDEN');
  });
});
