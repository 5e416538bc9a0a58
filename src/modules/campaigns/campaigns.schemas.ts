import { z } from 'zod';
import { MIN_GROUP_SIZE_CEILING, MIN_GROUP_SIZE_FLOOR } from '../../common/small-groups.js';
import { localeSchema, slugSchema, timeZoneSchema } from '../../common/i18n.js';
import { canonicalDomain } from '../../common/targeted-domains.js';
import { email, password } from '../auth/auth.schemas.js';

const roleSchema = z.enum(['owner', 'admin', 'organizer', 'viewer']);
const day = z.iso.date().transform((d) => new Date(`${d}T00:00:00Z`));

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an http:// origin on this machine (allowed for embeds outside production only). */
export const isLocalHttpOrigin = (origin: string) =>
  origin.startsWith('http://') && LOCAL_HOSTS.has(new URL(origin).hostname);

/**
 * An origin that may frame the campaign's embedded forms, as the browser compares it in
 * `frame-ancestors`: scheme, host and port only (a trailing slash is tolerated), https, or http on
 * localhost for development (production refuses that in the service). Returns its canonical form
 * (lowercase host, default port dropped), so the header lists each origin once, or why not.
 */
export function parseEmbedOrigin(raw: string): { origin: string } | { error: string } {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+\/?$/i.test(raw) || !URL.canParse(raw))
    return { error: 'must be an origin: scheme and host (and port), no path, query or fragment' };
  const url = new URL(raw);
  if (url.username || url.password) return { error: 'must not contain credentials' };
  if (url.hostname.includes('*')) return { error: 'must name one host (no wildcards)' };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)))
    return { error: 'must use https (http only for localhost in development)' };
  return { origin: url.origin };
}

export const embedOrigin = z
  .string()
  .trim()
  .max(200)
  .transform((raw, ctx) => {
    const r = parseEmbedOrigin(raw);
    if ('origin' in r) return r.origin;
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  });

export const embedOrigins = z
  .array(embedOrigin)
  .max(20)
  .transform((list) => [...new Set(list)])
  .describe(
    'Origins allowed to frame the embedded forms (Content-Security-Policy frame-ancestors of /embed pages), e.g. https://example.org. Empty: no site may frame them.',
  );

/** One email domain of a targeted organization: a plain domain name, stored in its ASCII (IDNA) form. */
export const targetedDomain = z
  .string()
  .max(253, 'must be at most 253 characters')
  .transform((raw, ctx) => {
    if (/^\s*(\*\.|@)/.test(raw)) {
      ctx.addIssue({ code: 'custom', message: 'give the domain only (example.com): its subdomains match already' });
      return z.NEVER;
    }
    const domain = canonicalDomain(raw);
    if (domain) return domain;
    ctx.addIssue({ code: 'custom', message: 'must be a domain name such as example.com (no @, scheme or path)' });
    return z.NEVER;
  });

export const targetedOrganization = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  domains: z
    .array(targetedDomain)
    .min(1, 'needs at least one domain')
    .max(20, 'at most 20 domains per organization')
    .transform((list) => [...new Set(list)]),
});

export const targetedOrganizations = z
  .array(targetedOrganization)
  .max(20, 'at most 20 organizations')
  .describe(
    'Organizations the campaign targets (an employer) and their email domains; subdomains match too. A supporter who signs, RSVPs or signs up with an address there is warned before anything is stored, and mail to such addresses goes without tracking and with the safety note. Replaces the whole list.',
  );

