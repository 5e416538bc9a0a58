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
/** Per path: the first answer (computed, cache cold), then `requests` answers after the warm-up. */
export type DashboardLoadOutput = {
  path: string;
  coldMs: number;
  latency: LatencySummary & { p95: number };
  errors: number;
}[];

childMain<DashboardLoadInput, DashboardLoadOutput>(async (input) => {
  const out: DashboardLoadOutput = [];
  for (const path of input.paths) {
    const load = (maxRequests: number) =>
      runLoad({ url: input.url, concurrency: 1, durationMs: 120_000, maxRequests }, () => ({
        method: 'GET',
        path,
        headers: { authorization: `Bearer ${input.token}` },
      }));
    const warm = await load(input.warmup);
    const r = await load(input.requests);
    const sorted = [...r.latenciesMs].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
    const coldMs = warm.latenciesMs[0] ?? Number.NaN;
    out.push({ path, coldMs, latency: { ...summarize(r.latenciesMs), p95 }, errors: r.errors + (r.measured - r.ok) });
    console.log(
      `${path.replace(/^.*\/dashboard/, '…/dashboard')}: first ${coldMs.toFixed(1)} ms, p50 ${sorted[sorted.length >> 1]?.toFixed(1)} ms, p95 ${p95?.toFixed(1)} ms`,
    );
  }
  return out;
});
