import { type ArgumentsHost, Catch, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toLocale } from '../common/i18n.js';
import { ProblemFilter, problemOf } from '../common/problem.filter.js';
import { isEmbed, sendPage, wantsHtml } from './answer.js';
import { ErrorPage } from './pages/error.page.js';

type EmbedOrigins = (campaignSlug: string) => Promise<readonly string[]>;
let embedOriginsOf: EmbedOrigins | undefined;

/** How an error inside an embedded form finds the origins allowed to frame it (set by the embed controller). */
export function registerEmbedOrigins(fn: EmbedOrigins): void {
  embedOriginsOf = fn;
}

/**
 * The origins that may frame this error page: an error inside an embedded form (a closed petition,
 * too many tries) is shown in the frame like the form was; anywhere else, framing stays refused.
 */
async function frameAncestorsFor(req: FastifyRequest): Promise<readonly string[]> {
  const slug = (req.params as { slug?: unknown } | undefined)?.slug;
  if (!embedOriginsOf || typeof slug !== 'string' || !(isEmbed(req) || req.url.startsWith('/embed/'))) return [];
  return embedOriginsOf(slug).catch(() => []);
}

/**
 * Problems for browsers are pages: the same status (and Retry-After), the message in the page's
 * language, never problem+json. API clients get problem+json from ProblemFilter as before.
 */
@Catch()
export class WebProblemFilter extends ProblemFilter {
  private readonly log = new Logger('http');

  override catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (!wantsHtml(request)) return super.catch(error, host);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    // A response already under way (a stream that failed) is ProblemFilter's to cut off.
    if (reply.sent || reply.raw.headersSent) return super.catch(error, host);
    const problem = problemOf(error);
    if (problem.status >= 500) this.log.error({ err: error, reqId: request.id }, 'unhandled error');
    const query = (request.query ?? {}) as Record<string, unknown>;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const locale = toLocale({
      query: query.locale ?? (typeof body === 'object' ? body.locale : undefined),
      acceptLanguage: request.headers['accept-language'],
    });
    const { errors, retryAfterSeconds } = problem.extras;
    if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
    void frameAncestorsFor(request).then((frameAncestors) =>
      sendPage(
        request,
        reply,
        ErrorPage({
          locale,
          status: problem.status,
          detail: problem.status >= 500 ? undefined : problem.detail,
          errors,
          retryAfterSeconds,
          path: request.url.split('?')[0],
          embed: frameAncestors.length > 0,
        }),
        { status: problem.status, frameAncestors },
      ),
    );
  }
}
