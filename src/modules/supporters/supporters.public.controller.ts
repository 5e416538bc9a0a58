import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC_FORM_BODY } from './supporter-fields.js';
import { ClientIp, Public } from '../../common/auth/auth.decorators.js';
import { type Locale, toLocale } from '../../common/i18n.js';
import { LinkRateLimit, RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { PREFERENCES_PURPOSE, UNSUBSCRIBE_PURPOSE } from '../mail/links.js';
import { PathParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { slugSchema } from '../../common/i18n.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import {
  answerForm,
  ApiEmbedQuery,
  ApiEmployerEmailWarning,
  ApiFormResult,
  type FormAnswer,
  isEmbed,
} from '../../web/answer.js';
import { embedPaths } from '../../web/pages/embed.pages.js';
import { FormPage } from '../../web/form-page.js';
import {
  ConfirmPage,
  ErasePage,
  ExportPage,
  PreferencesPage,
  RequestSentPage,
  SignupThanksPage,
  UnsubscribePage,
} from '../../web/pages/supporter.pages.js';
import { SupporterPrivacyService } from './supporter-privacy.service.js';
import {
  confirmPeek,
  confirmResult,
  eraseBody,
  erasePeek,
  eraseResult,
  exportView,
  preferencesBody,
  preferencesView,
  privacyRequestBody,
  privacyRequestByEmailBody,
  privacyRequestResult,
  signupBody,
  signupResult,
  tokenQuery,
  unsubscribeBody,
  unsubscribePeek,
  unsubscribeResult,
} from './supporters.schemas.js';
import { CONFIRM_PURPOSE, ERASE_PURPOSE, EXPORT_PURPOSE } from './supporter-links.js';
import { SupporterLinksService } from './supporter-links.service.js';
import { SupportersService } from './supporters.service.js';

const emptyBody = z.strictObject({});

const THANKS: Record<Locale, string> = {
  en: 'Thank you for signing up. If we need to confirm your email address, we have sent you a message: please click the link in it.',
  ar: 'شكراً لتسجيلك. إذا احتجنا إلى تأكيد بريدك الإلكتروني فقد أرسلنا إليك رسالة: يرجى الضغط على الرابط فيها.',
};
const REQUEST_SENT: Record<Locale, string> = {
  en: 'If this address is on the list, we have sent a link to it. The link works for 72 hours.',
  ar: 'إذا كان هذا العنوان مسجلاً فقد أرسلنا إليه رابطاً يعمل لمدة 72 ساعة.',
};

type Query = z.output<typeof tokenQuery>;

const path = (req: FastifyRequest) => req.url.split('?')[0];

/**
 * Supporter-facing routes: the signup form and the pages behind the links in emails. Every
 * emailed link opens a page whose button POSTs (link scanners that prefetch GETs change nothing);
 * the same routes answer JSON to API clients. All public, rate limited per client IP.
 */
@ApiTags('supporters (public)')
@Controller('public')
@Public()
export class SupportersPublicController {
  constructor(
    private readonly supporters: SupportersService,
    private readonly links: SupporterLinksService,
    private readonly privacy: SupporterPrivacyService,
    private readonly signer: LinkSignerService,
  ) {}

  @Post('campaigns/:slug/supporters')
  @FormPage('signup')
  @ApiEmbedQuery()
  @RateLimit({ name: 'signup', limit: 30, windowSeconds: 60 })
  @ApiFormResult(signupResult, {
    status: 202,
    redirect: true,
    description: 'Always the same answer, whether or not the address was already on the list.',
  })
  @ApiEmployerEmailWarning()
  @ApiOperation({ summary: 'Sign up to a campaign' })
  async signup(
    @PathParam('slug', slugSchema) slug: string,
    @ValidBody(signupBody, PUBLIC_FORM_BODY) body: z.output<typeof signupBody>,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const r = await this.supporters.signup(slug, body, ip);
    return answerForm(req, reply, {
      status: 202,
      schema: signupResult,
      json: { ok: true, message: THANKS[r.locale] },
      page: () => SignupThanksPage({ locale: r.locale, path: path(req) }),
      next: `${isEmbed(req) ? embedPaths.signup(slug) : `/c/${slug}`}/thanks?locale=${r.locale}`,
      // An embedded form's thank-you state stays inside the frame, never the campaign's site.
      redirectTo: isEmbed(req) ? null : r.thankYouUrl,
    });
  }

  @Get('confirm')
  @LinkRateLimit({ purpose: CONFIRM_PURPOSE, perLink: 20, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(confirmPeek, {
    description: 'The confirmation page (a button that POSTs); JSON: whether it is confirmed already.',
  })
  @ApiOperation({ summary: 'Show the signup confirmation page' })
  confirmPage(@ValidQuery(tokenQuery) q: Query, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(req, reply, async () => {
      const r = await this.links.peekConfirm(q.token);
      return {
        status: 200,
        schema: confirmPeek,
        json: r,
        page: () => ConfirmPage({ locale: r.locale, path: path(req), campaign: r.campaign, done: false }),
      };
    });
  }

  @Post('confirm')
  @LinkRateLimit({ purpose: CONFIRM_PURPOSE, perLink: 20, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(confirmResult, {
    redirect: true,
    description:
      "Confirms the signup (double opt-in). Harmless to repeat. Browsers go to the campaign's confirmed URL when one is set.",
  })
  @ApiOperation({ summary: 'Confirm a signup' })
  confirm(
    @ValidQuery(tokenQuery) q: Query,
    @ValidBody(emptyBody, { form: true }) _body: unknown,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.answer(req, reply, async () => {
      const r = await this.links.confirmByToken(q.token);
      return {
        status: 200,
        schema: confirmResult,
        json: r,
        page: () => ConfirmPage({ locale: r.locale, path: path(req), campaign: r.campaign, done: true }),
        redirectTo: r.confirmedUrl,
      };
    });
  }

  @Get('unsubscribe')
  @LinkRateLimit({ purpose: UNSUBSCRIBE_PURPOSE, perLink: 30, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(unsubscribePeek, {
    description: 'The unsubscribe page (a button that POSTs). Opening it changes nothing.',
  })
  @ApiOperation({ summary: 'Show the unsubscribe page' })
  unsubscribePage(@ValidQuery(tokenQuery) q: Query, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(req, reply, async () => {
      const r = await this.links.peekUnsubscribe(q.token);
      return {
        status: 200,
        schema: unsubscribePeek,
        json: r,
        page: () => UnsubscribePage({ locale: r.locale, path: path(req), campaign: r.campaign, done: r.unsubscribed }),
      };
    });
  }

  @Post('unsubscribe')
  // RFC 8058: a valid one-click unsubscribe is never refused for its address (mail providers send
  // them for everyone from a few servers); only the same link repeated is limited.
  @LinkRateLimit({ purpose: UNSUBSCRIBE_PURPOSE, perLink: 30, perIp: null, windowSeconds: 60 })
  @ApiFormResult(unsubscribeResult, {
    description: 'RFC 8058 one-click unsubscribe (List-Unsubscribe-Post): immediate, from all campaign mail.',
  })
  @ApiOperation({ summary: 'Unsubscribe' })
  unsubscribe(
    @ValidQuery(tokenQuery) q: Query,
    @ValidBody(unsubscribeBody, { form: true }) _body: unknown,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.answer(req, reply, async () => {
      const r = await this.links.unsubscribe(q.token);
      return {
        status: 200,
        schema: unsubscribeResult,
        json: { ok: true, unsubscribed: true, campaign: r.campaign },
        page: () =>
          UnsubscribePage({
            locale: r.locale,
            path: path(req),
            campaign: r.campaign,
            done: true,
            preferencesUrl: this.signer.url('/public/preferences', r.preferencesToken),
          }),
      };
    });
  }

  @Get('preferences')
  @LinkRateLimit({ purpose: PREFERENCES_PURPOSE, perLink: 60, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(preferencesView, {
    description: 'Preferences behind the signed link in every email (no login). The email is masked.',
  })
  @ApiOperation({ summary: 'Show my email preferences' })
  preferences(@ValidQuery(tokenQuery) q: Query, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(req, reply, async () => {
      const r = await this.links.preferences(q.token);
      return {
        status: 200,
        schema: preferencesView,
        json: r,
        page: () => PreferencesPage({ model: r, token: q.token, path: path(req) }),
      };
    });
  }

  @Post('preferences')
  @LinkRateLimit({ purpose: PREFERENCES_PURPOSE, perLink: 60, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(preferencesView, {
    description:
      'Changes preferences: purposes (each change logged as a grant or withdrawal), digest frequency and hour, locale, or unsubscribe from everything.',
  })
  @ApiOperation({ summary: 'Update my email preferences' })
  updatePreferences(
    @ValidQuery(tokenQuery) q: Query,
    @ValidBody(preferencesBody, { form: true }) body: z.output<typeof preferencesBody>,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.answer(req, reply, async () => {
      const r = await this.links.updatePreferences(q.token, body, ip);
      return {
        status: 200,
        schema: preferencesView,
        json: r,
        page: () => PreferencesPage({ model: r, token: q.token, saved: true, path: path(req) }),
      };
    });
  }

  @Post('preferences/privacy-requests')
  // Each request mails a link: a few per person per hour, many per address (a campus).
  @LinkRateLimit({ purpose: PREFERENCES_PURPOSE, perLink: 5, perIp: 100, windowSeconds: 3600 })
  @ApiFormResult(privacyRequestResult, {
    status: 202,
    description:
      'Emails a short-lived link to download (export) or erase your data: the email is the confirmation step.',
  })
  @ApiOperation({ summary: 'Request my data or its erasure (from an email link)' })
  privacyRequestByToken(
    @ValidQuery(tokenQuery) q: Query,
    @ValidBody(privacyRequestBody, { form: true }) body: z.output<typeof privacyRequestBody>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.answer(req, reply, async () => {
      const { locale } = await this.links.requestPrivacyLinkByToken(q.token, body.kind);
      return {
        status: 202,
        schema: privacyRequestResult,
        json: { ok: true, message: REQUEST_SENT[locale] },
        page: () => RequestSentPage({ locale, path: path(req) }),
      };
    });
  }

  @Post('campaigns/:slug/privacy-requests')
  // Per address of the request (a campus asks for many people); each email address has its own hourly limit.
  @RateLimit({ name: 'privacy-request-by-email', limit: 60, windowSeconds: 3600 })
  @ApiFormResult(privacyRequestResult, {
    status: 202,
    description:
      'Ask by email address for a copy or the erasure of your data. Always the same answer; a link is mailed only if the address is on the list.',
  })
  @ApiOperation({ summary: 'Request my data or its erasure by email address' })
  async privacyRequestByEmail(
    @PathParam('slug', slugSchema) slug: string,
    @ValidBody(privacyRequestByEmailBody, { form: true }) body: z.output<typeof privacyRequestByEmailBody>,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.links.requestPrivacyLinkByEmail(slug, body.email, body.kind, ip);
    const locale = toLocale({
      query: (req.query as { locale?: string }).locale,
      acceptLanguage: req.headers['accept-language'],
    });
    return answerForm(req, reply, {
      status: 202,
      schema: privacyRequestResult,
      json: { ok: true, message: REQUEST_SENT[locale] },
      page: () => RequestSentPage({ locale, path: path(req) }),
    });
  }

  @Get('export')
  @LinkRateLimit({ purpose: EXPORT_PURPOSE, perLink: 30, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(z.object({ ok: z.literal(true) }), { description: 'The export page (a button that POSTs).' })
  @ApiOperation({ summary: 'Show the data export page' })
  exportPage(@ValidQuery(tokenQuery) q: Query, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(req, reply, async () => {
      const r = await this.privacy.peekExport(q.token);
      return {
        status: 200,
        schema: z.object({ ok: z.literal(true) }),
        json: { ok: true },
        page: () => ExportPage({ locale: r.locale, path: path(req), campaign: r.campaign }),
      };
    });
  }

  @Post('export')
  // An export decrypts everything held about one person: ten downloads of one link an hour.
  @LinkRateLimit({ purpose: EXPORT_PURPOSE, perLink: 10, perIp: 300, windowSeconds: 3600 })
  @ApiFormResult(exportView, { description: 'Everything held about you, as a JSON download.' })
  @ApiOperation({ summary: 'Download my data' })
  async export(
    @ValidQuery(tokenQuery) q: Query,
    @ValidBody(emptyBody, { form: true }) _body: unknown,
    @Res() reply: FastifyReply,
  ) {
    const data = await this.privacy.exportByToken(q.token);
    // Always a file, for browsers too.
    return reply
      .code(200)
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="my-data-${data.campaign.slug}.json"`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(exportView.parse(data), null, 2));
  }

  @Get('erase')
  @LinkRateLimit({ purpose: ERASE_PURPOSE, perLink: 30, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(erasePeek, {
    description: 'The erasure confirmation page: what will be deleted, and a button that POSTs.',
  })
  @ApiOperation({ summary: 'Show the erasure page' })
  erasePage(@ValidQuery(tokenQuery) q: Query, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(req, reply, async () => {
      const r = await this.privacy.peekErase(q.token);
      return {
        status: 200,
        schema: erasePeek,
        json: r,
        page: () => ErasePage({ locale: r.locale, path: path(req), campaign: r.campaign, done: r.erased }),
      };
    });
  }

  @Post('erase')
  @LinkRateLimit({ purpose: ERASE_PURPOSE, perLink: 10, perIp: 300, windowSeconds: 3600 })
  @ApiFormResult(eraseResult, {
    description: 'Erases your data for good (`confirm: true` is the confirmation step). Repeating it is harmless.',
  })
  @ApiOperation({ summary: 'Erase my data' })
  erase(
    @ValidQuery(tokenQuery) q: Query,
    @ValidBody(eraseBody, { form: true }) _body: unknown,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.answer(req, reply, async () => {
      const r = await this.privacy.eraseByToken(q.token);
      return {
        status: 200,
        schema: eraseResult,
        json: r,
        page: () => ErasePage({ locale: r.locale, path: path(req), campaign: r.campaign, done: true }),
      };
    });
  }

  /** Problems thrown here reach WebProblemFilter, which shows browsers the HTML error page. */
  private async answer(req: FastifyRequest, reply: FastifyReply, run: () => Promise<FormAnswer<unknown>>) {
    return answerForm(req, reply, await run());
  }
}
