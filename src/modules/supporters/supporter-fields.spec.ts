import { supporterFormFields } from './supporter-fields.js';
import { displayName, mailStatusOf, normalizeTags, referrerHost } from './supporter-record.js';
import { blockedDomainReason } from './email-domains.js';

const parse = (v: Record<string, unknown>) => supporterFormFields.safeParse(v);
const errorPaths = (v: Record<string, unknown>) => {
  const r = parse(v);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('supporter form fields', () => {
  it('should normalize the email: trim, NFC, lowercase', () => {
    const a = parse({ email: '  Jose\u0301@Example.ORG ' });
    const b = parse({ email: 'jos\u00e9@example.org' });
    expect(a.success && a.data.email).toBe('jos\u00e9@example.org');
    expect(b.success && b.data.email).toBe('jos\u00e9@example.org');
  });

  it.each([
    'a@b',
    'a b@example.org',
    'a@example.org\r\nBcc: x@y.org',
    '.a@example.org',
    'a..b@example.org',
    '"q"@example.org',
    '\ud800@example.org',
    'x'.repeat(65) + '@example.org',
  ])('should reject the email %j', (email) => {
    expect(errorPaths({ email })).toEqual(['email']);
  });

  it('should treat empty strings and null as not given, as HTML forms send them', () => {
    const r = parse({ email: 'a@example.org', firstName: '', lastName: null, phone: '   ', locale: '', country: '' });
    expect(r.success).toBe(true);
    if (r.success)
      expect(r.data).toMatchObject({
        firstName: undefined,
        lastName: undefined,
        phone: undefined,
        locale: undefined,
        country: undefined,
      });
  });

  it('should reject control characters, line breaks and bidi overrides in names but keep Arabic joiners', () => {
    expect(errorPaths({ email: 'a@example.org', firstName: 'Eve\nBcc' })).toEqual(['firstName']);
    expect(errorPaths({ email: 'a@example.org', lastName: 'a\u202eb' })).toEqual(['lastName']);
    expect(errorPaths({ email: 'a@example.org', firstName: 'x\u0000' })).toEqual(['firstName']);
    expect(parse({ email: 'a@example.org', firstName: 'می\u200cخواهم' }).success).toBe(true);
  });

  it('should accept real country codes in any case and reject made-up ones', () => {
    const r = parse({ email: 'a@example.org', country: 'ps' });
    expect(r.success && r.data.country).toBe('PS');
    expect(errorPaths({ email: 'a@example.org', country: 'ZZ' })).toEqual(['country']);
    expect(errorPaths({ email: 'a@example.org', country: 'EU' })).toEqual(['country']);
  });

  it('should read form booleans', () => {
    const r = parse({ email: 'a@example.org', consentUpdates: 'on', consentDigests: '0' });
    expect(r.success && [r.data.consentUpdates, r.data.consentDigests]).toEqual([true, false]);
  });

  it('should reject unknown fields', () => {
    expect(errorPaths({ email: 'a@example.org', isAdmin: true })).toEqual(['']);
  });
});

describe('supporter records', () => {
  it('should show "First L." and never the full last name', () => {
    expect(displayName('Nadia', 'Haddad')).toBe('Nadia H.');
    expect(displayName('نور', 'خليل')).toBe('نور خ.');
    expect(displayName('Sam', null)).toBe('Sam');
    expect(displayName(null, 'Haddad')).toBeNull();
    expect(displayName('  ', 'x')).toBeNull();
  });

  it('should keep only the host of a referrer', () => {
    expect(referrerHost('https://News.Example.org/a/b?id=123#x')).toBe('news.example.org');
    expect(referrerHost(undefined)).toBeUndefined();
  });

  it('should lowercase, deduplicate and sort tags', () => {
    expect(normalizeTags(['Volunteer', 'volunteer ', 'Donor'])).toEqual(['donor', 'volunteer']);
  });

  it('should tell the mail status in one word', () => {
    const base = {
      status: 'confirmed' as const,
      unsubscribedAt: null,
      undeliverable: null,
      consentUpdates: true,
      consentDigests: false,
    };
    expect(mailStatusOf(base)).toBe('subscribed');
    expect(mailStatusOf({ ...base, status: 'pending' })).toBe('pending');
    expect(mailStatusOf({ ...base, unsubscribedAt: new Date() })).toBe('unsubscribed');
    expect(mailStatusOf({ ...base, undeliverable: 'complained', unsubscribedAt: new Date() })).toBe('complained');
    expect(mailStatusOf({ ...base, consentUpdates: false })).toBe('not-subscribed');
    expect(mailStatusOf({ ...base, status: 'erased' })).toBe('erased');
  });
});

describe('blocked email domains', () => {
  it('should block listed domains and their subdomains, and disposable services when asked', () => {
    expect(blockedDomainReason('a@blocked.example', { blocked: ['blocked.example'], disposable: false })).toMatch(
      /not accepted/,
    );
    expect(blockedDomainReason('a@x.blocked.example', { blocked: ['blocked.example'], disposable: false })).toMatch(
      /not accepted/,
    );
    expect(blockedDomainReason('a@notblocked.example', { blocked: ['blocked.example'], disposable: false })).toBeNull();
    expect(blockedDomainReason('a@mailinator.com', { blocked: [], disposable: false })).toBeNull();
    expect(blockedDomainReason('a@mailinator.com', { blocked: [], disposable: true })).toMatch(/disposable/);
    expect(blockedDomainReason('a@example.org', { blocked: [], disposable: true })).toBeNull();
  });
});
