import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  PASSWORD,
  adminToken,
  bearer,
  createMember,
  createOrganization,
  createVendor,
  uniqueEmail,
  type Member,
  type Vendor,
} from './support/actors.js';
import { reviewKit, seen } from './support/review-kit.js';
import { createSegurDossier } from './support/segur-kit.js';
import { SmtpSink, type ReceivedMail } from './support/smtp-sink.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'http://preuve.test';

let sink: SmtpSink;
let app: TestApp;
let vendor: Vendor;
let reviewer: Member;
let lead: Member;
let kit: ReturnType<typeof reviewKit>;
let authorityId: string;

const subjectOf = (mail: ReceivedMail): string => mail.parsed.subject ?? '';
const toMe =
  (email: string, subject: string) =>
  (mail: ReceivedMail): boolean =>
    mail.to.includes(email.toLowerCase()) && subjectOf(mail).startsWith(subject);

interface Listed {
  items: { id: string; kind: string; title: string; body: string; readAt: string | null; dossierId: string }[];
  unreadCount: number;
}

async function inbox(token: string): Promise<Listed> {
  return (await app.http().get('/api/v1/me/notifications').set(bearer(token)).expect(200)).body as Listed;
}

/** Accepts every judged scenario of a dossier in review, as `token`. */
async function acceptAll(dossierId: string, token: string): Promise<void> {
  const judged = (await kit.view(dossierId, token)).scenarios.filter(
    (scenario) => scenario.applicable || scenario.declarationRequired,
  );
  for (const scenario of judged) {
    const response = await kit.verdict(dossierId, token, scenario.code, {
      verdict: 'accepted',
      expectedVersion: scenario.version,
    });
    expect(seen(response)).toBe('200');
  }
}

beforeAll(async () => {
  sink = await SmtpSink.start();
  app = await startTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Preuve <preuve@ans.test>', PUBLIC_URL });
  kit = reviewKit(app);
  vendor = await createVendor(app, 'Télésuivi Éditions');
  authorityId = (await createOrganization(app, 'ANS (notifications)', 'authority')).id;
  reviewer = await createMember(app, authorityId, 'reviewer');
  lead = await createMember(app, authorityId, 'review_lead');
}, 120_000);

afterAll(async () => {
  await app?.close();
  await sink?.close();
}, 60_000);

