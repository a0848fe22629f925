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
import { reviewKit, SMALL } from './support/review-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * The dossier list and the reviewer queue are polled: identical requests at the same time share
 * one read (each answered by a read begun after it arrived), pages are kept between requests while
 * their list stamp stays, pages carry an ETag, and a valid query string is validated once. None of
 * that may show: a write is seen by the next read, wherever it was made (this app, another instance,
 * an operator's SQL), a vendor sees only its own dossiers however its reads interleave with
 * another's, a bad query is refused every time.
 */

interface Page {
  items: { id: string; organizationId?: string; vendor?: { id: string } }[];
  nextCursor: string | null;
}

describe('lists read at the same time', () => {
  let app: TestApp;
  let first: Vendor;
  let second: Vendor;
  let reviewer: Member;
  const get = (path: string, token: string) => app.http().get(`/api/v1${path}`).set(bearer(token));
  const page = async (path: string, token: string): Promise<Page> => (await get(path, token).expect(200)).body as Page;
  /** `count` identical requests sent at once, none awaited before the last is sent. */
  const together = (count: number, path: string, token: string) =>
    Promise.all(Array.from({ length: count }, () => page(path, token)));

  beforeAll(async () => {
    app = await startTestApp();
    first = await createVendor(app, 'Éditeur Lectures A');
    second = await createVendor(app, 'Éditeur Lectures B');
    await createDossier(app, first.member.token);
    await createDossier(app, second.member.token);
    const authority = await createOrganization(app, `Autorité ${randomUUID().slice(0, 6)}`, 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  it('shows a new dossier to the next list read, while identical lists are being read', async () => {
    const before = together(12, '/dossiers?limit=100', first.member.token);
    const { dossierId } = await createDossier(app, first.member.token);
    const after = await page('/dossiers?limit=100', first.member.token);
    expect(after.items.map((item) => item.id)).toContain(dossierId);
    // The reads sent before the write answered too, each with a whole page of the vendor's own dossiers.
    for (const answer of await before) expect(answer.items.length).toBeGreaterThanOrEqual(1);
  });

  it('shows the next list read a change made around this app (another instance, SQL): a kept page is not served', async () => {
    const { dossierId } = await createDossier(app, first.member.token);
    const listed = async () =>
      (await page('/dossiers?limit=100', first.member.token)).items.find((item) => item.id === dossierId) as
        { productName: string; productVersion: string; status: string } | undefined;
    // Read twice: the second answer is the kept page.
    expect((await listed())?.productName).toBeDefined();
    expect((await listed())?.productName).not.toBe('Renommé par SQL');
    const [{ product_id: productId }] = await app.dataSource.query<{ product_id: string }[]>(
      'SELECT product_id FROM dossier WHERE id = $1',
      [dossierId],
    );
    await app.dataSource.query(`UPDATE product SET name = 'Renommé par SQL' WHERE id = $1`, [productId]);
    expect((await listed())?.productName).toBe('Renommé par SQL');
    await app.dataSource.query(`UPDATE dossier SET product_version = '10.0.0' WHERE id = $1`, [dossierId]);
    expect((await listed())?.productVersion).toBe('10.0.0');
    // The other vendor's kept pages did not move with it, and still hold only its dossiers.
    const theirs = await page('/dossiers?limit=100', second.member.token);
    expect(theirs.items.map((item) => item.organizationId)).not.toContain(first.organization.id);
  });

  it('keeps each vendor to its own dossiers when their identical lists are read at the same time', async () => {
    const [mine, theirs] = await Promise.all([
      together(10, '/dossiers?limit=100', first.member.token),
      together(10, '/dossiers?limit=100', second.member.token),
    ]);
    const organizations = (pages: Page[]) =>
      new Set(pages.flatMap((answer) => answer.items.map((i) => i.organizationId)));
    expect([...organizations(mine)]).toEqual([first.organization.id]);
    expect([...organizations(theirs)]).toEqual([second.organization.id]);
  });

  it('answers a list with its ETag, 304 while nothing moved, a new ETag once a dossier is added', async () => {
    const opened = await get('/dossiers?limit=20', first.member.token).set('Accept-Encoding', 'gzip').expect(200);
    expect(opened.headers['content-encoding']).toBe('gzip');
    expect(opened.headers['cache-control']).toBe('private, no-cache');
    const etag: string = opened.headers.etag;
    expect(etag).toMatch(/^".+"$/);
    await get('/dossiers?limit=20', first.member.token).set('If-None-Match', etag).expect(304);
    // Another vendor holding that ETag gets its own page, not a 304 for a page it never saw.
    await get('/dossiers?limit=20', second.member.token).set('If-None-Match', etag).expect(200);
    await createDossier(app, first.member.token);
    const moved = await get('/dossiers?limit=20', first.member.token).set('If-None-Match', etag).expect(200);
    expect(moved.headers.etag).not.toBe(etag);
  });

  it('refuses a bad query string every time, also after the same list was read with a good one', async () => {
    for (let round = 0; round < 2; round += 1) {
      expect((await page('/dossiers?limit=1', first.member.token)).items).toHaveLength(1);
      const wrong = await get('/dossiers?limit=abc', first.member.token).expect(400);
      expect(wrong.body.code).toBe('VALIDATION_FAILED');
      const unknown = await get('/dossiers?limit=1&colour=red', first.member.token).expect(400);
      expect(unknown.body.code).toBe('VALIDATION_FAILED');
      expect((await get('/dossiers?status=lost', first.member.token).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('shows a dossier submitted meanwhile to the next queue read, to the authority only', async () => {
    const before = together(12, '/review/queue?limit=100', reviewer.token);
    const { id } = await reviewKit(app).submitted(first.member.token, SMALL);
    const after = await get('/review/queue?limit=100', reviewer.token).expect(200);
    expect((after.body as Page).items.map((item) => item.id)).toContain(id);
    for (const answer of await before) expect(Array.isArray(answer.items)).toBe(true);
    // Waiting times move every second, and so does the queue's ETag: it is there, a 304 is not promised.
    expect(after.headers.etag).toMatch(/^".+"$/);
    // A vendor renamed around the app shows under its new name at the next queue read.
    await app.dataSource.query(`UPDATE organization SET name = 'Éditeur renommé par SQL' WHERE id = $1`, [
      first.organization.id,
    ]);
    const renamed = (await get('/review/queue?limit=100', reviewer.token).expect(200)).body as {
      items: { id: string; vendor: { name: string } }[];
    };
    expect(renamed.items.find((item) => item.id === id)?.vendor.name).toBe('Éditeur renommé par SQL');
    // A vendor's token never reads the queue, shared or not.
    expect((await get('/review/queue?limit=100', first.member.token).expect(403)).body.code).toBe('FORBIDDEN');
  });
});
