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

// Big enough that pause and cancel land in the middle of a send, small enough to finish in time on
// a busy machine (2,000 took over two minutes per broadcast at load average ~20).
const AUDIENCE = 800;
/** Per test: a broadcast of AUDIENCE on a loaded machine, twice for pause/resume. */
const BROADCAST_TEST_MS = 360_000;
/** Waiting for one broadcast to finish sending. */
const SEND_MS = 240_000;

describe('broadcasts', () => {
  let t: TestApp;
  let org: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let supporters: SupporterFixture[];

  beforeAll(async () => {
    // A rate low enough that a broadcast takes a few seconds even idle, so pause lands in the middle.
    t = await startApp({ env: { MAIL_RATE_PER_SECOND: '200' } });
    org = await createOrganizer(t);
    campaign = await createCampaign(t, org.token, { name: 'Save the <Park> & Co' });
    supporters = await createSupporters(t, campaign.id, AUDIENCE, { firstName: 'Rana' });
  }, BROADCAST_TEST_MS);
  afterAll(async () => {
    // A broadcast a failed test left sending would go on from the shared outbox in the next test
    // file's workers, into that file's SMTP sink: cancel whatever is still running.
    const list = await t.http.get(api('?limit=100'), org.token);
    for (const b of list.body.items ?? [])
      if (b.status === 'running' || b.status === 'paused') await t.http.post(api(`/${b.id}/cancel`), {}, org.token);
    await t.close();
  });
  beforeEach(() => t.smtp.clear());

  const api = (path: string) => `/campaigns/${campaign.id}/broadcasts${path}`;
  const progress = async (id: string) => (await t.http.get(api(`/${id}`), org.token)).body;
  /**
   * What the sink received of one broadcast (by its subject): a broadcast left sending by a failed
   * test must not make the next test's counts wrong as well.
   */
  const received = (subject: string) => t.smtp.messages.filter((m) => m.parsed.subject === subject);
  const countsAtSink = (subject: string) => {
    const perRecipient = new Map<string, number>();
    for (const m of received(subject))
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
    expect([...received('Hello <b>all</b>'), ...received('مرحباً')]).toHaveLength(0);
  });

  it(
    'should deliver exactly one message per recipient with exact progress when a broadcast is paused and resumed',
    async () => {
      const created = await t.http.post(api(''), { name: 'Update 1', subject: 'News', body: 'We won.' }, org.token);
      const id = created.body.broadcast.id as string;
      expect((await t.http.post(api(`/${id}/start`), {}, org.token)).status).toBe(200);

      await t.smtp.waitFor(() => received('News').length >= 150, SEND_MS);
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
      const atPause = received('News').length;
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
        { what: 'the broadcast to complete', timeoutMs: SEND_MS },
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

      const perRecipient = countsAtSink('News');
      expect(perRecipient.size).toBe(AUDIENCE);
      expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
      expect(new Set(supporters.map((s) => s.email))).toEqual(new Set(perRecipient.keys()));
      const sample = received('News').find((m) => m.envelopeTo.includes(supporters[0].email))!;
      expect(rawHeader(sample.raw, 'List-Unsubscribe')).toMatch(
        /^<https?:\/\/[^>]+\/public\/unsubscribe\?token=[^>]+>, *<mailto:[^>]+>$/,
      );
      expect(rawHeader(sample.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(sample.parsed.text).toContain('Hi Rana,');
    },
    BROADCAST_TEST_MS,
  );

  it(
    'should stop sending and count the rest as cancelled when a running broadcast is cancelled',
    async () => {
      const created = await t.http.post(
        api(''),
        { name: 'Update 2', subject: 'More news', body: 'Details.' },
        org.token,
      );
      const id = created.body.broadcast.id as string;
      await t.http.post(api(`/${id}/start`), {}, org.token);
      await t.smtp.waitFor(() => received('More news').length >= 100, SEND_MS);
      const cancelled = await t.http.post(api(`/${id}/cancel`), {}, org.token);
      expect(cancelled.body.status).toBe('cancelled');

      const settled = await waitUntil(
        async () => {
          const p = (await progress(id)).progress;
          return p.sending === 0 && p.pending === 0 ? p : null;
        },
        { what: 'in-flight sends to settle after the cancel' },
      );
      expect(settled.sent).toBe(received('More news').length);
      expect(settled.sent + settled.cancelled).toBe(settled.total);
      expect(settled.cancelled).toBeGreaterThan(0);
      expect((await t.http.post(api(`/${id}/resume`), {}, org.token)).status).toBe(409);
      expect([...countsAtSink('More news').values()].every((n) => n === 1)).toBe(true);
    },
    BROADCAST_TEST_MS,
  );

  it(
    'should start a scheduled broadcast by itself at its time, and leave an unscheduled one alone',
    async () => {
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
      expect(received('Tomorrow')).toHaveLength(0);

      // The worker's sweep (every 5 s) starts it; it then sends like any broadcast.
      const done = await waitUntil(
        async () => {
          const b = await progress(later);
          return b.status === 'completed' ? b : null;
        },
        { what: 'the broadcast to complete', timeoutMs: SEND_MS },
      );
      expect(new Date(done.startedAt).getTime()).toBeGreaterThanOrEqual(at.getTime());
      expect(done.scheduledAt).toBeNull();
      expect(done.progress).toMatchObject({ total: AUDIENCE, sent: AUDIENCE, failed: 0 });
      expect(countsAtSink('Tomorrow').size).toBe(AUDIENCE);
      expect([...countsAtSink('Tomorrow').values()].every((n) => n === 1)).toBe(true);
      const untouched = await progress(dropped);
      expect(untouched).toMatchObject({ status: 'draft', startedAt: null });
      expect(untouched.progress.total).toBe(0);
      // Only a draft can be scheduled.
      expect(
        (await t.http.post(api(`/${later}/schedule`), { at: new Date(Date.now() + 60_000).toISOString() }, org.token))
          .status,
      ).toBe(409);
    },
    BROADCAST_TEST_MS,
  );

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