describe('notifications by e-mail (a real SMTP server) and in the app', () => {
  let dossierId: string;

  it('tells every reviewer that a dossier arrived in the queue, in French HTML and text', async () => {
    dossierId = (await kit.submitted(vendor.member.token)).id;
    const mail = await sink.waitFor(toMe(reviewer.email, 'Nouveau dossier à instruire'));
    expect(subjectOf(mail)).toBe('Nouveau dossier à instruire : CardioSuivi 3.2.0');
    expect(mail.parsed.from?.value[0]).toMatchObject({ address: 'preuve@ans.test', name: 'Preuve' });
    expect(mail.parsed.to).toMatchObject({ value: [{ address: reviewer.email, name: 'reviewer test' }] });
    expect(mail.parsed.text).toContain('Télésuivi Éditions a soumis le dossier de CardioSuivi 3.2.0');
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/review/dossiers/${dossierId}`);
    expect(mail.parsed.html).toContain(`<a href="${PUBLIC_URL}/review/dossiers/${dossierId}">Ouvrir le dossier</a>`);
    expect(mail.parsed.html).toContain('lang="fr"');
    await sink.waitFor(toMe(lead.email, 'Nouveau dossier à instruire'));
    const listed = await inbox(reviewer.token);
    expect(listed.unreadCount).toBe(1);
    expect(listed.items[0]).toMatchObject({ kind: 'dossier_queued', dossierId, readAt: null });
    // The vendor is not told about its own submission.
    expect((await inbox(vendor.member.token)).items).toEqual([]);
  });

  it('sends the vendor the change request with the reviewer’s comments', async () => {
    expect(seen(await kit.start(dossierId, reviewer.token))).toBe('200');
    const judged = (await kit.view(dossierId, reviewer.token)).scenarios.filter(
      (scenario) => scenario.applicable || scenario.declarationRequired,
    );
    const reopened = judged[0].code;
    for (const scenario of judged) {
      const response = await kit.verdict(dossierId, reviewer.token, scenario.code, {
        verdict: scenario.code === reopened ? 'changes_requested' : 'accepted',
        ...(scenario.code === reopened ? { comment: 'La capture ne montre pas le numéro INS.' } : {}),
        expectedVersion: scenario.version,
      });
      expect(seen(response)).toBe('200');
    }
    const decision = await kit.decide(dossierId, reviewer.token, {
      decision: 'changes_requested',
      comment: 'Une capture est à refaire.',
    });
    expect(seen(decision)).toBe('200');
    for (const email of [vendor.member.email, vendor.admin.email]) {
      const mail = await sink.waitFor(toMe(email, 'Compléments demandés'));
      expect(mail.parsed.text).toContain('Une capture est à refaire.');
      expect(mail.parsed.text).toContain(
        `${reopened} — modification demandée : La capture ne montre pas le numéro INS.`,
      );
      expect(mail.parsed.html).toContain('La capture ne montre pas le numéro INS.');
    }
    const listed = await inbox(vendor.member.token);
    expect(listed.items.map((item) => item.kind)).toEqual(['changes_requested']);
  });

  it('follows each user’s preferences: e-mail off keeps it in the app, both off writes nothing', async () => {
    const saved = await app
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(bearer(vendor.admin.token))
      .send({ preferences: [{ kind: 'decision', email: false, inApp: true }] })
      .expect(200);
    expect(saved.body).toContainEqual({ kind: 'decision', email: false, inApp: true });
    expect(saved.body).toContainEqual({ kind: 'digest', email: true, inApp: true });
    await app
      .http()
      .put('/api/v1/me/notification-preferences')
      .set(bearer(vendor.member.token))
      .send({ preferences: [{ kind: 'decision', email: true, inApp: false }] })
      .expect(200);

    const approvedId = (await kit.submitted(vendor.member.token)).id;
    expect(seen(await kit.start(approvedId, lead.token))).toBe('200');
    await acceptAll(approvedId, lead.token);
    expect(seen(await kit.decide(approvedId, lead.token, { decision: 'approved', comment: 'Conforme.' }))).toBe('200');

    const mail = await sink.waitFor(toMe(vendor.member.email, 'Conformité accordée'));
    expect(mail.parsed.text).toContain('Motif :\nConforme.');
    expect((await inbox(vendor.member.token)).items.map((item) => item.kind)).toEqual(['changes_requested']);
    const adminInbox = await inbox(vendor.admin.token);
    expect(adminInbox.items[0]).toMatchObject({ kind: 'decision', title: 'Conformité accordée : CardioSuivi 3.2.0' });
    const adminRows: { email_status: string }[] = await app.dataSource.query(
      `SELECT email_status FROM notification WHERE user_id = $1 AND kind = 'decision'`,
      [vendor.admin.id],
    );
    expect(adminRows).toEqual([{ email_status: 'skipped' }]);
    expect(sink.to(vendor.admin.email).filter((item) => subjectOf(item).startsWith('Conformité'))).toEqual([]);
  });

  it('writes nothing for a change that was refused (the outbox commits with the change)', async () => {
    const before: { count: string }[] = await app.dataSource.query(`SELECT count(*) FROM notification`);
    const refused = await kit.decide(dossierId, reviewer.token, { decision: 'approved' });
    expect(refused.status).toBe(403);
    const after: { count: string }[] = await app.dataSource.query(`SELECT count(*) FROM notification`);
    expect(after).toEqual(before);
  });

  it('counts unread notifications and marks them read, only one’s own', async () => {
    const listed = await inbox(lead.token);
    expect(listed.unreadCount).toBe(listed.items.length);
    expect(listed.unreadCount).toBeGreaterThanOrEqual(2);
    // Someone else's id changes nothing.
    const others = await inbox(reviewer.token);
    await app
      .http()
      .post('/api/v1/me/notifications/read')
      .set(bearer(lead.token))
      .send({ ids: [others.items[0].id] })
      .expect(204);
    expect((await inbox(reviewer.token)).unreadCount).toBe(others.unreadCount);
    await app
      .http()
      .post('/api/v1/me/notifications/read')
      .set(bearer(lead.token))
      .send({ ids: [listed.items[0].id] })
      .expect(204);
    const count = await app.http().get('/api/v1/me/notifications/unread-count').set(bearer(lead.token)).expect(200);
    expect(count.body).toEqual({ unreadCount: listed.unreadCount - 1 });
    await app.http().post('/api/v1/me/notifications/read').set(bearer(lead.token)).send({}).expect(204);
    expect((await inbox(lead.token)).unreadCount).toBe(0);
    const unreadOnly = await app.http().get('/api/v1/me/notifications?unread=true').set(bearer(lead.token)).expect(200);
    expect(unreadOnly.body.items).toEqual([]);
  });

  it('sends reviewers one daily digest of what arrived and what is overdue, never twice a day', async () => {
    // A dossier that has waited 40 days (its submission moved back in time).
    const old = (await kit.submitted(vendor.member.token)).id;
    await kit.submitted(vendor.member.token);
    await app.dataSource.query(`UPDATE dossier SET last_submitted_at = now() - interval '40 days' WHERE id = $1`, [
      old,
    ]);
    const admin = bearer(await adminToken(app));
    const first = await app.http().post('/api/v1/notifications/run').set(admin).expect(200);
    expect(first.body).toEqual({ digests: 2, reminders: 0 });
    const again = await app.http().post('/api/v1/notifications/run').set(admin).expect(200);
    expect(again.body).toEqual({ digests: 0, reminders: 0 });
    const mail = await sink.waitFor(toMe(reviewer.email, 'Synthèse du'));
    expect(subjectOf(mail)).toMatch(/^Synthèse du \d{4}-\d{2}-\d{2} : 1 arrivé\(s\), 1 en retard$/);
    expect(mail.parsed.text).toContain('en attente depuis 40 jours');
    expect(mail.parsed.text).toContain('Dossiers arrivés dans la file depuis hier :');
    expect(sink.to(reviewer.email).filter((item) => subjectOf(item).startsWith('Synthèse'))).toHaveLength(1);
  });

  it('sends each e-mail once: one message per notification, and one notification per user and event', async () => {
    const ids = sink.received.map((mail) => mail.parsed.headers.get('x-preuve-notification') as string);
    expect(new Set(ids).size).toBe(ids.length);
    const sent: { id: string }[] = await app.dataSource.query(
      `SELECT id FROM notification WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(sent).toHaveLength(ids.length);
    const keys: { duplicates: string }[] = await app.dataSource.query(
      `SELECT count(*) - count(DISTINCT (user_id, event_key)) AS duplicates FROM notification`,
    );
    expect(keys).toEqual([{ duplicates: '0' }]);
  });
});