const safetyNoteText = z
  .string()
  .trim()
  .max(600, 'must be at most 600 characters')
  .refine((v) => !/[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u.test(v.replace(/\n/g, '')), {
    message: 'must not contain control characters',
  })
  .transform((v) => v || undefined);

export const mailSafetyNote = z
  .strictObject({ en: safetyNoteText.optional(), ar: safetyNoteText.optional() })
  .transform((v) => Object.fromEntries(Object.entries(v).filter(([, t]) => t !== undefined)))
  .describe(
    'The short safety note on mail to addresses on a targeted domain, per language; a missing or empty language uses the built-in text.',
  );

/**
 * The display name on the From line of the campaign's mail. A name only: the address stays
 * MAIL_FROM's (SPF/DKIM alignment), so nothing that could pass for an address or a second header
 * (`<`, `>`, `@`, line breaks and other control characters, bidirectional overrides) is accepted.
 * Empty or null clears it.
 */
export const senderName = z
  .string()
  .trim()
  .max(64, 'must be at most 64 characters')
  .refine((v) => !/[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u.test(v), {
    message: 'must not contain line breaks or control characters',
    abort: true,
  })
  .refine((v) => !/[<>@]/.test(v), { message: 'must be a name only, without an address or < > @' })
  .transform((v) => v || null)
  .nullable()
  .describe(
    "Display name on the From line of the campaign's mail (at most 64 characters, no address); the address stays " +
      "the installation's MAIL_FROM. Null or empty: MAIL_FROM unchanged. Organizer mail (sign-in, invitations) keeps MAIL_FROM.",
  );

/** Where replies to the campaign's mail go; null clears it. */
export const replyTo = email
  .nullable()
  .describe("Reply-To address of the campaign's mail (an email address); null: none.");

export const createCampaignBody = z.strictObject({
  slug: slugSchema,
  name: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(2000).optional(),
  timeZone: timeZoneSchema,
  defaultLocale: localeSchema,
  startedOn: day.optional().describe('Day the campaign began (YYYY-MM-DD), for the timeline day count.'),
});

export const updateCampaignBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    summary: z.string().trim().max(2000),
    timeZone: timeZoneSchema,
    defaultLocale: localeSchema,
    status: z.enum(['active', 'paused']).describe('Use the archive endpoint to archive.'),
    startedOn: day.nullable(),
    requireTwoFactor: z
      .boolean()
      .describe('Owners only: members without two-factor authentication cannot use the campaign until they enrol.'),
    embedOrigins,
    targetedOrganizations,
    mailSafetyNote,
    senderName,
    replyTo,
    minGroupSize: z
      .number()
      .int()
      .min(MIN_GROUP_SIZE_FLOOR)
      .max(MIN_GROUP_SIZE_CEILING)
      .describe(
        'Smallest group (k) named in counts by country, postal prefix, source, referrer or email domain that members ' +
          'below admin and the public see; smaller groups are merged into "other". Default 5.',
      ),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');

export const campaignView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  timeZone: z.string(),
  defaultLocale: z.string(),
  status: z.enum(['active', 'paused', 'archived']),
  startedOn: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  archivedAt: z.date().nullable(),
  requireTwoFactor: z.boolean(),
  embedOrigins: z.array(z.string()).describe('Origins allowed to frame the embedded forms.'),
  targetedOrganizations: z
    .array(z.object({ name: z.string(), domains: z.array(z.string()) }).meta({ id: 'TargetedOrganization' }))
    .describe('Organizations the campaign targets and their email domains (subdomains match too).'),
  mailSafetyNote: z
    .object({ en: z.string().optional(), ar: z.string().optional() })
    .nullable()
    .describe("The campaign's own safety note for mail to addresses on a targeted domain; null: the built-in text."),
  minGroupSize: z.number().describe('Smallest group named in aggregates for members below admin (k).'),
  senderName: z
    .string()
    .nullable()
    .describe("Display name on the From line of the campaign's mail; null: MAIL_FROM as it is."),
  replyTo: z.string().nullable().describe("Reply-To address of the campaign's mail; null: none."),
  shutDownAt: z
    .date()
    .nullable()
    .describe("When an owner's shutdown erased its supporters' personal data and closed its forms (null: running)."),
});
export const myCampaignView = campaignView.extend({ role: roleSchema });

/** What anyone may read about a campaign: no ids, members or settings. */
export const publicCampaignView = z
  .object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    defaultLocale: z.string().describe('Language of its pages when neither ?locale= nor the browser chooses one.'),
    timeZone: z.string().describe('Zone its days (timeline, dashboard) are counted in.'),
    startedOn: z.date().nullable(),
    url: z.string().describe("The campaign's home page (absolute, from PUBLIC_URL)."),
    links: z
      .object({
        petitions: z.string(),
        events: z.string(),
        statements: z.string(),
        timeline: z.string(),
      })
      .describe("The campaign's public JSON collections (absolute)."),
  })
  .meta({ id: 'PublicCampaign' });

export const inviteBody = z.strictObject({ email, role: roleSchema });
export const changeRoleBody = z.strictObject({ role: roleSchema });
export const memberView = z.object({
  organizerId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.date(),
});
export const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: z.date(),
  createdAt: z.date(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export const inviteResult = z.object({
  status: z
    .enum(['added', 'invited'])
    .describe('added: the organizer already had an account; invited: an invitation email was sent.'),
  member: memberView.optional(),
  invitation: invitationView.optional(),
});
export const acceptInvitationBody = z.strictObject({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1).max(200),
  password,
});
