/**
 * Child process of `npm run bench:rsvp`: drives the public RSVP endpoint of a server running in its
 * own process, spreading RSVPs over `events` events (1 = everyone wants the same rally).
 */
import { benchmarkIp, childMain, runLoad } from './lib/load.js';
import { summarize } from './lib/stats.js';

export interface RsvpLoadInput {
  url: string;
  campaignSlug: string;
  eventSlugs: string[];
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  runTag: string;
  ipOffset: number;
}

export interface RsvpLoadOutput {
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  errorSamples: string[];
  elapsedMs: number;
  perSecond: number;
  latency: ReturnType<typeof summarize>;
  confirmed: number;
  waitlisted: number;
  /** Every address that got a 200, warm-up included, with its event. */
  accepted: { email: string; eventSlug: string }[];
}

childMain<RsvpLoadInput, RsvpLoadOutput>(async (input) => {
  const accepted: { email: string; eventSlug: string }[] = [];
  let confirmed = 0;
  let waitlisted = 0;
  const sent: { email: string; eventSlug: string }[] = [];
  const result = await runLoad(
    { url: input.url, concurrency: input.concurrency, durationMs: input.durationMs, warmupMs: input.warmupMs },
    (i) => {
      const eventSlug = input.eventSlugs[i % input.eventSlugs.length];
      const email = `r${input.runTag}-${i}@bench.example.org`;
      sent[i] = { email, eventSlug };
      const body = {
        email,
        firstName: 'Noor',
        lastName: 'Khalil',
        locale: 'en',
        guests: i % 4 === 0 ? 1 : 0,
        ...(i % 2 === 0 ? { consentUpdates: true, consentTextVersion: 'bench-v1' } : {}),
      };
      return {
        method: 'POST',
        path: `/public/campaigns/${input.campaignSlug}/events/${eventSlug}/rsvp`,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': benchmarkIp(input.ipOffset + i) },
        body: JSON.stringify(body),
      };
    },
    (i, status, body) => {
      if (status === 200) {
        accepted.push(sent[i]);
        const s = (JSON.parse(body) as { status: string }).status;
        if (s === 'confirmed') confirmed++;
        else waitlisted++;
      }
      return undefined;
    },
  );
  return {
    ok: result.ok,
    errors: result.errors,
    statuses: result.statuses,
    errorSamples: result.errorSamples,
    elapsedMs: result.elapsedMs,
    perSecond: result.ok / (result.elapsedMs / 1000),
    latency: summarize(result.latenciesMs),
    confirmed,
    waitlisted,
    accepted,
  };
});
