import { z } from 'zod';
import { localeSchema } from '../../common/i18n.js';

/** The JSON twin of a campaign's privacy page: the same facts, as data (see privacy-facts.ts for every kind). */
export const privacyFactsView = z
  .object({
    campaign: z.object({ slug: z.string(), name: z.string(), defaultLocale: localeSchema }),
    locales: z.array(localeSchema).describe('The languages the page is published in.'),
    page: z.string().describe('The privacy page (HTML), per language with ?locale='),
    requestPath: z.string().describe('POST an email address and kind=export|erasure here to get a link by email.'),
    facts: z
      .array(z.looseObject({ kind: z.string() }))
      .describe(
        'One entry per fact, by kind: form (fields, required, keeping: encrypted|plain|reduced|choice), encrypted, never-kept, ip-hash (kept), retention (what: unconfirmed-signup|privacy-link|signer|rsvp|audit-naming-supporters; kept: {days}|{hours}|{months}), shutdown (dueAt, only when scheduled), verify-then-forget (petition, title, kept: one per petition in that mode), employer-warning (configured: whether the campaign lists targeted organizations; never the domains), role (sees), small-groups (k), audited, right, contact; more kinds may be added.',
      ),
    generatedAt: z.date(),
  })
  .meta({ id: 'PrivacyFacts' });
