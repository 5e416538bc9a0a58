import { z } from 'zod';
import { localeSchema } from '../../common/i18n.js';
import { UUID_RE } from '../../common/ids.js';
import { MAX_PAGE_SIZE } from '../../common/pagination.js';
import { isoDateTime, queryInt } from '../../common/validation.js';

export const MILESTONE_KINDS = ['win', 'action', 'escalation', 'setback', 'report'] as const;
export const milestoneKind = z.enum(MILESTONE_KINDS);

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));

export const sourceLink = z.strictObject({
  url: httpUrl,
  title: z.string().trim().max(300).optional(),
  publisher: z.string().trim().max(200).optional().describe('Publication or organization, e.g. "The Guardian".'),
});
export type SourceLink = z.output<typeof sourceLink>;

const title = z.string().trim().min(1).max(300);
const description = z.string().trim().max(20_000).describe('Markdown; rendered to sanitized HTML.');
const translation = z.strictObject({ title, description: description.optional() });
const day = z.iso.date().describe('A calendar day (YYYY-MM-DD), for milestones without a known time.');

const base = {
  kind: milestoneKind,
  title,
  description: description.optional(),
  locale: localeSchema.optional().describe("Language of title and description (default: the campaign's)."),
  translations: z
    .partialRecord(localeSchema, translation)
    .optional()
    .describe('Other languages: { "ar": { title, description } }.'),
  sourceLinks: z.array(sourceLink).max(20).optional(),
  statementId: z
    .string()
    .regex(UUID_RE, 'must be a UUID')
    .nullable()
    .optional()
    .describe('A statement of this campaign about this milestone.'),
};

export const createMilestoneBody = z
  .strictObject({
    ...base,
    occurredOn: day.optional(),
    occurredAt: isoDateTime.optional().describe('The instant, when known (RFC 3339 with offset).'),
    notify: z.boolean().default(false).describe('Send an alert to subscribers now (admins and owners only).'),
    key: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[A-Za-z0-9:._-]+$/, 'letters, digits and : . _ - only')
      .optional()
      .describe('Idempotency key: a second create with the same key returns the first milestone.'),
  })
  .refine((v) => (v.occurredOn === undefined) !== (v.occurredAt === undefined), {
    path: ['occurredOn'],
    message: 'give exactly one of occurredOn (a day) or occurredAt (an instant)',
  });
export type CreateMilestoneInput = z.output<typeof createMilestoneBody>;

export const updateMilestoneBody = z
  .strictObject({
    kind: base.kind,
    title: base.title,
    description,
    locale: localeSchema,
    translations: z
      .partialRecord(localeSchema, translation.nullable())
      .describe('Per locale: a translation, or null to remove it.'),
    sourceLinks: z.array(sourceLink).max(20),
    statementId: base.statementId,
    occurredOn: day,
    occurredAt: isoDateTime,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field')
  .refine((v) => v.occurredOn === undefined || v.occurredAt === undefined, {
    path: ['occurredOn'],
    message: 'give at most one of occurredOn or occurredAt',
  });
export type UpdateMilestoneInput = z.output<typeof updateMilestoneBody>;

export const alertBody = z.strictObject({
  realert: z.boolean().default(false).describe('Send again although an alert already went out (a new broadcast).'),
});

export const milestoneView = z.object({
  id: z.string(),
  campaignId: z.string(),
  key: z.string().nullable(),
  kind: milestoneKind,
  origin: z.enum(['organizer', 'automatic']),
  source: z.string().nullable(),
  precision: z.enum(['day', 'instant']),
  occurredOn: z.string().describe("YYYY-MM-DD in the campaign's time zone."),
  occurredAt: z.date().nullable(),
  daysSinceStart: z
    .number()
    .int()
    .nullable()
    .describe("Days between the campaign's start day and this one (0 on the start day)."),
  locale: z.string(),
  title: z.string(),
  description: z.string(),
  descriptionHtml: z.string(),
  translations: z.record(
    z.string(),
    z.object({ title: z.string(), description: z.string(), descriptionHtml: z.string() }),
  ),
  sourceLinks: z.array(z.object({ url: z.string(), title: z.string().optional(), publisher: z.string().optional() })),
  statementId: z.string().nullable(),
  notify: z.boolean(),
  alertVersion: z.number().int(),
  alertedAt: z.date().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const timelineQuery = z.strictObject({
  cursor: z.string().max(300).optional(),
  limit: queryInt(1, MAX_PAGE_SIZE).optional().describe(`Items per page, at most ${MAX_PAGE_SIZE} (default 100).`),
  locale: localeSchema.optional(),
});
export const organizerTimelineQuery = timelineQuery.omit({ locale: true }).extend({ kind: milestoneKind.optional() });

export const publicMilestoneView = z.object({
  id: z.string(),
  kind: milestoneKind,
  precision: z.enum(['day', 'instant']),
  occurredOn: z.string(),
  occurredAt: z.date().nullable(),
  daysSinceStart: z.number().int().nullable(),
  locale: z.string(),
  translations: z.array(z.string()),
  title: z.string(),
  description: z.string(),
  descriptionHtml: z.string(),
  sourceLinks: z.array(z.object({ url: z.string(), title: z.string().optional(), publisher: z.string().optional() })),
  statement: z.object({ slug: z.string(), title: z.string(), url: z.string() }).nullable(),
});

export const publicTimelineView = z.object({
  campaign: z.object({
    slug: z.string(),
    name: z.string(),
    startedOn: z.string().nullable(),
    today: z.string().describe("Today in the campaign's time zone."),
    daysSinceStart: z.number().int().nullable().describe('Days since the campaign started (0 on its first day).'),
  }),
  items: z.array(publicMilestoneView),
  nextCursor: z.string().nullable(),
});

export const previewQuery = z.strictObject({ locale: localeSchema.optional() });
