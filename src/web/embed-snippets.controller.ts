import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CampaignAccess } from '../common/auth/auth.decorators.js';
import type { Locale } from '../common/i18n.js';
import { ApiResult, IdParam } from '../common/validation.js';
import { AppConfig } from '../config/config.js';
import { CampaignsService } from '../modules/campaigns/campaigns.service.js';
import { EventsService } from '../modules/events/events.service.js';
import { PetitionsService } from '../modules/petitions/petitions.service.js';
import { embedPaths } from './pages/embed.pages.js';

export const embedSnippet = z
  .object({
    kind: z.enum(['petition', 'event', 'signup']),
    slug: z.string().nullable().describe("The petition's or event's slug; null for the signup form."),
    title: z.string(),
    url: z.string().describe('Address of the embeddable form (what the iframe shows).'),
    iframe: z.string().describe('A plain <iframe> to paste: works without JavaScript on the host page (fixed height).'),
    script: z
      .string()
      .describe('A one-line <script> that inserts the iframe where it stands and keeps it as tall as the form.'),
  })
  .meta({ id: 'EmbedSnippet' });

export const embedSnippets = z
  .object({
    allowedOrigins: z
      .array(z.string())
      .describe(
        "The campaign's embedOrigins: only these sites may show the forms (empty: none yet; set them with PATCH /campaigns/{id}).",
      ),
    items: z.array(embedSnippet).describe('Each open petition, each upcoming public event, then the signup form.'),
  })
  .meta({ id: 'EmbedSnippets' });

/** Starting heights of the plain iframe (no script to resize it): enough for each form in English. */
const HEIGHTS = { petition: 900, event: 800, signup: 560 } as const;

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippets an organizer pastes into the campaign's own site (docs/decisions/embeds.md).
 * Drawn from the same public data as the forms, so a draft, closed or private item has none.
 */
@ApiTags('campaigns')
@Controller('campaigns/:campaignId/embeds')
export class EmbedSnippetsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly petitions: PetitionsService,
    private readonly events: EventsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @CampaignAccess('viewer')
  @ApiResult(embedSnippets, {
    description: 'Snippets (iframe and script) for each open petition, each upcoming public event and the signup form.',
  })
  @ApiOperation({ summary: "Get the embed snippets of the campaign's forms" })
  async list(@IdParam('campaignId') campaignId: string): Promise<z.output<typeof embedSnippets>> {
    const campaign = await this.campaigns.get(campaignId);
    if (campaign.status === 'archived') return { allowedOrigins: campaign.embedOrigins, items: [] };
    const locale = campaign.defaultLocale as Locale;
    const [petitions, events] = await Promise.all([
      this.petitions.listPublic(campaign.slug, locale),
      this.events.listPublic(campaign.slug, { limit: 100, locale }),
    ]);
    const items = [
      ...petitions
        .filter((p) => p.status === 'open')
        .map((p) => this.snippet('petition', p.slug, p.title, embedPaths.petition(campaign.slug, p.slug))),
      ...events.items.map((e) => this.snippet('event', e.slug, e.title, embedPaths.event(campaign.slug, e.slug))),
      this.snippet('signup', null, campaign.name, embedPaths.signup(campaign.slug)),
    ];
    return { allowedOrigins: campaign.embedOrigins, items };
  }

  private snippet(kind: keyof typeof HEIGHTS, slug: string | null, title: string, path: string) {
    const base = this.config.get('PUBLIC_URL');
    const url = new URL(path, base).toString();
    const iframe =
      `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${HEIGHTS[kind]}" ` +
      `style="border:0" loading="lazy"></iframe>`;
    const script =
      `<script src="${attr(new URL('/embed.js', base).toString())}" data-groundswell-embed="${attr(path)}" ` +
      `data-title="${attr(title)}" async></script>`;
    return { kind, slug, title, url, iframe, script };
  }
}
