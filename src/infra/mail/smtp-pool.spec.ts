import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { SmtpPool } from './smtp-pool.js';

/** A real SMTP server in the test process: counts connections, records messages, refuses on request. */
async function startServer() {
  const state = { connections: 0, received: [] as { to: string[]; body: string }[], dropNextMailFrom: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect: (_session, callback) => {
      state.connections++;
      callback();
    },
    onMailFrom: (_address, _session, callback) => {
      if (!state.dropNextMailFrom) return callback();
      state.dropNextMailFrom = false;
      // 421: the server is closing this connection (as one does with connections idle too long).
      callback(Object.assign(new Error('closing idle connection'), { responseCode: 421 }));
    },
    onRcptTo: (address, _session, callback) =>
      address.address.startsWith('refused')
        ? callback(Object.assign(new Error('no such user'), { responseCode: 550 }))
        : callback(),
    onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        state.received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          body: Buffer.concat(chunks).toString(),
        });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return { state, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const message = (n: number | string) =>
  Buffer.from(`From: a@example.org\r\nTo: b@example.org\r\nSubject: ${n}\r\n\r\nbody ${n}\r\n.leading dot\r\n`);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('SmtpPool', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let pool: SmtpPool;
  const open = (size: number) =>
    (pool = new SmtpPool(
      server.url,
      { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10_000 },
      size,
      1000,
    ));

  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    pool.close();
    await server.close();
  });

  it('should deliver every message once over at most its pool size of connections, dots stuffed', async () => {
    open(3);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => pool.send({ from: 'a@example.org', to: [`r${i}@example.org`] }, message(i))),
    );
    expect(responses.every((r) => r.startsWith('250'))).toBe(true);
    expect(server.state.received.map((m) => m.to[0]).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `r${i}@example.org`).sort(),
    );
    expect(server.state.connections).toBeLessThanOrEqual(3);
    expect(server.state.received[0].body).toContain('\r\n.leading dot\r\n');
  });

  it('should hold the end of data until the gate lets it go, and abandon the message when the gate refuses', async () => {
    open(1);
    let release: ((err?: Error) => void) | undefined;
    const held = pool.send(
      { from: 'a@example.org', to: ['held@example.org'] },
      message('held'),
      (proceed) => (release = proceed),
    );
    await until(() => release !== undefined);
    expect(server.state.received).toHaveLength(0);
    release!();
    await held;
    expect(server.state.received.map((m) => m.to[0])).toEqual(['held@example.org']);

    const refused = pool.send({ from: 'a@example.org', to: ['never@example.org'] }, message('never'), (proceed) =>
      proceed(new Error('lease lost')),
    );
    await expect(refused).rejects.toThrow('lease lost');
    await pool.send({ from: 'a@example.org', to: ['after@example.org'] }, message('after'));
    expect(server.state.received.map((m) => m.to[0])).toEqual(['held@example.org', 'after@example.org']);
  });

  it('should report a refused recipient with its code and keep using the connection', async () => {
    open(1);
    await pool.send({ from: 'a@example.org', to: ['first@example.org'] }, message(1));
    await expect(pool.send({ from: 'a@example.org', to: ['refused@example.org'] }, message(2))).rejects.toMatchObject({
      responseCode: 550,
    });
    await pool.send({ from: 'a@example.org', to: ['third@example.org'] }, message(3));
    expect(server.state.received.map((m) => m.to[0])).toEqual(['first@example.org', 'third@example.org']);
    expect(server.state.connections).toBe(1);
  });

  it('should send once more on a new connection when a reused one is closed before the message went out', async () => {
    open(1);
    await pool.send({ from: 'a@example.org', to: ['first@example.org'] }, message(1));
    server.state.dropNextMailFrom = true;
    await pool.send({ from: 'a@example.org', to: ['second@example.org'] }, message(2));
    expect(server.state.received.map((m) => m.to[0])).toEqual(['first@example.org', 'second@example.org']);
    expect(server.state.connections).toBe(2);
  });
});
