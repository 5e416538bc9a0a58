import { Readable } from 'node:stream';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SendMailOptions } from 'nodemailer';
import { buildMimeSync } from './mime-sync.js';

const date = new Date('2026-11-22T10:00:00Z');
const long = 'We won: the company suspended the cloud and AI services a military unit used for mass surveillance. '.repeat(8);

const messages: Record<string, SendMailOptions> = {
  'plain ASCII, text and HTML': { from: 'Groundswell <no-reply@example.org>', to: 'amal@example.org', subject: 'A win', text: 'Hello\nThank you.', html: '<p>Hello</p>' },
  'long lines, trailing spaces and dots': { from: 'no-reply@example.org', to: 'sam@example.org', subject: 'x', text: `${long}\n.\n..leading dots   \nend  `, html: `<p>${long}</p>` },
  'Arabic subject and body (right to left)': {
    from: '"حملة" <no-reply@example.org>',
    to: 'noor@example.org',
    subject: 'انتصار: تعليق الخدمات',
    text: 'شكرا لكم جميعا. '.repeat(20),
    html: `<div dir="rtl">${'شكرا لكم جميعا. '.repeat(20)}</div>`,
  },
  'prepared List-Unsubscribe headers': {
    from: 'no-reply@example.org',
    to: 'lena@example.org',
    subject: 'Update',
    text: 'Body',
    headers: {
      'X-Groundswell-Template': 'mail.broadcast',
      'List-Unsubscribe': { prepared: true, value: '<https://example.org/u?token=abc>,\r\n <mailto:unsubscribe@example.org?subject=unsubscribe%20abc>' },
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    } as never,
  },
  'calendar attachment': {
    from: 'no-reply@example.org',
    to: 'omar@example.org',
    subject: 'Your RSVP',
    text: 'See you there',
    html: '<p>See you there</p>',
    attachments: [{ filename: 'rally.ics', content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Rally — Redmond\r\nEND:VCALENDAR\r\n', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
  },
  'HTML only': { from: 'no-reply@example.org', to: 'ada@example.org', subject: 'Only HTML', html: `<p>${long}</p>` },
};

describe('buildMimeSync', () => {
  it.each(Object.entries(messages))('should write the same bytes as nodemailer for %s', async (_name, message) => {
    const options = { ...message, date, messageId: '<fixed@example.org>' };
    // On a freshly compiled tree, as the transport calls it (nodemailer sets a part's boundary and
    // content type only when it builds its headers). A second compile of the same options makes
    // new boundaries, so nodemailer then streams the same tree.
    const node = new MailComposer(options).compile();
    const viaSync = buildMimeSync(node);
    expect(viaSync).not.toBeNull();
    const viaStreams = await node.build();
    expect(viaSync?.toString('utf8')).toBe(viaStreams.toString('utf8'));
  });

  it('should leave a tree it does not recognise to nodemailer rather than write part of it', () => {
    const node = new MailComposer({ from: 'a@example.org', to: 'b@example.org', text: 'x', html: '<p>x</p>' }).compile() as unknown as Record<string, unknown>;
    delete node.childNodes;
    expect(buildMimeSync(node as never)).toBeNull();
  });

  it('should decline content it cannot write synchronously, leaving it to nodemailer', () => {
    const node = new MailComposer({ from: 'a@example.org', to: 'b@example.org', text: Readable.from(['streamed']) as never }).compile();
    expect(buildMimeSync(node)).toBeNull();
  });
});
