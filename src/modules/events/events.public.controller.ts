import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PUBLIC_FORM_BODY } from '../supporters/supporter-fields.js';
import { ClientIp, Public } from '../../common/auth/auth.decorators.js';
import { slugSchema } from '../../common/i18n.js';
import { Problem } from '../../common/problem.js';
import { LinkRateLimit, RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { RSVP_CANCEL_PURPOSE } from './event-notifier.service.js';
import { ApiRawResult, ApiResult, PathParam, ValidBody, ValidQuery } from '../../common/validation.js';
import { answerForm, ApiEmployerEmailWarning, ApiFormResult, sendPage, wantsHtml } from '../../web/answer.js';
import { embedPaths } from '../../web/pages/embed.pages.js';
import { FormPage } from '../../web/form-page.js';
import { eventPath, RsvpCancelPage, RsvpThanksPage } from '../../web/pages/event.pages.js';
import { EventRsvpsService } from './event-rsvps.service.js';
import {
  accessQuery,
  rsvpQuery,
  cancelRsvpBody,
  cancelRsvpQuery,
  cancelRsvpResult,
  publicDetailQuery,
  publicEventPage,
  publicEventView,
  publicListQuery,
  rsvpBody,
  rsvpResult,
} from './events.schemas.js';
import { EventsService } from './events.service.js';
import { formatLocalDateTime } from '../../common/zoned-time.js';

const slug = PathParam('slug', slugSchema);
const eventSlug = PathParam('eventSlug', slugSchema);

function sendCalendar(reply: FastifyReply, cal: { filename: string; body: string }, maxAge: number): void {
  void reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${cal.filename.replace(/[^\w.-]/g, '_')}"`)
    .header('cache-control', `public, max-age=${maxAge}`)
    .send(cal.body);
}

const RSVP_MESSAGES = {
  confirmed: {
    en: "You're going. We emailed you the details and a calendar file.",
    ar: 'تم تأكيد حضورك. أرسلنا إليك التفاصيل وملف التقويم بالبريد الإلكتروني.',
  },
  waitlisted: {
    en: "The event is full: you're on the waitlist and we will email you if a place opens up. (If you had already RSVPed, your earlier RSVP stands: see your email.)",
    ar: 'اكتمل العدد: أنت على قائمة الانتظار وسنراسلك إن توفر مكان. (إن كنت قد سجلت من قبل فتسجيلك السابق قائم: راجع بريدك.)',
  },
} as const;

/**
 * Public events for campaign websites (CORS per CORS_ORIGINS) and plain HTML forms, rate limited
 * per client IP. Public responses never carry an online link or anything about who is coming.
 */
@ApiTags('public')
@Controller('public')
export class EventsPublicController {
  constructor(
    private readonly events: EventsService,
    private readonly rsvps: EventRsvpsService,
  ) {}

  @Get('campaigns/:slug/events')
  @Public()
  @ApiResult(publicEventPage, { description: 'Upcoming public events of the campaign, soonest first.' })
  @ApiOperation({ summary: 'List upcoming public events' })
  async list(
    @slug campaignSlug: string,
    @ValidQuery(publicListQuery) query: z.output<typeof publicListQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    void reply.header('cache-control', 'public, max-age=30');
    return this.events.listPublic(campaignSlug, query);
  }

  @Get('campaigns/:slug/events.ics')
  @Public()
  @ApiRawResult(
    'text/calendar',
    "The campaign's calendar feed (RFC 5545): public events from the last six months on, cancelled ones marked STATUS:CANCELLED.",
  )
  @ApiOperation({ summary: 'Campaign calendar feed (iCalendar)' })
  async feed(@slug campaignSlug: string, @Res() reply: FastifyReply) {
    sendCalendar(reply, await this.events.campaignFeed(campaignSlug), 300);
  }

  @Get('campaigns/:slug/events/:eventSlug')
  @Public()
  @ApiResult(publicEventView, {
    description: 'A public or unlisted event (a private one needs ?access= from its invitation link).',
  })
  @ApiOperation({ summary: 'Get a public event' })
  async get(
    @slug campaignSlug: string,
    @eventSlug ev: string,
    @ValidQuery(publicDetailQuery) query: z.output<typeof publicDetailQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    void reply.header('cache-control', 'public, max-age=15');
    return this.events.getPublic(campaignSlug, ev, query.access, query.locale);
  }

  @Get('campaigns/:slug/events/:eventSlug/calendar.ics')
  @Public()
  @ApiRawResult(
    'text/calendar',
    "The event as an iCalendar file (RFC 5545). The online link is only in confirmed attendees' copy.",
  )
  @ApiOperation({ summary: 'Download an event as iCalendar' })
  async calendar(
    @slug campaignSlug: string,
    @eventSlug ev: string,
    @ValidQuery(accessQuery) query: z.output<typeof accessQuery>,
    @Res() reply: FastifyReply,
  ) {
    sendCalendar(reply, await this.events.publicIcs(campaignSlug, ev, query.access), 60);
  }

  @Post('campaigns/:slug/events/:eventSlug/rsvp')
  @Public()
  @FormPage('event-rsvp')
  @HttpCode(200)
  @RateLimit({ name: 'event-rsvp', limit: 20, windowSeconds: 60 })
  @ApiFormResult(rsvpResult, {
    redirect: true,
    description:
      'The RSVP: confirmed, or waitlisted when the event is full and has a waitlist; the same answer for an address that had already RSVPed. ' +
      'A confirmation email follows (with a calendar file, and the online link for confirmed attendees). Browsers (Accept: text/html) get a page, ' +
      "or with redirect=true a 303 to the campaign's thank-you URL (with ?rsvp=confirmed|waitlisted).",
  })
  @ApiResponse({
    status: 409,
    description:
      'Full without waitlist (event-full), RSVPs closed (rsvp-closed), cancelled (event-cancelled) or over (event-over).',
  })
  @ApiEmployerEmailWarning()
  @ApiOperation({ summary: 'RSVP to an event' })
  async rsvp(
    @slug campaignSlug: string,
    @eventSlug ev: string,
    @ValidQuery(rsvpQuery) query: z.output<typeof rsvpQuery>,
    @ValidBody(rsvpBody, PUBLIC_FORM_BODY) body: z.output<typeof rsvpBody>,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const result = await this.rsvps.rsvp(campaignSlug, ev, query.access, body, ip);
    const embed = query.embed === '1';
    let redirectTo: string | null = null;
    // An embedded form's thank-you state stays inside the frame, never the campaign's site.
    if (result.thankYouUrl && !embed) {
      const target = new URL(result.thankYouUrl);
      target.searchParams.set('rsvp', result.status);
      redirectTo = target.toString();
    }
    const thanks = new URLSearchParams({ status: result.status, locale: result.locale });
    if (query.access) thanks.set('access', query.access);
    return answerForm(req, reply, {
      status: 200,
      json: { status: result.status, message: RSVP_MESSAGES[result.status][result.locale] },
      schema: rsvpResult,
      redirectTo,
      next: `${(embed ? embedPaths.event : eventPath)(campaignSlug, ev)}/thanks?${thanks.toString()}`,
      page: () =>
        RsvpThanksPage({
          locale: result.locale,
          campaign: { slug: campaignSlug, name: '' },
          status: result.status,
          title: result.event.title,
          when: result.event.localStartText,
          path: req.url.split('?')[0],
        }),
    });
  }

  @Get('event-rsvps/cancel')
  @Public()
  @LinkRateLimit({ purpose: RSVP_CANCEL_PURPOSE, perLink: 20, perIp: 600, windowSeconds: 60 })
  @ApiRawResult(
    'text/html',
    'The page behind the emailed cancel link: a button that POSTs the token (a GET cancels nothing, as mail scanners follow links).',
  )
  @ApiOperation({ summary: 'Show the RSVP cancellation page' })
  async cancelPage(
    @ValidQuery(cancelRsvpQuery) query: z.output<typeof cancelRsvpQuery>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const path = req.url.split('?')[0];
    let peek: Awaited<ReturnType<EventRsvpsService['peekCancel']>>;
    try {
      peek = await this.rsvps.peekCancel(query.token);
    } catch {
      return sendPage(req, reply, RsvpCancelPage({ locale: 'en', path, kind: 'invalid' }), { status: 400 });
    }
    const base = { locale: peek.locale, path, title: peek.event.title };
    if (peek.rsvp.status === 'cancelled' || peek.event.status === 'cancelled')
      return sendPage(req, reply, RsvpCancelPage({ ...base, kind: 'already' }));
    if (new Date() >= peek.event.startsAt) return sendPage(req, reply, RsvpCancelPage({ ...base, kind: 'started' }));
    return sendPage(
      req,
      reply,
      RsvpCancelPage({
        ...base,
        kind: 'prompt',
        when: formatLocalDateTime(peek.event.startsAt, peek.event.timeZone, peek.locale),
        token: query.token,
      }),
    );
  }

  @Post('event-rsvps/cancel')
  @Public()
  @HttpCode(200)
  @LinkRateLimit({ purpose: RSVP_CANCEL_PURPOSE, perLink: 20, perIp: 600, windowSeconds: 60 })
  @ApiFormResult(cancelRsvpResult, {
    description:
      'Cancels the RSVP behind the signed token (idempotent); a confirmed seat goes to the first person on the waitlist. Browsers get a page.',
  })
  @ApiResponse({ status: 409, description: 'The event has already started (event-started).' })
  @ApiOperation({ summary: 'Cancel my RSVP' })
  async cancel(
    @ValidBody(cancelRsvpBody, { form: true }) body: z.output<typeof cancelRsvpBody>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const html = wantsHtml(req) || body.format === 'html';
    const path = req.url.split('?')[0];
    if (!html) {
      const r = await this.rsvps.cancelByToken(body.token);
      const result = {
        status: r.status,
        event: {
          title: r.event.title,
          localStartText: formatLocalDateTime(r.event.startsAt, r.event.timeZone, r.locale),
        },
      };
      return reply.code(200).header('cache-control', 'no-store').send(cancelRsvpResult.parse(result));
    }
    try {
      const r = await this.rsvps.cancelByToken(body.token);
      const kind = r.status === 'cancelled' ? 'cancelled' : 'already';
      return sendPage(req, reply, RsvpCancelPage({ locale: r.locale, path, kind, title: r.event.title }));
    } catch (err) {
      if (err instanceof Problem && err.kind === 'event-started')
        return sendPage(req, reply, RsvpCancelPage({ locale: 'en', path, kind: 'started' }), { status: 409 });
      if (err instanceof Problem && err.status < 500)
        return sendPage(req, reply, RsvpCancelPage({ locale: 'en', path, kind: 'invalid' }), { status: 400 });
      throw err;
    }
  }
}
