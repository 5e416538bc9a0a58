import { z } from 'zod';
import { localeSchema, timeZoneSchema } from '../../common/i18n.js';
import { UUID_RE } from '../../common/ids.js';
import { pageOf, pageQuery } from '../../common/pagination.js';
import { formBool, httpUrl, queryInt } from '../../common/validation.js';
import {
  emailField,
  personName,
  phoneField,
  signalUsernameField,
  postalCodeField,
  countryField,
  supporterFormFields,
} from './supporter-fields.js';
import { MAIL_STATUSES, TAG_RE } from './supporter-record.js';

// ---------------------------------------------------------------- public

/** The public signup body: the shared form fields, at least one consent, and the consent text version with it. */
export const signupBody = supporterFormFields.superRefine((v, ctx) => {
  if (!v.consentUpdates && !v.consentDigests) {
    ctx.addIssue({ code: 'custom', path: ['consentUpdates'], message: 'a signup needs consent to updates or digests' });
  }
  if ((v.consentUpdates || v.consentDigests) && !v.consentTextVersion) {
    ctx.addIssue({ code: 'custom', path: ['consentTextVersion'], message: 'is required when consent is given' });
  }
});

export const signupResult = z.object({
  ok: z.literal(true),
  message: z.string().describe('Shown to the person. The same whether or not the address was already on the list.'),
});

export const tokenQuery = z.strictObject({
  token: z.string().min(1).max(1000).describe('The signed token from the emailed link.'),
});

export const okResult = z.object({ ok: z.literal(true) });

const campaignRef = z.object({ name: z.string(), slug: z.string() });

export const confirmPeek = z.object({ confirmed: z.boolean(), campaign: campaignRef });
export const confirmResult = z.object({
  ok: z.literal(true),
  changed: z.boolean().describe('false when it was already confirmed'),
  campaign: campaignRef,
});

export const unsubscribeBody = z.strictObject({
  'List-Unsubscribe': z.literal('One-Click').optional().describe('Sent by mail clients (RFC 8058).'),
});
export const unsubscribePeek = z.object({ unsubscribed: z.boolean(), campaign: campaignRef });
export const unsubscribeResult = z.object({
  ok: z.literal(true),
  unsubscribed: z.literal(true),
  campaign: campaignRef,
});

const mailStatus = z.enum(MAIL_STATUSES as unknown as [string, ...string[]]);
const frequency = z.enum(['never', 'daily', 'weekly']);

export const preferencesView = z.object({
  email: z.string().nullable().describe('Masked (j***@example.org): a forwarded link must not reveal the address.'),
  status: z.enum(['pending', 'confirmed']),
  mailStatus,
  locale: localeSchema,
  purposes: z.object({ updates: z.boolean(), digests: z.boolean() }),
  digestFrequency: frequency,
  digestHour: z.number().int().nullable(),
  timeZone: z.string().nullable(),
  unsubscribed: z.boolean(),
  campaign: campaignRef,
});

const emptyToUndefined = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(''), schema])
    .optional()
    .transform((v) => (v === '' ? undefined : (v as z.output<T>)));

export const preferencesBody = z.strictObject({
  locale: emptyToUndefined(localeSchema).describe('Language of your mail.'),
  digestFrequency: emptyToUndefined(frequency),
  digestHour: z
    .union([z.literal(''), z.null(), queryInt(0, 23)])
    .optional()
    .transform((v) => (v === '' ? null : v))
    .describe('Preferred hour (0-23) for digests; empty or null for no preference.'),
  timeZone: z
    .union([z.literal(''), z.null(), timeZoneSchema])
    .optional()
    .transform((v) => (v === '' ? null : v))
    .describe("IANA zone of digestHour; empty or null for the campaign's zone."),
  updates: formBool.optional().describe('Campaign updates by email.'),
  digests: formBool.optional().describe('Digests by email.'),
  unsubscribeAll: formBool.optional().describe('Unsubscribe from all mail of this campaign.'),
  fullForm: formBool.optional().describe('Set by the HTML preferences page: a purpose left out means "no".'),
});

export const privacyKind = z.enum(['export', 'erasure']);
export const privacyRequestBody = z.strictObject({ kind: privacyKind });
export const privacyRequestByEmailBody = z.strictObject({ email: emailField, kind: privacyKind });
export const privacyRequestResult = z.object({
  ok: z.literal(true),
  message: z.string().describe('The same whether or not the address is on the list.'),
});

export const erasePeek = z.object({ erased: z.boolean(), campaign: campaignRef.nullable() });
export const eraseBody = z.strictObject({
  confirm: formBool
    .refine((v) => v === true, 'must be true to erase')
    .describe('The confirmation step: true to erase for good.'),
});
export const eraseResult = z.object({ ok: z.literal(true), erased: z.literal(true) });

