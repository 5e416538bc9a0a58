/** Load generator of `npm run bench:dashboard` (its own process): sequential GETs, latency per endpoint. */
import { childMain, runLoad } from './lib/load.js';
import { summarize, type LatencySummary } from './lib/stats.js';

export interface DashboardLoadInput {
  url: string;
  token: string;
  paths: string[];
  requests: number;
  warmup: number;
}
export type DashboardLoadOutput = { path: string; latency: LatencySummary & { p95: number }; errors: number }[];

childMain<DashboardLoadInput, DashboardLoadOutput>(async (input) => {
  const out: DashboardLoadOutput = [];
  for (const path of input.paths) {
    const headers = { authorization: `Bearer ${input.token}` };
    await runLoad({ url: input.url, concurrency: 1, durationMs: 60_000, maxRequests: input.warmup }, () => ({
      method: 'GET',
      path,
      headers,
    }));
    const r = await runLoad(
      { url: input.url, concurrency: 1, durationMs: 120_000, maxRequests: input.requests },
      () => ({
        method: 'GET',
        path,
        headers,
      }),
    );
    const sorted = [...r.latenciesMs].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
    out.push({ path, latency: { ...summarize(r.latenciesMs), p95 }, errors: r.errors + (r.measured - r.ok) });
    console.log(
      `${path.replace(/^.*\/dashboard/, '…/dashboard')}: p50 ${sorted[sorted.length >> 1]?.toFixed(1)} ms, p95 ${p95?.toFixed(1)} ms`,
    );
  }
  return out;
});
