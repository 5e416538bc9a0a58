import { generateKeyPairSync } from 'node:crypto';
import pg from 'pg';
import { Logger } from '@nestjs/common';
import { normalizeEmail } from '../../src/common/email.js';
import { AppConfig } from '../../src/config/config.js';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { PiiCipherService } from '../../src/infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { MailService } from '../../src/modules/mail/mail.service.js';
import { HandoverGate, LostClaimError } from '../../src/modules/mail/handover-gate.js';
import { MailWebhookService } from '../../src/modules/mail/mail-webhook.service.js';
import { html, layout } from '../../src/modules/mail/templates/html.js';
import {
  type CampaignUpdateData,
  campaignUpdateTemplate,
} from '../../src/modules/mail/templates/campaign-update.template.js';
import type { MailTemplate, OutgoingMail } from '../../src/modules/mail/mail.types.js';
import { waitUntil } from '../support/wait.js';
import { startApp, type TestApp } from '../support/app.js';
import {
  createCampaign,
  createOrganizer,
  createSupporters,
  type OrganizerFixture,
  unique,
} from '../support/factories.js';
import { enqueueUpdate, rawHeader } from '../support/mail.js';

interface NoteData {
  text?: string;
  n?: number;
  explode?: boolean;
}

/** A template of this test's own, registered at start. */
const noteTemplate: MailTemplate<NoteData> = {
  name: 'test.note',
  category: 'transactional',
  render: ({ locale, data }) => {
    if (data.explode) throw new Error('template exploded');
    return {
      subject: `Note ${String(data.n ?? '')}`,
      html: layout({ locale, title: 'Note', body: html`<p>${String(data.text ?? '')}</p>` }),
      text: String(data.text ?? ''),
    };
  },
};

