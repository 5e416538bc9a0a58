import type { Locale } from '../../common/i18n.js';

/**
 * What a campaign's privacy page states, as data: one entry per fact, each drawn from the setting
 * or rule that makes it true (the form schemas, the config, the campaign's own settings). The page
 * (src/web/pages/privacy.page.tsx) and the JSON twin (`GET /public/campaigns/:slug/privacy`) render
 * this list and nothing else, so a changed setting changes the page.
 *
 * To add a fact (a new setting of another module): add its kind to `PrivacyFact`, one gatherer in
 * `PrivacyFactsService` that reads it through its module's service, its text in
 * `src/web/privacy-messages.ts` (every locale), and its JSON shape in `privacy.schemas.ts`.
 */

/** The public forms: the signup form, the petition signature and the event RSVP. */
export type PrivacyForm = 'signup' | 'petition' | 'rsvp';

/** How a field is kept once posted. */
export type FieldKeeping =
  /** AES-256-GCM ciphertext, readable only by the application. */
  | 'encrypted'
  /** As given: coarse values needed to count and filter. */
  | 'plain'
  /** Only a reduced form: the referrer's host, a postal prefix. */
  | 'reduced'
  /** A choice (a checkbox), kept with the consent log. */
  | 'choice';

export interface PrivacyField {
  /** The field's name in the form (`email`, `firstName`...). */
  name: string;
  required: boolean;
  keeping: FieldKeeping;
}

export type Duration = { days: number } | { hours: number } | { months: number };

export type PrivacyFact =
  | { kind: 'form'; form: PrivacyForm; fields: PrivacyField[] }
  | { kind: 'encrypted'; fields: string[] }
  | { kind: 'never-kept'; what: 'raw-ip' | 'referrer-path' | 'cookies' | 'third-party-requests' }
  | { kind: 'ip-hash'; where: 'consent-log'; kept: Duration }
  /** Kept until the signature is anonymized: `kept` after the petition is delivered or closed. */
  | { kind: 'ip-hash'; where: 'signature'; kept: Duration }
  /** signer, rsvp, audit-naming-supporters: the campaign's retention rules (retention module). */
  | { kind: 'retention'; what: RetentionWhat; kept: Duration }
  /** A campaign shutdown is scheduled: at `dueAt` every supporter is erased and the forms close. */
  | { kind: 'shutdown'; dueAt: Date }
  /**
   * A "verify, then forget" petition: a confirmed signature keeps only `kept` (the petition's
   * `signerDataKept`, in English; the page states it in its own language).
   */
  | { kind: 'verify-then-forget'; petition: string; title: string; kept: string[] }
  /** Forms warn before storing an address on a targeted organization's domain; never lists the domains. */
  | { kind: 'employer-warning'; configured: boolean }
  | { kind: 'role'; role: 'public' | 'viewer' | 'organizer' | 'admin' | 'owner'; sees: RoleSight }
  | { kind: 'audited'; what: 'personal-data-access' }
  /** Aggregates for roles without personal data merge groups smaller than k into "other". */
  | { kind: 'small-groups'; k: number }
  | { kind: 'right'; right: 'export' | 'erase' | 'unsubscribe'; how: 'email-link' | 'request-form' }
  | { kind: 'contact'; email: string | null };

export type RetentionWhat = 'unconfirmed-signup' | 'privacy-link' | 'signer' | 'rsvp' | 'audit-naming-supporters';

/** What a role sees of supporters. */
export type RoleSight =
  /** Only what signers chose to make public ("First L.", comment) and counts. */
  | 'public-names-and-counts'
  /** Counts and non-personal fields (status, country, source, dates). */
  | 'no-personal-data'
  /** Attendee lists of the events they staff, besides the above. */
  | 'no-personal-data-but-staffed-events'
  /** Names, email, phone, postal code; may export and erase. */
  | 'personal-data';

export interface PrivacyFacts {
  campaign: { slug: string; name: string; defaultLocale: Locale };
  /** The languages the page is published in. */
  locales: Locale[];
  /** Where a person asks for a copy or the erasure of their data by email address. */
  requestPath: string;
  facts: PrivacyFact[];
  /** When the settings the facts come from were read. */
  generatedAt: Date;
}
