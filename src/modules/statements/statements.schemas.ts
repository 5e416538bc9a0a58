import { z } from 'zod';
import { localeSchema, slugSchema, timeZoneSchema } from '../../common/i18n.js';
import { pageQuery } from '../../common/pagination.js';
import { isoDateTime, queryInt } from '../../common/validation.js';

export const STATEMENT_STATUSES = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'retracted'] as const;
export const statementStatus = z.enum(STATEMENT_STATUSES);

const title = z.string().trim().min(1).max(300);
const summary = z.string().trim().max(1000).describe('Plain text, shown in lists, feeds and alerts.');
const body = z.string().max(100_000).describe('Markdown. Raw HTML is shown as text; links must be http(s) or mailto.');

export const variantInput = z.strictObject({ title, summary: summary.optional(), body });
export type VariantInput = z.output<typeof variantInput>;

const variantsInput = z
  .partialRecord(localeSchema, variantInput)
  .refine((v) => Object.keys(v).length > 0, 'must contain at least one locale');

export const createStatementBody = z
  .strictObject({
    slug: slugSchema,
    primaryLocale: localeSchema.describe(
      'Language the statement is written in; readers without a translation get this one.',
    ),
    variants: variantsInput.describe('Content per locale: { "en": { title, summary, body }, "ar": {...} }.'),
    note: z.string().trim().max(500).optional().describe('Revision note.'),
  })
  .refine((v) => v.variants[v.primaryLocale] !== undefined, {
    path: ['variants'],
    message: 'must include the primary locale',
  });

export const updateStatementBody = z
  .strictObject({
    slug: slugSchema.optional(),
    primaryLocale: localeSchema.optional(),
    variants: z
      .partialRecord(localeSchema, variantInput.partial().nullable())
      .optional()
      .describe('Per locale: fields to change, a full variant to add a translation, or null to remove a translation.'),
    note: z.string().trim().max(500).optional().describe('Revision note.'),
    expectedRevision: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Reject with 409 when someone else saved a newer revision meanwhile.'),
    realert: z
      .boolean()
      .optional()
      .describe('Published statements only: send the alert again (a new broadcast). Edits never re-alert otherwise.'),
  })
  .refine(
    (v) =>
      v.slug !== undefined ||
      v.primaryLocale !== undefined ||
      (v.variants && Object.keys(v.variants).length > 0) ||
      v.realert,
    'must change at least one field',
  );
export type UpdateStatementInput = z.output<typeof updateStatementBody>;

export const noteBody = z.strictObject({ note: z.string().trim().max(1000).optional() });
export const publishBody = z.strictObject({
  notify: z.boolean().default(true).describe('Send the alert to subscribers (default true).'),
});
export const scheduleBody = z.strictObject({
  publishAt: isoDateTime.describe('Instant to publish at (RFC 3339 with offset); must be in the future.'),
  timeZone: timeZoneSchema.optional().describe("Zone the person scheduled in (default: the campaign's)."),
  notify: z.boolean().default(true),
});
export const retractBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

export const listStatementsQuery = pageQuery.extend({ status: statementStatus.optional() });
export const diffQuery = z.strictObject({
  from: queryInt(1, 1_000_000).describe('Older revision number.'),
  to: queryInt(1, 1_000_000).describe('Newer revision number.'),
});
export const previewQuery = z.strictObject({
  locale: localeSchema.optional().describe('Language of the preview (default: the primary locale).'),
});

export const variantView = z.object({
  locale: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  bodyHtml: z.string(),
  updatedAt: z.date(),
});

export const statementView = z.object({
  id: z.string(),
  campaignId: z.string(),
  slug: z.string(),
  status: statementStatus,
  primaryLocale: z.string(),
  revision: z.number().int(),
  createdBy: z.string().nullable(),
  submittedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  approvedBy: z.string().nullable(),
  scheduledFor: z.date().nullable(),
  scheduleTimeZone: z.string().nullable(),
  notifyOnPublish: z.boolean(),
  publishedAt: z.date().nullable(),
  publishedBy: z.string().nullable(),
  contentUpdatedAt: z.date().nullable(),
  retractedAt: z.date().nullable(),
  retractionReason: z.string().nullable(),
  alertVersion: z.number().int().describe('Alerts created so far (0: none yet).'),
  createdAt: z.date(),
  updatedAt: z.date(),
  variants: z.array(variantView),
});
export const statementSummaryView = statementView.omit({ variants: true }).extend({
  title: z.string().describe('Title in the primary locale.'),
  locales: z.array(z.string()),
});

export const revisionView = z.object({
  number: z.number().int(),
  authorId: z.string().nullable(),
  createdAt: z.date(),
  slug: z.string(),
  primaryLocale: z.string(),
  changedFields: z.array(z.string()),
  note: z.string().nullable(),
  content: z.record(z.string(), z.object({ title: z.string(), summary: z.string(), body: z.string() })),
});

export const diffView = z.object({
  from: z.object({ number: z.number().int(), authorId: z.string().nullable(), createdAt: z.date() }),
  to: z.object({ number: z.number().int(), authorId: z.string().nullable(), createdAt: z.date() }),
  changedFields: z
    .array(z.string())
    .describe('Fields that differ, e.g. "slug", "en.title", "ar.body", "ar" (translation added or removed).'),
  changes: z.array(
    z.object({
      field: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      patch: z.string().describe('Line-based unified diff of the field.'),
    }),
  ),
  patch: z.string().describe('All changes as one unified diff.'),
});

// Public views: only what a reader needs.
export const publicStatementView = z.object({
  slug: z.string(),
  locale: z.string().describe('Language of this rendering.'),
  translations: z.array(z.string()).describe('Every locale this statement exists in.'),
  title: z.string(),
  summary: z.string(),
  html: z.string().describe('Sanitized HTML rendering of the Markdown body.'),
  publishedAt: z.date(),
  updatedAt: z.date().describe('Last content change (the publication time when never edited since).'),
  url: z.string(),
});
export const publicListItem = publicStatementView.omit({ html: true });
export const publicListQuery = pageQuery.extend({ locale: localeSchema.optional() });
export const publicDetailQuery = z.strictObject({ locale: localeSchema.optional() });
export const feedQuery = z.strictObject({
  locale: localeSchema.optional().describe("Feed language (default: the campaign's)."),
});
