// Messages recorded as "sent, unconfirmed" (a worker died after their end of data, before the
// server's reply) must be findable and deliberately resendable. The crash itself is reproduced in
// mail-reliability and mail-liveness; here a row is put where a dead worker leaves it and recovered
// by the real sweep.
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { MailRelayService } from '../../src/modules/mail/mail-relay.service.js';
import { startApp, type TestApp } from '../support/app.js';
import {
  createCampaign,
  createOrganizer,
  type OrganizerFixture,
  createSupporters,
  type SupporterFixture,
} from '../support/factories.js';
import { waitUntil } from '../support/wait.js';

describe('sent, unconfirmed messages', () => {
  let t: TestApp;
  let org: OrganizerFixture;
  let campaign: { id: string };
  let supporters: SupporterFixture[];

  beforeAll(async () => {
    t = await startApp({ env: { MAIL_RATE_PER_SECOND: '1000' } });
    org = await createOrganizer(t);
    campaign = await createCampaign(t, org.token);
    supporters = await createSupporters(t, campaign.id, 5);
  }, 60_000);
  afterAll(() => t.close());

  const api = (path: string) => `/campaigns/${campaign.id}${path}`;
  // The run's database is shared by every test file: mail another file left queued may reach this
  // file's SMTP server too, so count only what went to this broadcast's five supporters.
  const received = () => supporters.flatMap((s) => t.smtp.to(s.email));

  it('should count, list and resend once the unconfirmed messages of a broadcast when a worker died after their end of data', async () => {
    const created = await t.http.post(api('/broadcasts'), { name: 'Vote', subject: 'Vote', body: 'Today' }, org.token);
    const id = created.body.broadcast.id as string;
    expect((await t.http.post(api(`/broadcasts/${id}/start`), {}, org.token)).status).toBe(200);
    await waitUntil(async () => (await t.http.get(api(`/broadcasts/${id}`), org.token)).body.status === 'completed', {
      what: 'the broadcast to complete',
      timeoutMs: 30_000,
    });
    expect(received()).toHaveLength(5);

    // Where a worker killed between its hand-over commit and the server's reply leaves a row: in
    // state sending, handed over, claimed by a worker whose liveness lock nobody holds.
    const prisma = t.app.get(PrismaService);
    const victim = supporters[2];
    const row = await prisma.mailMessage.findFirstOrThrow({ where: { broadcastId: id, supporterId: victim.id } });
    await prisma.$executeRaw`UPDATE mail_messages SET state = 'sending', sent_at = NULL, handed_over_at = now(),
      claimed_at = now(), claimed_by = 7 WHERE id = ${row.id}::uuid`;
    expect(await t.app.get(MailRelayService).recoverStaleSending()).toEqual([0, 1]);

    const progress = (await t.http.get(api(`/broadcasts/${id}`), org.token)).body.progress;
    expect(progress).toMatchObject({ sent: 5, unconfirmed: 1 });
    const listed = await t.http.get(api(`/mail/messages?broadcastId=${id}&unconfirmed=true`), org.token);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([row.id]);
    expect(listed.body.items[0]).toMatchObject({ state: 'sent', unconfirmed: true, resentAt: null });
    const others = await t.http.get(api(`/mail/messages?broadcastId=${id}&unconfirmed=false`), org.token);
    expect(others.body.items).toHaveLength(4);
    expect((await t.http.get(api('/mail/stats'), org.token)).body.unconfirmed).toBe(1);

    const first = await t.http.post(api(`/broadcasts/${id}/resend-unconfirmed`), {}, org.token);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ resent: 1, alreadyResent: 0 });
    await t.smtp.waitFor(() => received().length === 6, 30_000);
    const copies = t.smtp.to(victim.email);
    expect(copies).toHaveLength(2);
    // The same Message-ID, so a receiver that deduplicates drops the copy that did arrive.
    expect(copies[1].parsed.messageId).toBe(copies[0].parsed.messageId);
    const after = await waitUntil(
      async () => {
        const m = (await t.http.get(api(`/mail/messages/${row.id}`), org.token)).body;
        return m.state === 'sent' ? m : null;
      },
      { what: 'the resent message to be recorded', timeoutMs: 30_000 },
    );
    expect(after.unconfirmed).toBe(false);
    expect(after.resentAt).not.toBeNull();

    // Idempotent per message: a second call sends nobody a third copy.
    const again = await t.http.post(api(`/broadcasts/${id}/resend-unconfirmed`), {}, org.token);
    expect(again.body).toEqual({ resent: 0, alreadyResent: 1 });
    const audit = await t.http.get(api('/audit?action=broadcast.unconfirmed-resent'), org.token);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ entityId: id, details: { count: 1 } });
    expect(received()).toHaveLength(6);
  }, 90_000);

  it('should answer 404 when the broadcast belongs to another campaign', async () => {
    const other = await createCampaign(t, org.token);
    const created = await t.http.post(api('/broadcasts'), { name: 'X', subject: 'X', body: 'Y' }, org.token);
    const res = await t.http.post(
      `/campaigns/${other.id}/broadcasts/${created.body.broadcast.id}/resend-unconfirmed`,
      {},
      org.token,
    );
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