describe('deadline reminders (Ségur milestones)', () => {
  it('reminds the vendor 7 days and then 1 day before a deadline, each once', async () => {
    const { dossierId, referentialId } = await createSegurDossier(app, vendor.member.token);
    const setDue = (hoursAhead: number) =>
      app
        .http()
        .put(`/api/v1/referentials/${referentialId}/milestones`)
        .set(bearer(lead.token))
        .send([
          {
            key: 'application_end',
            label: 'Fin de la période de dépôt des candidatures',
            dueAt: new Date(Date.now() + hoursAhead * 3_600_000).toISOString(),
          },
        ])
        .expect(200);
    const run = async () =>
      (
        await app
          .http()
          .post('/api/v1/notifications/run')
          .set(bearer(await adminToken(app)))
          .expect(200)
      ).body as {
        reminders: number;
      };
    await setDue(24 * 20);
    expect((await run()).reminders).toBe(0);
    await setDue(24 * 5);
    expect((await run()).reminders).toBe(2); // the vendor's two users
    expect((await run()).reminders).toBe(0);
    const week = await sink.waitFor(toMe(vendor.member.email, 'Échéance dans 7 jours'));
    expect(week.parsed.text).toContain('L’échéance « Fin de la période de dépôt des candidatures »');
    expect(week.parsed.text).toContain(`${PUBLIC_URL}/dossiers/${dossierId}`);
    await setDue(20);
    expect((await run()).reminders).toBe(2);
    await sink.waitFor(toMe(vendor.member.email, 'Échéance demain'));
  });
});

describe('header injection through a display name', () => {
  it('refuses a display name with CR/LF when the account is created', async () => {
    const email = uniqueEmail('injection');
    const response = await app
      .http()
      .post(`/api/v1/organizations/${authorityId}/users`)
      .set(bearer(await adminToken(app)))
      .send({ email, password: PASSWORD, displayName: 'Eve\r\nBcc: victime@evil.example', role: 'reviewer' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(await app.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toHaveLength(0);
  });

  it('sends nothing to an account whose stored name carries a line break (refused at sending)', async () => {
    const tainted = await createMember(app, authorityId, 'reviewer', 'tainted');
    await app.dataSource.query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [
      tainted.id,
      'Eve\r\nBcc: victime@evil.example',
    ]);
    const dossierId = (await kit.submitted(vendor.member.token)).id;
    // The others of the same event get theirs (same claim as the tainted one).
    await sink.waitFor(
      (mail) => mail.to.includes(reviewer.email.toLowerCase()) && (mail.parsed.text ?? '').includes(dossierId),
    );
    await sink.waitFor(
      (mail) => mail.to.includes(lead.email.toLowerCase()) && (mail.parsed.text ?? '').includes(dossierId),
    );
    const rows: { email_status: string; email_error: string }[] = await app.dataSource.query(
      `SELECT email_status, email_error FROM notification WHERE user_id = $1`,
      [tainted.id],
    );
    expect(rows).toEqual([{ email_status: 'refused', email_error: expect.stringContaining('line break') }]);
    expect(sink.to(tainted.email)).toEqual([]);
    expect(
      sink.received.filter((mail) => mail.to.includes('victime@evil.example') || mail.raw.includes('victime')),
    ).toEqual([]);
    // Still in the app.
    expect((await inbox(tainted.token)).items.map((item) => item.dossierId)).toEqual([dossierId]);
  });
});
