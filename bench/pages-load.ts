/**
 * Child process of `npm run bench:pages`: GETs one path (a page, or /health for the ceiling), or
 * posts the petition's HTML sign form as a browser does, against a server in its own process.
 * Every request comes from its own synthetic address (X-Forwarded-For), so per-IP limits stay on.
 */
import { randomBytes } from 'node:crypto';
import { benchmarkIp, childMain, runLoad } from './lib/load.js';
import { summarize } from './lib/stats.js';

export interface PagesLoadInput {
  url: string;
  kind: 'get' | 'sign';
  path: string;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  ipOffset: number;
}

export interface PagesLoadOutput {
  perSecond: number;
  latency: ReturnType<typeof summarize>;
  errors: number;
  statuses: Record<string, number>;
  errorSamples: string[];
}

childMain<PagesLoadInput, PagesLoadOutput>(async (input) => {
  const tag = randomBytes(3).toString('hex');
  const expected = input.kind === 'sign' ? 303 : 200;
  const result = await runLoad(
    { url: input.url, concurrency: input.concurrency, durationMs: input.durationMs, warmupMs: input.warmupMs },
    (i) => {
      const headers: Record<string, string> = {
        accept: 'text/html,application/xhtml+xml',
        'x-forwarded-for': benchmarkIp(input.ipOffset + (i % 100_000)),
      };
      if (input.kind === 'get') return { method: 'GET', path: input.path, headers };
      const body = new URLSearchParams({
        email: `page-${tag}-${i}@bench.example.org`,
        firstName: 'Bench',
        locale: 'en',
        showName: 'true',
        website: '',
      }).toString();
      return {
        method: 'POST',
        path: input.path,
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      };
    },
  );
  const unexpected = Object.entries(result.statuses)
    .filter(([s]) => Number(s) !== expected)
    .reduce((n, [, c]) => n + c, 0);
  return {
    perSecond: (result.measured / result.elapsedMs) * 1000,
    latency: summarize(result.latenciesMs),
    // runLoad counts every non-2xx as an error; here only an answer other than the expected one is.
    errors: unexpected,
    statuses: result.statuses,
    errorSamples: result.errorSamples,
  };
});
