import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../common/auth/auth.decorators.js';
import { slugSchema } from '../common/i18n.js';
import { renderMarkdown } from '../common/markdown.js';
import { ApiRawResult, PathParam, ValidQuery } from '../common/validation.js';
import { AppConfig } from '../config/config.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';
import { EventsService } from '../modules/events/events.service.js';
import { PetitionsService } from '../modules/petitions/petitions.service.js';
import { type PageOptions, sendPage } from './answer.js';
import { assetNamed } from './assets.js';
import { emptyForm, type FormState } from './components.js';
import { registerFormPage } from './form-page.js';
import { EmbedEventPage, EmbedPetitionPage, EmbedSignupPage, EmbedSignupThanksPage } from './pages/embed.pages.js';
import { eventPath, RsvpThanksPage } from './pages/event.pages.js';
import { petitionPath, PetitionThanksPage } from './pages/petition.pages.js';
import { pageAttribution, pageLinkQuery, pageLocale, PageRoute } from './page-query.js';
import { registerEmbedOrigins } from './web-problem.filter.js';

/**
 * Embeddable forms: `/embed/:slug/petitions/:petition`, `/embed/:slug/events/:event` and
 * `/embed/:slug/signup` (each with `/thanks`), drawn for an iframe on the campaign's own site.
 * They may be framed only by the origins the campaign lists (`embedOrigins`, sent as
 * `frame-ancestors`; none by default). Forms post to the same public endpoints as the pages, with
 * `?embed=1`, which keeps the redirect, the re-rendered errors and the thank-you page in the frame.
 * `/embed.js` is the loader of the one-line script snippet (docs/decisions/embeds.md).
 */
const embedQuery = pageLinkQuery;
const thanksQuery = embedQuery.extend({ status: z.enum(['confirmed', 'waitlisted']).optional().catch(undefined) });
type EmbedQuery = z.output<typeof embedQuery>;

const PAGE_MAX_AGE = 2;
const slug = PathParam('slug', slugSchema);

type Drawn = { page: preact.VNode; options: PageOptions };

