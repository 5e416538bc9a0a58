import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Duplex } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { databaseProblem } from '../infra/prisma/errors.js';
import { type FieldError, Problem, problemType, RESERVED_PROBLEM_MEMBERS } from './problem.js';

const STATUS_KINDS: Record<number, [string, string]> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  413: ['payload-too-large', 'Payload too large'],
  414: ['uri-too-long', 'URI too long'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  429: ['rate-limited', 'Too many requests'],
};

/** What Fastify's router and body parsers report, and which part of the request each one is about. */
const FASTIFY_ERRORS: Record<string, { kind: string; path: string; detail: string }> = {
  FST_ERR_BAD_URL: { kind: 'malformed-url', path: '(url)', detail: 'The URL is not valid percent-encoded UTF-8.' },
  FST_ERR_MAX_PARAM_LENGTH: { kind: 'uri-too-long', path: '(url)', detail: 'A path segment of the URL is too long.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { kind: 'malformed-body', path: '(body)', detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { kind: 'bad-request', path: '(body)', detail: 'The body is not valid JSON.' },
};

const logger = new Logger('http');

/** Any error as a Problem: our own, Nest's HTTP exceptions, Fastify's, the database's; else a 500. */
export function problemOf(error: unknown): Problem {
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
  const db = databaseProblem(error);
  if (db) return db;
  // Errors Fastify raises before a handler runs (bad URL, malformed JSON, body too large, bad media type).
  const fastify = error as { statusCode?: number; code?: string; message?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const [kind, title] = STATUS_KINDS[fastify.statusCode] ?? ['bad-request', 'Bad request'];
    const known = fastify.code ? FASTIFY_ERRORS[fastify.code] : undefined;
    const detail = known?.detail ?? fastify.message;
    const errors: FieldError[] = [
      { path: known?.path ?? '(body)', message: detail ?? 'invalid request', code: fastify.code },
    ];
    return new Problem(
      fastify.statusCode,
      known?.kind ?? kind,
      title,
      detail,
      fastify.statusCode === 400 || known ? { errors } : {},
    );
  }
  return new Problem(500, 'internal', 'Internal server error', 'An unexpected error occurred.');
}

/** A process that is stopping: another instance (or this one restarted) will answer; nothing went wrong. */
export function shuttingDownProblem(): Problem {
  return new Problem(503, SHUTTING_DOWN, 'Service shutting down', 'This server is stopping; please try again.', {
    retryAfterSeconds: 1,
  });
}
const SHUTTING_DOWN = 'shutting-down';

/**
 * Writes a problem as RFC 9457 problem+json. Used by the exception filter and by the Fastify
 * handlers that run before Nest routes a request (bad URLs, over-long path parameters), so every
 * error the server sends has the same shape. Extensions never overwrite the standard members.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem, cause?: unknown): void {
  if (problem.status >= 500 && problem.kind !== SHUTTING_DOWN)
    logger.error({ err: cause ?? problem, reqId: request.id }, 'unhandled error');
  if (reply.sent || reply.raw.headersSent) {
    // A stream failed after its first byte: cutting the connection is the only honest answer left
    // (a well-formed end would make a truncated export look complete).
    reply.raw.destroy();
    return;
  }
  const { errors, retryAfterSeconds, ...extensions } = problem.extras;
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
  const body: Record<string, unknown> = {
    type: problemType(problem.kind),
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance: request.url?.split('?')[0],
    requestId: request.id,
    ...(errors ? { errors } : {}),
  };
  for (const [name, value] of Object.entries(extensions))
    if (!(RESERVED_PROBLEM_MEMBERS as readonly string[]).includes(name)) body[name] = value;
  void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
}

/** Renders every error as RFC 9457 problem+json; internals of a 500 are logged, never returned. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    sendProblem(ctx.getRequest<FastifyRequest>(), ctx.getResponse<FastifyReply>(), problemOf(error), error);
  }
}

/**
 * Errors Node's HTTP parser raises before any request exists (headers or URL over 16 KB, a
 * malformed request line, a client too slow to send its headers), written to the socket as
 * problem+json in place of Fastify's raw JSON. No request id exists yet.
 */
export function clientErrorAsProblem(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, kind, detail] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'request-timeout', 'The request was not received in time.']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'headers-too-large', 'The URL or headers are too large.']
        : [400, 'Bad Request', 'malformed-request', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ type: problemType(kind), title: reason, status, detail });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(err);
}
