/**
 * The OSDI client of bench:osdi, in its own process: from the AEP, follows the people link with a
 * modified_date filter and then every `next` link, as a sync tool does. Keep-alive node:http.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { childMain } from './lib/load.js';
import { percentile } from './lib/stats.js';

export interface OsdiSyncInput {
  url: string;
  token: string;
  campaignId: string;
  since: string;
  perPage: number;
}
export interface OsdiSyncOutput {
  people: number;
  duplicates: number;
  totalRecords: number;
  pages: number;
  seconds: number;
  perSecond: number;
  pageP50: number;
  pageP99: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string, token: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { agent, headers: { 'osdi-api-token': token, accept: 'application/hal+json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) reject(new Error(`${res.statusCode} ${url}: ${text.slice(0, 300)}`));
          else resolve(JSON.parse(text));
        });
      },
    );
    req.on('error', reject);
  });
}

childMain<OsdiSyncInput, OsdiSyncOutput>(async (input) => {
  const started = performance.now();
  const aep = await get(`${input.url}/osdi/v1/campaigns/${input.campaignId}`, input.token);
  const filter = encodeURIComponent(`modified_date gt '${input.since}'`);
  let next: string | undefined = `${aep._links['osdi:people'].href}?per_page=${input.perPage}&filter=${filter}`;
  const seen = new Set<string>();
  let duplicates = 0;
  let totalRecords = 0;
  const pageMs: number[] = [];
  while (next) {
    const t0 = performance.now();
    const page = await get(next, input.token);
    pageMs.push(performance.now() - t0);
    totalRecords = page.total_records;
    for (const p of page._embedded['osdi:people'] as { identifiers: string[] }[]) {
      if (seen.has(p.identifiers[0])) duplicates++;
      seen.add(p.identifiers[0]);
    }
    next = page._links.next?.href;
  }
  const seconds = (performance.now() - started) / 1000;
  pageMs.sort((a, b) => a - b);
  return {
    people: seen.size,
    duplicates,
    totalRecords,
    pages: pageMs.length,
    seconds,
    perSecond: seen.size / seconds,
    pageP50: percentile(pageMs, 50),
    pageP99: percentile(pageMs, 99),
  };
});
