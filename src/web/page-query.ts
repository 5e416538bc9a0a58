import { z } from 'zod';
import { REF_RE } from '../common/attribution.js';
import { localeSchema } from '../common/i18n.js';

/**
 * What a page link may carry for every page and embed: the language, the channel (`source`) and the
 * referral code (`ref`). Page links pick up trackers' parameters (utm_*, fbclid...), so a page
 * ignores what it does not use, and a malformed value is dropped rather than refused.
 */
export const pageLinkQuery = z.object({
  locale: localeSchema.optional().catch(undefined),
  source: z
    .string()
    .max(100)
    .regex(/^[\w.:-]+$/)
    .optional()
    .catch(undefined),
  ref: z.string().regex(REF_RE).optional().catch(undefined),
});
