import type { Locale } from '../../common/i18n.js';

/**
 * Who a message goes to, resolved at send time. The mail module never stores a supporter's
 * address or name: it keeps the supporter id and asks the directory just before sending, so an
 * erased or unsubscribed supporter is never mailed from a stale copy.
 */
export interface Recipient {
  supporterId: string;
  campaignId: string;
  /** Decrypted, only in memory at send time. */
  email: string;
  /** 'en' | 'ar' (src/common/i18n.ts). */
  locale: Locale;
  firstName: string | null;
  /** May receive campaign mail (confirmed, consented to updates, not unsubscribed/bounced/erased). */
  campaignMail: boolean;
  /** May receive digests (as campaignMail, plus consented to digests). */
  digestMail: boolean;
  /** May receive transactional mail (confirmation links etc.): false only when erased. */
  transactional: boolean;
}

/** Which supporters of a campaign a broadcast goes to. Lists are ORed within a field, ANDed across fields. */
export interface AudienceFilter {
  purpose: 'updates' | 'digests';
  tags?: string[];
  locales?: string[];
  countries?: string[];
}

export interface AudienceMember {
  supporterId: string;
  locale: Locale;
}

/**
 * The mail module's only window onto supporter data. The supporters module implements it
 * (`SupporterDirectoryService`) and provides it globally, so `supporters → mail` stays the only import
 * direction between the two modules.
 */
export abstract class RecipientDirectory {
  /** Batch lookup at send time; ids missing from the map are erased or unknown. */
  abstract resolve(supporterIds: string[]): Promise<Map<string, Recipient>>;

  /**
   * One page of an audience in ascending supporter id order (keyset: ids greater than `afterId`),
   * so a broadcast walks 100,000 supporters without loading them all: confirmed and consented for
   * `filter.purpose`, and not unsubscribed, bounced, complained or erased.
   */
  abstract audiencePage(
    campaignId: string,
    filter: AudienceFilter,
    afterId: string | null,
    limit: number,
  ): Promise<AudienceMember[]>;

  /** How many supporters `audiencePage` would walk through (the broadcast preview count). */
  abstract countAudience(campaignId: string, filter: AudienceFilter): Promise<number>;

  /** A bounce or complaint suppressed this address: mark every supporter with this email blind index. */
  abstract markUndeliverable(emailBlindIndex: string, reason: 'bounced' | 'complained'): Promise<void>;
}
