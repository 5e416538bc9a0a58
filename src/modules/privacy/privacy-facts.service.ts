import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { SUPPORTED_LOCALES, toLocale } from '../../common/i18n.js';
import { AppConfig } from '../../config/config.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { rsvpBody } from '../events/events.schemas.js';
import { signBody } from '../petitions/petitions.schemas.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { signerDataKept } from '../petitions/signer-retention.js';
import { CampaignShutdownService } from '../retention/campaign-shutdown.service.js';
import { RetentionService } from '../retention/retention.service.js';
import { PRIVACY_LINK_TTL_SECONDS } from '../supporters/supporter-links.js';
import { SupporterSettingsService } from '../supporters/supporter-settings.service.js';
import { signupBody } from '../supporters/supporters.schemas.js';
import type { FieldKeeping, PrivacyFact, PrivacyFacts, PrivacyField, PrivacyForm } from './privacy-facts.js';

/** How each field a form may post is kept (see the supporters, petitions and events tables). */
const KEEPING: Record<string, FieldKeeping> = {
  email: 'encrypted',
  firstName: 'encrypted',
  lastName: 'encrypted',
  phone: 'encrypted',
  signalUsername: 'encrypted',
  postalCode: 'encrypted',
  comment: 'encrypted',
  country: 'plain',
  locale: 'plain',
  guests: 'plain',
  source: 'plain',
  ref: 'plain',
  referrer: 'reduced',
  showName: 'choice',
  consentUpdates: 'choice',
  consentDigests: 'choice',
};

/** Posted for the machinery, not about the person: the consent wording's version, the honeypot, where to go next. */
const TECHNICAL = new Set(['consentTextVersion', 'website', 'redirect', 'formId', 'employerEmailAcknowledged']);
const isUtm = (name: string) => name.startsWith('utm');

/** The fields of a form's body schema, in order, each with whether it is required and how it is kept. */
function fieldsOf(schema: z.ZodObject): PrivacyField[] {
  return Object.entries(schema.shape)
    .filter(([name]) => !TECHNICAL.has(name) && !isUtm(name))
    .map(([name, field]) => ({
      name,
      required: !(field as z.ZodType).safeParse(undefined).success,
      // A field this table does not know yet is stated as kept as given: never claim more protection than we know.
      keeping: KEEPING[name] ?? 'plain',
    }));
}

const FORMS: Record<PrivacyForm, z.ZodObject> = {
  signup: signupBody as unknown as z.ZodObject,
  petition: signBody,
  rsvp: rsvpBody as unknown as z.ZodObject,
};

/**
 * Gathers what a campaign's privacy page says from the live rules and settings: the forms' schemas,
 * the privacy settings of the configuration and the campaign's own settings, each through the
 * module that owns it. One gatherer per group of facts; see privacy-facts.ts for how to add one.
 */
