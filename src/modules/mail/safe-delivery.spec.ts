import { isTargetedRecipient, protectTargetedMail, untrackedUrl } from './safe-delivery.js';
import type { MailCampaign } from './mail.types.js';

const campaign: MailCampaign = {
  id: 'c',
  name: 'C',
  slug: 'c',
  defaultLocale: 'en',
  timeZone: 'UTC',
  targetedDomains: ['microsoft.com'],
  mailSafetyNote: null,
};

describe('mail to an address on a targeted domain', () => {
  it('should match the domain and its subdomains only', () => {
    expect(isTargetedRecipient(campaign, 'a@microsoft.com')).toBe(true);
    expect(isTargetedRecipient(campaign, 'a@eu.mail.microsoft.com')).toBe(true);
    expect(isTargetedRecipient(campaign, 'a@notmicrosoft.com')).toBe(false);
    expect(isTargetedRecipient(campaign, 'a@microsoft.com.example')).toBe(false);
  });

  it('should take tracking parameters off links and keep the others', () => {
    expect(untrackedUrl('https://x.example/a?utm_source=m&id=1&fbclid=z')).toBe('https://x.example/a?id=1');
    expect(untrackedUrl('https://x.example/public/preferences?token=abc')).toBe(
      'https://x.example/public/preferences?token=abc',
    );
  });

  it('should drop remote images, clean links in attributes and text, and put the note first', () => {
    const out = protectTargetedMail(
      {
        subject: 's',
        html: '<html><body style="x"><img src="https://t.example/p.gif" width="1"><a href="https://x.example/?utm_medium=e&amp;id=2">https://x.example/?utm_medium=e&amp;id=2</a></body></html>',
        text: 'See https://x.example/?utm_medium=e&id=2 now',
      },
      campaign,
      'ar',
    );
    expect(out.html).not.toContain('<img');
    expect(out.html).not.toContain('utm_');
    expect(out.html).toContain('href="https://x.example/?id=2"');
    expect(out.html).toMatch(/<body style="x"><div role="note" dir="rtl" data-safety-note/);
    expect(out.text).toMatch(/^ملاحظة لسلامتك[^]*\n\nSee https:\/\/x\.example\/\?id=2 now$/);
  });
});
