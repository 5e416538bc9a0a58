import { z } from 'zod';
import { UUID_RE } from '../../common/ids.js';

export const PERIODS = ['7d', '30d', 'all'] as const;
export const METRICS = [
  'signatures',
  'signature-confirmations',
  'signups',
  'confirmations',
  'unsubscribes',
  'rsvps',
  'emails',
] as const;
export type Metric = (typeof METRICS)[number];

export const overviewQuery = z.strictObject({
  period: z.enum(PERIODS).default('30d').describe("7d, 30d or all, counted in the campaign's time zone."),
});

export const seriesQuery = z.strictObject({
  period: z.enum(PERIODS).default('30d').describe("7d, 30d or all, counted in the campaign's time zone."),
  bucket: z.enum(['day', 'hour']).default('day').describe('Local days or local hours (hours: at most 31 days).'),
  petitionId: z.string().regex(UUID_RE, 'must be a UUID').optional().describe('Signature metrics: one petition only.'),
});

const count = z.number().int().nonnegative();
const origin = z.object({ value: z.string(), count });

const windowFields = {
  period: z.enum(PERIODS),
  timeZone: z.string().describe('IANA zone the buckets are counted in (the campaign’s).'),
  from: z.date().describe('First instant counted: local midnight at the start of the period.'),
  to: z.date().describe('End of the window (now).'),
};

export const seriesView = z
  .object({
    ...windowFields,
    metric: z.enum(METRICS),
    bucket: z.enum(['day', 'hour']),
    buckets: z.array(z.string()).describe('Local bucket labels: 2026-03-29 or 2026-03-29T01:00 (zeros included).'),
    series: z.array(
      z.object({
        key: z.string().describe('A petition id, an email state, or "all".'),
        label: z.string().nullable(),
        counts: z.array(count).describe('One count per entry of buckets.'),
        total: count,
      }),
    ),
  })
  .meta({ id: 'DashboardSeries' });

export const overviewView = z
  .object({
    ...windowFields,
    days: z.array(z.string()).describe('Local days of the period, the index of every per-day array.'),
    list: z.object({
      size: count.describe('Confirmed supporters still reachable now.'),
      sizeAtStart: count,
      growth: z.number().int().describe('size - sizeAtStart.'),
    }),
    signups: z.object({ total: count, perDay: z.array(count) }),
    signatures: z.object({
      total: count,
      petitions: z.array(z.object({ petitionId: z.string(), title: z.string(), total: count, perDay: z.array(count) })),
    }),
    confirmationRate: z.object({
      signed: count,
      confirmed: count,
      rate: z.number().nullable().describe('confirmed / signed among signatures of the period; null without any.'),
    }),
    topSources: z.array(origin),
    topReferrers: z.array(origin).describe('Referring hosts (the Referer header of the signup form).'),
    topRefs: z
      .array(origin)
      .describe('Referral codes (?ref=: the supporter or organizer who brought them), first touch of new supporters.'),
    minGroupSize: z
      .number()
      .nullable()
      .describe('k: origins with fewer signups are merged into `otherOrigins` (roles below admin); null when exact.'),
    otherOrigins: z
      .object({ topSources: z.number(), topReferrers: z.number(), topRefs: z.number() })
      .describe('Signups of the period not named in each ranking: small groups, no value, beyond the top 10.'),
    upcomingEvents: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        startsAt: z.date(),
        timeZone: z.string(),
        capacity: z.number().int().nullable(),
        seatsTaken: count,
        waitlisted: count,
      }),
    ),
    broadcasts: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        status: z.string(),
        startedAt: z.date().nullable(),
        total: count,
        sent: count,
        failed: count,
        suppressed: count,
        bounced: count,
        complained: count,
      }),
    ),
    milestones: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), occurredOn: z.string() })),
  })
  .meta({ id: 'DashboardOverview' });
