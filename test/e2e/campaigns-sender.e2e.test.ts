import { AppConfig } from '../../src/config/config.js';
import { senderAddress } from '../../src/modules/mail/message-id.js';
import { type TestApp } from '../support/app.js';
import {
  createCampaign,
  createSupporters,
  type OrganizerFixture,
  startWithCampaign,
  unique,
} from '../support/factories.js';
import { enqueueUpdate, rawHeader } from '../support/mail.js';
import type { ReceivedMessage } from '../support/smtp-sink.js';
import { consent, CONFIRM_SUBJECT, signup, waitForMail } from '../support/supporters.js';

/**
 * Issue #14: a campaign's sender name and Reply-To. Its mail (signup confirmations, updates) goes
 * out under its name from MAIL_FROM's own address, with its Reply-To; organizers' mail
 * (invitations) keeps MAIL_FROM. Checked on what a real SMTP server receives.
 */
describe('campaign sender name and Reply-To', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let mailFrom: string;

  beforeAll(async () => {
    ({ t, owner, campaign } = await startWithCampaign());
    mailFrom = t.app.get(AppConfig).get('MAIL_FROM');
  });
  afterAll(() => t?.close());

  const settings = async (id = campaign.id) => (await t.http.get(`/campaigns/${id}`, owner.token)).body;
  const fromOf = (m: ReceivedMessage) => (m.parsed.from?.value ?? [])[0];

  it.each([
    ['a line break that would start a header', { senderName: 'Clean Air\r\nBcc: victim@example.org' }, 'senderName'],
    ['an address in the name', { senderName: 'Support <help@bank.example>' }, 'senderName'],
    ['an @ in the name', { senderName: 'help@bank.example' }, 'senderName'],
    ['a name over 64 characters', { senderName: 'x'.repeat(65) }, 'senderName'],
    ['a right-to-left override', { senderName: 'Clean \u202EriA' }, 'senderName'],
    ['a control character', { senderName: 'Clean\u0000Air' }, 'senderName'],
    ['a Reply-To that is not an address', { replyTo: 'not an address' }, 'replyTo'],
    ['a Reply-To with a second header', { replyTo: 'team@example.org\r\nBcc: victim@example.org' }, 'replyTo'],
    ['a Reply-To with a display name', { replyTo: 'Team <team@example.org>' }, 'replyTo'],
  ])('should refuse %s naming the field, and store nothing', async (_what, body, field) => {
    const res = await t.http.patch(`/campaigns/${campaign.id}`, { name: 'Renamed', ...body }, owner.token);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([field]);
    const now = await settings();
    expect(now).toMatchObject({ name: 'Test campaign', senderName: null, replyTo: null });
  });

  it("should send a campaign's mail under its Arabic sender name, encoded, from MAIL_FROM's address with its Reply-To", async () => {
    const name = 'حملة لا أزور للفصل العنصري';
    const saved = await t.http.patch(
      `/campaigns/${campaign.id}`,
      { senderName: `  ${name} `, replyTo: 'Team@NoAzure.example' },
      owner.token,
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ senderName: name, replyTo: 'Team@NoAzure.example' });
    const address = senderAddress(mailFrom);

    // A signup confirmation (transactional mail of the campaign).
    const email = `${unique('amal')}@example.org`;
    expect((await signup(t, campaign.slug, { email, ...consent })).status).toBe(202);
    const confirmation = await waitForMail(t, email, CONFIRM_SUBJECT);

    // An update (campaign mail, with List-Unsubscribe), to a confirmed supporter.
    const [supporter] = await createSupporters(t, campaign.id, 1);
    await enqueueUpdate(t, campaign.id, supporter.id, { subject: 'We won', body: 'Thank you.' });
    await t.smtp.waitFor(() => t.smtp.to(supporter.email).length > 0);
    const update = t.smtp.to(supporter.email)[0];

    for (const m of [confirmation, update]) {
      expect(fromOf(m)).toEqual({ name, address });
      expect(m.envelopeFrom).toBe(address);
      // Encoded as RFC 2047 words: the header itself is plain ASCII.
      const from = rawHeader(m.raw, 'From')!;
      expect(from).toMatch(/^=\?UTF-8\?[BQ]\?/i);
      expect(from).toMatch(/^[\x20-\x7e]+$/);
      expect(from).toContain(`<${address}>`);
      expect(m.parsed.replyTo?.value).toEqual([{ name: '', address: 'Team@NoAzure.example' }]);
    }
    expect(rawHeader(update.raw, 'List-Unsubscribe')).toContain('/public/unsubscribe');

    // The organizer's preview shows the sender the inbox will show, in either language.
    const preview = (template: string) =>
      t.http.post(`/campaigns/${campaign.id}/mail/templates/${template}/preview`, { locale: 'ar' }, owner.token);
    expect((await preview('campaign.update')).body).toMatchObject({
      from: `"${name}" <${address}>`,
      replyTo: 'Team@NoAzure.example',
    });
    // An organizer's own mail (here a password reset) keeps MAIL_FROM, without the campaign's Reply-To.
    expect((await preview('auth.password-reset')).body).toMatchObject({ from: mailFrom, replyTo: null });
  });

  it("should send organizers' mail (an invitation) under MAIL_FROM as it is, without the campaign's Reply-To", async () => {
    const invitee = `${unique('invitee')}@example.org`;
    const res = await t.http.post(`/campaigns/${campaign.id}/members`, { email: invitee, role: 'viewer' }, owner.token);
    expect(res.body.status).toBe('invited');
    await t.smtp.waitFor(() => t.smtp.to(invitee).length > 0);
    const invitation = t.smtp.to(invitee)[0];
    expect(rawHeader(invitation.raw, 'From')).toBe(mailFrom);
    expect(invitation.header('reply-to')).toBeUndefined();
    expect((await settings()).senderName).not.toBeNull();
  });

  it('should quote an ASCII name with quotes, and send MAIL_FROM as it is once both are cleared', async () => {
    const other = await createCampaign(t, owner.token);
    const quoted = await t.http.patch(
      `/campaigns/${other.id}`,
      { senderName: 'Clean Air "Now", Leeds', replyTo: null },
      owner.token,
    );
    expect(quoted.status).toBe(200);
    const email = `${unique('sam')}@example.org`;
    expect((await signup(t, other.slug, { email, ...consent })).status).toBe(202);
    const m = await waitForMail(t, email, CONFIRM_SUBJECT);
    expect(fromOf(m)).toEqual({ name: 'Clean Air "Now", Leeds', address: senderAddress(mailFrom) });
    expect(m.header('reply-to')).toBeUndefined();

    const cleared = await t.http.patch(`/campaigns/${other.id}`, { senderName: '', replyTo: null }, owner.token);
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ senderName: null, replyTo: null });
  });

  it('should document both fields in the OpenAPI document, on the Campaign schema and the update body', async () => {
    const openapi = (await t.http.get('/openapi.json')).body;
    expect(Object.keys(openapi.components.schemas.Campaign.properties)).toEqual(
      expect.arrayContaining(['senderName', 'replyTo']),
    );
    const patch = openapi.paths['/campaigns/{campaignId}'].patch;
    const ref: string = patch.requestBody.content['application/json'].schema.$ref;
    const body = openapi.components.schemas[ref.split('/').pop()!];
    expect(body.properties.senderName.description).toMatch(/MAIL_FROM/);
    expect(body.properties.replyTo.description).toMatch(/Reply-To/);
    expect(patch.summary).toBe('Update campaign settings');
    expect(patch.responses['400']).toBeDefined();
  });
});
