import { domainToASCII } from 'node:url';
import type { Locale } from './i18n.js';
import { emailDomain } from './email.js';
import { Problem } from './problem.js';

/**
 * Organizations a campaign targets (an employer) and their email domains. Someone whose address is
 * on one of those domains (or a subdomain of one) may be using a mailbox the organization can read:
 * the public forms warn them before anything is stored, and mail to them goes out without tracking
 * and with a safety note. The one matching rule lives here, for the campaigns module (which stores
 * the list), the supporters module (the warning) and the mail module (the safety note).
 */
export interface TargetedOrganization {
  name: string;
  domains: string[];
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const ASCII_DOMAIN_RE = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);

/** The ASCII (IDNA) lowercase form of a domain, or null when it is not a plain domain name. */
export function canonicalDomain(raw: string): string | null {
  const lower = raw.normalize('NFC').trim().toLowerCase().replace(/\.$/, '');
  if (!lower || /[\s@/:*]/.test(lower)) return null;
  const ascii = domainToASCII(lower);
  return ascii && ascii.length <= 253 && ASCII_DOMAIN_RE.test(ascii) ? ascii : null;
}

/** Every domain of a campaign's targeted organizations (canonical, deduplicated). */
export function targetedDomains(organizations: readonly TargetedOrganization[]): string[] {
  return [...new Set(organizations.flatMap((o) => o.domains))];
}

/**
 * The listed domain an address falls under (the domain itself or a parent of it: `mail.github.com`
 * is under `github.com`), or null. Computed from the address every time; nothing is stored.
 */
export function targetedDomainOf(email: string, domains: readonly string[]): string | null {
  if (domains.length === 0) return null;
  const domain = canonicalDomain(emailDomain(email));
  if (!domain) return null;
  const listed = new Set(domains);
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    if (listed.has(candidate)) return candidate;
  }
  return null;
}

/** Reads the stored JSON of `campaigns.targeted_organizations` (written only through the validated API). */
export function targetedOrganizationsOf(json: unknown): TargetedOrganization[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((o: unknown) => {
    const x = o as Partial<TargetedOrganization> | null;
    return x && typeof x.name === 'string' && Array.isArray(x.domains)
      ? [{ name: x.name, domains: x.domains.filter((d): d is string => typeof d === 'string') }]
      : [];
  });
}

/** The built-in safety note of mail to an address on a targeted domain (a campaign may write its own). */
export const DEFAULT_MAIL_SAFETY_NOTE: Record<Locale, string> = {
  en:
    'A note for your safety: this message was sent to an address on a domain of an organization this campaign is about. ' +
    'That organization may be able to read this mailbox. Consider using a personal address instead. ' +
    'This message carries no tracking of any kind.',
  ar:
    'ملاحظة لسلامتك: أُرسلت هذه الرسالة إلى عنوان على نطاق تابع لجهة تتناولها هذه الحملة، وقد تتمكن تلك الجهة من قراءة هذا البريد. ' +
    'ننصحك باستخدام عنوان شخصي بدلاً منه. لا تحمل هذه الرسالة أي نوع من التتبّع.',
};

/** The safety note in a language: the campaign's own text when it wrote one, else the built-in text. */
export function mailSafetyNote(json: unknown, locale: Locale): string {
  const own = json && typeof json === 'object' ? (json as Partial<Record<Locale, unknown>>)[locale] : undefined;
  return typeof own === 'string' && own.trim() ? own.trim() : DEFAULT_MAIL_SAFETY_NOTE[locale];
}

/** The `type` (urn:groundswell:problem:employer-email) of the warning, and the field that accepts it. */
export const EMPLOYER_EMAIL_PROBLEM = 'employer-email';
export const EMPLOYER_EMAIL_ACK = 'employerEmailAcknowledged';

/**
 * The warning a public form answers instead of storing anything (422, naming `email`). The detail
 * carries neither the address nor its domain (a problem's detail may reach a log); `domain` is an
 * extension member for the client that typed it.
 */
export function employerEmailProblem(domain: string): Problem {
  return Problem.unprocessable(
    EMPLOYER_EMAIL_PROBLEM,
    'This address is on an email domain of an organization this campaign is about, which may be able to read that mailbox. ' +
      `Nothing was stored. Use a personal address, or send the same form again with ${EMPLOYER_EMAIL_ACK}: true to use this address anyway.`,
    {
      errors: [
        {
          path: 'email',
          message: 'is on a domain of an organization this campaign targets; it may be able to read this mailbox',
          code: EMPLOYER_EMAIL_PROBLEM,
        },
      ],
      domain,
      acknowledgeWith: EMPLOYER_EMAIL_ACK,
    },
  );
}
