import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../common/auth/auth.decorators.js';
import { type Locale, localeSchema, slugSchema, toLocale } from '../common/i18n.js';
import { renderMarkdown } from '../common/markdown.js';
import { ApiRawResult, PathParam, ValidQuery } from '../common/validation.js';
import { AppConfig } from '../config/config.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';
import { EventsService } from '../modules/events/events.service.js';
import { MilestonesService } from '../modules/milestones/milestones.service.js';
import { PetitionsService } from '../modules/petitions/petitions.service.js';
import { pickVariant, StatementsService } from '../modules/statements/statements.service.js';
import { sendPage } from './answer.js';
import { assetPath } from './assets.js';
import { emptyForm, type FormState } from './components.js';
import { registerFormPage } from './form-page.js';
import type { ShareMeta } from './layout.js';
import { CampaignHomePage, StatementPage, StatementsPage, TimelinePage } from './pages/campaign.pages.js';
import { EventPage, eventPath, RsvpThanksPage } from './pages/event.pages.js';
import { type NextAction, PetitionPage, petitionPath, PetitionThanksPage } from './pages/petition.pages.js';
import { SignupThanksPage } from './pages/supporter.pages.js';

/**
 * The public pages under /c/:slug. Each asks the domain services for what it shows and hands it to
 * a component; nothing here reads a table. Pages are cacheable for a few seconds (ETag), so a
 * count is never more than that stale; thank-you pages are not cached.
 */

// Page links pick up trackers' parameters (utm_*, fbclid...): a page ignores what it does not use.
const pageQuery = z.object({
  locale: localeSchema.optional().catch(undefined),
  source: z
    .string()
    .max(100)
    .regex(/^[\w.:-]+$/)
    .optional()
    .catch(undefined),
  access: z.string().max(500).optional(),
  embed: z.literal('1').optional().catch(undefined),
});
const thanksQuery = pageQuery.extend({ status: z.enum(['confirmed', 'waitlisted']).optional() });
type PageQuery = z.output<typeof pageQuery>;

const PAGE_MAX_AGE = 2;
const slug = PathParam('slug', slugSchema);

