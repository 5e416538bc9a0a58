import type { AppConfig } from '../../config/config.js';
import { messageIdDomain, messageIdFor, ROW_ID, senderDomain } from './message-id.js';

/** The two settings the Message-ID reads, as AppConfig.get gives them. */
const settings = (values: { MAIL_FROM: string; MAIL_MESSAGE_ID_DOMAIN?: string }) =>
  ({ get: (name: keyof typeof values) => values[name] }) as unknown as Pick<AppConfig, 'get'>;

describe('Message-ID', () => {
  it.each([
    ['Groundswell <no-reply@Example.ORG>', 'example.org'],
    ['no-reply@example.org', 'example.org'],
    ['"Ops <team>" <ops@mail.example.net>', 'mail.example.net'],
    ['"A, B" <a@b.example>', 'b.example'],
    ['Groundswell', 'groundswell.localhost'],
  ])('should take the domain of the sender address when MAIL_FROM is %j', (from, domain) => {
    expect(senderDomain(from)).toBe(domain);
    expect(messageIdDomain(settings({ MAIL_FROM: from }))).toBe(domain);
  });

  it('should prefer MAIL_MESSAGE_ID_DOMAIN, lower-cased, when it is set', () => {
    const config = settings({ MAIL_FROM: 'a@b.example', MAIL_MESSAGE_ID_DOMAIN: 'Mail.Example.ORG' });
    expect(messageIdDomain(config)).toBe('mail.example.org');
  });

  it('should write the same Message-ID in SQL (as the relay does) as in TypeScript (as the sender does)', () => {
    const id = '01a233fd-0b10-79cc-be22-625beb4be1b8';
    const template = messageIdFor(ROW_ID, 'example.org');
    expect(template.replace(ROW_ID, id)).toBe(messageIdFor(id, 'example.org'));
    expect(messageIdFor(id, 'example.org')).toBe(`<${id}@example.org>`);
  });
});
