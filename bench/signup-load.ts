/**
 * Child process of `npm run bench:signup`: drives the public signup endpoint of a server running
 * in its own process. About 20% of the requests repeat an address that signed up earlier in the
 * run (in another letter case), so the dedupe path is measured too.
 */
import { repeatingEmails } from './lib/ceiling.js';
import { benchmarkIp, childMain, runLoad } from './lib/load.js';
import { summarize } from './lib/stats.js';

export interface SignupLoadInput {
  url: string;
  campaignSlug: string;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  /** Makes emails and client addresses unique to this run. */
  runTag: string;
  ipOffset: number;
  repeatRatio: number;
}

export interface SignupLoadOutput {
  measured: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  errorSamples: string[];
  elapsedMs: number;
  perSecond: number;
  latency: ReturnType<typeof summarize>;
  /** Every distinct address (normalized) that got a 202, warm-up included. */
  acceptedEmails: string[];
  repeats: number;
  /** Answers whose body differed from the first answer in the same language (must be 0: no oracle). */
  bodiesDiffer: number;
  /** Median latency of first-time and of repeat signups, to compare (timing must not reveal membership). */
  firstTimeP50: number;
  repeatP50: number;
}

const FIRST = ['Amal', 'Sam', 'Noor', 'Lena', 'Omar', 'Maya', 'Yusuf', 'Hana', 'Ravi', 'Ada'];
const LAST = ['Haddad', 'Nguyen', 'Khalil', 'Smith', 'Okafor', 'Garcia', 'Cohen', 'Ali', 'Tanaka', 'Novak'];

childMain<SignupLoadInput, SignupLoadOutput>(async (input) => {
  const path = `/public/campaigns/${input.campaignSlug}/supporters`;
  const nextEmail = repeatingEmails(`u${input.runTag}`, input.repeatRatio);
  let repeats = 0;
  // The answer depends only on the form's language: compare each answer with the first of its language.
  const firstBody = new Map<string, string>();
  const localeOf: string[] = [];
  let bodiesDiffer = 0;
  const accepted = new Set<string>();
  const emailOf: string[] = [];
  const isRepeat: boolean[] = [];
  const started: number[] = [];
  const firstTimes: number[] = [];
  const repeatTimes: number[] = [];

  const result = await runLoad(
    { url: input.url, concurrency: input.concurrency, durationMs: input.durationMs, warmupMs: input.warmupMs },
    (i) => {
      const next = nextEmail(i);
      // A repeat comes back in another letter case: the same person.
      const email = next.repeat ? next.email.toUpperCase() : next.email;
      if (next.repeat) {
        repeats++;
        isRepeat[i] = true;
      }
      emailOf[i] = email;
      started[i] = performance.now();
      localeOf[i] = i % 7 === 0 ? 'ar' : 'en';
      const body = {
        email,
        firstName: FIRST[i % FIRST.length],
        lastName: LAST[(i >> 3) % LAST.length],
        country: 'GB',
        postalCode: 'SW1A 1AA',
        locale: localeOf[i],
        source: i % 4 === 0 ? 'newsletter' : 'social',
        utmSource: 'bench',
        referrer: 'https://news.example.org/article/123',
        consentUpdates: true,
        consentDigests: i % 3 === 0,
        consentTextVersion: 'bench-v1',
        formId: 'footer',
        website: '',
      };
      return {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': benchmarkIp(input.ipOffset + i) },
        body: JSON.stringify(body),
      };
    },
    (i, status, body, measured) => {
      if (status === 202) {
        accepted.add(emailOf[i].toLowerCase());
        const first = firstBody.get(localeOf[i]);
        if (first === undefined) firstBody.set(localeOf[i], body);
        else if (body !== first) bodiesDiffer++;
        if (measured) (isRepeat[i] ? repeatTimes : firstTimes).push(performance.now() - started[i]);
      }
      return undefined;
    },
  );
  const p50 = (xs: number[]) => summarize(xs).p50;
  return {
    measured: result.measured,
    ok: result.ok,
    errors: result.errors,
    statuses: result.statuses,
    errorSamples: result.errorSamples,
    elapsedMs: result.elapsedMs,
    perSecond: result.ok / (result.elapsedMs / 1000),
    latency: summarize(result.latenciesMs),
    acceptedEmails: [...accepted],
    repeats,
    bodiesDiffer,
    firstTimeP50: p50(firstTimes),
    repeatP50: p50(repeatTimes),
  };
});
