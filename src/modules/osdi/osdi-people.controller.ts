import { Controller, Delete, Get, HttpCode, Patch, Post, Put, Req, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Auth, type AuthContext, ClientIp } from '../../common/auth/auth.decorators.js';
import { Problem } from '../../common/problem.js';
import { IdParam, PathParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { AuthService } from '../auth/auth.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { SupporterPrivacyService } from '../supporters/supporter-privacy.service.js';
import { SupportersAdminService, type Viewer } from '../supporters/supporters-admin.service.js';
import { editSupporterBody, signupBody } from '../supporters/supporters.schemas.js';
import { SupportersService } from '../supporters/supporters.service.js';
import { parseOrThrow } from '../../common/validation.js';
import { OsdiErrorFilter } from './osdi-errors.js';
import { type Member, OsdiHelperActionsService } from './osdi-helper-actions.service.js';
import { OsdiIdentifiersService } from './osdi-identifiers.service.js';
import { editFieldsOf, emailOf, formFieldsOf, inOsdiTerms } from './osdi-person-input.js';
import { OsdiPeopleReaderService } from './osdi-people-reader.service.js';
import {
  campaignIdParam as campaignId,
  linksFor,
  optionalMember,
  OsdiFormAction,
  OsdiOperation,
  seesPersonal,
} from './osdi-request.js';
import { aepResource, tagResource, taggingResource } from './osdi-resources.js';
import {
  collectionQuery,
  type CollectionQuery,
  osdiAep,
  osdiCollection,
  osdiNotice,
  osdiPerson,
  osdiPersonResource,
  osdiTagResource,
  type OsdiPersonInput,
  signupHelperBody,
  type SignupHelperBody,
  tokenOnlyQuery,
} from './osdi.schemas.js';
import {
  AuditsPersonalData,
  embeddedWith,
  oneWith,
  searchIfFiltered,
} from '../audit/personal-data-access.interceptor.js';

const viewerOf = (auth: AuthContext): Viewer => ({
  organizerId: auth.organizerId,
  personal: seesPersonal(auth.campaign!.role),
});

/**
 * The OSDI entry point of a campaign, people, tags and taggings, and the person signup helper.
 * Authentication: the OSDI-API-Token header is turned into the ordinary bearer token (OsdiHttpService),
 * so the global AccessGuard applies the main API's rules; helpers are also open without a token.
 */
@ApiTags('osdi')
@Controller('osdi/v1/campaigns/:campaignId')
@UseFilters(OsdiErrorFilter)
export class OsdiPeopleController {
  constructor(
    private readonly reader: OsdiPeopleReaderService,
    private readonly admin: SupportersAdminService,
    private readonly supporters: SupportersService,
    private readonly privacy: SupporterPrivacyService,
    private readonly identifiers: OsdiIdentifiersService,
    private readonly campaigns: CampaignsService,
    private readonly auth: AuthService,
    private readonly actions: OsdiHelperActionsService,
  ) {}

  @Get()
  @OsdiOperation('OSDI API entry point (AEP) of a campaign', osdiAep, 'viewer')
  async aep(@campaignId id: string, @ValidQuery(tokenOnlyQuery) _q: unknown, @Req() req: FastifyRequest) {
    const campaign = await this.campaigns.get(id);
    return aepResource(linksFor(req, id), campaign);
  }

  @Get('people')
  @AuditsPersonalData({
    what: 'osdi-people',
    access: searchIfFiltered,
    people: embeddedWith('osdi:people', 'email_addresses'),
  })
  @OsdiOperation(
    'OSDI people: a page, in modification order, filterable (modified_date, created_date, email_address)',
    osdiCollection,
    'viewer',
  )
  people(
    @campaignId id: string,
    @ValidQuery(collectionQuery) q: CollectionQuery,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    return this.reader.page(req, id, viewerOf(auth), q);
  }

  @Post('people')
  @HttpCode(200)
  @OsdiOperation(
    'OSDI: create (or match by email) a person; the same path as person_signup_helper',
    osdiPersonResource,
    'organizer',
  )
  async create(
    @campaignId id: string,
    @ValidBody(osdiPerson) person: OsdiPersonInput,
    @ClientIp() ip: string,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    return this.signupAs(req, id, { person }, ip, { organizerId: auth.organizerId, role: auth.campaign!.role });
  }

  @Post('people/person_signup_helper')
  @OsdiFormAction(
    'osdi-signup',
    'OSDI person_signup_helper: sign a person up exactly as the public form does (double opt-in, consent)',
  )
  async signupHelper(
    @campaignId id: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @ValidBody(signupHelperBody) body: SignupHelperBody,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
  ) {
    const member = await optionalMember(req, id, this.auth, this.campaigns, 'organizer');
    return this.signupAs(req, id, body, ip, member);
  }

  @Get('people/:personId')
  @AuditsPersonalData({
    what: 'osdi-people',
    access: 'view',
    people: oneWith('email_addresses'),
    entity: { type: 'supporter', param: 'personId' },
  })
  @OsdiOperation('OSDI: one person', osdiPersonResource, 'viewer')
  person(
    @campaignId id: string,
    @IdParam('personId') personId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    return this.reader.one(req, id, viewerOf(auth), personId);
  }

  @Put('people/:personId')
  @OsdiOperation('OSDI: update a person (merge: absent fields stay, null clears)', osdiPersonResource, 'admin')
  async update(
    @campaignId id: string,
    @IdParam('personId') personId: string,
    @ValidBody(osdiPerson) body: OsdiPersonInput,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    const viewer = viewerOf(auth);
    const current = await this.admin.syncOne({ ...viewer, personal: true }, id, personId);
    if (!current) throw Problem.notFound('Person');
    const fields = editFieldsOf(body, 'personal' in current ? current.personal : null);
    if (Object.keys(fields).length > 0) {
      try {
        await this.admin.edit(viewer, id, personId, parseOrThrow(editSupporterBody, fields));
      } catch (err) {
        throw inOsdiTerms(err, 'person');
      }
    }
    await this.identifiers.add(id, 'person', personId, body.identifiers);
    return this.reader.one(req, id, viewer, personId);
  }

  /** PATCH is PUT: OSDI defines PUT as a merge already. (Nest maps one method per handler, hence two.) */
  @Patch('people/:personId')
  @OsdiOperation('OSDI: update a person (same merge as PUT)', osdiPersonResource, 'admin')
  patch(
    @campaignId id: string,
    @IdParam('personId') personId: string,
    @ValidBody(osdiPerson) body: OsdiPersonInput,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    return this.update(id, personId, body, auth, req);
  }

  @Delete('people/:personId')
  @AuditsPersonalData({
    what: 'osdi-people',
    access: 'erase',
    people: () => 1,
    entity: { type: 'supporter', param: 'personId' },
  })
  @OsdiOperation(
    'OSDI: delete a person (erasure: personal data removed, anonymous tombstone kept)',
    osdiNotice,
    'admin',
  )
  async remove(
    @campaignId id: string,
    @IdParam('personId') personId: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @Auth() auth: AuthContext,
  ) {
    const erased = await this.privacy.erase(id, personId, { kind: 'organizer', organizerId: auth.organizerId });
    return { notice: erased ? 'This person was successfully deleted.' : 'This person had already been deleted.' };
  }

  @Get('people/:personId/taggings')
  @OsdiOperation("OSDI: a person's taggings", osdiCollection, 'viewer')
  async personTaggings(
    @campaignId id: string,
    @IdParam('personId') personId: string,
    @ValidQuery(collectionQuery) query: CollectionQuery,
    @Auth() auth: AuthContext,
    @Req() req: FastifyRequest,
  ) {
    const p = await this.admin.syncOne(viewerOf(auth), id, personId);
    if (!p) throw Problem.notFound('Person');
    const links = linksFor(req, id);
    const members = p.tags.map((t) => taggingResource(links, t, p));
    return this.reader.single(req, links, 'taggings', members, { query });
  }

  @Get('tags')
  @OsdiOperation('OSDI tags: the tags on the campaign’s people, alphabetical', osdiCollection, 'viewer')
  async tags(@campaignId id: string, @ValidQuery(collectionQuery) query: CollectionQuery, @Req() req: FastifyRequest) {
    const links = linksFor(req, id);
    const members = (await this.admin.tagCounts(id)).map((t) => tagResource(links, t));
    return this.reader.single(req, links, 'tags', members, { query });
  }

  @Get('tags/:tag')
  @OsdiOperation('OSDI: one tag', osdiTagResource, 'viewer')
  async tag(
    @campaignId id: string,
    @PathParam('tag', z.string().min(1).max(50)) tag: string,
    @ValidQuery(tokenOnlyQuery) _q: unknown,
    @Req() req: FastifyRequest,
  ) {
    const found = (await this.admin.tagCounts(id)).find((t) => t.tag === tag);
    if (!found) throw Problem.notFound('Tag');
    return tagResource(linksFor(req, id), found);
  }

  // ---------------------------------------------------------------- shared paths

  /**
   * The signup helper and POST /people: the public signup (screening, rate limits, consent record,
   * double opt-in mail exactly once), then, for a token holder only, foreign identifiers and tags.
   * Without a token the answer is {} whatever happened, so it reveals nothing.
   */
  private async signupAs(
    req: FastifyRequest,
    campaignId: string,
    body: Pick<SignupHelperBody, 'person' | 'add_tags' | 'add_tags_uri' | 'groundswell:consent_text_version'>,
    ip: string,
    member: Member | null,
  ) {
    const tags = this.actions.tagsFor(req, campaignId, member, body);
    const campaign = await this.campaigns.get(campaignId);
    const email = emailOf(body.person);
    let input;
    try {
      input = parseOrThrow(signupBody, {
        ...formFieldsOf(body.person),
        consentUpdates: email.subscribe,
        consentTextVersion: body['groundswell:consent_text_version'] ?? 'osdi',
        formId: 'osdi',
      });
    } catch (err) {
      throw inOsdiTerms(err);
    }
    await this.supporters.signup(campaign.slug, input, ip);
    if (!member) return {};
    const person = await this.actions.apply(req, campaignId, member, body, tags, input.email);
    return person?.resource ?? {};
  }
}