@Injectable()
export class PrivacyFactsService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly supporterSettings: SupporterSettingsService,
    private readonly config: AppConfig,
    private readonly retentionRules: RetentionService,
    private readonly shutdowns: CampaignShutdownService,
    private readonly petitions: PetitionsService,
  ) {}

  async facts(slug: string): Promise<PrivacyFacts> {
    const campaign = await this.campaigns.getPublicBySlug(slug);
    const forms = this.forms();
    const rules = await this.retentionRules.policy(campaign.id);
    const gathered = await Promise.all([
      forms,
      this.storage(forms, rules.signerMonths),
      this.retention(rules),
      this.shutdown(campaign.id),
      this.employerWarning(campaign.id),
      this.forgetPetitions(campaign.slug),
      this.roles(campaign.id),
      this.rights(),
      this.contact(campaign.id),
    ]);
    return {
      campaign: {
        slug: campaign.slug,
        name: campaign.name,
        defaultLocale: toLocale({ fallback: campaign.defaultLocale }),
      },
      locales: [...SUPPORTED_LOCALES],
      requestPath: `/public/campaigns/${campaign.slug}/privacy-requests`,
      facts: gathered.flat(),
      generatedAt: new Date(),
    };
  }

  private forms(): Extract<PrivacyFact, { kind: 'form' }>[] {
    return (Object.keys(FORMS) as PrivacyForm[]).map((form) => ({ kind: 'form', form, fields: fieldsOf(FORMS[form]) }));
  }

  /** What is encrypted: every field some form collects and keeps encrypted. */
  private storage(forms: Extract<PrivacyFact, { kind: 'form' }>[], signerMonths: number): PrivacyFact[] {
    const encrypted = [
      ...new Set(forms.flatMap((f) => f.fields.filter((x) => x.keeping === 'encrypted').map((x) => x.name))),
    ];
    return [
      { kind: 'encrypted', fields: encrypted },
      { kind: 'never-kept', what: 'raw-ip' },
      { kind: 'never-kept', what: 'referrer-path' },
      { kind: 'never-kept', what: 'cookies' },
      { kind: 'never-kept', what: 'third-party-requests' },
      { kind: 'ip-hash', where: 'consent-log', kept: { days: this.config.get('SUPPORTERS_IP_HASH_DAYS') } },
      // Cleared with the rest of the signature when retention anonymizes it (retention module).
      { kind: 'ip-hash', where: 'signature', kept: { months: signerMonths } },
    ];
  }

  /** The configured lifetimes, then the campaign's retention rules (`GET /campaigns/:id/retention`). */
  private retention(rules: { signerMonths: number; rsvpDays: number; auditMonths: number }): PrivacyFact[] {
    return [
      { kind: 'retention', what: 'unconfirmed-signup', kept: { days: this.config.get('SUPPORTERS_PENDING_DAYS') } },
      { kind: 'retention', what: 'privacy-link', kept: { hours: PRIVACY_LINK_TTL_SECONDS / 3600 } },
      { kind: 'retention', what: 'signer', kept: { months: rules.signerMonths } },
      { kind: 'retention', what: 'rsvp', kept: { days: rules.rsvpDays } },
      { kind: 'retention', what: 'audit-naming-supporters', kept: { months: rules.auditMonths } },
    ];
  }

  /** A scheduled shutdown, stated with when it is due; nothing when none is scheduled. */
  private async shutdown(campaignId: string): Promise<PrivacyFact[]> {
    const { current } = await this.shutdowns.state(campaignId);
    return current?.status === 'scheduled' ? [{ kind: 'shutdown', dueAt: current.dueAt }] : [];
  }

  /** Whether the campaign lists targeted organizations; the domains themselves are never stated. */
  private async employerWarning(campaignId: string): Promise<PrivacyFact[]> {
    const domains = await this.campaigns.targetedDomainsOf(campaignId);
    return [{ kind: 'employer-warning', configured: domains.length > 0 }];
  }

  /** One fact per published "verify, then forget" petition, with what its signatures keep. */
  private async forgetPetitions(slug: string): Promise<PrivacyFact[]> {
    const petitions = await this.petitions.listPublic(slug);
    return petitions
      .filter((p) => p.verifyThenForget)
      .map((p) => ({ kind: 'verify-then-forget', petition: p.slug, title: p.title, kept: signerDataKept(true) }));
  }

  private async roles(campaignId: string): Promise<PrivacyFact[]> {
    // The k a reader without personal data gets (the campaign's minGroupSize).
    const k = await this.campaigns.minGroupSizeFor(campaignId, 'viewer');
    return [
      { kind: 'role', role: 'public', sees: 'public-names-and-counts' },
      { kind: 'role', role: 'viewer', sees: 'no-personal-data-but-staffed-events' },
      { kind: 'role', role: 'organizer', sees: 'no-personal-data-but-staffed-events' },
      { kind: 'role', role: 'admin', sees: 'personal-data' },
      { kind: 'role', role: 'owner', sees: 'personal-data' },
      { kind: 'small-groups', k },
      { kind: 'audited', what: 'personal-data-access' },
    ];
  }

  private rights(): PrivacyFact[] {
    return [
      { kind: 'right', right: 'export', how: 'request-form' },
      { kind: 'right', right: 'erase', how: 'request-form' },
      { kind: 'right', right: 'unsubscribe', how: 'email-link' },
    ];
  }

  private async contact(campaignId: string): Promise<PrivacyFact[]> {
    const settings = await this.supporterSettings.settings(campaignId);
    return [{ kind: 'contact', email: settings.privacyContact }];
  }
}
