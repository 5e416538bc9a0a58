import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from '../../common/problem.js';
import { FilterError } from './osdi-filter.js';
import { errorResource } from './osdi-resources.js';

/** OSDI error codes are SCREAMING_SNAKE; ours are kebab-case problem kinds. */
const code = (kind: string) => kind.replace(/[^a-z0-9]+/gi, '_').toUpperCase();

/**
 * Every error on an OSDI route in the `osdi:error` shape (errors.md of the specification) rather
 * than problem+json: OSDI clients read `resource_status[].error_descriptions`. Same statuses, same
 * messages; a 500 says nothing about internals and carries the request id as reference code.
 */
@Catch()
export class OsdiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('osdi');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const req = host.switchToHttp().getRequest<FastifyRequest & { osdiResource?: string }>();
    const problem = toProblem(error);
    if (problem.status >= 500) this.logger.error({ err: error, reqId: req.id }, 'unhandled error');
    if (problem.extras.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(problem.extras.retryAfterSeconds));
    const fields = problem.extras.errors ?? [];
    const errors =
      fields.length > 0
        ? fields.map((f) => ({
            code: code(f.code ?? problem.kind),
            description: `${f.path}: ${f.message}`,
            properties: [f.path],
          }))
        : [{ code: code(problem.kind), description: problem.detail ?? problem.title }];
    void reply
      .status(problem.status)
      .header('content-type', 'application/hal+json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(errorResource(problem.status, req.osdiResource ?? 'osdi:error', errors, String(req.id)));
  }
}

function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  if (error instanceof FilterError) return Problem.field('filter', error.message, 'invalid-filter');
  if (error instanceof HttpException && error.getStatus() < 500)
    return new Problem(error.getStatus(), 'http-error', error.name, error.message);
  const fastify = error as { statusCode?: number; message?: string; code?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500)
    return new Problem(
      fastify.statusCode,
      fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'malformed-body' : 'bad-request',
      'Bad request',
      fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'The body is not valid JSON.' : fastify.message,
    );
  return new Problem(500, 'internal', 'Internal server error', 'An unexpected error occurred.');
}
