import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Problem } from '../../common/problem.js';
import type { CampaignRole } from '../../generated/prisma/enums.js';
import { SupportersAdminService } from '../supporters/supporters-admin.service.js';
import { OsdiIdentifiersService } from './osdi-identifiers.service.js';
import { helperTags, inOsdiTerms } from './osdi-person-input.js';
import { OsdiPeopleReaderService } from './osdi-people-reader.service.js';
import { linksFor, seesPersonal } from './osdi-request.js';
import type { Json } from './osdi-resources.js';

export type Member = { organizerId: string; role: CampaignRole };
type ActionBody = { add_tags?: string[]; add_tags_uri?: string[]; person: { identifiers?: string[] } };

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
  ) {}

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
