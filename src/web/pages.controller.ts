import { Controller, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../common/auth/auth.decorators.js';
import { acceptedLocales, type Locale, slugSchema } from '../common/i18n.js';
import { renderMarkdown } from '../common/markdown.js';
import { TtlCache } from '../common/ttl-cache.js';
import { PathParam, ValidQuery } from '../common/validation.js';
import { AppConfig } from '../config/config.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';
import { EventsService } from '../modules/events/events.service.js';
import { MilestonesService } from '../modules/milestones/milestones.service.js';
import { PetitionsService } from '../modules/petitions/petitions.service.js';
import { pickVariant, StatementsService } from '../modules/statements/statements.service.js';
import type { VNode } from 'preact';
import { type RenderedPage, renderPage, sendPage } from './answer.js';
import { assetPath } from './assets.js';
import { emptyForm, type FormState } from './components.js';
import { registerFormPage } from './form-page.js';
import type { ShareMeta } from './layout.js';
import { CampaignHomePage, StatementPage, StatementsPage, TimelinePage } from './pages/campaign.pages.js';
import { EventPage, eventPath, RsvpThanksPage } from './pages/event.pages.js';
import { type NextAction, PetitionPage, petitionPath, PetitionThanksPage } from './pages/petition.pages.js';
import { SignupThanksPage } from './pages/supporter.pages.js';
import { PrivacyFactsService } from '../modules/privacy/privacy-facts.service.js';
import { PrivacyPage } from './pages/privacy.page.js';

import { pageAttribution, pageLinkQuery, pageLocale, PageRoute } from './page-query.js';
/**
 * The public pages under /c/:slug. Each asks the domain services for what it shows and hands it to
 * a component; nothing here reads a table. Pages are cacheable for a few seconds (ETag), so a
 * count is never more than that stale; thank-you pages are not cached.
 *
 * The pages everyone sees alike (campaign home, petition, event, statements, timeline) are also
 * kept rendered in this process for their max-age (`cachedPage`), keyed by path and by every input
 * of the page's language and hidden fields; they hold no personal data (public signers appear as
 * "First L." on the page itself). See docs/decisions/page-cache.md.
 */

const pageQuery = pageLinkQuery.extend({
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
  /** Rendered pages for their max-age: the same bytes for everyone asking alike. */
  private readonly rendered = new TtlCache<RenderedPage>(PAGE_MAX_AGE * 1000, 2_000);

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly petitions: PetitionsService,
    private readonly events: EventsService,
    private readonly statements: StatementsService,
    private readonly milestones: MilestonesService,
    private readonly privacyFacts: PrivacyFactsService,
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

  /** The public campaign and the page's language when the page has no language list of its own. */
  private async campaignPage(req: FastifyRequest, s: string) {
    const campaign = await this.campaigns.getPublicBySlug(s);
    return { campaign, locale: pageLocale(req, campaign.defaultLocale) };
  }

  private share(path: string, description: string, locale: Locale): ShareMeta {
    return {
      url: this.url(`${path}?locale=${locale}`),
      description: description.slice(0, 300),
      image: this.url(assetPath('share.png')),
    };
  }

  /**
   * Answers a page that looks the same to everyone who asks alike: from the page cache when it was
   * rendered in the last max-age, else rendered (once for concurrent requests) and kept. The key
   * holds everything the page depends on besides the data: the path, the `?locale=` and
   * Accept-Language choices, `?source=` and `?ref=` (they become hidden fields).
   */
  private async cachedPage(req: FastifyRequest, reply: FastifyReply, q: PageQuery, render: () => Promise<VNode>) {
    const path = req.url.split('?')[0];
    const key = [path, q.locale, acceptedLocales(req.headers['accept-language']).join(','), q.source, q.ref].join('|');
    const page = await this.rendered.get(key, async () => renderPage(await render()));
    return sendPage(req, reply, page, { maxAge: PAGE_MAX_AGE });
  }

  @PageRoute(
    ':slug',
    "The campaign's home page (HTML)",
    'Open petitions with their counts, upcoming events, statements, the timeline and a signup form.',
  )
  home(@slug s: string, @ValidQuery(pageQuery) q: PageQuery, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.cachedPage(req, reply, q, () => this.homePage(req, s, emptyForm()));
  }

  private async homePage(req: FastifyRequest, s: string, state: FormState) {
    const { campaign, locale } = await this.campaignPage(req, s);
    const [petitions, events, statements, timeline] = await Promise.all([
      this.petitions.listPublic(campaign, locale),
      this.events.listPublic(campaign, { limit: 5, locale }),
      this.statements.latestPublished(campaign.id, 3),
      this.milestones.timeline(campaign, { limit: 5, locale }),
    ]);
    const c = { slug: campaign.slug, name: campaign.name, summary: campaign.summary };
    return CampaignHomePage({
      locale,
      state,
      attribution: pageAttribution(req, pageQuery),
      share: this.share(`/c/${campaign.slug}`, campaign.summary || campaign.name, locale),
      model: {
        campaign: c,
        petitions: petitions.filter((p) => p.status === 'open'),
        events: events.items,
        statements: statements.map((row) => statementItem(row, locale)),
        milestones: timeline.items,
      },
    });
  }

  @PageRoute(
    ':slug/thanks',
    'Thank-you page after the signup form (HTML)',
    'Where a browser lands after a successful signup post.',
  )
  async signupThanks(
    @slug s: string,
    @ValidQuery(pageQuery) _q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { campaign, locale } = await this.campaignPage(req, s);
    return sendPage(
      req,
      reply,
      SignupThanksPage({ locale, path: `/c/${s}/thanks`, campaign: { slug: campaign.slug, name: campaign.name } }),
    );
  }

  @PageRoute(
    ':slug/petitions/:petitionSlug',
    'A petition page with its sign form (HTML)',
    'Title, target, text, live count and progress, recent public signers and the sign form.',
  )
  petition(
    @slug s: string,
    @PathParam('petitionSlug', slugSchema) p: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.cachedPage(req, reply, q, () => this.petitionPage(req, s, p, emptyForm()));
  }

  private async petitionPage(req: FastifyRequest, s: string, p: string, state: FormState) {
    const base = await this.petitions.getPublic(s, p);
    const locale = pageLocale(req, base.locale, Object.keys(base.texts));
    const view = await this.petitions.publicView(s, p, locale);
    return PetitionPage({
      locale,
      petition: view,
      state,
      attribution: pageAttribution(req, pageQuery),
      share: this.share(petitionPath(s, p), `${view.target}: ${view.title}`, locale),
    });
  }

  @PageRoute(
    ':slug/petitions/:petitionSlug/thanks',
    'Thank-you page after signing (HTML)',
    'Check your email, share links (plain links, no third-party scripts) and the next action.',
  )
  async petitionThanks(
    @slug s: string,
    @PathParam('petitionSlug', slugSchema) p: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const base = await this.petitions.getPublic(s, p);
    const locale = pageLocale(req, base.locale, Object.keys(base.texts));
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

  @PageRoute(
    ':slug/events/:eventSlug',
    'An event page with its RSVP form (HTML)',
    "When (in the event's zone, named), where, places left or waitlist, .ics link and the RSVP form.",
  )
  async event(
    @slug s: string,
    @PathParam('eventSlug', slugSchema) e: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    // A private event's page (reached with ?access=) is nobody else's business: neither cached here nor shared.
    if (q.access) return sendPage(req, reply, await this.eventPage(req, s, e, emptyForm(), q.access));
    return this.cachedPage(req, reply, q, () => this.eventPage(req, s, e, emptyForm()));
  }

  private async eventPage(req: FastifyRequest, s: string, e: string, state: FormState, access?: string) {
    const { campaign, locale } = await this.campaignPage(req, s);
    const view = await this.events.getPublic(campaign, e, access, locale);
    const cal = `/public/campaigns/${s}/events/${e}/calendar.ics${access ? `?access=${encodeURIComponent(access)}` : ''}`;
    return EventPage({
      locale,
      campaign: { slug: campaign.slug, name: campaign.name },
      event: { ...view, descriptionHtml: renderMarkdown(view.description) },
      state,
      attribution: pageAttribution(req, pageQuery),
      access,
      calendarUrl: cal,
      share: this.share(eventPath(s, e), `${view.localStartText} · ${view.title}`, locale),
    });
  }

  @PageRoute(':slug/events/:eventSlug/thanks', 'Page after an RSVP (HTML)', 'Confirmed, or on the waitlist.')
  async eventThanks(
    @slug s: string,
    @PathParam('eventSlug', slugSchema) e: string,
    @ValidQuery(thanksQuery) q: z.output<typeof thanksQuery>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { campaign, locale } = await this.campaignPage(req, s);
    const view = await this.events.getPublic(campaign, e, q.access, locale);
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

  @PageRoute(':slug/statements', "The campaign's statements (HTML)", 'Published statements, newest first.')
  statementList(
    @slug s: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.cachedPage(req, reply, q, async () => {
      const { campaign, locale } = await this.campaignPage(req, s);
      const rows = await this.statements.latestPublished(campaign.id, 50);
      return StatementsPage({ locale, campaign, items: rows.map((row) => statementItem(row, locale)) });
    });
  }

  @PageRoute(
    ':slug/statements/:statementSlug',
    'A statement page (HTML)',
    'The statement in the asked language when translated; 404 before publication, 410 once retracted.',
  )
  statement(
    @slug s: string,
    @PathParam('statementSlug', slugSchema) st: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.cachedPage(req, reply, q, async () => {
      const campaign = await this.campaigns.getPublicBySlug(s);
      const row = await this.statements.getPublished(campaign.id, st);
      const locale = pageLocale(
        req,
        row.primaryLocale,
        row.variants.map((v) => v.locale),
      );
      const statement = { ...statementItem(row, locale), html: pickVariant(row, locale).bodyHtml };
      return StatementPage({
        locale,
        campaign,
        statement,
        share: {
          ...this.share(`/c/${s}/statements/${st}`, statement.summary || statement.title, locale),
          type: 'article',
        },
      });
    });
  }

  @PageRoute(
    ':slug/privacy',
    "The campaign's privacy page (HTML)",
    'What each form collects, what is encrypted or never kept, retention, who sees what, how to get a copy or erase your data, the contact: from the live settings (JSON: /public/campaigns/:slug/privacy).',
  )
  privacy(
    @slug s: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.cachedPage(req, reply, q, async () => {
      const model = await this.privacyFacts.facts(s);
      return PrivacyPage({ locale: pageLocale(req, model.campaign.defaultLocale), model });
    });
  }

  @PageRoute(':slug/timeline', "The campaign's timeline (HTML)", 'Milestones, newest first, with their sources.')
  timeline(
    @slug s: string,
    @ValidQuery(pageQuery) q: PageQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.cachedPage(req, reply, q, async () => {
      const { campaign, locale } = await this.campaignPage(req, s);
      const t = await this.milestones.timeline(campaign, { limit: 100, locale });
      return TimelinePage({ locale, campaign, items: t.items });
    });
  }
}

/** A statement as the list and its page show it, in the page's language when translated. */
function statementItem(row: Awaited<ReturnType<StatementsService['latestPublished']>>[number], locale: Locale) {
  const v = pickVariant(row, locale);
  return { slug: row.slug, title: v.title, summary: v.summary, publishedAt: row.publishedAt! };
}
