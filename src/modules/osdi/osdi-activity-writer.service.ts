import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { UUID_RE } from '../../common/ids.js';
import { Problem } from '../../common/problem.js';
import { parseOrThrow } from '../../common/validation.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { EventRsvpsService } from '../events/event-rsvps.service.js';
import { rsvpBody } from '../events/events.schemas.js';
import { EventsService } from '../events/events.service.js';
import { signBody } from '../petitions/petitions.schemas.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import { SignaturesService } from '../petitions/signatures.service.js';
import { SupportersAdminService } from '../supporters/supporters-admin.service.js';
import type { Caller, OsdiHelperActionsService } from './osdi-helper-actions.service.js';
import { inOsdiTerms } from './osdi-person-input.js';
import { linksFor } from './osdi-request.js';
import type { AttendanceHelperBody, OsdiPersonInput, SignatureHelperBody } from './osdi.schemas.js';

/**
 * Signing and RSVPing for the OSDI API, shared by the record_*_helper helpers and by POSTs to the
 * signatures and attendances collections: the public form's own service methods
 * (SignaturesService.sign, EventRsvpsService.rsvp), so screening, rate limits, one signature per
 * person, consent, capacity and the confirmation mail stay theirs.
 */
@Injectable()
export class OsdiActivityWriterService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly petitions: PetitionsService,
    private readonly signatures: SignaturesService,
    private readonly events: EventsService,
    private readonly rsvps: EventRsvpsService,
    private readonly admin: SupportersAdminService,
  ) {}

  /** Signs as the public form does; the signer's address (for finding them afterwards). */
  async sign(campaignId: string, petitionId: string, body: SignatureHelperBody, ip: string, actions: FormFields) {
    const [campaign, petition] = await Promise.all([
      this.campaigns.get(campaignId),
      this.petitions.find(campaignId, petitionId),
    ]);
    const input = parse(signBody, {
      ...actions.formFields(body),
      ...(body.referrer_data?.url ? { referrer: body.referrer_data.url } : {}),
      ...(body.comments ? { comment: body.comments } : {}),
      ...(body['groundswell:show_name'] !== undefined ? { showName: body['groundswell:show_name'] } : {}),
    });
    await this.signatures.sign(campaign.slug, petition.slug, input, ip);
    return { petition, email: input.email };
  }

  /** RSVPs as the public form does (a token holder may RSVP people to a private event). */
  async rsvp(
    campaignId: string,
    eventId: string,
    body: AttendanceHelperBody,
    ip: string,
    caller: Caller,
    actions: FormFields,
  ) {
    const [campaign, event] = await Promise.all([
      this.campaigns.get(campaignId),
      this.events.find(campaignId, eventId),
    ]);
    const input = parse(rsvpBody, {
      ...actions.formFields(body),
      ...(body['groundswell:guests'] !== undefined ? { guests: body['groundswell:guests'] } : {}),
    });
    const access =
      caller.member && event.visibility === 'private'
        ? (await this.events.inviteLink(campaignId, event.id)).access
        : undefined;
    const outcome = await this.rsvps.rsvp(campaign.slug, event.slug, access, input, ip);
    return { event, email: input.email, outcome };
  }

  /**
   * The person of a POST to a signatures or attendances collection: an embedded `person`, or, as
   * the specification's examples do, `_links["osdi:person"]` pointing at a person of this campaign
   * (whose address then signs or RSVPs).
   */
  async personOf(
    req: FastifyRequest,
    campaignId: string,
    organizerId: string,
    body: LinkedBody,
  ): Promise<OsdiPersonInput> {
    if (body.person) return body.person;
    const href = body._links?.['osdi:person']?.href;
    if (!href) throw Problem.field('person', 'give the person, or link one in _links["osdi:person"]', 'required');
    const prefix = `${linksFor(req, campaignId).collection('people')}/`;
    const id = href.startsWith(prefix) ? href.slice(prefix.length).replace(/\/$/, '') : '';
    if (!UUID_RE.test(id))
      throw Problem.field(
        '_links.osdi:person.href',
        `must be a person link of this campaign (${prefix}<id>)`,
        'invalid-uri',
      );
    const p = await this.admin.syncOne({ organizerId, personal: true }, campaignId, id);
    const email = p && 'personal' in p ? p.personal?.email : null;
    if (!email) throw Problem.notFound('Person');
    return { email_addresses: [{ address: email }] };
  }
}

type FormFields = Pick<OsdiHelperActionsService, 'formFields'>;
/** A POST to a signatures or attendances collection: an embedded person, or a link to one. */
export type LinkedBody = { person?: OsdiPersonInput; _links?: { 'osdi:person'?: { href?: string } } };

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  try {
    return parseOrThrow(schema, value);
  } catch (err) {
    throw inOsdiTerms(err);
  }
}
