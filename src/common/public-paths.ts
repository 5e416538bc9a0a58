import type { Locale } from './i18n.js';

/**
 * Where a campaign's privacy page is, in a language: linked from every public page, every form
 * (hosted and embedded) and every email footer, which must all agree.
 */
export const privacyPagePath = (campaignSlug: string, locale: Locale): string =>
  `/c/${campaignSlug}/privacy?locale=${locale}`;
