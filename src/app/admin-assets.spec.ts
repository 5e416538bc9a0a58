import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { ADMIN_CSP, registerAdminAssets } from './admin-assets.js';

/** The part of a Nest Fastify application registerAdminAssets uses, over a bare Fastify instance. */
function nestLike(fastify: FastifyInstance): NestFastifyApplication {
  return {
    getHttpAdapter: () => ({ getInstance: () => fastify }),
    register: (plugin: never, options: never) => fastify.register(plugin, options),
  } as unknown as NestFastifyApplication;
}

describe('registerAdminAssets', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gs-admin-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script type="module" src="/admin/assets/index-abc123.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function server(root: string) {
    const fastify = Fastify();
    await registerAdminAssets(nestLike(fastify), root);
    await fastify.ready();
    return fastify;
  }

  it('should cache hashed assets for a year as immutable when they exist', async () => {
    const fastify = await server(dir);
    const res = await fastify.inject({ method: 'GET', url: '/admin/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await fastify.inject({ method: 'GET', url: '/admin/assets/nope.js' });
    expect(missing.statusCode).toBe(404);
    await fastify.close();
  });

  it('should answer index.html uncached with the console CSP for /admin and any client route', async () => {
    const fastify = await server(dir);
    for (const url of ['/admin', '/admin/', '/admin/c/0190/petitions/new']) {
      const res = await fastify.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toBe(ADMIN_CSP);
      expect(res.body).toContain('/admin/assets/index-abc123.js');
    }
    expect(ADMIN_CSP).toContain("script-src 'self'");
    expect(ADMIN_CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
    await fastify.close();
  });

  it('should answer 503 with a page saying to build the console when dist/admin is missing', async () => {
    const fastify = await server(join(dir, 'does-not-exist'));
    const res = await fastify.inject({ method: 'GET', url: '/admin/c/1/overview' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('npm run build');
    await fastify.close();
  });
});
