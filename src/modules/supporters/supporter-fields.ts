import { z } from 'zod';
import { normalizeEmail } from '../../common/email.js';
import { REF_MESSAGE, REF_RE } from '../../common/attribution.js';
import { localeSchema } from '../../common/i18n.js';
import { formBool } from '../../common/validation.js';

/**
 * Field rules for everything a supporter types into a public form. Values are NFC-normalized and
 * trimmed; empty strings (what an HTML form sends for an empty input) and null mean "not given".
 * Control characters, line breaks, lone surrogates and bidi overrides are rejected in every text
 * field: they have no place in a name, and CR/LF in a name is the classic mail-header injection.
 */

// C0/C1 controls, lone surrogates, line/paragraph separators and the bidi embedding/override/isolate
// characters (U+202A-U+202E, U+2066-U+2069). ZWJ/ZWNJ stay allowed: Arabic and Persian names use them.
const UNSAFE_TEXT = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u;

function issue(ctx: z.RefinementCtx, message: string, code = 'invalid'): never {
  ctx.addIssue({ code: 'custom', message, params: { code } });
  return z.NEVER as never;
}

/** A free-text field: optional, trimmed, NFC, at most `max` characters, no control characters. */
export function cleanText(max: number, check?: (v: string) => string | null) {
  return z
    .union([z.string().max(max * 2, `must be at most ${max} characters`), z.null()])
    .optional()
    .transform((raw, ctx): string | undefined => {
      if (raw === null || raw === undefined) return undefined;
      if (/\p{Cs}/u.test(raw)) return issue(ctx, 'is not valid Unicode');
      const v = raw.normalize('NFC').trim();
      if (v === '') return undefined;
      if (v.length > max) return issue(ctx, `must be at most ${max} characters`);
      if (UNSAFE_TEXT.test(v)) return issue(ctx, 'must not contain control characters or line breaks');
      const problem = check?.(v);
      if (problem) return issue(ctx, problem);
      return v;
    });
}

// Local part: no whitespace, controls, quotes or the specials that would need quoting; no leading,
// trailing or doubled dot. Domain: letters/digits (any script) and hyphens, a TLD of letters or an
// IDNA A-label. Internationalized addresses (RFC 6531) are accepted.
const LOCAL_RE = /^(?!\.)(?!.*\.\.)[^\s@"<>()[\]\\,;:\p{C}]{1,64}(?<!\.)$/u;
const DOMAIN_RE = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** Checks an address that is already trimmed and NFC; returns the problem or null. */
export function emailProblem(v: string): string | null {
  if (v.length > 254) return 'must be at most 254 characters';
  const at = v.lastIndexOf('@');
  if (at <= 0) return 'must be an email address';
  const local = v.slice(0, at);
  const domain = v.slice(at + 1);
  if (!LOCAL_RE.test(local) || domain.length > 253 || !DOMAIN_RE.test(domain)) return 'must be an email address';
  return null;
}

/** A required email: trimmed, NFC, lowercased (normalizeEmail), validated. */
export const emailField = z
  .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') })
  .max(320, 'must be at most 254 characters')
  .transform((raw, ctx): string => {
    if (/\p{Cs}/u.test(raw)) return issue(ctx, 'is not valid Unicode');
    const v = normalizeEmail(raw);
    if (v === '') return issue(ctx, 'is required', 'required');
    const problem = emailProblem(v);
    return problem ? issue(ctx, problem) : v;
  })
  .describe('Email address; compared case-insensitively after Unicode normalization.');

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== 'Unknown Region';
}

export const personName = cleanText(100);
export const phoneField = cleanText(40, (v) =>
  /^\+?[0-9][0-9 ().\-/]{3,29}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 4
    ? null
    : 'must be a phone number (digits, spaces, + ( ) - . /)',
);
/**
 * A Signal username: a nickname of 3 to 32 letters, digits or `_` (not starting with a digit), a dot,
 * and a discriminator of 2 to 9 digits (not `00`, no leading zero beyond two digits). Signal
 * compares them case-insensitively; kept lowercase, a leading `@` dropped.
 */