// ---------------------------------------------------------------- organizer

const day = z.iso.date().transform((d) => new Date(`${d}T00:00:00Z`));
const instant = z.union([z.iso.datetime({ offset: true }).transform((v) => new Date(v)), day]);

export const tagSchema = z
  .string()
  .transform((v) => v.normalize('NFC').trim().toLowerCase())
  .pipe(z.string().regex(TAG_RE, 'must be 1-50 letters, digits, spaces or _ . : - (starting with a letter or digit)'));

export const supporterFilter = z.strictObject({
  email: z
    .string()
    .max(320)
    .optional()
    .describe('Exact email (any case); owner and admin only. Found through the blind index.'),
  tag: tagSchema.optional(),
  status: z.enum(['confirmed', ...MAIL_STATUSES] as [string, ...string[]]).optional(),
  source: z.string().max(100).optional().describe('Exact first-touch source.'),
  referrer: z.string().max(253).optional().describe('Exact referring host of the first signup (news.example.org).'),
  locale: localeSchema.optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional(),
  from: instant.optional().describe('Signed up at or after (date or date-time).'),
  to: instant.optional().describe('Signed up before (date or date-time).'),
});
export type SupporterFilter = z.output<typeof supporterFilter>;

export const listQuery = pageQuery.extend({
  ...supporterFilter.shape,
  withTotal: formBool.optional().describe('Also count every match (one COUNT query): ask on the first page only.'),
});

const utm = z.object({
  source: z.string().nullable(),
  medium: z.string().nullable(),
  campaign: z.string().nullable(),
  content: z.string().nullable(),
  term: z.string().nullable(),
});

