import { z } from 'zod';
import { localeSchema, slugSchema, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { UUID_RE } from '../../common/ids.js';
import { pageQuery } from '../../common/pagination.js';
import { formBool, isoDateTime, queryInt } from '../../common/validation.js';
import { supporterFormShape } from '../supporters/supporter-fields.js';

export const PETITION_STATUSES = ['draft', 'open', 'closed', 'delivered'] as const;
export const SIGNATURE_STATUSES = ['pending', 'confirmed', 'invalidated'] as const;
export const MAX_THRESHOLDS = 20;
export const MAX_BODY = 50_000;

const title = z.string().trim().min(1).max(200);
const body = z.string().trim().min(1).max(MAX_BODY).describe('Markdown; rendered to sanitized HTML when saved.');
const target = z.string().trim().min(1).max(300).describe('Whom the petition is addressed to.');

const thresholds = z
  .array(z.number().int().min(1).max(1_000_000_000))
  .max(MAX_THRESHOLDS)
  .refine((a) => a.every((v, i) => i === 0 || v > a[i - 1]), 'must be strictly ascending')
  .describe('Counts whose crossing records a campaign milestone, ascending (e.g. [1000, 10000, 100000]).');

const variant = z.strictObject({ title, body, target });
const variants = z
  .partialRecord(localeSchema, variant.nullable())
  .describe(`Text in other locales (${SUPPORTED_LOCALES.join(', ')}), keyed by locale; null removes a locale.`);

const verifyThenForget = z
  .boolean()
  .describe(
    '"Verify, then forget": a signature still needs the email confirmation, but once confirmed it keeps only a keyed hash of the email (one per person), country and postal prefix; the signer is not added to the supporter list unless they tick "join the list". Can be changed only while the petition has no signatures.',
  );

export const createPetitionBody = z.strictObject({
  slug: slugSchema,
  title,
  body,
  target,
  locale: localeSchema.optional().describe("Locale of title/body/target; defaults to the campaign's default locale."),
  goal: z.number().int().min(1).max(1_000_000_000).nullable().optional(),
  thresholds: thresholds.optional(),
  status: z.enum(['draft', 'open']).optional().describe('draft (default) or open.'),
  closesAt: isoDateTime.nullable().optional().describe('When signing closes automatically.'),
  variants: variants.optional(),
  verifyThenForget: verifyThenForget.optional(),
});
export type CreatePetition = z.output<typeof createPetitionBody>;

export const updatePetitionBody = z
  .strictObject({
    slug: slugSchema,
    title,
    body,
    target,
    locale: localeSchema,
    goal: z.number().int().min(1).max(1_000_000_000).nullable(),
    thresholds,
    status: z.enum(['draft', 'open', 'closed']).describe('Use the deliver endpoint to mark a petition delivered.'),
    closesAt: isoDateTime.nullable(),
    variants,
    verifyThenForget,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');
export type UpdatePetition = z.output<typeof updatePetitionBody>;

export const deliverBody = z.strictObject({
  deliveredAt: isoDateTime.optional().describe('When it was handed over; defaults to now.'),
  note: z.string().trim().max(5000).optional().describe('How and to whom it was delivered.'),
});

export const listPetitionsQuery = pageQuery.extend({
  status: z.enum(PETITION_STATUSES).optional(),
  archived: formBool.optional().describe('true lists archived petitions only; default lists the others.'),
});

const variantView = z.object({
  locale: z.string(),
  title: z.string(),
  body: z.string(),
  bodyHtml: z.string(),
  target: z.string(),
});

export const petitionView = z.object({
  id: z.string(),
  campaignId: z.string(),
  slug: z.string(),
  locale: z.string(),
  title: z.string(),
  body: z.string().describe('Markdown source.'),
  bodyHtml: z.string(),
  target: z.string(),
  goal: z.number().nullable(),
  thresholds: z.array(z.number()),
  status: z.enum(PETITION_STATUSES),
  closesAt: z.date().nullable(),
  openedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  deliveryNote: z.string().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  variants: z.array(variantView),
  confirmedCount: z.number().describe('Confirmed signatures, from the count cache (exact within about 2 seconds).'),
  nextThreshold: z.number().nullable(),
  verifyThenForget: z.boolean(),
  signerDataKept: z
    .array(z.string())
    .describe(
      'What each confirmed signature of this petition keeps, in plain words (also stated on the signing form).',
    ),
});

// ---- signatures (organizer) ----

export const signaturesQuery = pageQuery.extend({
  status: z.enum(SIGNATURE_STATUSES).optional(),
  public: formBool.optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((c) => c.toUpperCase())
    .optional(),
  source: z.string().max(100).optional(),
  ref: z.string().max(32).optional().describe('Signatures brought by this referral code (?ref=).'),
  postalPrefix: z.string().max(10).optional(),
  emailDomain: z.string().max(254).optional(),
  ipHash: z.string().max(64).optional(),
  supporterId: z
    .string()
    .regex(UUID_RE, 'must be a UUID')
    .optional()
    .describe("One supporter's signature (admins and owners; find the id by email in the supporters list)."),
  from: isoDateTime.optional().describe('Signed at or after.'),
  to: isoDateTime.optional().describe('Signed before.'),
});
export type SignaturesQuery = z.output<typeof signaturesQuery>;

export const signerView = z.object({
  supporterId: z.string().nullable().describe('null for a "verify, then forget" signature: no supporter is kept.'),
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
});

export const signatureView = z.object({
  id: z.string(),
  petitionId: z.string(),
  status: z.enum(SIGNATURE_STATUSES),
  isPublic: z.boolean(),
  displayName: z
    .string()
    .describe(
      '"First L." for public signers, "Verified signer (not kept)" for "verify, then forget" signers, otherwise "Anonymous".',
    ),
  verifiedNotKept: z
    .boolean()
    .describe('A "verify, then forget" signature: counted once confirmed, never linked to a name or supporter.'),
  comment: z.string().nullable().describe('Shown to admins and owners, or when the signer is public.'),
  locale: z.string(),
  source: z.string().nullable(),
  ref: z.string().nullable().describe('Referral code from ?ref= (who brought this signer).'),
  country: z.string().nullable(),
  postalPrefix: z.string().nullable(),
  emailDomain: z.string().nullable(),
  ipHash: z.string().nullable(),
  createdAt: z.date(),
  confirmedAt: z.date().nullable(),
  invalidatedAt: z.date().nullable(),
  invalidReason: z.string().nullable(),
  signer: signerView.nullable().describe('Personal data: only for admins and owners.'),
});

export const invalidateBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export const bulkInvalidateBody = z
  .strictObject({
    reason: z.string().trim().min(1).max(500),
    ipHash: z.string().min(1).max(64).optional(),
    emailDomain: z.string().trim().toLowerCase().min(1).max(254).optional(),
    from: isoDateTime
      .optional()
      .describe('Only signatures made at or after this instant (default: the last 24 hours).'),
    to: isoDateTime.optional(),
  })
  .refine((v) => v.ipHash || v.emailDomain, 'give ipHash or emailDomain');
export const bulkInvalidateResult = z.object({ invalidated: z.number() });

export const statsQuery = z.strictObject({
  days: queryInt(1, 366).optional().describe('Days of per-day counts (default 30).'),
  top: queryInt(1, 100).optional().describe('Rows in each ranking (default 10).'),
});
const bucket = z.object({ key: z.string(), count: z.number() });
export const statsView = z.object({
  confirmed: z.number().describe('Exact count at the time of the request.'),
  pending: z.number(),
  invalidated: z.number(),
  timeZone: z.string(),
  perDay: z.array(z.object({ day: z.string(), signed: z.number(), confirmed: z.number() })),
  topSources: z.array(bucket),
  topRefs: z.array(bucket).describe('Confirmed signatures by referral code (?ref=), most first.'),
  countries: z.array(bucket),
  postalPrefixes: z.array(bucket),
  minGroupSize: z
    .number()
    .nullable()
    .describe('k: groups smaller than this are merged into `other` (roles below admin); null when figures are exact.'),
  other: z
    .object({ topSources: z.number(), topRefs: z.number(), countries: z.number(), postalPrefixes: z.number() })
    .describe(
      'Confirmed signatures not named in each ranking: small groups, signatures without a value, and groups beyond `top`.',
    ),
});

export const trendingQuery = z.strictObject({
  minutes: queryInt(5, 24 * 60)
    .optional()
    .describe('Window (default 60).'),
  top: queryInt(1, 100).optional(),
});
export const trendingView = z.object({
  since: z.date(),
  signatures: z.number(),
  minGroupSize: z
    .number()
    .nullable()
    .describe('Below admin: keys with fewer signatures than this in each 15-minute slot are not shown.'),
  ipHashes: z.array(z.object({ ipHash: z.string(), count: z.number(), invalidated: z.number() })),
  emailDomains: z.array(
    z.object({ domain: z.string(), count: z.number(), invalidated: z.number(), disposable: z.boolean() }),
  ),
});

// ---- public ----

export const publicSignerView = z.object({
  name: z.string().describe('"First L.", "Anonymous" or "Verified signer (not kept)".'),
  comment: z.string().nullable().describe('Only for signers who chose to be public.'),
  signedAt: z.date().describe('Rounded down to the minute.'),
});

export const publicPetitionView = z.object({
  slug: z.string(),
  campaign: z.object({ slug: z.string(), name: z.string() }),
  locale: z.string(),
  locales: z.array(z.string()),
  title: z.string(),
  bodyHtml: z.string(),
  target: z.string(),
  status: z.enum(['open', 'closed', 'delivered']),
  closesAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  confirmedCount: z.number(),
  goal: z.number().nullable(),
  nextThreshold: z.number().nullable().describe('The next milestone count above the current count, if any.'),
  recentSigners: z.array(publicSignerView),
  verifyThenForget: z
    .boolean()
    .describe('"Verify, then forget": a confirmed signature keeps no name, email or IP-derived value.'),
  url: z.string().describe("The petition's page (absolute, from PUBLIC_URL)."),
});

export const publicPetitionSummary = publicPetitionView.omit({ bodyHtml: true, recentSigners: true });

export const publicReadQuery = z.strictObject({ locale: localeSchema.optional() });
export const publicSignersQuery = pageQuery;

// Comments may have line breaks, but no other control characters (\p{Cc} except \n), bidi overrides or lone surrogates.
const UNSAFE_COMMENT = /[\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u;
const hasControl = (v: string) => /\p{Cc}/u.test(v.replace(/\n/g, ''));
export const commentField = z
  .union([z.string().max(2000), z.null()])
  .optional()
  .transform((raw, ctx): string | undefined => {
    if (raw === null || raw === undefined) return undefined;
    const v = raw.normalize('NFC').replace(/\r\n?/g, '\n').trim();
    if (v === '') return undefined;
    if (v.length > 1000) {
      ctx.addIssue({ code: 'custom', message: 'must be at most 1000 characters' });
      return z.NEVER;
    }
    if (UNSAFE_COMMENT.test(v) || hasControl(v)) {
      ctx.addIssue({ code: 'custom', message: 'must not contain control characters' });
      return z.NEVER;
    }
    return v;
  })
  .describe('Optional comment (at most 1000 characters); shown publicly only when showName is true.');

/** The signup form's supporter fields plus a comment and the public-listing choice (off by default). */
export const signBody = z.strictObject({
  ...supporterFormShape,
  comment: commentField,
  showName: formBool.optional().describe('List me publicly as "First L." (default: listed as "Anonymous").'),
});

export const signAccepted = z.object({
  status: z.literal('pending'),
  message: z.string(),
});

const token = z.string().min(10).max(1000).describe('The signed token from the emailed link.');
export const tokenQuery = z.strictObject({ token });
export const optionalTokenQuery = z.strictObject({ token: token.optional() });
/** The token comes in the query (the emailed page's button posts back to its own URL) or in the body (API clients). */
export const confirmBody = z.strictObject({ token: token.optional() });
export const confirmPeek = z.object({
  confirmed: z.boolean(),
  petition: z.object({ slug: z.string(), title: z.string(), campaignSlug: z.string() }),
});
export const confirmResult = z.object({
  status: z.literal('confirmed'),
  petition: z.object({ slug: z.string(), title: z.string(), campaignSlug: z.string() }),
});
