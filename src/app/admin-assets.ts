import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';

/**
 * Serves the organizer console (admin/, built by `npm run build` into dist/admin) at /admin from
 * the API process: no second server. Vite names every asset after its content hash, so assets are
 * cached for a year as immutable; index.html is never cached, so a deploy is picked up on the next
 * load. Any other /admin/* path is a client route and answers index.html.
 *
 * The console talks only to this origin, so its CSP is tighter than the API's default: scripts
 * from 'self' only (no inline script), inline styles allowed (Mantine sets style attributes and
 * injects its CSS variables), no framing. When dist/admin is missing (tests that never build the
 * console, a partial deploy) the API still starts and /admin answers 503 with a page saying why.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** dist/admin, whether this file runs compiled (dist/src/app) or from source (src/app, in tests). */
export function adminDistDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = here.includes(`${sep}dist${sep}`) ? resolve(here, '../../..') : resolve(here, '../..');
  return join(root, 'dist', 'admin');
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Console not built</title></head>
<body><main><h1>The organizer console has not been built</h1>
<p>Run <code>npm run build</code> (or <code>npm start</code>), then reload this page. The API itself is running.</p>
</main></body></html>
`;

function pageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', ADMIN_CSP)
    .header('cache-control', 'no-cache')
    .header('x-robots-tag', 'noindex')
    .type('text/html; charset=utf-8');
}

export async function registerAdminAssets(app: NestFastifyApplication, dir = adminDistDir()): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    const notBuilt = (_: unknown, reply: FastifyReply) => pageHeaders(reply).code(503).send(NOT_BUILT);
    fastify.get('/admin', notBuilt);
    fastify.get('/admin/*', notBuilt);
    return;
  }
  // Read once: the file is small and only changes with a deploy (which restarts the process).
  const index = readFileSync(indexFile);
  const sendIndex = (_: unknown, reply: FastifyReply) => pageHeaders(reply).send(index);
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/admin/assets/',
    decorateReply: false,
    index: false,
    list: false,
    dotfiles: 'deny',
    cacheControl: true,
    maxAge: '365d',
    immutable: true,
  });
  fastify.get('/admin', sendIndex);
  fastify.get('/admin/*', sendIndex);
}
