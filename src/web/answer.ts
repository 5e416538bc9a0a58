import { createHash } from 'node:crypto';
import { applyDecorators } from '@nestjs/common';
import { ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { z } from 'zod';
import { jsonSchema } from '../common/validation.js';
import { renderDocument } from './render.js';

/**
 * How every public route answers: an HTML page or JSON, and how a form post ends.
 *
 * THE RULE (the only place it is written): a request gets HTML when its path is a page path
 * (`/c/…`, `/embed/…`) or when it names `text/html` in `Accept` (a browser following a link or
 * submitting a form); everything else gets JSON, and errors as problem+json. So the JSON API keeps
 * its paths and answers exactly as before, and a person in a browser never sees JSON.
 *
 * A form post that succeeds redirects (303, redirect-after-post) to a page; one that fails
 * validation re-renders the form with the typed values and a message beside each field
 * (`@FormPage`); any other problem becomes the one HTML error page (web-problem.filter.ts).
 */
export const PAGE_PATH = /^\/(c|embed)(\/|$)/;

export function wantsHtml(req: FastifyRequest): boolean {
  if (PAGE_PATH.test(req.url)) return true;
  return /\btext\/html\b/i.test(String(req.headers.accept ?? ''));
}

/** True for a post from an embedded form (`?embed=1`): its answer stays inside the frame. */
export function isEmbed(req: FastifyRequest): boolean {
  return (req.query as { embed?: unknown } | undefined)?.embed === '1';
}

/** OpenAPI for the `embed` query of a form post that takes it (read by `isEmbed`, not validated). */
export const ApiEmbedQuery = (): MethodDecorator =>
  ApiQuery({
    name: 'embed',
    required: false,
    schema: { type: 'string', enum: ['1'] },
    description:
      '1 when posted from an embedded form (/embed/…): the redirect and the thank-you page stay in the frame.',
  });

/** OpenAPI for the employer-domain warning of a public form (src/common/targeted-domains.ts). */
export const ApiEmployerEmailWarning = (): MethodDecorator =>
  ApiResponse({
    status: 422,
    description:
      'The email is on a domain of an organization the campaign targets (problem type employer-email, naming `email`): nothing was stored. ' +
      'Send the same form again with employerEmailAcknowledged=true to use the address anyway. Browsers get the form again with the warning.',
  });

/** True for an HTML form post (application/x-www-form-urlencoded). */
export function isFormPost(req: FastifyRequest): boolean {
  return String(req.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith('application/x-www-form-urlencoded');
}

/** Strict CSP for pages: our own script and stylesheet only, nothing inline, nothing from elsewhere. */
export function pageCsp(frameAncestors: readonly string[] = []): string {
  const ancestors = frameAncestors.length ? frameAncestors.join(' ') : "'none'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    // Forms post here; a campaign's own thank-you URL may be on its site (https).
    "form-action 'self' https:",
    "base-uri 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

export interface PageOptions {
  status?: number;
  /** Seconds shared caches and browsers may keep it (with an ETag); 0 or unset: no-store. */
  maxAge?: number;
  /** Origins allowed to frame this page (embeds); default none. */
  frameAncestors?: readonly string[];
}

/** A page rendered once, with its ETag, as the page cache keeps it. */
export interface RenderedPage {
  body: string;
  etag: string;
}

export function renderPage(page: VNode): RenderedPage {
  const body = renderDocument(page);
  return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** Sends a rendered page with the page CSP, no cookies, and an ETag when it is cacheable. */
export function sendPage(
  req: FastifyRequest,
  reply: FastifyReply,
  page: VNode | string | RenderedPage,
  o: PageOptions = {},
) {
  const done = typeof page === 'object' && 'etag' in page ? page : null;
  const body = done ? done.body : typeof page === 'string' ? page : renderDocument(page as VNode);
  void reply
    .header('content-security-policy', pageCsp(o.frameAncestors))
    .header('referrer-policy', 'strict-origin-when-cross-origin')
    .header('vary', 'Accept, Accept-Language');
  if (o.frameAncestors?.length) void reply.removeHeader('x-frame-options');
  const status = o.status ?? 200;
  if (o.maxAge && status === 200) {
    // The CSP is part of what is cached: an embed page whose allowed origins change is a new version.
    let etag = o.frameAncestors?.length ? undefined : done?.etag;
    if (!etag) {
      const hash = createHash('sha1').update(body);
      if (o.frameAncestors?.length) hash.update(`\n${o.frameAncestors.join(' ')}`);
      etag = `W/"${hash.digest('base64url')}"`;
    }
    void reply.header('etag', etag).header('cache-control', `public, max-age=${o.maxAge}`);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  } else void reply.header('cache-control', 'no-store');
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

export interface FormAnswer<T> {
  /** Status of the JSON answer. */
  status: number;
  /** The JSON body; validated against `schema` so nothing outside the contract leaks. */
  json: T;
  schema: z.ZodType;
  /** The page for a browser when there is nowhere to redirect to. */
  page: () => VNode;
  /** Our own page to go to after a successful post (redirect-after-post; browsers only). */
  next?: string | null;
  /** The campaign's thank-you URL when the form asked for it (`redirect=true`); form posts too. */
  redirectTo?: string | null;
}

/** Sends a FormAnswer in the representation the client asked for. Use with `@Res() reply`. */
export function answerForm<T>(req: FastifyRequest, reply: FastifyReply, a: FormAnswer<T>): FastifyReply {
  void reply.header('cache-control', 'no-store');
  const html = wantsHtml(req);
  if (a.redirectTo && (html || isFormPost(req))) return reply.code(303).header('location', a.redirectTo).send();
  if (html && a.next && req.method === 'POST') return reply.code(303).header('location', a.next).send();
  if (html) return sendPage(req, reply, a.page());
  return reply.code(a.status).type('application/json; charset=utf-8').send(a.schema.parse(a.json));
}

/** OpenAPI for a route answered by answerForm: the JSON schema, the HTML page and the redirect. */
export function ApiFormResult(
  schema: z.ZodType,
  options: { status?: number; description?: string; redirect?: boolean } = {},
): MethodDecorator {
  const status = options.status ?? 200;
  const decorators = [
    ApiResponse({
      status,
      description:
        options.description ?? 'JSON for API clients; an HTML page (status 200) for browsers (Accept: text/html).',
      content: {
        'application/json': { schema: jsonSchema(schema, 'output') },
        'text/html': { schema: { type: 'string' } },
      },
    } as never),
  ];
  if (options.redirect)
    decorators.push(
      ApiResponse({
        status: 303,
        description:
          "Browsers: redirect-after-post to the thank-you page (or the campaign's thank-you URL when the form asked for it).",
      }),
    );
  return applyDecorators(...decorators);
}
