import { z } from 'zod';

export const RETENTION_DEFAULTS = { signerMonths: 6, rsvpDays: 30, auditMonths: 12 } as const;

export const retentionPolicyView = z
  .object({
    signerMonths: z
      .number()
      .int()
      .describe('Months after a petition is delivered (else closed) before its signers are anonymized (default 6).'),
    rsvpDays: z.number().int().describe('Days after an event ends before its RSVPs are anonymized (default 30).'),
    auditMonths: z.number().int().describe('Months after which audit entries stop naming supporters (default 12).'),
    isDefault: z.boolean().describe('True when the campaign never changed its rules.'),
    updatedAt: z.date().nullable(),
  })
  .meta({ id: 'RetentionPolicy' });

export const updateRetentionPolicyBody = z
  .strictObject({
    signerMonths: z.number().int().min(1).max(60).optional(),
    rsvpDays: z.number().int().min(1).max(730).optional(),
    auditMonths: z.number().int().min(1).max(120).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one rule to change' })
  .meta({ id: 'UpdateRetentionPolicyInput' });
export type UpdateRetentionPolicy = z.output<typeof updateRetentionPolicyBody>;

export const retentionExpiriesView = z
  .object({
    at: z.date().describe('When this list was computed.'),
    policy: retentionPolicyView,
    petitions: z
      .array(
        z.object({
          petitionId: z.string(),
          slug: z.string(),
          title: z.string(),
          endedAt: z.date().describe('Delivered, else closed, else its closing date.'),
          expiresAt: z.date().describe('From this day the daily job anonymizes its signers.'),
          signatures: z.number().int().describe('Signatures still linked to a signer.'),
        }),
      )
      .describe('Ended petitions whose signers are still named; open petitions do not expire.'),
    events: z
      .array(
        z.object({
          eventId: z.string(),
          slug: z.string(),
          title: z.string(),
          endedAt: z.date(),
          expiresAt: z.date(),
          rsvps: z.number().int().describe('RSVPs still linked to a person.'),
        }),
      )
      .describe('Ended events whose RSVPs are still linked to people.'),
    audit: z.object({
      entries: z.number().int().describe('Audit entries that name a supporter.'),
      oldestAt: z.date().nullable(),
      nextExpiresAt: z.date().nullable().describe('When the oldest of them stops naming its supporter.'),
    }),
  })
  .meta({ id: 'RetentionExpiries' });

export const campaignShutdownView = z
  .object({
    id: z.string(),
    status: z.enum(['scheduled', 'cancelled', 'completed']),
    requestedBy: z.string().describe('The owner who asked.'),
    dueAt: z.date().describe('When the erasure runs unless cancelled first.'),
    cancelledBy: z.string().nullable(),
    cancelledAt: z.date().nullable(),
    completedAt: z.date().nullable(),
    result: z
      .object({
        supportersErased: z.number().int(),
        petitionsClosed: z.number().int(),
        messagesCancelled: z.number().int(),
        messagesCleared: z.number().int(),
      })
      .nullable()
      .describe('Counts of what the erasure did (never who).'),
    createdAt: z.date(),
  })
  .meta({ id: 'CampaignShutdown' });
export type CampaignShutdownResult = NonNullable<z.output<typeof campaignShutdownView>['result']>;

export const campaignShutdownState = z
  .object({
    shutDownAt: z.date().nullable().describe('When the campaign was shut down (null: it runs).'),
    current: campaignShutdownView.nullable().describe('The latest shutdown request, if any.'),
  })
  .meta({ id: 'CampaignShutdownState' });

export const scheduleShutdownBody = z
  .strictObject({
    confirm: z
      .string()
      .max(200)
      .describe("The campaign's slug, typed back: the shutdown erases every supporter's personal data."),
  })
  .meta({ id: 'ScheduleShutdownInput' });

export const cancelShutdownBody = z.strictObject({}).meta({ id: 'CancelShutdownInput' });
