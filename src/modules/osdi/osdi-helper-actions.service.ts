import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Problem } from '../../common/problem.js';
import type { CampaignRole } from '../../generated/prisma/enums.js';
import { AuthService } from '../auth/auth.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { SupportersAdminService } from '../supporters/supporters-admin.service.js';
import { OsdiIdentifiersService } from './osdi-identifiers.service.js';
import { formFieldsOf, helperTags, inOsdiTerms } from './osdi-person-input.js';
import { OsdiPeopleReaderService } from './osdi-people-reader.service.js';
import { linksFor, optionalMember, seesPersonal } from './osdi-request.js';
import type { Json } from './osdi-resources.js';
import type { OsdiPersonInput } from './osdi.schemas.js';

export type Member = { organizerId: string; role: CampaignRole };
type ActionBody = { add_tags?: string[]; add_tags_uri?: string[]; person: { identifiers?: string[] } };
/** What the record_*_helper bodies share: the person, where they came from, the consent text shown. */
type RecordBody = ActionBody & {
  person: OsdiPersonInput;
  referrer_data?: { source?: string };
  'groundswell:consent_text_version'?: string;
};
/** Who calls a helper (a token holder, or a form without one) and the tags it adds. */
export type Caller = { member: Member | null; tags: string[] };

/**
 * What the helpers do after the public-form action itself: helper action functions (add_tags) and
 * foreign identifiers, for token holders only; a form without a token can change nothing but what
 * the public form changes.
 */
@Injectable()
export class OsdiHelperActionsService {
  constructor(
    private readonly admin: SupportersAdminService,
    private readonly identifiers: OsdiIdentifiersService,
    private readonly reader: OsdiPeopleReaderService,
    private readonly auth: AuthService,
    private readonly campaigns: CampaignsService,
  ) {}

  /** The caller, checked (token, membership, what it may add) before anything is written. */
  async caller(req: FastifyRequest, campaignId: string, body: ActionBody): Promise<Caller> {
    const member = await optionalMember(req, campaignId, this.auth, this.campaigns, 'organizer');
    return { member, tags: this.tagsFor(req, campaignId, member, body) };
  }

  /** The public form's fields in a record_*_helper body: the person, the source, and consent when subscribed. */
  formFields(body: RecordBody): Record<string, unknown> {
    const subscribe = body.person.email_addresses?.some((e) => e.status === 'subscribed') ?? false;
    return {
      ...formFieldsOf(body.person),
      ...(body.referrer_data?.source ? { source: body.referrer_data.source } : {}),
      ...(subscribe
        ? { consentUpdates: true, consentTextVersion: body['groundswell:consent_text_version'] ?? 'osdi' }
        : {}),
      formId: 'osdi',
    };
  }

  /**
   * After a record_*_helper's action: identifiers and tags on the person who acted, and the
   * helper's answer linking the resource acted on (`rel` in `collection`) and that person. A form
   * without a token gets {} whatever happened, so the answer reveals nothing.
   */
  async resolvePersonAndTag(
    req: FastifyRequest,
    campaignId: string,
    caller: Caller,
    body: ActionBody,
    email: string,
    acted: { rel: string; collection: string; id: string },
    fields: Json,
  ): Promise<Json> {
    if (!caller.member) return {};
    const person = await this.apply(req, campaignId, caller.member, body, caller.tags, email);
    const links = linksFor(req, campaignId);
    return {
      origin_system: 'Groundswell',
      action_date: new Date().toISOString(),
      ...fields,
      _links: {
        [acted.rel]: { href: links.item(acted.collection, acted.id) },
        ...(person ? { 'osdi:person': { href: links.item('people', String(person.id)) } } : {}),
      },
      _embedded: person ? { 'osdi:person': person.resource } : {},
    };
  }

  /** Checked before anything is written, so a refused call changes nothing. */
  tagsFor(req: FastifyRequest, campaignId: string, member: Member | null, body: ActionBody): string[] {
    const tags = helperTags(body, linksFor(req, campaignId).collection('tags'));
    if (!member && (tags.length > 0 || body.person.identifiers?.length))
      throw Problem.unauthorized('add_tags and identifiers need an OSDI-API-Token with the organizer role.');
    return tags;
  }

  /** Identifiers and tags on the person who acted; the person as the caller's role may see them. */
  async apply(
    req: FastifyRequest,
    campaignId: string,
    member: Member,
    body: ActionBody,
    tags: string[],
    email: string,
  ): Promise<{ id: string; resource: Json } | null> {
    // Null when the per-address limit dropped the submission before anything was stored.
    const personId = await this.admin.idByEmail(campaignId, email);
    if (!personId) return null;
    const viewer = { organizerId: member.organizerId, personal: seesPersonal(member.role) };
    await this.identifiers.add(campaignId, 'person', personId, body.person.identifiers);
    if (tags.length > 0) {
      try {
        await this.admin.tagBulk(viewer, campaignId, { supporterIds: [personId], add: tags });
      } catch (err) {
        throw inOsdiTerms(err);
      }
    }
    return { id: personId, resource: await this.reader.one(req, campaignId, viewer, personId) };
  }
}
