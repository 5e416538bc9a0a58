/**
 * Child process of `npm run bench:sign`: drives the public sign endpoint of a server running in its
 * own process. About 20% of the requests repeat an address that signed earlier in the run.
 */
import { repeatingEmails } from './lib/ceiling.js';
import { benchmarkIp, childMain, runLoad } from './lib/load.js';
import { summarize } from './lib/stats.js';

export interface SignLoadInput {
  url: string;
  campaignSlug: string;
  petitionSlug: string;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  /** Makes emails and client addresses unique to this run. */
  runTag: string;
  ipOffset: number;
  repeatRatio: number;
}

export interface SignLoadOutput {
  measured: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  errorSamples: string[];
  elapsedMs: number;
  perSecond: number;
  latency: ReturnType<typeof summarize>;
  /** Every distinct address that got a 202, warm-up included (the stored-once check needs them all). */
  acceptedEmails: string[];
  repeats: number;
  bodiesDiffer: number;
}

const FIRST = ['Amal', 'Sam', 'Noor', 'Lena', 'Omar', 'Maya', 'Yusuf', 'Hana', 'Ravi', 'Ada'];
const LAST = ['Haddad', 'Nguyen', 'Khalil', 'Smith', 'Okafor', 'Garcia', 'Cohen', 'Ali', 'Tanaka', 'Novak'];

childMain<SignLoadInput, SignLoadOutput>(async (input) => {
  const path = `/public/campaigns/${input.campaignSlug}/petitions/${input.petitionSlug}/signatures`;
  // About 20% sign again with an address from earlier in the run (recent ones, as in a viral burst).
  const nextEmail = repeatingEmails(`s${input.runTag}`, input.repeatRatio);
  let repeats = 0;
  let firstBody: string | null = null;
  let bodiesDiffer = 0;
  const accepted = new Set<string>();
  const emailOf: string[] = [];

  const result = await runLoad(
    { url: input.url, concurrency: input.concurrency, durationMs: input.durationMs, warmupMs: input.warmupMs },
    (i) => {
      const { email, repeat } = nextEmail(i);
      if (repeat) repeats++;
      emailOf[i] = email;
      const body = {
        email,
        firstName: FIRST[i % FIRST.length],
        lastName: LAST[(i >> 3) % LAST.length],
        country: 'GB',
        postalCode: 'SW1A 1AA',
        locale: 'en',
        source: i % 4 === 0 ? 'newsletter' : 'social',
        showName: i % 3 === 0,
        ...(i % 5 === 0 ? { comment: 'Workers deserve a say in what their labour builds.' } : {}),
        ...(i % 2 === 0 ? { consentUpdates: true, consentTextVersion: 'bench-v1' } : {}),
      };
      return {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': benchmarkIp(input.ipOffset + i) },
        body: JSON.stringify(body),
      };
    },
    (i, status, body) => {
      if (status === 202) {
        accepted.add(emailOf[i]);
        if (firstBody === null) firstBody = body;
        else if (body !== firstBody) bodiesDiffer++;
      }
      return undefined;
    },
  );
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
  };
});
