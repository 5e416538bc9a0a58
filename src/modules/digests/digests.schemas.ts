import { z } from 'zod';
import { previewSender } from '../mail/mail.schemas.js';

export const digestSettingsView = z.object({
  enabled: z.boolean().describe('Whether this campaign sends digests at all.'),
  enabledAt: z
    .date()
    .nullable()
    .describe('When digests were last switched back on; periods due before it were not sent.'),
  defaultHour: z
    .number()
    .int()
    .describe("Send hour (0-23) for supporters who chose none, in their time zone (else the campaign's)."),
  weeklyDay: z.number().int().describe('ISO weekday of weekly digests: 1 = Monday ... 7 = Sunday.'),
  maxItemsPerSection: z.number().int().describe('Items listed per section; the rest are counted ("and 3 more").'),
  includeEvents: z.boolean().describe('List upcoming public events (next 14 days, nearby first).'),
  includePetitions: z.boolean().describe('List open petitions the supporter has not signed, with progress.'),
  campaignTimeZone: z.string().describe("The default time zone of supporters who chose none (the campaign's)."),
  updatedAt: z.date().nullable(),
});

export const updateDigestSettingsBody = z
  .strictObject({
    enabled: z.boolean().optional(),
    defaultHour: z.number().int().min(0).max(23).optional(),
    weeklyDay: z.number().int().min(1).max(7).optional(),
    maxItemsPerSection: z.number().int().min(1).max(20).optional(),
    includeEvents: z.boolean().optional(),
    includePetitions: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one setting to change' });
export type UpdateDigestSettings = z.output<typeof updateDigestSettingsBody>;

export const digestRunView = z.object({
  id: z.string(),
  trigger: z.string().describe('schedule (the job scheduler tick) or manual.'),
  tickAt: z.date().describe('The scheduler clock of this pass: content cutoff of every digest it made.'),
  status: z.enum(['running', 'completed', 'failed']),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  error: z.string().nullable(),
  counts: z.object({
    subscribers: z.number().int().describe('Digest subscribers looked at.'),
    due: z.number().int().describe('Subscribers whose period was due.'),
    queued: z.number().int().describe('Digests handed to the mail outbox.'),
    skippedEmpty: z.number().int().describe('Due, but nothing new: no digest sent (the period is recorded as done).'),
    duplicates: z.number().int().describe('Due, but another worker had already taken the period: nothing sent twice.'),
    sent: z.number().int(),
    suppressed: z
      .number()
      .int()
      .describe('Not sent at send time: unsubscribed, consent withdrawn, bounced or erased meanwhile.'),
    failed: z.number().int(),
    cancelled: z.number().int(),
    pending: z.number().int().describe('Queued digests not yet delivered or settled.'),
  }),
});

export const digestPreviewView = z.object({
  supporterId: z.string(),
  enabled: z.boolean().describe('Whether the campaign sends digests at all.'),
  schedule: z.object({
    frequency: z.enum(['daily', 'weekly']),
    hour: z.number().int(),
    timeZone: z.string(),
    weekday: z.number().int().nullable(),
  }),
  next: z.object({ periodKey: z.string(), dueAt: z.date(), dueNow: z.boolean() }),
  window: z.object({ since: z.date(), cutoff: z.date() }).describe('What counts as new: content in (since, cutoff].'),
  wouldSend: z.boolean().describe('False when nothing is new: no digest would be sent.'),
  newCount: z.number().int(),
  counts: z.object({
    statements: z.number().int(),
    milestones: z.number().int(),
    events: z.number().int(),
    petitions: z.number().int(),
  }),
  locale: z.enum(['en', 'ar']),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  ...previewSender,
  lastDigest: z
    .object({ periodKey: z.string(), kind: z.enum(['daily', 'weekly']), status: z.string(), createdAt: z.date() })
    .nullable(),
});