export const SIGNAL_USERNAME_RE = /^[a-z_][a-z0-9_]{2,31}\.(?:0[1-9]|[1-9][0-9]|[1-9][0-9]{2,8})$/;
export const signalUsernameField = cleanText(45, (v) =>
  SIGNAL_USERNAME_RE.test(v.replace(/^@/, '').toLowerCase())
    ? null
    : 'must be a Signal username: a name of 3 to 32 letters, digits or _ (not starting with a digit), a dot and two or more digits, e.g. name.01',
).transform((v) => v?.replace(/^@/, '').toLowerCase());

export const postalCodeField = cleanText(16, (v) =>
  /^[\p{L}\p{N}][\p{L}\p{N} -]{0,15}$/u.test(v) ? null : 'must be a postal code (letters, digits, spaces and hyphens)',
);
export const countryField = cleanText(2, (v) =>
  isCountryCode(v.toUpperCase()) ? null : 'must be an ISO 3166-1 alpha-2 country code such as GB or PS',
);
const labelText = (max: number) => cleanText(max);
const versionField = cleanText(100, (v) =>
  /^[\w.:/-]+$/.test(v) ? null : 'may contain only letters, digits and . : / _ -',
);
const referrerField = cleanText(2000, (v) => {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : 'must be an http(s) URL';
  } catch {
    return 'must be an http(s) URL';
  }
});

/** Optional values that arrive as '' from HTML forms. */
const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(''), z.null(), schema])
    .optional()
    .transform((v) => (v === '' || v === null ? undefined : (v as z.output<T>)));

/**
 * The supporter fields of every public form (signup, petition signature, event RSVP). Compose it
 * with `.extend({...})` for a form's own fields; it is a strict object (unknown fields are a 400).
 */
export const supporterFormShape = {
  email: emailField,
  firstName: personName.describe('Given name (at most 100 characters).'),
  lastName: personName.describe('Family name (at most 100 characters).'),
  postalCode: postalCodeField.describe('Postal code (stored encrypted).'),
  country: countryField.transform((v) => v?.toUpperCase()).describe('ISO 3166-1 alpha-2 country code.'),
  locale: optional(localeSchema).describe(
    "Language the form was shown in; a new supporter's mail uses it. It never switches an existing supporter's language.",
  ),
  phone: phoneField.describe('Phone number (optional, stored encrypted).'),
  signalUsername: signalUsernameField.describe(
    'Signal username (optional, e.g. name.01), a contact instead of a phone number; stored encrypted.',
  ),
  employerEmailAcknowledged: formBool
    .optional()
    .describe(
      'Send true to use an address on a domain of an organization the campaign targets after the employer-email warning (422).',
    ),
  source: labelText(100).describe('Where the signup came from (free label); first touch is kept.'),
  ref: cleanText(32, (v) => (REF_RE.test(v) ? null : REF_MESSAGE)).describe(
    "Code of the supporter or organizer who referred this person (a share link's ?ref=): letters, digits, _ and -, at most 32 characters. " +
      'Stored beside source. HTML form posts drop an invalid code instead of refusing the form.',
  ),
  referrer: referrerField.describe('The referring page; only its host is kept.'),
  utmSource: labelText(200),
  utmMedium: labelText(200),
  utmCampaign: labelText(200),
  utmContent: labelText(200),
  utmTerm: labelText(200),
  formId: cleanText(100, (v) =>
    /^[\w.:-]+$/.test(v) ? null : 'may contain only letters, digits and . : _ -',
  ).describe('Which form on the campaign site (for the consent log).'),
  consentTextVersion: versionField.describe(
    'Version of the consent text shown next to the checkboxes; recorded with each consent.',
  ),
  consentUpdates: formBool.optional().describe('Consent to campaign updates by email.'),
  consentDigests: formBool.optional().describe('Consent to periodic digests by email.'),
  website: z
    .string()
    .max(2000)
    .optional()
    .describe('Honeypot: leave empty (hide this input from people). A filled value is accepted and silently dropped.'),
  redirect: formBool
    .optional()
    .describe("HTML forms: redirect to the campaign's configured thank-you URL after posting."),
};

export const supporterFormFields = z.strictObject(supporterFormShape);

/** `@ValidBody` options of every public form: HTML posts too, and an invalid `ref` dropped from those. */
export const PUBLIC_FORM_BODY = { form: true, dropInvalidInForms: ['ref'] } as const;

/** What a public form hands to `SupportersService.upsertFromForm`. */
export type SupporterFormInput = z.output<typeof supporterFormFields>;
