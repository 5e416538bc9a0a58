import { z } from 'zod';
import { localeSchema } from '../../common/i18n.js';
import { UUID_RE } from '../../common/ids.js';
import { pageQuery } from '../../common/pagination.js';
import { formBool, isoDateTime } from '../../common/validation.js';

const stateSchema = z.enum(['queued', 'enqueued', 'paused', 'sending', 'sent', 'failed', 'suppressed', 'cancelled']);
const uuid = z.string().regex(UUID_RE, 'must be a UUID');

export const messageView = z.object({
  id: z.string(),
  key: z.string().describe('Idempotency key of the business event that caused the message.'),
  template: z.string(),
  category: z.enum(['transactional', 'campaign']),
  state: stateSchema.describe(
    'queued → enqueued → sending → sent | failed | suppressed; paused (broadcast paused) and cancelled on the side.',
  ),
  campaignId: z.string().nullable(),
  broadcastId: z.string().nullable(),
  supporterId: z.string().nullable(),
  locale: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  reason: z
    .string()
    .nullable()
    .describe('Why it was suppressed or cancelled (unsubscribed, bounced, complained, erased, ...).'),
  unconfirmed: z
    .boolean()
    .describe(
      "Sent, unconfirmed: the worker stopped after the end of data and before it read the server's reply. Most such messages arrived; a few may not have.",
    ),
  resentAt: z
    .date()
    .nullable()
    .describe('When an organizer resent this sent-unconfirmed message (POST .../broadcasts/:id/resend-unconfirmed).'),
  smtpMessageId: z.string().nullable(),
  smtpResponse: z.string().nullable(),
  sendAt: z.date(),
  sentAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  createdAt: z.date(),
});

export const messageDetailView = messageView.extend({
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      bounceType: z.string().nullable(),
      diagnostic: z.string().nullable(),
      occurredAt: z.date(),
    }),
  ),
});

export const messagesQuery = pageQuery.extend({
  state: stateSchema.optional(),
  broadcastId: uuid.optional(),
  supporterId: uuid.optional(),
  template: z.string().max(100).optional(),
  unconfirmed: formBool
    .optional()
    .describe('true: only messages recorded as sent, unconfirmed (may not have arrived); false: all others.'),
});

export const statsQuery = z.strictObject({
  since: isoDateTime.optional().describe('Only messages created since this instant.'),
});

export const statsView = z.object({
  queued: z.number().int(),
  enqueued: z.number().int(),
  paused: z.number().int(),
  sending: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  suppressed: z.number().int(),
  cancelled: z.number().int(),
  unconfirmed: z.number().int().describe('Of the sent ones, recorded as sent, unconfirmed (may not have arrived).'),
  total: z.number().int(),
});

export const retryFailedBody = z.strictObject({
  broadcastId: uuid.optional(),
  template: z.string().max(100).optional(),
});
export const emptyBody = z.strictObject({});

export const templateView = z.object({
  name: z.string(),
  category: z.enum(['transactional', 'campaign']),
  description: z.string().nullable(),
  sampleData: z.record(z.string(), z.unknown()),
  locales: z.array(z.string()),
});

export const templateName = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be a template name')
  .max(100);

export const previewBody = z.strictObject({
  locale: localeSchema,
  data: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("Template variables; missing ones come from the template's sample data."),
});

/** The sender lines of every preview: what the inbox will show (MailPreviewService.render). */
export const previewSender = {
  from: z.string().describe("The From header as it will be sent: the campaign's sender name and MAIL_FROM's address."),
  replyTo: z.string().nullable().describe("The campaign's Reply-To, or null when replies go to the From address."),
};

export const previewView = z.object({
  template: z.string(),
  locale: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  ...previewSender,
});

const localized = z.union([
  z.string().trim().min(1).max(20_000),
  z.strictObject({
    en: z.string().trim().min(1).max(20_000).optional(),
    ar: z.string().trim().min(1).max(20_000).optional(),
  }),
]);

export const audienceFilterSchema = z.strictObject({
  purpose: z.enum(['updates', 'digests']).default('updates'),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  locales: z.array(localeSchema).max(10).optional(),
  countries: z
    .array(z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))
    .max(250)
    .optional(),
});

export const createBroadcastBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('For organizers; recipients never see it.'),
    template: z.string().max(100).default('campaign.update'),
    subject: localized.optional().describe('campaign.update: the subject, a string or { en, ar }.'),
    body: localized
      .optional()
      .describe('campaign.update: plain-text body (blank lines separate paragraphs), a string or { en, ar }.'),
    data: z.record(z.string(), z.unknown()).optional().describe('Variables of other campaign templates.'),
    locale: localeSchema.nullable().optional().describe("Send everyone this locale; default: each recipient's own."),
    filter: audienceFilterSchema.default({ purpose: 'updates' }),
    key: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Idempotency key: creating twice with one key returns the first broadcast.'),
  })
  .superRefine((v, ctx) => {
    if (v.template === 'campaign.update') {
      if (!v.subject) ctx.addIssue({ code: 'custom', path: ['subject'], message: 'is required' });
      if (!v.body) ctx.addIssue({ code: 'custom', path: ['body'], message: 'is required' });
    }
  });

export const broadcastsQuery = pageQuery.extend({
  status: z.enum(['draft', 'running', 'paused', 'completed', 'cancelled']).optional(),
});

export const progressView = z.object({
  audience: z.number().int().nullable().describe('Audience size counted when the broadcast started.'),
  expanded: z.number().int().describe('Messages created so far from the audience.'),
  expansionDone: z.boolean(),
  total: z.number().int(),
  pending: z.number().int(),
  paused: z.number().int(),
  sending: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  suppressed: z.number().int(),
  cancelled: z.number().int(),
  unconfirmed: z
    .number()
    .int()
    .describe(
      'Of the sent ones, recorded as sent, unconfirmed: a worker died after the end of data, before the reply. Most arrived; see resend-unconfirmed.',
    ),
});

export const resendUnconfirmedResult = z.object({
  resent: z.number().int().describe('Messages queued again now; a message is resent this way at most once.'),
  alreadyResent: z.number().int().describe('Unconfirmed messages of this broadcast that were resent before.'),
});

export const broadcastTestResult = z.object({
  sentTo: z.string().describe("The signed-in organizer's own address: a test goes nowhere else."),
  locales: z.array(z.string()).describe('One test message per language of the broadcast.'),
});

export const broadcastView = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  template: z.string(),
  locale: z.string().nullable(),
  data: z.unknown(),
  filter: z.unknown(),
  status: z.enum(['draft', 'running', 'paused', 'completed', 'cancelled']),
  audienceCount: z.number().int().nullable(),
  createdAt: z.date(),
  scheduledAt: z
    .date()
    .nullable()
    .describe('A draft starts by itself at this time (POST .../schedule); null: started by hand.'),
  startedAt: z.date().nullable(),
  pausedAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
});

export const broadcastDetailView = broadcastView.extend({ progress: progressView });
export const scheduleBroadcastBody = z.strictObject({
  at: isoDateTime.describe(
    'When to start sending (ISO 8601 with an offset, e.g. 2026-11-23T09:00:00-08:00); must be in the future.',
  ),
});
export const createBroadcastResult = z.object({
  broadcast: broadcastView,
  audience: z.number().int().describe('How many supporters it would go to now.'),
  previews: z.array(previewView).describe('Rendered samples in each locale it may be sent in.'),
});

export const webhookResult = z.object({
  received: z.number().int(),
  recorded: z.number().int(),
  suppressed: z.number().int(),
});
