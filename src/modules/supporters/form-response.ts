import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { jsonSchema } from '../../common/validation.js';

/**
 * Answers for public form posts and emailed links, shared by every module with a public form
 * (signups, petition signatures, RSVPs). The same route serves three kinds of client:
 * - JavaScript on a campaign site posting JSON (CORS): a JSON body;
 * - a plain HTML form (application/x-www-form-urlencoded) or a link opened in a browser: an HTML page;
 * - an HTML form that asks to be redirected: 303 to the campaign's configured thank-you URL.
 */

/** True when a browser navigated here (form post or link click): it accepts text/html. */
export function wantsHtml(req: FastifyRequest): boolean {
  const accept = String(req.headers.accept ?? '');
  return /\btext\/html\b/i.test(accept);
}

/** True for an HTML form post (application/x-www-form-urlencoded). */
export function isFormPost(req: FastifyRequest): boolean {
  return String(req.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith('application/x-www-form-urlencoded');
}

export interface FormAnswer<T> {
  /** Status of the JSON answer (the HTML page is always 200). */
  status: number;
  /** The JSON body; validated against `schema` so nothing outside the contract leaks. */
  json: T;
  schema: z.ZodType;
  /** The HTML page for browsers. */
  html: () => string;
  /** When set (and the client is not a JSON API client), a 303 redirect here instead of a page. */
  redirectTo?: string | null;
  /** Extra headers (Content-Disposition for downloads...). */
  headers?: Record<string, string>;
}

/** Sends a FormAnswer in the representation the client asked for. Use with `@Res() reply`. */
export function replyToForm<T>(req: FastifyRequest, reply: FastifyReply, answer: FormAnswer<T>): FastifyReply {
  void reply.header('cache-control', 'no-store');
  if (answer.redirectTo && (isFormPost(req) || wantsHtml(req)))
    return reply.code(303).header('location', answer.redirectTo).send();
  if (wantsHtml(req)) return reply.code(200).type('text/html; charset=utf-8').send(answer.html());
  for (const [k, v] of Object.entries(answer.headers ?? {})) void reply.header(k, v);
  return reply.code(answer.status).type('application/json; charset=utf-8').send(answer.schema.parse(answer.json));
}

/** OpenAPI for a route answered by replyToForm: the JSON schema, the HTML page and the optional redirect. */
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
        description: "HTML forms that asked for it: redirect to the campaign's thank-you URL.",
      }),
    );
  return applyDecorators(...decorators);
}
