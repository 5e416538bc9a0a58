import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, type OrganizerFixture, unique } from '../support/factories.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
// RFC 822 date-time as RSS 2.0 uses it (four-digit years allowed).
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'item', 'link'].includes(name),
  parseTagValue: false,
});
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: any): string => (typeof v === 'object' && v !== null ? String(v['#text'] ?? '') : String(v ?? ''));

describe('statements: Atom and RSS feeds', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };
  const slugs: Record<string, string> = {};

  async function publish(variants: Record<string, unknown>, summary = ''): Promise<{ id: string; slug: string }> {
    const slug = unique('feed');
    const created = await t.http.post(
      `/campaigns/${campaign.id}/statements`,
      { slug, primaryLocale: 'en', variants },
      owner.token,
    );
    if (created.status !== 201) throw new Error(created.text);
    await t.http.post(
      `/campaigns/${campaign.id}/statements/${created.body.id}/publish`,
      { notify: false },
      owner.token,
    );
    void summary;
    return { id: created.body.id, slug };
  }

  beforeAll(async () => {
    t = await startApp();
    owner = await createOrganizer(t);
    campaign = await createCampaign(t, owner.token, {
      name: 'Workers & Friends <No Azure>',
      summary: 'Campaign "updates"',
    });
    slugs.first = (
      await publish({
        en: {
          title: 'First & foremost <win>',
          summary: 'Ampersands & "quotes"',
          body: 'Body with <b>markup</b> and a [link](https://example.org/?a=1&b=2).',
        },
      })
    ).slug;
    slugs.second = (
      await publish({
        en: { title: 'Second\u0001 statement', body: 'Control characters\u0008 are dropped.' },
        ar: { title: 'البيان الثاني', body: 'نص' },
      })
    ).slug;
    // never in a feed: a draft, a scheduled one and a retracted one
    await t.http.post(
      `/campaigns/${campaign.id}/statements`,
      { slug: unique('draft'), primaryLocale: 'en', variants: { en: { title: 'Draft', body: 'x' } } },
      owner.token,
    );
    const scheduled = await t.http.post(
      `/campaigns/${campaign.id}/statements`,
      { slug: unique('sched'), primaryLocale: 'en', variants: { en: { title: 'Scheduled', body: 'x' } } },
      owner.token,
    );
    await t.http.post(
      `/campaigns/${campaign.id}/statements/${scheduled.body.id}/schedule`,
      { publishAt: new Date(Date.now() + 3600_000).toISOString(), notify: false },
      owner.token,
    );
    const retracted = await publish({ en: { title: 'Retracted', body: 'x' } });
    await t.http.post(`/campaigns/${campaign.id}/statements/${retracted.id}/retract`, { reason: 'wrong' }, owner.token);
  });
  afterAll(() => t.close());

  it('should serve a well-formed Atom 1.0 feed with every required element when statements are published', async () => {
    const res = await t.http.get(`/public/campaigns/${campaign.slug}/statements.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(res.text)).toBe(true);

    const feed = parser.parse(res.text).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(text(feed.id)).toMatch(URN_UUID);
    expect(text(feed.title)).toBe('Workers & Friends <No Azure>: statements');
    expect(text(feed.updated)).toMatch(RFC3339);
    expect(feed.author.name).toBe('Workers & Friends <No Azure>');
    const self = asArray<any>(feed.link).find((l) => l['@rel'] === 'self');
    expect(self['@href']).toBe(`${t.config.get('PUBLIC_URL')}/public/campaigns/${campaign.slug}/statements.atom`);
    // The feed's alternate is the statements page, and says it is HTML (it once claimed JSON).
    const site = asArray<any>(feed.link).find((l) => l['@rel'] === 'alternate');
    expect(site['@href']).toBe(`${t.config.get('PUBLIC_URL')}/c/${campaign.slug}/statements`);
    expect(site['@type']).toBe('text/html');
    const page = await t.http.request('GET', new URL(site['@href']).pathname, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');

    const entries = asArray<any>(feed.entry);
    expect(entries.map((e) => text(e.title))).toEqual(['Second statement', 'First & foremost <win>']);
    for (const e of entries) {
      expect(text(e.id)).toMatch(URN_UUID);
      expect(text(e.updated)).toMatch(RFC3339);
      expect(text(e.published)).toMatch(RFC3339);
      expect(asArray<any>(e.link)[0]['@href']).toContain(`/c/${campaign.slug}/statements/`);
      expect(e.content['@type']).toBe('html');
    }
    // The HTML content is escaped text that decodes to the sanitized rendering.
    expect(text(entries[1].content)).toContain(
      '<a href="https://example.org/?a=1&amp;b=2" rel="nofollow noopener noreferrer">link</a>',
    );
    expect(text(entries[1].content)).toContain('&lt;b&gt;markup&lt;/b&gt;');
    expect(text(entries[1].summary)).toBe('Ampersands & "quotes"');
    // feed updated = newest entry updated
    expect(text(feed.updated)).toBe(text(entries[0].updated));
  });

  it('should serve a well-formed RSS 2.0 feed with channel and item elements when statements are published', async () => {
    const res = await t.http.get(`/public/campaigns/${campaign.slug}/statements.rss`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(XMLValidator.validate(res.text)).toBe(true);

    const rss = parser.parse(res.text).rss;
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toBe('Workers & Friends <No Azure>: statements');
    expect(channel.link[0]).toMatch(/^http/);
    expect(channel.description).toBe('Campaign "updates"');
    expect(channel.language).toBe('en');
    expect(channel.lastBuildDate).toMatch(RFC822);
    expect(channel['atom:link']['@rel']).toBe('self');
    const items = asArray<any>(channel.item);
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link[0]).toMatch(/^http/);
      expect(item.pubDate).toMatch(RFC822);
      expect(item.guid['@isPermaLink']).toBe('false');
      expect(text(item.guid)).toMatch(URN_UUID);
    }
  });

  it('should keep entry ids stable and move updated forward when a published statement is edited', async () => {
    const before = asArray<any>(
      parser.parse((await t.http.get(`/public/campaigns/${campaign.slug}/statements.atom`)).text).feed.entry,
    );
    const list = await t.http.get(`/campaigns/${campaign.id}/statements?status=published`, owner.token);
    const first = list.body.items.find((s: any) => s.slug === slugs.first);
    await t.http.patch(
      `/campaigns/${campaign.id}/statements/${first.id}`,
      { variants: { en: { body: 'Edited body.' } } },
      owner.token,
    );
    const after = asArray<any>(
      parser.parse((await t.http.get(`/public/campaigns/${campaign.slug}/statements.atom`)).text).feed.entry,
    );
    const b = before.find((e) => text(e.title).startsWith('First'));
    const a = after.find((e) => text(e.title).startsWith('First'));
    expect(text(a.id)).toBe(text(b.id));
    expect(text(a.published)).toBe(text(b.published));
    expect(new Date(text(a.updated)).getTime()).toBeGreaterThanOrEqual(new Date(text(b.updated)).getTime());
    expect(text(a.content)).toContain('Edited body.');
  });

  it('should give translated entries their own ids and xml:lang when the Arabic feed is requested', async () => {
    const en = asArray<any>(
      parser.parse((await t.http.get(`/public/campaigns/${campaign.slug}/statements.atom`)).text).feed.entry,
    );
    const res = await t.http.get(`/public/campaigns/${campaign.slug}/statements.atom?locale=ar`);
    const feed = parser.parse(res.text).feed;
    expect(feed['@xml:lang']).toBe('ar');
    const ar = asArray<any>(feed.entry);
    expect(text(ar[0].title)).toBe('البيان الثاني');
    expect(ar[0]['@xml:lang']).toBe('ar');
    expect(ar[1]['@xml:lang']).toBe('en'); // no translation: the original
    expect(text(ar[0].id)).not.toBe(text(en[0].id));
    expect(text(feed.id)).not.toBe(
      text(parser.parse((await t.http.get(`/public/campaigns/${campaign.slug}/statements.atom`)).text).feed.id),
    );
  });

  it('should answer 304 when a reader revalidates an unchanged feed with its ETag', async () => {
    const first = await t.http.get(`/public/campaigns/${campaign.slug}/statements.rss`);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await t.http.request('GET', `/public/campaigns/${campaign.slug}/statements.rss`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('should serve valid empty feeds when a campaign has published nothing yet', async () => {
    const empty = await createCampaign(t, owner.token);
    for (const kind of ['atom', 'rss']) {
      const res = await t.http.get(`/public/campaigns/${empty.slug}/statements.${kind}`);
      expect(res.status).toBe(200);
      expect(XMLValidator.validate(res.text)).toBe(true);
    }
    const atom = parser.parse((await t.http.get(`/public/campaigns/${empty.slug}/statements.atom`)).text).feed;
    expect(text(atom.updated)).toMatch(RFC3339);
    expect(atom.entry).toBeUndefined();
  });

  it('should answer 404 for the feeds of an unknown campaign', async () => {
    expect((await t.http.get('/public/campaigns/no-such-campaign-here/statements.atom')).status).toBe(404);
  });
});
