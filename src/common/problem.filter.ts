import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem, problemType } from './problem.js';

const STATUS_KINDS: Record<number, [string, string]> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  413: ['payload-too-large', 'Payload too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  429: ['rate-limited', 'Too many requests'],
};

/** Renders every error as RFC 9457 problem+json; internals of a 500 are logged, never returned. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const problem = this.toProblem(error);
    if (problem.status >= 500) this.logger.error({ err: error, reqId: request.id }, 'unhandled error');

    const { errors, retryAfterSeconds, ...extras } = problem.extras;
    if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({
        type: problemType(problem.kind),
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        instance: request.url?.split('?')[0],
        requestId: request.id,
        ...(errors ? { errors } : {}),
        ...extras,
      });
  }

  protected toProblem(error: unknown): Problem {
    if (error instanceof Problem) return error;
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const [kind, title] = STATUS_KINDS[status] ?? [status >= 500 ? 'internal' : 'http-error', error.name];
      const detail = status >= 500 ? 'An unexpected error occurred.' : error.message;
      // Nest raises these for bodies it cannot parse: point at the body as the offending field.
      return new Problem(
        status,
        kind,
        title,
        detail,
        status === 400 ? { errors: [{ path: '(body)', message: detail }] } : {},
      );
    }
    // Errors Fastify raises before a handler runs (malformed JSON, body too large, bad media type).
    const fastify = error as { statusCode?: number; code?: string; message?: string };
    if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
      const [kind, title] = STATUS_KINDS[fastify.statusCode] ?? ['bad-request', 'Bad request'];
      const detail =
        fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastify.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'The body is not valid JSON.'
          : fastify.message;
      return new Problem(
        fastify.statusCode,
        fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'malformed-body' : kind,
        title,
        detail,
        {
          ...(fastify.statusCode === 400
            ? { errors: [{ path: '(body)', message: detail ?? 'invalid body', code: fastify.code }] }
            : {}),
        },
      );
    }
    return new Problem(500, 'internal', 'Internal server error', 'An unexpected error occurred.');
  }
}