@ApiTags('pages')
@Controller('c')
@Public()
export class PagesController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly petitions: PetitionsService,
    private readonly events: EventsService,
    private readonly statements: StatementsService,
    private readonly milestones: MilestonesService,
    private readonly config: AppConfig,
  ) {
    registerFormPage('petition-sign', (req, state) => {
      const p = req.params as { slug: string; petitionSlug: string };
      return this.petitionPage(req, p.slug, p.petitionSlug, state);
    });
    registerFormPage('event-rsvp', (req, state) => {
      const p = req.params as { slug: string; eventSlug: string };
      const q = req.query as { access?: string };
      return this.eventPage(req, p.slug, p.eventSlug, state, q.access);
    });
    registerFormPage('signup', (req, state) => this.homePage(req, (req.params as { slug: string }).slug, state));
  }

  private url(path: string): string {
    return new URL(path, this.config.get('PUBLIC_URL')).toString();
  }

  private locale(req: FastifyRequest, fallback: string | null, available?: readonly string[]): Locale {
    const q = req.query as { locale?: string };
    const body = (req.body ?? {}) as { locale?: string };
    return toLocale(
      { query: q.locale ?? body.locale, acceptLanguage: req.headers['accept-language'], fallback },
      available,
    );
  }

  private share(path: string, description: string, locale: Locale): ShareMeta {
    return {
      url: this.url(`${path}?locale=${locale}`),
      description: description.slice(0, 300),
      image: this.url(assetPath('share.svg')),
    };
  }

  @Get(':slug')
  @ApiOperation({ summary: "The campaign's home page (HTML)" })
  @ApiRawResult(
    'text/html',
    'Open petitions with their counts, upcoming events, statements, the timeline and a signup form.',
  )
  async home(
    @slug s: string,
    @ValidQuery(pageQuery) _q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendPage(req, reply, await this.homePage(req, s, emptyForm()), { maxAge: PAGE_MAX_AGE });
  }

  private async homePage(req: FastifyRequest, s: string, state: FormState) {
    const campaign = await this.campaigns.getPublicBySlug(s);
    const locale = this.locale(req, campaign.defaultLocale);
    const [petitions, events, statements, timeline] = await Promise.all([
      this.petitions.listPublic(s, locale),
      this.events.listPublic(s, { limit: 5, locale }),
      this.statements.latestPublished(campaign.id, 3),
      this.milestones.timeline(s, { limit: 5, locale }),
    ]);
    const c = { slug: campaign.slug, name: campaign.name, summary: campaign.summary };
    return CampaignHomePage({
      locale,
      state,
      source: (req.query as PageQuery).source,
      share: this.share(`/c/${campaign.slug}`, campaign.summary || campaign.name, locale),
      model: {
        campaign: c,
        petitions: petitions.filter((p) => p.status === 'open'),
        events: events.items,
        statements: statements.map((row) => {
          const v = pickVariant(row, locale);
          return { slug: row.slug, title: v.title, summary: v.summary, publishedAt: row.publishedAt! };
        }),
        milestones: timeline.items,
      },
    });
  }

  @Get(':slug/thanks')
  @ApiOperation({ summary: 'Thank-you page after the signup form (HTML)' })
  @ApiRawResult('text/html', 'Where a browser lands after a successful signup post.')
  async signupThanks(
    @slug s: string,
    @ValidQuery(pageQuery) _q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const campaign = await this.campaigns.getPublicBySlug(s);
    const locale = this.locale(req, campaign.defaultLocale);
    return sendPage(
      req,
      reply,
      SignupThanksPage({ locale, path: `/c/${s}/thanks`, campaign: { slug: campaign.slug, name: campaign.name } }),
    );
  }

  @Get(':slug/petitions/:petitionSlug')
  @ApiOperation({ summary: 'A petition page with its sign form (HTML)' })
  @ApiRawResult('text/html', 'Title, target, text, live count and progress, recent public signers and the sign form.')
  async petition(
    @slug s: string,
    @PathParam('petitionSlug', slugSchema) p: string,
    @ValidQuery(pageQuery) _q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendPage(req, reply, await this.petitionPage(req, s, p, emptyForm()), { maxAge: PAGE_MAX_AGE });
  }

  private async petitionPage(req: FastifyRequest, s: string, p: string, state: FormState) {
    const base = await this.petitions.getPublic(s, p);
    const locale = this.locale(req, base.locale, Object.keys(base.texts));
    const view = await this.petitions.publicView(s, p, locale);
    return PetitionPage({
      locale,
      petition: view,
      state,
      source: (req.query as PageQuery).source,
      share: this.share(petitionPath(s, p), `${view.target}: ${view.title}`, locale),
    });
  }

  @Get(':slug/petitions/:petitionSlug/thanks')
  @ApiOperation({ summary: 'Thank-you page after signing (HTML)' })
  @ApiRawResult('text/html', 'Check your email, share links (plain links, no third-party scripts) and the next action.')
  async petitionThanks(
    @slug s: string,
    @PathParam('petitionSlug', slugSchema) p: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const base = await this.petitions.getPublic(s, p);
    const locale = this.locale(req, base.locale, Object.keys(base.texts));
    const view = this.petitions.publicShape(base, 0, [], locale);
    return sendPage(
      req,
      reply,
      PetitionThanksPage({
        locale,
        petition: view,
        url: this.url(`${petitionPath(s, p)}?locale=${locale}`),
        next: await this.nextAction(s, p, locale),
        embed: q.embed === '1',
      }),
    );
  }

  /** Another open petition, else the next public event, else nothing. */
  private async nextAction(s: string, currentPetition: string, locale: Locale): Promise<NextAction | null> {
    const others = (await this.petitions.listPublic(s, locale)).filter(
      (x) => x.status === 'open' && x.slug !== currentPetition,
    );
    if (others[0]) return { title: others[0].title, href: `${petitionPath(s, others[0].slug)}?locale=${locale}` };
    const events = await this.events.listPublic(s, { limit: 1, locale });
    const e = events.items[0];
    return e ? { title: e.title, href: `${eventPath(s, e.slug)}?locale=${locale}` } : null;
  }

  @Get(':slug/events/:eventSlug')
  @ApiOperation({ summary: 'An event page with its RSVP form (HTML)' })
  @ApiRawResult(
    'text/html',
    "When (in the event's zone, named), where, places left or waitlist, .ics link and the RSVP form.",
  )
  async event(
    @slug s: string,
    @PathParam('eventSlug', slugSchema) e: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    // A private event's page (reached with ?access=) is nobody else's business: not cached.
    return sendPage(req, reply, await this.eventPage(req, s, e, emptyForm(), q.access), {
      maxAge: q.access ? 0 : PAGE_MAX_AGE,
    });
  }

  private async eventPage(req: FastifyRequest, s: string, e: string, state: FormState, access?: string) {
    const campaign = await this.campaigns.getPublicBySlug(s);
    const locale = this.locale(req, campaign.defaultLocale);
    const view = await this.events.getPublic(s, e, access, locale);
    const cal = `/public/campaigns/${s}/events/${e}/calendar.ics${access ? `?access=${encodeURIComponent(access)}` : ''}`;
    return EventPage({
      locale,
      campaign: { slug: campaign.slug, name: campaign.name },
      event: { ...view, descriptionHtml: renderMarkdown(view.description) },
      state,
      source: (req.query as PageQuery).source,
      access,
      calendarUrl: cal,
      share: this.share(eventPath(s, e), `${view.localStartText} · ${view.title}`, locale),
    });
  }

  @Get(':slug/events/:eventSlug/thanks')
  @ApiOperation({ summary: 'Page after an RSVP (HTML)' })
  @ApiRawResult('text/html', 'Confirmed, or on the waitlist.')
  async eventThanks(
    @slug s: string,
    @PathParam('eventSlug', slugSchema) e: string,
    @ValidQuery(thanksQuery) q: z.output<typeof thanksQuery>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const campaign = await this.campaigns.getPublicBySlug(s);
    const locale = this.locale(req, campaign.defaultLocale);
    const view = await this.events.getPublic(s, e, q.access, locale);
    return sendPage(
      req,
      reply,
      RsvpThanksPage({
        locale,
        campaign: { slug: campaign.slug, name: campaign.name },
        status: q.status ?? 'confirmed',
        title: view.title,
        when: view.localStartText,
        path: `${eventPath(s, e)}/thanks`,
        embed: q.embed === '1',
      }),
    );
  }

  @Get(':slug/statements')
  @ApiOperation({ summary: "The campaign's statements (HTML)" })
  @ApiRawResult('text/html', 'Published statements, newest first.')
  async statementList(
    @slug s: string,
    @ValidQuery(pageQuery) _q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const campaign = await this.campaigns.getPublicBySlug(s);
    const locale = this.locale(req, campaign.defaultLocale);
    const rows = await this.statements.latestPublished(campaign.id, 50);
    const items = rows.map((row) => {
      const v = pickVariant(row, locale);
      return { slug: row.slug, title: v.title, summary: v.summary, publishedAt: row.publishedAt! };
    });
    return sendPage(req, reply, StatementsPage({ locale, campaign, items }), { maxAge: PAGE_MAX_AGE });
  }

  @Get(':slug/statements/:statementSlug')
  @ApiOperation({ summary: 'A statement page (HTML)' })
  @ApiRawResult(
    'text/html',
    'The statement in the asked language when translated; 404 before publication, 410 once retracted.',
  )
  async statement(
    @slug s: string,
    @PathParam('statementSlug', slugSchema) st: string,
    @ValidQuery(pageQuery) _q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const campaign = await this.campaigns.getPublicBySlug(s);
    const row = await this.statements.getPublished(campaign.id, st);
    const locale = this.locale(
      req,
      row.primaryLocale,
      row.variants.map((v) => v.locale),
    );
    const v = pickVariant(row, locale);
    return sendPage(
      req,
      reply,
      StatementPage({
        locale,
        campaign,
        statement: {
          slug: row.slug,
          title: v.title,
          summary: v.summary,
          html: v.bodyHtml,
          publishedAt: row.publishedAt!,
        },
        share: { ...this.share(`/c/${s}/statements/${st}`, v.summary || v.title, locale), type: 'article' },
      }),
      { maxAge: PAGE_MAX_AGE },
    );
  }

  @Get(':slug/timeline')
  @ApiOperation({ summary: "The campaign's timeline (HTML)" })
  @ApiRawResult('text/html', 'Milestones, newest first, with their sources.')
  async timeline(
    @slug s: string,
    @ValidQuery(pageQuery) _q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const campaign = await this.campaigns.getPublicBySlug(s);
    const locale = this.locale(req, campaign.defaultLocale);
    const t = await this.milestones.timeline(s, { limit: 100, locale });
    return sendPage(req, reply, TimelinePage({ locale, campaign, items: t.items }), { maxAge: PAGE_MAX_AGE });
  }
}
