import { createHash } from 'node:crypto';

/**
 * Atom 1.0 (RFC 4287) and RSS 2.0 documents for a campaign's published statements. Built by hand:
 * the formats are small, and owning the writer keeps ids, dates and escaping exactly as the specs
 * want them (see docs/decisions/feeds.md).
 *  - ids are `urn:uuid:` of the statement variant (entries) and a name-based UUID of campaign and
 *    locale (feeds), so they never change when the host or a slug changes;
 *  - Atom dates are RFC 3339 in UTC, RSS dates RFC 822 (with a four-digit year, as RSS 2.0 allows);
 *  - text goes through xmlEscape, which also drops characters XML 1.0 forbids.
 */
export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  html: string;
  url: string;
  locale: string;
  publishedAt: Date;
  updatedAt: Date;
}

export interface FeedInfo {
  id: string;
  title: string;
  subtitle: string;
  locale: string;
  /** The human-readable page (here: the JSON list of statements). */
  siteUrl: string;
  atomUrl: string;
  rssUrl: string;
  author: string;
  /** Used as `updated` when there are no entries yet. */
  fallbackUpdated: Date;
  generator: string;
}

// XML 1.0 allows tab, LF, CR and U+0020 and above, except surrogates and U+FFFE/U+FFFF.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 in UTC, whole seconds: 2025-09-25T17:00:00Z. */
export function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** RFC 822 date-time as RSS 2.0 uses it: Thu, 25 Sep 2025 17:00:00 GMT. */
export function rfc822(d: Date): string {
  return d.toUTCString();
}

/** A name-based (version 5 style, SHA-1) UUID, for ids that must be stable without a stored row. */
export function nameUuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`${namespace}\u0000${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function feedUpdated(feed: FeedInfo, entries: FeedEntry[]): Date {
  return entries.reduce(
    (max, e) => (e.updatedAt > max ? e.updatedAt : max),
    entries.length ? new Date(0) : feed.fallbackUpdated,
  );
}

export function atomFeed(feed: FeedInfo, entries: FeedEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.locale)}">`,
    `  <id>urn:uuid:${feed.id}</id>`,
    `  <title type="text">${xmlEscape(feed.title)}</title>`,
    `  <subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <updated>${rfc3339(feedUpdated(feed, entries))}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.atomUrl)}"/>`,
    // The statements page people read (src/web), not a JSON resource.
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.siteUrl)}"/>`,
    `  <link rel="alternate" type="application/rss+xml" href="${xmlEscape(feed.rssUrl)}"/>`,
    `  <author><name>${xmlEscape(feed.author)}</name></author>`,
    `  <generator>${xmlEscape(feed.generator)}</generator>`,
  ];
  for (const e of entries) {
    lines.push(
      `  <entry xml:lang="${xmlEscape(e.locale)}">`,
      `    <id>urn:uuid:${e.id}</id>`,
      `    <title type="text">${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" href="${xmlEscape(e.url)}"/>`,
      `    <published>${rfc3339(e.publishedAt)}</published>`,
      `    <updated>${rfc3339(e.updatedAt)}</updated>`,
      ...(e.summary ? [`    <summary type="text">${xmlEscape(e.summary)}</summary>`] : []),
      `    <content type="html">${xmlEscape(e.html)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

export function rssFeed(feed: FeedInfo, entries: FeedEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlEscape(feed.title)}</title>`,
    `    <link>${xmlEscape(feed.siteUrl)}</link>`,
    `    <description>${xmlEscape(feed.subtitle || feed.title)}</description>`,
    `    <language>${xmlEscape(feed.locale)}</language>`,
    `    <lastBuildDate>${rfc822(feedUpdated(feed, entries))}</lastBuildDate>`,
    `    <generator>${xmlEscape(feed.generator)}</generator>`,
    '    <docs>https://www.rssboard.org/rss-specification</docs>',
    `    <atom:link href="${xmlEscape(feed.rssUrl)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const e of entries) {
    lines.push(
      '    <item>',
      `      <title>${xmlEscape(e.title)}</title>`,
      `      <link>${xmlEscape(e.url)}</link>`,
      `      <guid isPermaLink="false">urn:uuid:${e.id}</guid>`,
      `      <pubDate>${rfc822(e.publishedAt)}</pubDate>`,
      `      <description>${xmlEscape(e.html)}</description>`,
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>', '');
  return lines.join('\n');
}
