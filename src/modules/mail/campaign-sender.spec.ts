import addressparser from 'nodemailer/lib/addressparser';
import { senderHeaders } from './campaign-sender.js';
import type { AnyMailTemplate, MailCampaign } from './mail.types.js';

const MAIL_FROM = 'Groundswell <no-reply@groundswell.example>';
const campaignTemplate = { name: 't.campaign', category: 'campaign' } as AnyMailTemplate;
const systemTemplate = { name: 't.system', category: 'transactional', sender: 'system' } as AnyMailTemplate;
const campaign = (c: Partial<MailCampaign>): MailCampaign => ({
  id: 'c1',
  name: 'Clean Air',
  slug: 'clean-air',
  defaultLocale: 'en',
  timeZone: 'UTC',
  ...c,
});

describe('senderHeaders', () => {
  it("should put the campaign's name on MAIL_FROM's address, with its Reply-To", () => {
    const h = senderHeaders(MAIL_FROM, campaignTemplate, campaign({ senderName: 'حملة الهواء', replyTo: 'a@b.org' }));
    expect(addressparser(h.from)).toEqual([{ name: 'حملة الهواء', address: 'no-reply@groundswell.example' }]);
    expect(h.replyTo).toBe('a@b.org');
  });

  it('should quote quotes and backslashes so the name stays one name', () => {
    const h = senderHeaders(MAIL_FROM, campaignTemplate, campaign({ senderName: 'Clean "Air", \\Leeds' }));
    expect(addressparser(h.from)).toEqual([{ name: 'Clean "Air", \\Leeds', address: 'no-reply@groundswell.example' }]);
  });

  it('should keep MAIL_FROM for system mail, mail of no campaign, and a campaign without a name', () => {
    const named = campaign({ senderName: 'Clean Air Leeds', replyTo: 'a@b.org' });
    expect(senderHeaders(MAIL_FROM, systemTemplate, named)).toEqual({ from: MAIL_FROM });
    expect(senderHeaders(MAIL_FROM, campaignTemplate, null)).toEqual({ from: MAIL_FROM });
    expect(senderHeaders(MAIL_FROM, campaignTemplate, campaign({ senderName: null }))).toEqual({ from: MAIL_FROM });
  });
});
