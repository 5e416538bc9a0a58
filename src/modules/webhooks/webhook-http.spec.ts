import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook } from './webhook-http.js';

/** Delivery-time SSRF checks: DNS answers are checked, and the connection goes to the checked address. */
describe('postWebhook', () => {
  let server: Server;
  let port: number;
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        if (req.url === '/big') res.end('x'.repeat(1024 * 1024));
        else if (req.url === '/slow') setTimeout(() => res.end('late'), 2000).unref();
        else res.writeHead(req.url === '/fail' ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const production = { policy: { allowLocal: false }, timeoutMs: 1000 };
  const local = { policy: { allowLocal: true }, timeoutMs: 1000 };
  const resolvesTo = (address: string) => async () => [{ address, family: 4 }];

  it('should refuse a public name that resolves to a loopback or private address, without connecting', async () => {
    const before = seen.length;
    for (const address of ['127.0.0.1', '10.0.0.7', '169.254.169.254']) {
      const r = await postWebhook(
        'https://hooks.example.org/x',
        '{}',
        {},
        { ...production, resolve: resolvesTo(address) },
      );
      expect(r).toMatchObject({ ok: false, refused: true, statusCode: null });
      expect(r.error).toMatch(/resolves to .*(loopback|private|link-local)/);
    }
    expect(seen.length).toBe(before);
  });

  it('should refuse http and literal private addresses in production', async () => {
    expect(await postWebhook(`http://127.0.0.1:${port}/`, '{}', {}, production)).toMatchObject({ refused: true });
    expect(await postWebhook(`https://[::1]:${port}/`, '{}', {}, production)).toMatchObject({ refused: true });
  });

  it('should connect to the address it checked, keeping the name in the Host header', async () => {
    const r = await postWebhook(
      `http://receiver.example.test:${port}/ok`,
      '{"a":1}',
      { 'x-test': '1' },
      { ...local, resolve: resolvesTo('127.0.0.1') },
    );
    expect(r).toMatchObject({ ok: true, statusCode: 204, refused: false });
    expect(seen[seen.length - 1]).toMatchObject({
      body: '{"a":1}',
      headers: expect.objectContaining({ host: `receiver.example.test:${port}`, 'x-test': '1' }),
    });
  });

  it('should report failures, stop reading large answers and time out slow ones', async () => {
    expect(await postWebhook(`http://127.0.0.1:${port}/fail`, '{}', {}, local)).toMatchObject({
      ok: false,
      statusCode: 500,
      error: 'HTTP 500',
    });
    expect(
      await postWebhook(`http://127.0.0.1:${port}/big`, '{}', {}, { ...local, maxResponseBytes: 1024 }),
    ).toMatchObject({ ok: true, statusCode: 200 });
    const slow = await postWebhook(`http://127.0.0.1:${port}/slow`, '{}', {}, { ...local, timeoutMs: 200 });
    expect(slow).toMatchObject({ ok: false, statusCode: null, error: 'timeout after 200 ms' });
    expect(slow.durationMs).toBeLessThan(1500);
  });
});