describe('mail outbox and sender', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let mail: MailService;
  let org: OrganizerFixture;
  let campaign: { id: string; slug: string };

  const note = (
    key: string,
    to: { supporterId: string } | { address: string },
    data: NoteData = {},
    extra: Partial<OutgoingMail<NoteData>> = {},
  ): OutgoingMail<NoteData> => ({
    key,
    template: noteTemplate,
    campaignId: campaign.id,
    category: 'transactional' as const,
    to,
    data,
    ...extra,
  });
  const update = (
    key: string,
    supporterId: string,
    data: CampaignUpdateData = { subject: 'News', body: 'Body' },
    extra: Partial<OutgoingMail<CampaignUpdateData>> = {},
  ): OutgoingMail<CampaignUpdateData> => ({
    key,
    template: campaignUpdateTemplate,
    campaignId: campaign.id,
    category: 'campaign' as const,
    to: { supporterId },
    data,
    ...extra,
  });
  const finalState = (id: string, states = ['sent', 'failed', 'suppressed', 'cancelled']) =>
    waitUntil(
      async () => {
        const r = await prisma.mailMessage.findUnique({ where: { id } });
        return r && states.includes(r.state) ? r : null;
      },
      { what: `message ${id} to finish` },
    );

  beforeAll(async () => {
    t = await startApp({ env: { MAIL_RETRY_BASE_MS: '100', MAIL_RATE_PER_SECOND: '1000' } });
    prisma = t.app.get(PrismaService);
    mail = t.app.get(MailService);
    mail.registerTemplate(noteTemplate);
    org = await createOrganizer(t);
    campaign = await createCampaign(t, org.token, { name: 'Clean Air Now' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.smtp.clear());

  it('should deliver a message recorded in a committed transaction once, with a Message-ID on our domain', async () => {
    const [s] = await createSupporters(t, campaign.id, 1);
    const { id } = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(unique('note'), { supporterId: s.id }, { text: 'hello' })),
    );
    const row = await finalState(id);
    expect(row.state).toBe('sent');
    expect(row.smtpMessageId).toBe(`<${id}@groundswell.localhost>`);
    expect(row.smtpResponse).toMatch(/^250/);
    expect(t.smtp.to(s.email)).toHaveLength(1);
    expect(t.smtp.to(s.email)[0].header('message-id')).toBe(row.smtpMessageId);
  });

  it('should mark each held message handed over once, and refuse one whose attempt was taken back', async () => {
    const supporters = await createSupporters(t, campaign.id, 40);
    // Due in an hour, so the worker leaves them alone; then claimed as a sender would (attempt 1).
    const ids = await prisma.$transaction((tx) =>
      Promise.all(
        supporters.map(
          async (s) =>
            (
              await mail.enqueue(
                tx,
                note(unique('held'), { supporterId: s.id }, {}, { sendAt: new Date(Date.now() + 3_600_000) }),
              )
            ).id,
        ),
      ),
    );
    await prisma.$executeRaw`UPDATE mail_messages SET state = 'sending', attempts = 1, claimed_at = now() WHERE id = ANY(${ids}::uuid[])`;
    const pool = new pg.Pool({ connectionString: t.app.get(AppConfig).get('DATABASE_URL'), max: 3 });
    try {
      const gate = new HandoverGate(pool, new Logger('test'), 2);
      // The first one's attempt is stale: the sweeper took it back and a new attempt owns it.
      const outcomes = await Promise.all(
        ids.map((id, i) => new Promise<Error | undefined>((done) => gate.enter(id, i === 0 ? 0 : 1, done))),
      );
      expect(outcomes[0]).toBeInstanceOf(LostClaimError);
      expect(outcomes.slice(1).filter((e) => e !== undefined)).toEqual([]);
      const { rows } = await pool.query<{ id: string }>(
        `SELECT id FROM mail_messages WHERE id = ANY($1::uuid[]) AND handed_over_at IS NOT NULL`,
        [ids],
      );
      expect(rows.map((r) => r.id).sort()).toEqual(ids.slice(1).sort());
      // Committed, not left in an open transaction: another connection sees every mark.
      expect(await prisma.mailMessage.count({ where: { id: { in: ids }, handedOverAt: { not: null } } })).toBe(
        ids.length - 1,
      );
    } finally {
      await prisma.$executeRaw`UPDATE mail_messages SET state = 'cancelled' WHERE id = ANY(${ids}::uuid[])`;
      await pool.end();
    }
  });

  it('should record no message when the business transaction rolls back', async () => {
    const [s] = await createSupporters(t, campaign.id, 1);
    const key = unique('rolled-back');
    await expect(
      prisma.$transaction(async (tx) => {
        await mail.enqueue(tx, note(key, { supporterId: s.id }, { text: 'never' }));
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    // A later committed message goes out; the rolled-back one never existed.
    const { id } = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(unique('after'), { supporterId: s.id }, { text: 'later' })),
    );
    await finalState(id);
    expect(await prisma.mailMessage.count({ where: { key } })).toBe(0);
    expect(t.smtp.to(s.email).map((m) => m.parsed.text?.trim())).toEqual(['later']);
  });

  it('should keep one message when the same key is enqueued twice or its job is duplicated', async () => {
    const [s] = await createSupporters(t, campaign.id, 1);
    const key = unique('dup');
    const first = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(key, { supporterId: s.id }, { text: 'once' })),
    );
    const second = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(key, { supporterId: s.id }, { text: 'twice' })),
    );
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    await finalState(first.id);

    // Duplicated send jobs for the same message (another job id, as a bug or a replay would make).
    const queues = t.app.get(QueueService);
    await queues.add('mail.send', { id: first.id }, { jobId: `dup-a-${first.id}` });
    await queues.add('mail.send', { id: first.id }, { jobId: `dup-b-${first.id}` });
    await waitUntil(
      async () =>
        (await queues.queue('mail').getJob(`dup-b-${first.id}`)) === undefined ||
        (await (await queues.queue('mail').getJob(`dup-b-${first.id}`))!.isCompleted()),
      { what: 'the duplicate send job to finish' },
    );
    // Something sent after the duplicates is delivered, so they have been processed by then.
    const marker = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(unique('marker'), { supporterId: s.id }, { text: 'marker' })),
    );
    await finalState(marker.id);
    expect(
      t.smtp
        .to(s.email)
        .map((m) => m.parsed.text?.trim())
        .sort(),
    ).toEqual(['marker', 'once']);
    expect(await prisma.mailMessage.count({ where: { key } })).toBe(1);
  });

  it('should create each key once and erase secret variables after sending when messages are enqueued in bulk', async () => {
    const supporters = await createSupporters(t, campaign.id, 3);
    const batch = supporters.map((s, i) => ({
      ...note(unique(`bulk-${i}`), { supporterId: s.id }, { text: `bulk ${i}` }),
      secrets: { code: `secret-${i}` },
    }));
    expect(await prisma.$transaction((tx) => mail.enqueueMany(tx, batch))).toBe(3);
    expect(await prisma.$transaction((tx) => mail.enqueueMany(tx, batch))).toBe(0);
    const rows = await prisma.mailMessage.findMany({ where: { key: { in: batch.map((b) => b.key) } } });
    expect(rows.every((r) => r.secretData && !r.secretData.includes('secret-'))).toBe(true);
    for (const r of rows) expect((await finalState(r.id)).secretData).toBeNull();
    for (const s of supporters) expect(t.smtp.to(s.email)).toHaveLength(1);
  });

  it('should suppress campaign mail at send time when the supporter unsubscribed after it was queued', async () => {
    const [s] = await createSupporters(t, campaign.id, 1);
    // Queued for later (an hour: no machine is slow enough to reach it by accident), made due below.
    const { id } = await prisma.$transaction((tx) =>
      mail.enqueue(tx, update(unique('later'), s.id, undefined, { sendAt: new Date(Date.now() + 3_600_000) })),
    );
    const queued = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(queued.state).toBe('queued');
    // The supporter unsubscribes through the one-click link of an earlier message.
    const { id: firstId } = await prisma.$transaction((tx) => mail.enqueue(tx, update(unique('first'), s.id)));
    await finalState(firstId);
    const url = /<(https?:[^>]+)>/.exec(rawHeader(t.smtp.to(s.email)[0].raw, 'List-Unsubscribe')!)![1];
    const path = url.slice(url.indexOf('/public/'));
    const oneClick = await t.http.request('POST', path, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(oneClick.status).toBe(200);
    expect((await t.http.request('POST', path, { form: { 'List-Unsubscribe': 'One-Click' } })).status).toBe(200);

    // Its time comes after the unsubscribe: the relay's sweep picks it up and the sender must suppress it.
    await prisma.mailMessage.update({ where: { id }, data: { sendAt: new Date() } });
    const row = await finalState(id);
    expect(row).toMatchObject({ state: 'suppressed', reason: 'unsubscribed' });
    expect(t.smtp.to(s.email)).toHaveLength(1);
  });

  it('should render en and ar templates with Arabic right-to-left and user content escaped', async () => {
    const [en] = await createSupporters(t, campaign.id, 1, { locale: 'en', firstName: '<b>Bo</b>' });
    const [ar] = await createSupporters(t, campaign.id, 1, { locale: 'ar', firstName: 'ليلى' });
    const data = {
      subject: { en: 'Vote <today>', ar: 'صوّتوا اليوم' },
      body: { en: 'Bring <script>alert(1)</script> friends', ar: 'أحضروا أصدقاءكم' },
    };
    const a = await prisma.$transaction((tx) => mail.enqueue(tx, update(unique('en'), en.id, data)));
    const b = await prisma.$transaction((tx) => mail.enqueue(tx, update(unique('ar'), ar.id, data)));
    await finalState(a.id);
    await finalState(b.id);
    const enMsg = t.smtp.to(en.email)[0];
    const arMsg = t.smtp.to(ar.email)[0];
    expect(enMsg.parsed.subject).toBe('Vote <today>');
    expect(enMsg.parsed.html).toContain('Bring &lt;script&gt;alert(1)&lt;/script&gt; friends');
    expect(enMsg.parsed.html).toContain('Hi &lt;b&gt;Bo&lt;/b&gt;,');
    expect(enMsg.parsed.html).not.toMatch(/<script|<b>Bo/);
    expect(enMsg.parsed.html).toContain('<html lang="en" dir="ltr">');
    expect(arMsg.parsed.subject).toBe('صوّتوا اليوم');
    expect(arMsg.parsed.html).toContain('<html lang="ar" dir="rtl">');
    expect(arMsg.parsed.html).toContain('مرحباً ليلى،');
    expect(arMsg.parsed.text).toContain('إلغاء الاشتراك');
  });

  it('should add List-Unsubscribe headers to campaign mail only', async () => {
    const [s] = await createSupporters(t, campaign.id, 1);
    const c = await prisma.$transaction((tx) => mail.enqueue(tx, update(unique('camp'), s.id)));
    const n = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(unique('tx'), { supporterId: s.id }, { text: 'transactional' })),
    );
    await finalState(c.id);
    await finalState(n.id);
    const [campaignMsg] = t.smtp.to(s.email).filter((m) => m.parsed.subject === 'News');
    const [txMsg] = t.smtp.to(s.email).filter((m) => m.parsed.subject?.startsWith('Note'));
    expect(rawHeader(campaignMsg.raw, 'List-Unsubscribe')).toMatch(
      /^<https?:\/\/\S+\/public\/unsubscribe\?token=\S+>, <mailto:unsubscribe@groundswell\.localhost\?subject=unsubscribe%20\S+>$/,
    );
    expect(rawHeader(campaignMsg.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(rawHeader(campaignMsg.raw, 'List-Id')).toContain(`${campaign.slug}.groundswell.localhost`);
    expect(rawHeader(txMsg.raw, 'List-Unsubscribe')).toBeUndefined();
    expect(rawHeader(txMsg.raw, 'List-Unsubscribe-Post')).toBeUndefined();
  });

  it('should retry a temporary 421 with backoff and deliver exactly once', async () => {
    const [s] = await createSupporters(t, campaign.id, 1);
    t.smtp.failNext(2, 421, 'Service not available, try later');
    const { id } = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(unique('421'), { supporterId: s.id }, { text: 'persistent' })),
    );
    const row = await finalState(id);
    expect(row).toMatchObject({ state: 'sent', attempts: 3 });
    expect(t.smtp.to(s.email)).toHaveLength(1);
  });

  it('should fail a permanent 550 at once without retrying', async () => {
    const [s] = await createSupporters(t, campaign.id, 1);
    t.smtp.failNext(1, 550, 'No such user here');
    const { id } = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(unique('550'), { supporterId: s.id }, { text: 'doomed' })),
    );
    const row = await finalState(id);
    expect(row.state).toBe('failed');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain('550');
    // Later mail flows, and the failed one was not tried again meanwhile.
    const later = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(unique('after-550'), { supporterId: s.id }, { text: 'fine' })),
    );
    await finalState(later.id);
    expect((await prisma.mailMessage.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);
    expect(t.smtp.to(s.email).map((m) => m.parsed.text?.trim())).toEqual(['fine']);
  });

  it('should fail only the message whose template cannot render', async () => {
    const [s] = await createSupporters(t, campaign.id, 1);
    const [bad, good] = await prisma.$transaction(async (tx) => [
      await mail.enqueue(tx, note(unique('bad'), { supporterId: s.id }, { explode: true })),
      await mail.enqueue(tx, note(unique('good'), { supporterId: s.id }, { text: 'rendered' })),
    ]);
    expect((await finalState(bad.id)).lastError).toBe('render: template exploded');
    expect((await finalState(good.id)).state).toBe('sent');
    expect(t.smtp.to(s.email).map((m) => m.parsed.text?.trim())).toEqual(['rendered']);
  });

  it('should store no supporter address or name in the mail tables', async () => {
    const [s] = await createSupporters(t, campaign.id, 1, { firstName: 'Zeynep' });
    const { id } = await prisma.$transaction((tx) => mail.enqueue(tx, update(unique('pii'), s.id)));
    await finalState(id);
    const organizerAddress = `${unique('org')}@example.net`;
    const o = await prisma.$transaction((tx) =>
      mail.enqueue(tx, note(unique('addr'), { address: organizerAddress }, { text: 'hi' })),
    );
    await finalState(o.id);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      for (const table of ['mail_messages', 'mail_broadcasts', 'mail_events', 'mail_suppressions']) {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM ${table} x WHERE row_to_json(x)::text ILIKE ANY($1)`,
          [[`%${s.email}%`, '%Zeynep%', `%${organizerAddress}%`]],
        );
        expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
      }
    } finally {
      await client.end();
    }
    expect(t.smtp.to(organizerAddress)).toHaveLength(1);
  });

  it('should send an organizer invitation through the outbox with its token erased from the database once sent', async () => {
    const address = `${unique('invitee')}@example.net`;
    const res = await t.http.post(
      `/campaigns/${campaign.id}/members`,
      { email: address, role: 'organizer' },
      org.token,
    );
    expect(res.status).toBe(201);
    const [msg] = await t.smtp
      .waitFor((m) => m.some((x) => x.envelopeTo.includes(address)))
      .then(() => t.smtp.to(address));
    expect(msg.parsed.subject).toBe('You are invited to organize "Clean Air Now" on Groundswell');
    const token = /\b(gsi_[\w-]+)/.exec(msg.parsed.text ?? '')![1];
    const row = await waitUntil(
      async () => {
        const r = await prisma.mailMessage.findUnique({
          where: { key: `campaign-invitation:${res.body.invitation.id}` },
        });
        return r?.state === 'sent' ? r : null;
      },
      { what: 'the invitation to be sent' },
    );
    expect(row.secretData).toBeNull();
    expect(JSON.stringify(row.data)).not.toContain(token);
    const accepted = await t.http.post('/invitations/accept', {
      token,
      name: 'New Organizer',
      password: 'a-long-password-123',
    });
    expect(accepted.status).toBe(200);
  });

  describe('bounce and complaint webhook', () => {
    const post = (body: unknown, signature?: string) => {
      const raw = JSON.stringify(body);
      return t.http.request('POST', '/webhooks/mail', {
        raw,
        headers: {
          'content-type': 'application/json',
          'x-groundswell-signature': signature ?? MailWebhookService.sign(t.config.get('WEBHOOK_SECRET'), raw),
        },
      });
    };
    const bounce = (recipient: string, type: 'permanent' | 'transient' = 'permanent') => ({
      events: [
        {
          id: unique('evt'),
          type: 'bounce',
          occurredAt: new Date().toISOString(),
          recipient,
          bounce: { type, diagnostic: `550 5.1.1 <${recipient}> unknown` },
        },
      ],
    });

    it('should refuse a bad signature with 401 and record nothing', async () => {
      const body = bounce('nobody@example.org');
      const raw = JSON.stringify(body);
      const before = await prisma.mailEvent.count();
      const forged = MailWebhookService.sign('not-the-secret-not-the-secret-not-the-secret', raw);
      expect((await post(body, forged)).status).toBe(401);
      expect((await post(body, 'garbage')).status).toBe(401);
      const stale = MailWebhookService.sign(t.config.get('WEBHOOK_SECRET'), raw, Math.floor(Date.now() / 1000) - 3600);
      expect((await post(body, stale)).status).toBe(401);
      // Signed, but for a different body than the one sent.
      const other = MailWebhookService.sign(t.config.get('WEBHOOK_SECRET'), JSON.stringify(bounce('else@example.org')));
      expect((await post(body, other)).status).toBe(401);
      expect(await prisma.mailEvent.count()).toBe(before);
      // Neither address is suppressed (other test files share the run's database and may suppress others).
      const cipher = t.app.get(PiiCipherService);
      const addressIndex = {
        in: ['nobody@example.org', 'else@example.org'].map((a) => cipher.blindIndex(normalizeEmail(a))),
      };
      expect(await prisma.mailSuppression.count({ where: { addressIndex } })).toBe(0);
    });

    it('should refuse a malformed body with 400 and record nothing, even when signed', async () => {
      const before = await prisma.mailEvent.count();
      const res = await post({
        events: [{ id: 'x', type: 'bounce', occurredAt: 'yesterday', recipient: 'not-an-email' }],
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await prisma.mailEvent.count()).toBe(before);
    });

    it('should record a hard bounce once, suppress the address and stop later mail to it', async () => {
      const [s] = await createSupporters(t, campaign.id, 1);
      const first = await prisma.$transaction((tx) => mail.enqueue(tx, update(unique('pre-bounce'), s.id)));
      const sent = await finalState(first.id);
      const body = bounce(s.email.toUpperCase());
      (body.events[0] as Record<string, unknown>).messageId = sent.smtpMessageId;
      const res = await post(body);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ received: 1, recorded: 1, suppressed: 1 });
      expect((await post(body)).body).toEqual({ received: 1, recorded: 0, suppressed: 0 });

      const detail = await t.http.get(`/campaigns/${campaign.id}/mail/messages/${first.id}`, org.token);
      expect(detail.body.events).toHaveLength(1);
      expect(detail.body.events[0].diagnostic).not.toContain(s.email);

      const campaignMail = await prisma.$transaction((tx) => mail.enqueue(tx, update(unique('post-bounce'), s.id)));
      const transactional = await prisma.$transaction((tx) =>
        mail.enqueue(tx, note(unique('post-bounce-tx'), { supporterId: s.id }, { text: 'x' })),
      );
      expect((await finalState(campaignMail.id)).state).toBe('suppressed');
      expect(await finalState(transactional.id)).toMatchObject({ state: 'suppressed', reason: 'bounced' });
      expect(t.smtp.to(s.email)).toHaveLength(1);
    });

    it('should suppress campaign mail but not transactional mail after a complaint', async () => {
      const address = `${unique('complainer')}@example.net`;
      const raw = {
        events: [
          {
            id: unique('evt'),
            type: 'complaint',
            occurredAt: new Date().toISOString(),
            recipient: address,
            complaint: { feedbackType: 'abuse' },
          },
        ],
      };
      expect((await post(raw)).status).toBe(200);
      const c = await prisma.$transaction((tx) =>
        mail.enqueue(tx, {
          ...note(unique('c'), { address }),
          template: campaignUpdateTemplate,
          category: 'campaign',
          data: { subject: 'S', body: 'B' },
        }),
      );
      const n = await prisma.$transaction((tx) =>
        mail.enqueue(tx, note(unique('n'), { address }, { text: 'receipt' })),
      );
      expect((await prisma.mailMessage.findUniqueOrThrow({ where: { id: c.id } })).state).toBe('suppressed');
      expect((await finalState(n.id)).state).toBe('sent');
      expect(t.smtp.to(address)).toHaveLength(1);
    });
  });

  describe('organizer endpoints', () => {
    it('should list messages, count them per state, show a supporter history and retry a failed message', async () => {
      const [s] = await createSupporters(t, campaign.id, 1);
      t.smtp.failNext(1, 554, 'Rejected');
      const { id } = await prisma.$transaction((tx) =>
        mail.enqueue(tx, note(unique('retry'), { supporterId: s.id }, { text: 'second chance' })),
      );
      expect((await finalState(id)).state).toBe('failed');

      const list = await t.http.get(`/campaigns/${campaign.id}/mail/messages?state=failed`, org.token);
      expect(list.status).toBe(200);
      expect(list.body.items.map((m: { id: string }) => m.id)).toContain(id);
      expect(JSON.stringify(list.body)).not.toContain('@example.org');
      const history = await t.http.get(`/campaigns/${campaign.id}/mail/supporters/${s.id}/messages`, org.token);
      expect(history.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
      const stats = await t.http.get(`/campaigns/${campaign.id}/mail/stats`, org.token);
      expect(stats.body.failed).toBeGreaterThanOrEqual(1);
      expect(stats.body.total).toBe(
        Object.entries(stats.body)
          .filter(([k]) => k !== 'total')
          .reduce((a, [, v]) => a + (v as number), 0),
      );

      const retried = await t.http.post(`/campaigns/${campaign.id}/mail/messages/${id}/retry`, {}, org.token);
      expect(retried.status).toBe(200);
      expect((await finalState(id, ['sent'])).attempts).toBe(1);
      expect(t.smtp.to(s.email)).toHaveLength(1);
      expect((await t.http.post(`/campaigns/${campaign.id}/mail/messages/${id}/retry`, {}, org.token)).status).toBe(
        409,
      );
    });

    it('should preview a template in Arabic right-to-left with sample data', async () => {
      const res = await t.http.post(
        `/campaigns/${campaign.id}/mail/templates/campaign.update/preview`,
        { locale: 'ar' },
        org.token,
      );
      expect(res.status).toBe(200);
      expect(res.body.dir).toBe('rtl');
      expect(res.body.html).toContain('<html lang="ar" dir="rtl">');
      expect(res.body.html).toContain('Clean Air Now');
      const templates = await t.http.get(`/campaigns/${campaign.id}/mail/templates`, org.token);
      expect(templates.body.items.map((x: { name: string }) => x.name)).toContain('campaign.update');
      expect(
        (await t.http.post(`/campaigns/${campaign.id}/mail/templates/no.such/preview`, { locale: 'en' }, org.token))
          .status,
      ).toBe(404);
    });
  });
});

describe('DKIM', () => {
  it('should sign every message when a DKIM key is configured', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const t = await startApp({
      env: {
        MAIL_DKIM_DOMAIN: 'example.org',
        MAIL_DKIM_SELECTOR: 'gs2026',
        MAIL_DKIM_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().replace(/\n/g, '\\n'),
        MAIL_MESSAGE_ID_DOMAIN: 'mail.example.org',
      },
    });
    try {
      const org = await createOrganizer(t);
      const campaign = await createCampaign(t, org.token);
      const [s] = await createSupporters(t, campaign.id, 1);
      const id = await enqueueUpdate(t, campaign.id, s.id, { subject: 'Signed', body: 'Body' });
      const [msg] = await t.smtp.waitFor((m) => m.length === 1);
      const signature = rawHeader(msg.raw, 'DKIM-Signature')!;
      expect(signature).toMatch(/\bd=example\.org;/);
      expect(signature).toMatch(/\bs=gs2026;/);
      expect(signature).toMatch(/\bh=[^;]*list-unsubscribe/i);
      expect(msg.header('message-id')).toBe(`<${id}@mail.example.org>`);
    } finally {
      await t.close();
    }
  });
});
