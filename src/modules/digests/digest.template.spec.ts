import type { RenderContext } from '../mail/mail.types.js';
import type { DigestData } from './digest-content.js';
import { digestTemplate } from './digest.template.js';

const data: DigestData = {
  kind: 'daily',
  period: '2026-03-10',
  newCount: 3,
  statements: [{ title: 'We <won> & more', summary: 'Read "this"', url: 'https://example.org/s/1' }],
  moreStatements: 2,
  milestones: [],
  moreMilestones: 0,
  events: [
    {
      title: 'Rally',
      when: 'Sat 14 Mar, 14:00 GMT',
      where: 'Town hall',
      online: false,
      url: 'javascript:alert(1)',
      isNew: true,
      nearby: true,
      seatsLeft: 3,
    },
  ],
  moreEvents: 0,
  petitions: [
    { title: 'End it', target: 'The board', url: 'https://example.org/p/1', count: 1234, goal: 2000, isNew: false },
  ],
  morePetitions: 0,
};

const ctx = (locale: 'en' | 'ar'): RenderContext<DigestData> => ({
  locale,
  data,
  recipient: {
    supporterId: 's',
    campaignId: 'c',
    email: 'x@example.org',
    locale,
    firstName: 'Sam',
    campaignMail: true,
    digestMail: true,
    transactional: true,
  },
  campaign: { id: 'c', name: 'Save the Park', slug: 'save', defaultLocale: 'en', timeZone: 'Europe/London' },
  links: {
    unsubscribe: 'https://gs.example/public/unsubscribe?token=u',
    preferences: 'https://gs.example/public/preferences?token=p',
  },
  publicUrl: 'https://gs.example',
});

describe('digest template', () => {
  it('should render every section with escaped content, progress and the preferences link', () => {
    const out = digestTemplate.render(ctx('en'));
    expect(out.subject).toBe('Save the Park: your daily digest (3 new)');
    expect(out.html).toContain('We &lt;won&gt; &amp; more');
    expect(out.html).not.toContain('<won>');
    expect(out.html).not.toContain('javascript:');
    expect(out.html).toContain('and 2 more');
    expect(out.html).toContain('1,234 of 2,000 signatures');
    expect(out.html).toContain('Near you');
    expect(out.html).toContain('https://gs.example/public/preferences?token=p');
    expect(out.html).toContain('https://gs.example/public/unsubscribe?token=u');
    expect(out.text).toContain('Hi Sam,');
    expect(out.text).toContain(
      'Change how often you get this digest, or when: https://gs.example/public/preferences?token=p',
    );
    expect(out.text).toContain('Unsubscribe: https://gs.example/public/unsubscribe?token=u');
  });

  it('should render Arabic right to left', () => {
    const out = digestTemplate.render(ctx('ar'));
    expect(out.subject).toContain('ملخصك اليومي');
    expect(out.html).toContain('dir="rtl"');
    expect(out.html).toContain('عرائض يمكنك توقيعها');
  });

  it('should be campaign mail that needs consent to digests', () => {
    expect(digestTemplate.category).toBe('campaign');
    expect(digestTemplate.purpose).toBe('digests');
  });
});
