import { createHash } from 'node:crypto';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../../common/auth/auth.decorators.js';
import { slugSchema } from '../../common/i18n.js';
import { pageOf } from '../../common/pagination.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiRawResult, ApiResult, PathParam, ValidQuery } from '../../common/validation.js';
import { AppConfig } from '../../config/config.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { atomFeed, type FeedEntry, type FeedInfo, nameUuid, rssFeed } from './statement-feeds.js';
import {
  feedQuery,
  publicDetailQuery,
  publicListItem,
  publicListQuery,
  publicStatementView,
} from './statements.schemas.js';
import { pickVariant, StatementsService } from './statements.service.js';

const FEED_SIZE = 50;
const FEED_LIMIT = { name: 'statements-feed', limit: 120, windowSeconds: 60 };
const READ_LIMIT = { name: 'statements-read', limit: 300, windowSeconds: 60 };

type Row = Awaited<ReturnType<StatementsService['getPublished']>>;

/** What supporters and feed readers see: published statements only, never before their publication instant. */
@ApiTags('public')
@Controller('public/campaigns/:slug')
export class StatementsPublicController {
  constructor(
    private readonly statements: StatementsService,
    private readonly campaigns: CampaignsService,
    private readonly config: AppConfig,
  ) {}

  @Get('statements')
  @Public()
  @RateLimit(READ_LIMIT)
  @ApiResult(pageOf(publicListItem), {
    description: 'Published statements, newest first, each in the requested language when translated.',
  })
  @ApiOperation({ summary: 'List published statements' })
  async list(
    @PathParam('slug', slugSchema) slug: string,
    @ValidQuery(publicListQuery) query: z.output<typeof publicListQuery>,
  ) {
    const campaign = await this.campaigns.getPublicBySlug(slug);
    const page = await this.statements.listPublished(campaign.id, query);
    return { items: page.items.map((s) => this.view(campaign.slug, s, query.locale)), nextCursor: page.nextCursor };
  }

  @Get('statements/:statementSlug')
  @Public()
  @RateLimit(READ_LIMIT)
  @ApiResult(publicStatementView, { description: '404 before publication; 410 once retracted.' })
  @ApiOperation({ summary: 'Get a published statement' })
  @ApiResponse({ status: 410, description: 'The statement was retracted.' })
  async detail(
    @PathParam('slug', slugSchema) slug: string,
    @PathParam('statementSlug', slugSchema) statementSlug: string,
    @ValidQuery(publicDetailQuery) query: z.output<typeof publicDetailQuery>,
  ) {
    const campaign = await this.campaigns.getPublicBySlug(slug);
    return this.view(campaign.slug, await this.statements.getPublished(campaign.id, statementSlug), query.locale);
  }

  @Get('statements.atom')
  @Public()
  @RateLimit(FEED_LIMIT)
  @ApiRawResult('application/atom+xml', 'Atom 1.0 feed of published statements (RFC 4287).')
  @ApiOperation({ summary: 'Statements Atom feed' })
  async atom(
    @PathParam('slug', slugSchema) slug: string,
    @ValidQuery(feedQuery) query: z.output<typeof feedQuery>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { info, entries } = await this.feed(slug, query.locale);
    return this.sendXml(req, reply, 'application/atom+xml; charset=utf-8', atomFeed(info, entries));
  }

  @Get('statements.rss')
  @Public()
  @RateLimit(FEED_LIMIT)
  @ApiRawResult('application/rss+xml', 'RSS 2.0 feed of published statements.')
  @ApiOperation({ summary: 'Statements RSS feed' })
  async rss(
    @PathParam('slug', slugSchema) slug: string,
    @ValidQuery(feedQuery) query: z.output<typeof feedQuery>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { info, entries } = await this.feed(slug, query.locale);
    return this.sendXml(req, reply, 'application/rss+xml; charset=utf-8', rssFeed(info, entries));
  }

  private view(campaignSlug: string, s: Row, locale?: string) {
    const v = pickVariant(s, locale);
    return {
      slug: s.slug,
      locale: v.locale,
      translations: s.variants.map((x) => x.locale),
      title: v.title,
      summary: v.summary,
      html: v.bodyHtml,
      publishedAt: s.publishedAt!,
      updatedAt: s.contentUpdatedAt ?? s.publishedAt!,
      url: this.statements.publicUrl(campaignSlug, s, v.locale),
    };
  }

  private async feed(slug: string, requested?: string): Promise<{ info: FeedInfo; entries: FeedEntry[] }> {
    const campaign = await this.campaigns.getPublicBySlug(slug);
    const locale = requested ?? campaign.defaultLocale;
    const rows = await this.statements.latestPublished(campaign.id, FEED_SIZE);
    const base = this.config.get('PUBLIC_URL');
    const path = `/public/campaigns/${encodeURIComponent(campaign.slug)}`;
    const query = requested ? `?locale=${encodeURIComponent(requested)}` : '';
    const info: FeedInfo = {
      id: nameUuid(campaign.id, `statements:${locale}`),
      title: `${campaign.name}: statements`,
      subtitle: campaign.summary,
      locale,
      siteUrl: new URL(`${path}/statements${query}`, base).toString(),
      atomUrl: new URL(`${path}/statements.atom${query}`, base).toString(),
      rssUrl: new URL(`${path}/statements.rss${query}`, base).toString(),
      author: campaign.name,
      fallbackUpdated: campaign.createdAt,
      generator: 'Groundswell',
    };
    const entries = rows.map((s) => {
      const v = pickVariant(s, locale);
      return {
        // The variant's own id: a translation is a different entry from the original.
        id: v.id,
        title: v.title,
        summary: v.summary,
        html: v.bodyHtml,
        url: this.statements.publicUrl(campaign.slug, s, v.locale),
        locale: v.locale,
        publishedAt: s.publishedAt!,
        updatedAt: s.contentUpdatedAt ?? s.publishedAt!,
      };
    });
    return { info, entries };
  }

  /** Feeds are polled: a strong ETag lets readers revalidate with a 304 instead of a download. */
  private sendXml(req: FastifyRequest, reply: FastifyReply, type: string, body: string) {
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=300').header('vary', 'Accept-Encoding');
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.status(200).type(type).send(body);
  }
}
