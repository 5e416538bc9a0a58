import { redactUrl, scrub } from './redaction.js';

describe('log redaction', () => {
  it('should mask email addresses anywhere in a log object', () => {
    const out = JSON.stringify(
      scrub({
        msg: 'sent to Ada.Lovelace+x@example.org',
        nested: { list: ['bob@mail.example.co.uk'] },
        err: new Error('bad rcpt <eve@ex.org>'),
      }),
    );
    expect(out).not.toMatch(/example\.org|example\.co\.uk|ex\.org/);
    expect(out).toContain('[email]');
  });

  it('should drop query strings, which carry signed tokens', () => {
    expect(redactUrl('/public/unsubscribe?token=abc.def')).toBe('/public/unsubscribe?[redacted]');
    expect(redactUrl('/health')).toBe('/health');
  });
});