@ApiTags('pages')
@Controller()
@Public()
export class EmbedController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly petitions: PetitionsService,
    private readonly events: EventsService,
    private readonly config: AppConfig,
  ) {
    const params = (req: FastifyRequest) => req.params as Record<string, string>;
    registerFormPage('petition-sign:embed', (req, state) =>
      this.petitionForm(req, params(req).slug, params(req).petitionSlug, state),
    );
    registerFormPage('event-rsvp:embed', (req, state) =>
      this.eventForm(req, params(req).slug, params(req).eventSlug, state),
    );
    registerFormPage('signup:embed', (req, state) => this.signupForm(req, params(req).slug, state));
    registerEmbedOrigins((s) => this.campaigns.embedOriginsOf(s));
  }

  /** The campaign as embeds see it, and the page options that let its listed origins frame them. */
  private async campaign(s: string) {
    const c = await this.campaigns.getPublicBySlug(s);
    return { campaign: { slug: c.slug, name: c.name }, c, options: { frameAncestors: c.embedOrigins } };
  }

  /** A form as first shown: cached briefly, framable by the campaign's embed origins. */
  private async sendForm(req: FastifyRequest, reply: FastifyReply, drawn: Promise<Drawn>) {
    const d = await drawn;
    return sendPage(req, reply, d.page, { ...d.options, maxAge: PAGE_MAX_AGE });
  }

  @PageRoute(
    'embed/:slug/petitions/:petitionSlug',
    'The embeddable sign form of a petition (HTML, for an iframe)',
    "Title, count and the sign form; framable only by the campaign's embed origins.",
  )
  async petition(
    @slug s: string,
    @PathParam('petitionSlug', slugSchema) p: string,
    @ValidQuery(embedQuery) _q: EmbedQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.sendForm(req, reply, this.petitionForm(req, s, p, emptyForm()));
  }

  private async petitionForm(req: FastifyRequest, s: string, p: string, state: FormState): Promise<Drawn> {
    const [{ options }, base] = await Promise.all([this.campaign(s), this.petitions.getPublic(s, p)]);
    const locale = pageLocale(req, base.locale, Object.keys(base.texts));
    const petition = await this.petitions.publicView(s, p, locale);
    return {
      page: EmbedPetitionPage({ locale, petition, state, attribution: pageAttribution(req, embedQuery) }),
      options,
    };
  }

  @PageRoute(
    'embed/:slug/petitions/:petitionSlug/thanks',
    'Thank-you state of an embedded sign form (HTML, for an iframe)',
    'Check your email, share links and the next action, each opening a new tab.',
  )
  async petitionThanks(
    @slug s: string,
    @PathParam('petitionSlug', slugSchema) p: string,
    @ValidQuery(embedQuery) _q: EmbedQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const [{ options }, base] = await Promise.all([this.campaign(s), this.petitions.getPublic(s, p)]);
    const locale = pageLocale(req, base.locale, Object.keys(base.texts));
    const others = (await this.petitions.listPublic(s, locale)).filter((x) => x.status === 'open' && x.slug !== p);
    const url = (path: string) => new URL(`${path}?locale=${locale}`, this.config.get('PUBLIC_URL')).toString();
    const page = PetitionThanksPage({
      locale,
      petition: this.petitions.publicShape(base, 0, [], locale),
      url: url(petitionPath(s, p)),
      next: others[0] ? { title: others[0].title, href: url(petitionPath(s, others[0].slug)) } : null,
      embed: true,
    });
    return sendPage(req, reply, page, options);
  }

  @PageRoute(
    'embed/:slug/events/:eventSlug',
    'The embeddable RSVP form of a public event (HTML, for an iframe)',
    "When, places left and the RSVP form; framable only by the campaign's embed origins.",
  )
  async event(
    @slug s: string,
    @PathParam('eventSlug', slugSchema) e: string,
    @ValidQuery(embedQuery) _q: EmbedQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.sendForm(req, reply, this.eventForm(req, s, e, emptyForm()));
  }

  private async eventForm(req: FastifyRequest, s: string, e: string, state: FormState): Promise<Drawn> {
    const { campaign, c, options } = await this.campaign(s);
    const locale = pageLocale(req, c.defaultLocale);
    // Public events only: a private event's access key does not belong in a snippet on a website.
    const view = await this.events.getPublic(s, e, undefined, locale);
    const event = { ...view, descriptionHtml: renderMarkdown(view.description) };
    return {
      page: EmbedEventPage({ locale, campaign, event, state, attribution: pageAttribution(req, embedQuery) }),
      options,
    };
  }

  @PageRoute(
    'embed/:slug/events/:eventSlug/thanks',
    'Page after an embedded RSVP (HTML, for an iframe)',
    'Confirmed, or on the waitlist.',
  )
  async eventThanks(
    @slug s: string,
    @PathParam('eventSlug', slugSchema) e: string,
    @ValidQuery(thanksQuery) q: z.output<typeof thanksQuery>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { campaign, c, options } = await this.campaign(s);
    const locale = pageLocale(req, c.defaultLocale);
    const view = await this.events.getPublic(s, e, undefined, locale);
    const page = RsvpThanksPage({
      locale,
      campaign,
      status: q.status ?? 'confirmed',
      title: view.title,
      when: view.localStartText,
      path: `${eventPath(s, e)}/thanks`,
      embed: true,
    });
    return sendPage(req, reply, page, options);
  }

  @PageRoute(
    'embed/:slug/signup',
    'The embeddable signup form of a campaign (HTML, for an iframe)',
    "The campaign's signup form; framable only by the campaign's embed origins.",
  )
  async signup(
    @slug s: string,
    @ValidQuery(embedQuery) _q: EmbedQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.sendForm(req, reply, this.signupForm(req, s, emptyForm()));
  }

  private async signupForm(req: FastifyRequest, s: string, state: FormState): Promise<Drawn> {
    const { campaign, c, options } = await this.campaign(s);
    const locale = pageLocale(req, c.defaultLocale);
    return {
      page: EmbedSignupPage({ locale, campaign, state, attribution: pageAttribution(req, embedQuery) }),
      options,
    };
  }

  @PageRoute(
    'embed/:slug/signup/thanks',
    'Page after an embedded signup (HTML, for an iframe)',
    'Thank you; check your email when confirmation is needed.',
  )
  async signupThanks(
    @slug s: string,
    @ValidQuery(embedQuery) _q: EmbedQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { campaign, c, options } = await this.campaign(s);
    const locale = pageLocale(req, c.defaultLocale);
    return sendPage(req, reply, EmbedSignupThanksPage({ locale, campaign }), options);
  }

  /**
   * The script snippet's stable address. The same bytes are also an immutable hashed asset; this
   * URL is what snippets pasted into other sites keep, so it is cached briefly and revalidated.
   * Cross-origin-resource-policy: it is loaded by `<script>` on other origins.
   */
  @Get('embed.js')
  @ApiOperation({ summary: 'The loader of the one-line script snippet (JavaScript)' })
  @ApiRawResult('text/javascript', 'Inserts the iframe after its <script> and resizes it to its content.')
  loader(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const asset = assetNamed('embed.js');
    const etag = `"${asset.hashedName}"`;
    void reply
      .header('cache-control', 'public, max-age=300')
      .header('etag', etag)
      .header('vary', 'Accept-Encoding')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('x-content-type-options', 'nosniff')
      .type(asset.type);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) void reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? asset.gzip : asset.body);
  }
}
