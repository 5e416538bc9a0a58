import { connect, type Socket } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { startApp } from '../support/app.js';
import { freePort, type Proc, startPrivateRedis, startProcess } from '../support/process.js';
import { waitUntil } from '../support/wait.js';

const mailDir = mkdtempSync(path.join(tmpdir(), 'gs-mail-'));
// Every process shares the run's Redis prefix and 127.0.0.1 with the other test files: keep limits high.
const baseEnv = {
  MAIL_URL: undefined,
  MAIL_FILE_DIR: mailDir,
  LOG_LEVEL: 'info',
  HOST: '127.0.0.1',
  LOGIN_MAX_PER_IP: '100000',
  RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
};

/** GET /health/ready until it answers 200: a process under load may need a moment, a test must not assume it. */
async function waitReady(port: number, timeoutMs = 120_000): Promise<Response> {
  let last: Response | null = null;
  try {
    return await waitUntil(
      async () => {
        last = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null);
        return last?.status === 200 ? last : null;
      },
      { what: `port ${port} to answer /health/ready with 200`, timeoutMs, intervalMs: 200 },
    );
  } catch (err) {
    throw new Error(`${(err as Error).message}: ${last ? await (last as Response).text() : 'no answer'}`, {
      cause: err,
    });
  }
}

/** A raw keep-alive HTTP/1.1 connection that records every response and how the socket ended. */
async function keepAliveConnection(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  let data = '';
  let error: Error | null = null;
  let ended = false;
  socket.on('data', (d) => (data += d.toString()));
  socket.on('error', (err) => (error = err));
  socket.on('end', () => (ended = true));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const responses = () => data.split(/(?=HTTP\/1\.1 \d{3})/).filter((r) => r.startsWith('HTTP/1.1'));
  return {
    socket,
    closed,
    responses,
    get error() {
      return error;
    },
    get ended() {
      return ended;
    },
    async get(path: string, expected: number): Promise<string> {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
      // A response is complete once its body (Content-Length) has arrived.
      const complete = () => {
        const r = responses()[expected - 1];
        if (!r) return null;
        const [head, body = ''] = r.split('\r\n\r\n');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        return Buffer.byteLength(body) >= length ? r : null;
      };
      return waitUntil(
        () => {
          const r = complete();
          if (!r && (error || socket.destroyed))
            throw new Error(`no complete response to ${path}: ${error?.message ?? 'socket closed'}; got ${data}`);
          return r;
        },
        { what: `a complete response to ${path}`, intervalMs: 10 },
      );
    },
  };
}

