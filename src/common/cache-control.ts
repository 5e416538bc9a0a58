import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Answers to an authenticated request carry organizer and supporter data (lists, exports, audit
 * entries), which no browser or shared cache may keep: every such answer is `no-store`, errors
 * included. A route that is safe to cache opts out by setting its own Cache-Control.
 */
export function noStoreWhenAuthenticated(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (err: null, payload: unknown) => void,
): void {
  if (request.auth && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  done(null, payload);
}
