import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import { type INestApplicationContext, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { Logger, PinoLogger } from 'nestjs-pino';
import { lifecycle } from '../common/lifecycle.js';
import type { AppConfig } from '../config/config.js';
import { requestId } from '../infra/logging/logging.module.js';
import { MetricsService } from '../infra/metrics/metrics.service.js';
import { redactUrl } from '../infra/logging/redaction.js';
import { noStoreWhenAuthenticated } from '../common/cache-control.js';
import { clientErrorAsProblem, problemOf, sendProblem, shuttingDownProblem } from '../common/problem.filter.js';
import { migrate } from '../infra/prisma/migrator.js';
import { RedisService } from '../infra/redis/redis.service.js';
import { registerAdminAssets } from './admin-assets.js';
import { AppModule, type Role } from './app.module.js';
import { mountQueueDashboard } from './queue-dashboard.js';
import { buildOpenApiDocument } from './openapi.js';

const MAX_PARAM_LENGTH = 500;
/** Every method a route uses: the console and other API clients on configured origins call them all. */
export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'];

function trustProxy(value: string): boolean | string[] {
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  // A hop count is valid for Fastify (proxy-addr) though its typings only list booleans and addresses.
  if (/^\d+$/.test(value)) return Number(value) as unknown as boolean;
  return value.split(',').map((s) => s.trim());
}

/** A local run creates and migrates its database; production only checks it exists (see DATABASE_AUTO_MIGRATE). */
async function prepare(config: AppConfig): Promise<void> {
  const databaseUrl = config.get('DATABASE_URL');
  if (config.get('DATABASE_AUTO_MIGRATE') ?? !config.isProduction) {
    await migrate({ databaseUrl, log: (m: string) => new NestLogger('migrate').log(m) });
  }
}

export function openApiDocument(app: NestFastifyApplication) {
  return buildOpenApiDocument(app);
}

/**
 * Helmet's security headers (CSP, HSTS, nosniff, frame and referrer policies ...), computed once.
 * They are the same on every response; @fastify/helmet would rebuild helmet's middleware and parse
 * the CSP on every request.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: () => undefined,
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  })({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * Nest's Fastify adapter, knowing when the application is closing: from the start of Nest's close
 * (providers and their pools are about to be destroyed) and during Fastify's own. A request that
 * still arrives then, pipelined or on a keep-alive connection, is answered 503 problem+json with
 * `Connection: close` and Retry-After before any handler runs, in place of Fastify's
 * `return503OnClosing` (its own JSON shape, and only from Fastify's close, after the providers).
 */
class ClosingAwareFastifyAdapter extends FastifyAdapter {
  closing = false;

  override beforeClose(): void {
    this.closing = true;
    super.beforeClose();
  }

  override close(): Promise<void> {
    this.closing = true;
    return super.close();
  }
}

/** The HTTP application (role `api`, or `all` with the worker in the same process). */
export async function createHttpApp(config: AppConfig, role: Exclude<Role, 'worker'>): Promise<NestFastifyApplication> {
  await prepare(config);
  const adapter = new ClosingAwareFastifyAdapter({
    bodyLimit: config.get('BODY_LIMIT_BYTES'),
    trustProxy: trustProxy(config.get('TRUST_PROXY')),
    genReqId: (req: IncomingMessage) => requestId(req),
    requestIdHeader: false,
    // Let in-flight requests finish on close while idle keep-alive sockets are dropped at once.
    forceCloseConnections: 'idle',
    // Answered by the onRequest hook below as problem+json (ClosingAwareFastifyAdapter).
    return503OnClosing: false,
    // Long enough for any parameter validation can name (slugs, ids, template names), so an
    // over-long one is a 400 naming it; beyond this Fastify's router refuses the URL (414).
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Errors the router raises before Nest sees the request (broken percent-encoding, over-long
    // parameters) are answered as problem+json like every other error.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(request, reply, problemOf(error), error),
    clientErrorHandler: clientErrorAsProblem,
  });
  // rawBody: the mail webhook verifies its HMAC over the exact bytes received (req.rawBody).
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRole(role, config), adapter, {
    bufferLogs: true,
    abortOnError: false,
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  await app.get(RedisService).assertNoEviction();
  const security = securityHeaders();
  const metrics = app.get(MetricsService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.headers(security);
      void reply.header('x-request-id', request.id);
      if (!adapter.closing) return done();
      void reply.header('connection', 'close');
      sendProblem(request, reply, shuttingDownProblem());
    })
    .addHook('onSend', noStoreWhenAuthenticated)
    // Once draining, every answer closes its connection, so a keep-alive client opens its next
    // request elsewhere instead of sending it on a socket that is about to close.
    .addHook('onSend', (_request, reply, payload, done) => {
      if (lifecycle.draining) void reply.header('connection', 'close');
      done(null, payload);
    })
    // One line per request (pino-http's middleware does not run under Nest's Fastify adapter).
    .addHook('onResponse', (request, reply, done) => {
      // By route template (never the raw URL: ids would make a series per request).
      metrics.observeHttp(
        request.method,
        request.routeOptions.url ?? 'unmatched',
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
      if (request.url !== '/health') {
        const line = {
          reqId: request.id,
          method: request.method,
          url: redactUrl(request.url),
          statusCode: reply.statusCode,
          responseTime: Math.round(reply.elapsedTime),
        };
        if (reply.statusCode >= 500) PinoLogger.root.error(line, 'request failed');
        else PinoLogger.root.info(line, 'request completed');
      }
      done();
    });
  app.enableCors({ origin: config.get('CORS_ORIGINS'), methods: CORS_METHODS, maxAge: 600 });
  await mountQueueDashboard(app, config);
  SwaggerModule.setup('docs', app, () => openApiDocument(app), {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });
  await registerAdminAssets(app);
  await app.init();
  return app;
}

export async function createWorkerContext(config: AppConfig): Promise<INestApplicationContext> {
  await prepare(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRole('worker', config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  await app.get(RedisService).assertNoEviction();
  await app.init();
  return app;
}

/**
 * Stops accepting connections and resolves once every connection is closed. Requests already in
 * flight are answered; so are requests that keep-alive clients send on their open connections
 * during the next `lingerMs`, each with `Connection: close`. Only then are connections that stayed
 * idle closed. Closing idle connections at once (what http.Server#close does since Node 19) reset
 * requests a client was sending at that moment: under load, several per shutdown.
 * (With Nest's Fastify adapter the server is listened to directly, so fastify.close() does not wait.)
 */
export function drainHttp(server: Server, lingerMs: number): Promise<void> {
  lifecycle.draining = true;
  return new Promise((resolve) => {
    let reaper: NodeJS.Timeout | undefined;
    const linger = setTimeout(() => {
      server.closeIdleConnections();
      // Connections whose last answer predates the signal (no Connection: close) go as they idle.
      reaper = setInterval(() => server.closeIdleConnections(), 100);
    }, lingerMs);
    // net.Server#close: stop listening, without http.Server#close's immediate closeIdleConnections().
    NetServer.prototype.close.call(server, () => {
      clearTimeout(linger);
      clearInterval(reaper);
      resolve();
    });
  });
}

/**
 * Graceful stop on SIGTERM/SIGINT, in the order that keeps in-flight work whole: stop accepting
 * and drain HTTP requests first (they still have their pools), then close the application, which
 * lets BullMQ workers finish their current job before the database and Redis pools close.
 * Nest's own shutdown hooks destroy providers before closing the server, which would cut
 * in-flight requests off from the database.
 */
export function closeGracefullyOn(
  app: INestApplicationContext,
  graceMs: number,
  http?: NestFastifyApplication,
  lingerMs = 2000,
): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const log = new NestLogger('shutdown');
    log.log(`${signal} received: draining`);
    setTimeout(() => {
      log.error(`still busy after ${graceMs} ms; exiting`);
      process.exit(1);
    }, graceMs).unref();
    try {
      if (http) await drainHttp(http.getHttpServer() as Server, lingerMs);
      await app.close();
      process.exit(0);
    } catch (err) {
      log.error(err);
      process.exit(1);
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