export const personalView = z
  .object({
    email: z.string().nullable(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    phone: z.string().nullable(),
    signalUsername: z.string().nullable().describe('Signal username (`name.01`), a contact instead of a phone number.'),
    postalCode: z.string().nullable(),
    displayName: z.string().nullable().describe('"First L."'),
  })
  .describe('Personal data: present only for owners and admins.');

export const supporterView = z.object({
  id: z.string(),
  status: z.enum(['pending', 'confirmed', 'erased']),
  mailStatus,
  locale: z.string(),
  country: z.string().nullable(),
  source: z.string().nullable(),
  ref: z.string().nullable().describe('The `?ref=` code that brought this supporter (first touch).'),
  utm,
  referrerHost: z.string().nullable(),
  tags: z.array(z.string()),
  purposes: z.object({ updates: z.boolean(), digests: z.boolean() }),
  digestFrequency: frequency,
  digestHour: z.number().nullable(),
  timeZone: z.string().nullable(),
  createdAt: z.date(),
  lastSignupAt: z.date(),
  confirmedAt: z.date().nullable(),
  confirmedVia: z.string().nullable(),
  unsubscribedAt: z.date().nullable(),
  undeliverableAt: z.date().nullable(),
  erasedAt: z.date().nullable(),
  personal: personalView.optional(),
});

export const consentEntryView = z.object({
  id: z.string(),
  purpose: z.enum(['updates', 'digests']),
  action: z.enum(['granted', 'withdrawn', 'confirmed']),
  textVersion: z.string().nullable(),
  source: z.string(),
  formId: z.string().nullable(),
  createdAt: z.date(),
});

export const supporterDetail = supporterView.extend({ consentLog: z.array(consentEntryView) });
export const supporterPage = pageOf(supporterView).extend({
  total: z.number().int().optional().describe('Every supporter matching the filter, with ?withTotal=true.'),
});

const clearable = <T extends z.ZodType>(schema: T) => z.union([z.null(), schema]);

export const editSupporterBody = z
  .strictObject({
    firstName: clearable(personName),
    lastName: clearable(personName),
    phone: clearable(phoneField),
    signalUsername: clearable(signalUsernameField),
    postalCode: clearable(postalCodeField),
    country: clearable(countryField.transform((v) => v?.toUpperCase())),
    locale: localeSchema,
    tags: z.array(tagSchema).max(100),
    digestFrequency: frequency,
    digestHour: z.number().int().min(0).max(23).nullable(),
    timeZone: timeZoneSchema.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');
export type EditSupporter = z.output<typeof editSupporterBody>;

export const tagBulkBody = z
  .strictObject({
    supporterIds: z.array(z.string().regex(UUID_RE, 'must be a UUID')).min(1).max(1000).optional(),
    filter: supporterFilter.optional().describe('Instead of ids: every supporter matching the list filter.'),
    add: z.array(tagSchema).max(20).optional(),
    remove: z.array(tagSchema).max(20).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.supporterIds === !v.filter)
      ctx.addIssue({ code: 'custom', path: ['supporterIds'], message: 'give either supporterIds or filter' });
    if (!v.add?.length && !v.remove?.length)
      ctx.addIssue({ code: 'custom', path: ['add'], message: 'give tags to add or remove' });
  });
export const tagBulkResult = z.object({ updated: z.number().int() });

export const eraseByOrganizerBody = z.strictObject({
  confirm: z.literal('erase').describe('Type "erase": erasure cannot be undone.'),
});

export const statsQuery = z.strictObject({
  from: day.optional().describe('First day (YYYY-MM-DD, campaign time zone); default 30 days ago.'),
  to: day.optional().describe('Last day included (YYYY-MM-DD); default today.'),
});
export const statsView = z.object({
  timeZone: z.string(),
  total: z.number().int().describe('Every signup ever, erased ones included (anonymous tombstones keep counts).'),
  byStatus: z.record(z.string(), z.number().int()),
  perDay: z.array(z.object({ date: z.string(), signups: z.number().int(), confirmed: z.number().int() })),
  topSources: z
    .array(z.object({ source: z.string().nullable(), count: z.number().int() }))
    .describe(
      'Admins and owners: the range, exact. Below admin: the whole campaign, sources smaller than minGroupSize merged into topSourcesOther.',
    ),
  topSourcesOther: z
    .number()
    .int()
    .describe('Signups not named in topSources: small groups, no source, beyond the top 10.'),
  minGroupSize: z.number().int().nullable().describe('k of the suppression; null when figures are exact.'),
  erasures: z.number().int(),
});

export const settingsView = z.object({
  thankYouUrl: z.string().nullable(),
  confirmedUrl: z.string().nullable(),
  privacyContact: z.string().nullable().describe("Shown on the campaign's privacy page (/c/:slug/privacy)."),
});
export const settingsBody = z
  .strictObject({
    thankYouUrl: httpUrl().nullable(),
    confirmedUrl: httpUrl().nullable(),
    privacyContact: emailField
      .nullable()
      .describe("The address supporters write to about their data, shown on the campaign's privacy page."),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');

export const erasureView = z.object({
  id: z.string(),
  requestedBy: z
    .enum(['supporter', 'organizer', 'retention', 'shutdown'])
    .describe("retention: the campaign's retention rules; shutdown: an owner shut the campaign down."),
  organizerId: z.string().nullable(),
  createdAt: z.date(),
});
export const erasurePage = pageOf(erasureView);

export const exportView = z.object({
  exportedAt: z.date(),
  campaign: campaignRef,
  supporter: z.record(z.string(), z.unknown()),
  consentLog: z.array(z.record(z.string(), z.unknown())),
  other: z.record(z.string(), z.unknown()).describe('Data other modules hold (petition signatures, RSVPs...).'),
});

// ---------------------------------------------------------------- import

export const importQuery = z.strictObject({
  consentAsserted: z
    .literal('true')
    .describe('Required: you assert that every person in the file consented to the purposes below.'),
  consentBasis: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters')
    .describe('How they consented (e.g. "paper sign-up sheet, rally 2026-03-01"); recorded in each consent entry.'),
  purposes: z
    .string()
    .max(40)
    .optional()
    .transform((v) =>
      (v ?? 'updates')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['updates', 'digests'])).min(1))
    .describe('Comma-separated: updates, digests (default updates).'),
  source: z.string().trim().max(100).optional().describe('Source recorded for new supporters (default "import").'),
  tags: z
    .string()
    .max(500)
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(tagSchema).max(20))
    .describe('Comma-separated tags added to every imported supporter.'),
});
export type ImportOptions = z.output<typeof importQuery>;

export const importRow = z.strictObject({
  email: emailField,
  firstName: personName,
  lastName: personName,
  phone: phoneField,
  postalCode: postalCodeField,
  country: countryField.transform((v) => v?.toUpperCase()),
  locale: z
    .union([z.literal(''), localeSchema])
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  tags: z.array(tagSchema).max(20).optional(),
});
export type ImportRow = z.output<typeof importRow>;

export const importJsonBody = z.strictObject({
  rows: z
    .array(z.unknown())
    .min(1)
    .max(5000)
    .describe('Rows with the fields of the CSV columns (email, firstName, ...).'),
});

export const importResult = z.object({
  importId: z.string(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  failed: z.number().int(),
  errors: z.array(
    z.object({
      row: z.number().int().describe('1-based data row (the header is row 0)'),
      field: z.string(),
      message: z.string(),
    }),
  ),
  errorsTruncated: z.boolean(),
});
