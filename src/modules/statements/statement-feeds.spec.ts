import { nameUuid, rfc3339, rfc822, xmlEscape } from './statement-feeds.js';
import { changedFields, diffSnapshots } from './statement-diff.js';

describe('feed helpers', () => {
  it('should escape markup and drop characters XML forbids when writing text', () => {
    expect(xmlEscape('a & b < c > "d" \'e\'\u0000\u0008\u000B\uFFFE\uD800x')).toBe(
      'a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;x',
    );
    expect(xmlEscape('tab\tand\nnewline and emoji 🎉')).toBe('tab\tand\nnewline and emoji 🎉');
  });

  it('should format RFC 3339 and RFC 822 dates in UTC', () => {
    const d = new Date('2025-09-25T17:04:05.678Z');
    expect(rfc3339(d)).toBe('2025-09-25T17:04:05Z');
    expect(rfc822(d)).toBe('Thu, 25 Sep 2025 17:04:05 GMT');
  });

  it('should derive the same version-5 style UUID from the same names and a different one otherwise', () => {
    const a = nameUuid('0190c6d4-0000-7000-8000-000000000000', 'statements:en');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid('0190c6d4-0000-7000-8000-000000000000', 'statements:en')).toBe(a);
    expect(nameUuid('0190c6d4-0000-7000-8000-000000000000', 'statements:ar')).not.toBe(a);
  });
});

describe('revision diff', () => {
  const base = { slug: 'win', primaryLocale: 'en', content: { en: { title: 'Win', summary: '', body: 'a\nb\nc' } } };

  it('should name every changed field when a translation is added and a body line changes', () => {
    const next = {
      ...base,
      content: { en: { ...base.content.en, body: 'a\nB\nc' }, ar: { title: 'فوز', summary: '', body: 'x' } },
    };
    expect(changedFields(base, next)).toEqual(['ar', 'ar.title', 'ar.summary', 'ar.body', 'en.body']);
  });

  it('should produce a line-based unified diff of a changed body', () => {
    const next = { ...base, content: { en: { ...base.content.en, body: 'a\nB\nc' } } };
    const { patch, changes } = diffSnapshots(base, next, 'r1', 'r2');
    expect(changes.map((c) => c.field)).toEqual(['en.body']);
    expect(patch).toBe('--- r1/en.body\n+++ r2/en.body\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
  });
});