describe('the service as separate processes', () => {
  const running: Proc[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop('SIGKILL')));
  });

  async function start(
    role: 'api' | 'worker' | 'all',
    env: Record<string, string | undefined> = {},
  ): Promise<Proc & { port: number }> {
    const port = await freePort();
    const proc = startProcess([`--role=${role}`], { ...baseEnv, PORT: String(port), ...env });
    running.push(proc);
    // Several processes booting at once on a busy machine can take a while.
    await proc.waitForOutput(role === 'worker' ? /job schedulers upserted/ : /listening on/, 120_000);
    return Object.assign(proc, { port });
  }

  it('should finish a request that is in flight when SIGTERM arrives', async () => {
    const api = await start('api');
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'wrong-password-123' });
    const socket = connect(api.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let response = '';
    socket.on('data', (d) => (response += d.toString()));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));

    // Send the headers and half the body, so the request is in flight when the signal arrives.
    socket.write(
      `POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 200));
    api.child.kill('SIGTERM');
    await api.waitForOutput(/SIGTERM received: draining/);
    socket.write(body.slice(10));
    await closed; // the server answers and closes (Connection: close)

    expect(response).toMatch(/^HTTP\/1\.1 401/);
    expect(response).toContain('invalid-credentials');
    expect(await api.exited).toBe(0);
    expect(api.output()).toMatch(/"reqId":"[0-9a-f-]{36}"/);
    expect(api.output()).not.toContain('nobody@example.org');
  });

  it('should answer requests sent on open keep-alive connections just after SIGTERM and close idle ones without a reset', async () => {
    const api = await start('api', { SHUTDOWN_LINGER_MS: '1500' });
    await waitReady(api.port);
    const clients = await Promise.all(Array.from({ length: 6 }, () => keepAliveConnection(api.port)));
    for (const c of clients) expect(await c.get('/health', 1)).toMatch(/^HTTP\/1\.1 200/);
    const idle = await keepAliveConnection(api.port);
    expect(await idle.get('/health', 1)).toMatch(/^HTTP\/1\.1 200/);

    api.child.kill('SIGTERM');
    await api.waitForOutput(/SIGTERM received: draining/);
    // Requests right after the signal, on connections the clients rightly believe open.
    const [readiness, ...answers] = await Promise.all([
      clients[0].get('/health/ready', 2),
      ...clients.slice(1).map(async (c, i) => {
        await new Promise((r) => setTimeout(r, i * 50));
        return c.get('/health', 2);
      }),
    ]);
    expect(readiness).toMatch(/^HTTP\/1\.1 503/);
    expect(readiness).toContain('"draining":true');
    for (const answer of answers) {
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    }
    // Every connection ends with a clean close from the server (FIN), the idle one after the linger.
    await Promise.all([...clients, idle].map((c) => c.closed));
    for (const c of [...clients, idle]) {
      expect(c.error).toBeNull();
      expect(c.ended).toBe(true);
    }
    expect(await api.exited).toBe(0);
  });

  it('should refuse new connections once it is shutting down and exit cleanly', async () => {
    const api = await start('api');
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${api.port}/health`)).rejects.toThrow();
  });

  it('should run two API processes and a worker side by side on the same database and Redis', async () => {
    const [a, b, worker] = await Promise.all([start('api'), start('api'), start('worker')]);
    for (const api of [a, b]) {
      const ready = await waitReady(api.port);
      expect(await ready.json()).toMatchObject({ status: 'ok', checks: { smtp: { status: 'skipped' } } });
      expect(api.output()).not.toMatch(/job handlers registered/);
    }
    expect(worker.output()).toMatch(/job handlers registered/);

    const queue = new Queue('maintenance', {
      connection: { url: process.env.REDIS_URL },
      prefix: `${process.env.REDIS_PREFIX}:q`,
    });
    const schedulers = await queue.getJobSchedulers();
    await queue.close();
    expect(schedulers.map((s) => s.key)).toContain('maintenance.purge-expired-auth');
    // Three processes booting at once: seconds idle, minutes at load average ~20.
  }, 420_000);

  it('should refuse to start when Redis may evict keys', async () => {
    const redis = await startPrivateRedis(['--maxmemory', '64mb', '--maxmemory-policy', 'allkeys-lru']);
    try {
      const proc = startProcess(['--role=worker'], { ...baseEnv, REDIS_URL: redis.url });
      running.push(proc);
      expect(await proc.exited).toBe(1);
      expect(proc.output()).toMatch(/maxmemory-policy is "allkeys-lru".*noeviction/);
    } finally {
      await redis.stop();
    }
  });

  it('should stop at boot naming the variable when a setting is invalid', async () => {
    const proc = startProcess(['--role=api'], { ...baseEnv, PORT: 'eighty', QUEUE_CONCURRENCY: '0' });
    running.push(proc);
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(/PORT: must be a whole number \(got "eighty"\)/);
    expect(proc.output()).toMatch(/QUEUE_CONCURRENCY/);
  });

  it('should refuse to boot in production without secrets or MAIL_URL, never printing secret values', async () => {
    const proc = startProcess(['--role=api'], {
      ...baseEnv,
      NODE_ENV: 'production',
      TOKEN_SECRET: undefined,
      DATA_ENCRYPTION_KEY: undefined,
      WEBHOOK_SECRET: undefined,
    });
    running.push(proc);
    expect(await proc.exited).toBe(1);
    const out = proc.output();
    expect(out).toMatch(/TOKEN_SECRET: required in production/);
    expect(out).toMatch(/DATA_ENCRYPTION_KEY: required in production/);
    expect(out).toMatch(/MAIL_URL: required in production/);
    expect(out).not.toContain(process.env.BLIND_INDEX_KEY!);
  });
});

describe('the HTTP application while it closes', () => {
  it('should answer a request arriving on a keep-alive connection during close with 503 problem+json and Connection: close', async () => {
    const t = await startApp({ role: 'api' });
    const port = Number(new URL(t.url).port);
    const client = await keepAliveConnection(port);
    expect(await client.get('/health', 1)).toMatch(/^HTTP\/1\.1 200/);

    // The application starts closing (its providers are about to be destroyed) while the client
    // still believes its connection open: the request is refused cleanly, never run, never reset.
    const closing = t.close();
    const refused = await client.get('/campaigns', 2);
    await closing;
    await client.closed;

    const [head, body] = refused.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 503/);
    expect(head).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    expect(head).toMatch(/\r\nconnection: close\r\n/i);
    expect(head).toMatch(/\r\nretry-after: 1\r\n/i);
    expect(JSON.parse(body)).toMatchObject({ status: 503, type: expect.stringMatching(/shutting-down$/) });
    expect(client.error).toBeNull();
  });
});
