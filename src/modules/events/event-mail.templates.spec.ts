import type { Locale } from '../../common/i18n.js';
import type { RenderContext } from '../mail/mail.types.js';
import type { Recipient } from '../mail/recipient-directory.js';
import {
  EVENT_TEMPLATES,
  type EventMailData,
  reminderTemplate,
  rsvpConfirmedTemplate,
  rsvpWaitlistedTemplate,
} from './event-mail.templates.js';

const recipient: Recipient = {
  supporterId: 's1',
  campaignId: 'c1',
  email: 'amal@example.org',
  locale: 'en',
  firstName: 'Amal',
  campaignMail: false,
  digestMail: false,
  transactional: true,
};

function ctx(data: Partial<EventMailData>, locale: Locale = 'en'): RenderContext<EventMailData> {
  const sample = rsvpConfirmedTemplate.sampleData!;
  return {
    locale,
    data: {
      ...sample,
      startsAt: '2099-03-30T09:00:00.000Z',
      endsAt: '2099-03-30T11:00:00.000Z',
      ...data,
    },
    recipient,
    campaign: {
      id: 'c1',
      name: 'No Azure for Apartheid',
      slug: 'naa',
      defaultLocale: 'en',
      timeZone: 'America/Los_Angeles',
    },
    links: {},
    publicUrl: 'https://groundswell.example',
  };
}

describe('event email templates', () => {
  it('should render every template in English and Arabic with the Arabic laid out right to left', () => {
    for (const template of EVENT_TEMPLATES) {
      expect(template.category).toBe('transactional');
      for (const locale of ['en', 'ar'] as const) {
        // the admin preview renders each template with its own sample data
        const out = template.render(ctx({ ...(template.sampleData as object) }, locale));
        expect(out.subject.trim()).not.toBe('');
        expect(out.text.trim()).not.toBe('');
        expect(out.html).toContain(`lang="${locale}"`);
        if (locale === 'ar') expect(out.html).toContain('dir="rtl"');
      }
    }
  });

  it('should state the start in the event zone with the zone named when the event is in London after the clocks change', () => {
    const out = rsvpConfirmedTemplate.render(
      ctx({ startsAt: '2099-03-30T09:00:00.000Z', endsAt: '2099-03-30T11:00:00.000Z', timeZone: 'Europe/London' }),
    );
    expect(out.text).toContain('at 10:00 (BST, Europe/London)');
    expect(out.text).toContain('Hi Amal,');
  });

  it('should escape organizer text in the HTML and attach the calendar file when there is one', () => {
    const out = rsvpConfirmedTemplate.render(
      ctx({
        title: '<script>x</script> Rally',
        location: 'Square & "Gate"',
        ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      }),
    );
    expect(out.html).not.toContain('<script>x</script>');
    expect(out.html).toContain('&lt;script&gt;x&lt;/script&gt; Rally');
    expect(out.html).toContain('Square &amp; &quot;Gate&quot;');
    expect(out.attachments?.[0]).toMatchObject({ contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
  });

  it('should leave the online link out of the waitlist email even when the data has one', () => {
    const out = rsvpWaitlistedTemplate.render(ctx({ onlineUrl: 'https://meet.example.org/secret' }));
    expect(out.text).not.toContain('meet.example.org/secret');
    expect(out.html).not.toContain('meet.example.org/secret');
  });

  it('should refuse to render a reminder once the event has started', () => {
    expect(() =>
      reminderTemplate.render(ctx({ kind: '2h', startsAt: new Date(Date.now() - 60_000).toISOString() })),
    ).toThrow(/started/);
    expect(() =>
      reminderTemplate.render(ctx({ kind: '2h', startsAt: new Date(Date.now() + 60_000).toISOString() })),
    ).not.toThrow();
  });

  it('should give the 2h reminder a subject with the local start time and zone', () => {
    const out = reminderTemplate.render(
      ctx({
        kind: '2h',
        timeZone: 'America/Los_Angeles',
        startsAt: '2099-08-19T19:00:00.000Z',
        endsAt: '2099-08-19T21:00:00.000Z',
      }),
    );
    expect(out.subject).toContain('at 12:00 PDT');
  });
});
