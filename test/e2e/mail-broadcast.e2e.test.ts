import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { BroadcastsService } from '../../src/modules/mail/broadcasts.service.js';
import { waitUntil } from '../support/wait.js';
import { startApp, type TestApp } from '../support/app.js';
import {
  createCampaign,
  createOrganizer,
  createSupporters,
  type OrganizerFixture,
  type SupporterFixture,
  unique,
} from '../support/factories.js';
import { rawHeader } from '../support/mail.js';

const AUDIENCE = 2000;

describe('broadcasts', () => {
  let t: TestApp;
  let org: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let supporters: SupporterFixture[];

  beforeAll(async () => {
    // A rate low enough that a broadcast of 2,000 takes a few seconds, so pause lands in the middle.
    t = await startApp({ env: { MAIL_RATE_PER_SECOND: '400' } });
    org = await createOrganizer(t);
    campaign = await createCampaign(t, org.token, { name: 'Save the <Park> & Co' });
    supporters = await createSupporters(t, campaign.id, AUDIENCE, { firstName: 'Rana' });
  }, 120_000);
  afterAll(() => t.close());
  beforeEach(() => t.smtp.clear());

  const api = (path: string) => `/campaigns/${campaign.id}/broadcasts${path}`;
  const progress = async (id: string) => (await t.http.get(api(`/${id}`), org.token)).body;
  const countsAtSink = () => {
    const perRecipient = new Map<string, number>();
    for (const m of t.smtp.messages)
      for (const to of m.envelopeTo) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    return perRecipient;
  };

  it('should create a draft with the audience count and rendered previews in en and ar when an organizer creates a broadcast', async () => {
    const res = await t.http.post(
      api(''),
      {
        name: 'Preview',
        subject: { en: 'Hello <b>all</b>', ar: 'مرحباً' },
        body: { en: 'Line <script>x</script>', ar: 'نص' },
      },
      org.token,
    );
    expect(res.status).toBe(201);
    expect(res.body.broadcast.status).toBe('draft');
    expect(res.body.audience).toBe(AUDIENCE);
    const en = res.body.previews.find((p: any) => p.locale === 'en');
    const ar = res.body.previews.find((p: any) => p.locale === 'ar');
    expect(en.html).toContain('Line &lt;script&gt;x&lt;/script&gt;');
    expect(en.html).not.toContain('<script>');
    expect(en.html).toContain('Save the &lt;Park&gt; &amp; Co');
    expect(ar.dir).toBe('rtl');
    expect(ar.html).toContain('dir="rtl"');
    expect(ar.subject).toBe('مرحباً');
    expect(t.smtp.messages).toHaveLength(0);
  });

  it('should deliver exactly one message per recipient with exact progress when a broadcast is paused and resumed', async () => {
    const created = await t.http.post(api(''), { name: 'Update 1', subject: 'News', body: 'We won.' }, org.token);
    const id = created.body.broadcast.id as string;
    expect((await t.http.post(api(`/${id}/start`), {}, org.token)).status).toBe(200);

    await t.smtp.waitFor((m) => m.length >= 300, 60_000);
    const paused = await t.http.post(api(`/${id}/pause`), {}, org.token);
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('paused');

    // Once in-flight sends settle, nothing more is sent while paused, and progress matches the sink exactly.
    const settled = await waitUntil(
      async () => {
        const p = (await progress(id)).progress;
        return p.sending === 0 && p.expansionDone ? p : null;
      },
      { what: 'in-flight sends to settle after the pause' },
    );
    const atPause = t.smtp.messages.length;
    expect(settled.sent).toBe(atPause);
    expect(settled.sent).toBeLessThan(AUDIENCE);
    expect(settled.sent + settled.paused + settled.pending).toBe(AUDIENCE);
    expect((await t.http.post(api(`/${id}/pause`), {}, org.token)).status).toBe(409);

    const resumed = await t.http.post(api(`/${id}/resume`), {}, org.token);
    expect(resumed.body.status).toBe('running');
    const done = await waitUntil(
      async () => {
        const b = await progress(id);
        return b.status === 'completed' ? b : null;
      },
      { what: 'the broadcast to complete', timeoutMs: 60_000 },
    );
    expect(done.progress).toMatchObject({
      total: AUDIENCE,
      sent: AUDIENCE,
      failed: 0,
      suppressed: 0,
      pending: 0,
      paused: 0,
      sending: 0,
      audience: AUDIENCE,
    });

    const perRecipient = countsAtSink();
    expect(perRecipient.size).toBe(AUDIENCE);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(supporters.map((s) => s.email))).toEqual(new Set(perRecipient.keys()));
    const sample = t.smtp.to(supporters[0].email)[0];
    expect(rawHeader(sample.raw, 'List-Unsubscribe')).toMatch(
      /^<https?:\/\/[^>]+\/public\/unsubscribe\?token=[^>]+>, *<mailto:[^>]+>$/,
    );
    expect(rawHeader(sample.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(sample.parsed.text).toContain('Hi Rana,');
  }, 120_000);

  it('should stop sending and count the rest as cancelled when a running broadcast is cancelled', async () => {
    const created = await t.http.post(api(''), { name: 'Update 2', subject: 'More news', body: 'Details.' }, org.token);
    const id = created.body.broadcast.id as string;
    await t.http.post(api(`/${id}/start`), {}, org.token);
    await t.smtp.waitFor((m) => m.length >= 200, 60_000);
    const cancelled = await t.http.post(api(`/${id}/cancel`), {}, org.token);
    expect(cancelled.body.status).toBe('cancelled');

    const settled = await waitUntil(
      async () => {
        const p = (await progress(id)).progress;
        return p.sending === 0 && p.pending === 0 ? p : null;
      },
      { what: 'in-flight sends to settle after the cancel' },
    );
    expect(settled.sent).toBe(t.smtp.messages.length);
    expect(settled.sent + settled.cancelled).toBe(settled.total);
    expect(settled.cancelled).toBeGreaterThan(0);
    expect((await t.http.post(api(`/${id}/resume`), {}, org.token)).status).toBe(409);
    expect([...countsAtSink().values()].every((n) => n === 1)).toBe(true);
  }, 120_000);

  it('should start a scheduled broadcast by itself at its time, and leave an unscheduled one alone', async () => {
    const draft = async (name: string) =>
      (await t.http.post(api(''), { name, subject: 'Tomorrow', body: 'Join us.' }, org.token)).body.broadcast
        .id as string;
    const later = await draft('Scheduled');
    const dropped = await draft('Unscheduled');

    const past = await t.http.post(
      api(`/${later}/schedule`),
      { at: new Date(Date.now() - 60_000).toISOString() },
      org.token,
    );
    expect(past.status).toBe(400);
    expect(past.body.errors[0].path).toBe('at');
    const at = new Date(Date.now() + 2_000);
    const scheduled = await t.http.post(api(`/${later}/schedule`), { at: at.toISOString() }, org.token);
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: 'draft', scheduledAt: at.toISOString(), startedAt: null });
    await t.http.post(api(`/${dropped}/schedule`), { at: at.toISOString() }, org.token);
    expect((await t.http.post(api(`/${dropped}/unschedule`), {}, org.token)).body).toMatchObject({
      status: 'draft',
      scheduledAt: null,
    });
    expect(t.smtp.messages).toHaveLength(0);

    // The worker's sweep (every 5 s) starts it; it then sends like any broadcast.
    const done = await waitUntil(
      async () => {
        const b = await progress(later);
        return b.status === 'completed' ? b : null;
      },
      { what: 'the broadcast to complete', timeoutMs: 60_000 },
    );
    expect(new Date(done.startedAt).getTime()).toBeGreaterThanOrEqual(at.getTime());
    expect(done.scheduledAt).toBeNull();
    expect(done.progress).toMatchObject({ total: AUDIENCE, sent: AUDIENCE, failed: 0 });
    expect(countsAtSink().size).toBe(AUDIENCE);
    expect([...countsAtSink().values()].every((n) => n === 1)).toBe(true);
    const untouched = await progress(dropped);
    expect(untouched).toMatchObject({ status: 'draft', startedAt: null });
    expect(untouched.progress.total).toBe(0);
    // Only a draft can be scheduled.
    expect(
      (await t.http.post(api(`/${later}/schedule`), { at: new Date(Date.now() + 60_000).toISOString() }, org.token))
        .status,
    ).toBe(409);
  }, 120_000);

  it('should create one broadcast when the same key is used twice', async () => {
    const broadcasts = t.app.get(BroadcastsService);
    const key = unique('alert');
    const input = {
      campaignId: campaign.id,
      key,
      name: 'Alert',
      data: { subject: 'A', body: 'B' },
      filter: { purpose: 'updates' as const, tags: ['nobody-has-this'] },
    };
    const a = await broadcasts.create(undefined, input);
    const b = await t.app.get(PrismaService).$transaction((tx) => broadcasts.create(tx, input));
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.broadcast.id).toBe(a.broadcast.id);
  });

  it('should answer 404 when the broadcast belongs to another campaign', async () => {
    const other = await createCampaign(t, org.token);
    const created = await t.http.post(api(''), { name: 'Mine', subject: 'S', body: 'B' }, org.token);
    const res = await t.http.get(`/campaigns/${other.id}/broadcasts/${created.body.broadcast.id}`, org.token);
    expect(res.status).toBe(404);
  });
});
