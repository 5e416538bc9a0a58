import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC_FORM_BODY } from '../supporters/supporter-fields.js';
import { ClientIp, Public } from '../../common/auth/auth.decorators.js';
import { slugSchema } from '../../common/i18n.js';
import { pageOf } from '../../common/pagination.js';
import { LinkRateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { SIGNATURE_CONFIRM_PURPOSE } from './petitions.templates.js';
import { ApiResult, PathParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { toLocale } from '../../common/i18n.js';
import { answerForm, ApiEmbedQuery, ApiEmployerEmailWarning, ApiFormResult, isEmbed } from '../../web/answer.js';
import { embedPaths } from '../../web/pages/embed.pages.js';
import { FormPage } from '../../web/form-page.js';
import { ConfirmSignaturePage, PetitionThanksPage, petitionPath } from '../../web/pages/petition.pages.js';
import { SupportersService } from '../supporters/supporters.service.js';
import {
  confirmBody,
  confirmPeek,
  confirmResult,
  optionalTokenQuery,
  publicPetitionSummary,
  publicPetitionView,
  publicReadQuery,
  publicSignersQuery,
  publicSignerView,
  signAccepted,
  signBody,
  tokenQuery,
} from './petitions.schemas.js';
import { PetitionsService } from './petitions.service.js';
import { SignatureReportsService } from './signature-reports.service.js';
import { SignaturesService } from './signatures.service.js';

const slug = PathParam('slug', slugSchema);
const petitionSlug = PathParam('petitionSlug', slugSchema);

/**
 * Public petition pages and signing, for campaign websites (CORS per CORS_ORIGINS) and plain HTML
 * forms. Rate limited per client IP; signing has burst and sustained limits of its own.
 */
@ApiTags('public')
@Controller('public')
export class PetitionsPublicController {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly signatures: SignaturesService,
    private readonly reports: SignatureReportsService,
    private readonly supporters: SupportersService,
  ) {}

  @Get('campaigns/:slug/petitions')
  @Public()
  @ApiResult(z.object({ items: z.array(publicPetitionSummary) }), {
    description: 'Published petitions of the campaign (open, closed, delivered), newest first.',
  })
  @ApiOperation({ summary: "List a campaign's published petitions" })
  async list(@slug campaignSlug: string, @ValidQuery(publicReadQuery) query: z.output<typeof publicReadQuery>) {
    return { items: await this.petitions.listPublic(campaignSlug, query.locale) };
  }

  @Get('campaigns/:slug/petitions/:petitionSlug')
  @Public()
  @ApiResult(publicPetitionView, {
    description:
      'The petition in the asked locale (or its own), its confirmed count (cached, exact within about 2 s) and its latest signers.',
  })
  @ApiOperation({ summary: 'Get a published petition' })
  async get(
    @slug campaignSlug: string,
    @petitionSlug petition: string,
    @ValidQuery(publicReadQuery) query: z.output<typeof publicReadQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    // Shared caches may hold the page for a second: the count is exact within 2 s anyway.
    void reply.header('cache-control', 'public, max-age=1');
    return this.petitions.publicView(campaignSlug, petition, query.locale);
  }

  @Get('campaigns/:slug/petitions/:petitionSlug/signers')
  @Public()
  @ApiResult(pageOf(publicSignerView), {
    description:
      'Confirmed signers, newest first: "First L." for those who chose to be listed, otherwise "Anonymous". Never an email.',
  })
  @ApiOperation({ summary: 'List public signers' })
  signers(
    @slug campaignSlug: string,
    @petitionSlug petition: string,
    @ValidQuery(publicSignersQuery) query: z.output<typeof publicSignersQuery>,
  ) {
    return this.reports.publicList(campaignSlug, petition, query);
  }

  @Post('campaigns/:slug/petitions/:petitionSlug/signatures')
  @Public()
  @FormPage('petition-sign')
  @ApiEmbedQuery()
  @ApiFormResult(signAccepted, {
    status: 202,
    redirect: true,
    description:
      'Always the same answer, whether this is a first signature, a repeat of an address that already signed, or a submission dropped by the honeypot: ' +
      "the signer receives an email and the signature counts once confirmed. Browsers (HTML forms) get a page, or with redirect=true the campaign's thank-you URL.",
  })
  @ApiResponse({ status: 409, description: 'The petition is closed or delivered (problem type petition-closed).' })
  @ApiEmployerEmailWarning()
  @ApiResponse({
    status: 429,
    description:
      'Too many signatures from this client IP (PETITION_SIGN_BURST_PER_MINUTE, SIGNUP_MAX_PER_IP_PER_HOUR); see Retry-After.',
  })
  @ApiOperation({ summary: 'Sign a petition' })
  async sign(
    @slug campaignSlug: string,
    @petitionSlug petition: string,
    @ValidBody(signBody, PUBLIC_FORM_BODY) body: z.output<typeof signBody>,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const result = await this.signatures.sign(campaignSlug, petition, body, ip);
    const texts = Object.keys(result.petition.texts);
    const locale = toLocale({ query: body.locale, fallback: result.petition.locale }, texts);
    const embed = isEmbed(req);
    return answerForm(req, reply, {
      status: 202,
      schema: signAccepted,
      json: { status: result.status, message: result.message },
      page: () =>
        PetitionThanksPage({
          locale,
          petition: this.petitions.publicShape(result.petition, 0, [], locale),
          url: '',
          next: null,
        }),
      next: `${(embed ? embedPaths : { petition: petitionPath }).petition(campaignSlug, petition)}/thanks?locale=${locale}`,
      // An embedded form's thank-you state stays inside the frame, never the campaign's site.
      redirectTo: body.redirect && !embed ? await this.supporters.thankYouUrl(result.petition.campaignId) : null,
    });
  }

  @Get('signatures/confirm')
  @Public()
  @LinkRateLimit({ purpose: SIGNATURE_CONFIRM_PURPOSE, perLink: 20, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(confirmPeek, {
    description:
      'The page behind the emailed link: a button that POSTs (mail scanners that follow links confirm nothing). JSON: whether it is confirmed already.',
  })
  @ApiOperation({ summary: 'Show the signature confirmation page' })
  async confirmPage(
    @ValidQuery(tokenQuery) query: z.output<typeof tokenQuery>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const peek = await this.signatures.peekConfirmation(query.token);
    const locale = toLocale({ query: peek.locale });
    return answerForm(req, reply, {
      status: 200,
      schema: confirmPeek,
      json: {
        confirmed: peek.confirmed,
        petition: { slug: peek.slug, title: peek.title, campaignSlug: peek.campaignSlug },
      },
      page: () =>
        ConfirmSignaturePage({
          locale,
          title: peek.title,
          confirmed: peek.confirmed,
          petitionHref: `${petitionPath(peek.campaignSlug, peek.slug)}?locale=${locale}`,
          path: req.url.split('?')[0],
        }),
    });
  }

  @Post('signatures/confirm')
  @Public()
  @LinkRateLimit({ purpose: SIGNATURE_CONFIRM_PURPOSE, perLink: 20, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(confirmResult, {
    description: 'Confirms the signature (it counts from the next count tick, within about 2 s). Harmless to repeat.',
  })
  @ApiOperation({ summary: 'Confirm a signature' })
  async confirm(
    @ValidQuery(optionalTokenQuery) query: z.output<typeof optionalTokenQuery>,
    @ValidBody(confirmBody, { form: true }) body: z.output<typeof confirmBody>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const result = await this.signatures.confirm(query.token ?? body.token);
    const locale = toLocale({ query: result.locale });
    return answerForm(req, reply, {
      status: 200,
      schema: confirmResult,
      json: { status: result.status, petition: result.petition },
      page: () =>
        ConfirmSignaturePage({
          locale,
          title: result.petition.title,
          confirmed: true,
          petitionHref: `${petitionPath(result.petition.campaignSlug, result.petition.slug)}?locale=${locale}`,
          path: req.url.split('?')[0],
        }),
    });
  }
}
