import type { AddressInfo, Socket } from 'node:net';
import fc from 'fast-check';
import nodemailer from 'nodemailer';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { type EndOfDataGate, failureClass, SmtpPool } from './smtp-pool.js';

/** What the test server answers at one step: 250 accepts, 4xx and 5xx refuse, 'drop' closes the socket unanswered. */
type Reply = 250 | 421 | 450 | 451 | 452 | 503 | 550 | 552 | 554 | 'drop';

/** The replies a message meets on its first try (a second try, on another connection, is accepted throughout). */
interface Script {
  mailFrom: Reply;
  /** By recipient address; a recipient not named is accepted. */
  rcptTo: Record<string, Reply>;
  /** The final reply, after the end of data; 'drop' closes the socket as the message arrives. */
  data: Reply;
}

/** What nodemailer's SMTP client puts on its errors. */
type SmtpFailure = Error & { code?: string; responseCode?: number; permanent?: boolean };

const ACCEPT: Script = { mailFrom: 250, rcptTo: {}, data: 250 };

interface Delivery {
  from: string;
  to: string[];
  body: string;
  /** Which connection (in the order the server saw them) carried it. */
  connection: number;
}

/**
 * A real SMTP server in the test process whose replies are scripted per message (found by its
 * sender address): counts connections, records the messages it accepts.
 */
async function startServer() {
  const scripts = new Map<string, Script>();
  const inForce = new Map<string, Script>();
  const connectionOf = new Map<string, number>();
  const state = { connections: 0, received: [] as Delivery[], drops: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect: (session, callback) => {
      connectionOf.set(session.id, state.connections++);
      callback();
    },
    onMailFrom: (address, session, callback) => {
      const script = scripts.get(address.address) ?? ACCEPT;
      scripts.delete(address.address);
      inForce.set(session.id, script);
      answer(script.mailFrom, session, callback);
    },
    onRcptTo: (address, session, callback) =>
      answer(inForce.get(session.id)?.rcptTo[address.address] ?? 250, session, callback),
    onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) => {
      const reply = inForce.get(session.id)?.data ?? 250;
      if (reply === 'drop') return void stream.once('data', () => drop(session));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (reply !== 250) return answer(reply, session, callback);
        state.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          body: Buffer.concat(chunks).toString(),
          connection: connectionOf.get(session.id)!,
        });
        callback();
      });
    },
  });
  // The socket of this session, destroyed: the server goes away without a word.
  const drop = (session: SMTPServerSession) => {
    state.drops++;
    for (const c of server.connections as Set<{ id: string; _socket: Socket }>)
      if (c.id === session.id) c._socket.destroy();
  };
  const answer = (reply: Reply, session: SMTPServerSession, callback: (err?: Error | null) => void) => {
    if (reply === 'drop') return drop(session);
    if (reply === 250) return callback();
    callback(Object.assign(new Error(`scripted ${reply}`), { responseCode: reply }));
  };
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return {
    state,
    url,
    script: (sender: string, script: Partial<Script>) => scripts.set(sender, { ...ACCEPT, ...script }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
type TestServer = Awaited<ReturnType<typeof startServer>>;

const timeouts = { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10_000 };
const message = (n: number | string) =>
  Buffer.from(`From: a@example.org\r\nTo: b@example.org\r\nSubject: ${n}\r\n\r\nbody ${n}\r\n.leading dot\r\n`);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('SmtpPool', () => {
  let server: TestServer;
  let pool: SmtpPool;
  const open = (size: number) => (pool = new SmtpPool(server.url, timeouts, size, 1000));

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
    server.script('second@example.org', { rcptTo: { 'refused@example.org': 550 } });
    await pool.send({ from: 'first@example.org', to: ['first@example.org'] }, message(1));
    await expect(
      pool.send({ from: 'second@example.org', to: ['refused@example.org'] }, message(2)),
    ).rejects.toMatchObject({ responseCode: 550 });
    await pool.send({ from: 'third@example.org', to: ['third@example.org'] }, message(3));
    expect(server.state.received.map((m) => m.to[0])).toEqual(['first@example.org', 'third@example.org']);
    expect(server.state.connections).toBe(1);
  });

  it('should send once more on a new connection when a reused one is closed before the message went out', async () => {
    open(1);
    // 421: the server is closing this connection (as one does with connections idle too long).
    server.script('second@example.org', { mailFrom: 421 });
    await pool.send({ from: 'first@example.org', to: ['first@example.org'] }, message(1));
    await pool.send({ from: 'second@example.org', to: ['second@example.org'] }, message(2));
    expect(server.state.received.map((m) => m.to[0])).toEqual(['first@example.org', 'second@example.org']);
    expect(server.state.connections).toBe(2);
  });

  it('should report a connection lost while the end of data is held as retryable, and never write the dot', async () => {
    open(1);
    server.script('lost@example.org', { data: 'drop' });
    let release: ((err?: Error) => void) | undefined;
    const lost = pool.send({ from: 'lost@example.org', to: ['lost@example.org'] }, message('lost'), (proceed) => {
      release = proceed;
    });
    const failure = await lost.then(
      () => null,
      (err: SmtpFailure) => err,
    );
    expect(failure).toMatchObject({ code: 'ECONNECTION' });
    expect(failureClass(failure!)).toBe('temporary');
    // The gate lets it go after the connection is gone (its database work was under way): nothing breaks.
    release!();
    await pool.send({ from: 'next@example.org', to: ['next@example.org'] }, message('next'));
    expect(server.state.received.map((m) => m.to[0])).toEqual(['next@example.org']);
  });
});

/**
 * Property: SmtpPool reaches the same outcome as nodemailer's own pooled SMTP transport for every
 * generated sequence of messages and server replies: the same messages sent, temporary (4xx,
 * connection lost) and permanent (5xx) failures in the same classes, the same messages delivered
 * over the same connections (several in turn on one, a new one after the server closed it). We
 * rely on those behaviours; a nodemailer release that changes them, or a change to the pool that
 * drifts from them, fails here.
 */
describe('SmtpPool against nodemailer (property)', () => {
  type Outcome = 'sent' | 'temporary' | 'permanent';
  interface Generated {
    mailFrom: Reply;
    rcptTo: Reply[];
    data: Reply;
    lines: string[];
    big: boolean;
  }
  interface Prepared {
    envelope: { from: string; to: string[] };
    raw: Buffer;
    script: Script;
  }

  const refusal = fc.constantFrom<Reply>(421, 450, 451, 452, 503, 550, 552, 554, 'drop');
  // Mostly accepted, so that sequences carry several messages over one connection.
  const reply = fc.oneof({ weight: 3, arbitrary: fc.constant<Reply>(250) }, { weight: 1, arbitrary: refusal });
  const line = fc.constantFrom('', '.', '..', '.leading dot', 'Hello', 'مرحبا بكم', 'x'.repeat(76), ' trailing  ');
  const generated: fc.Arbitrary<Generated> = fc.record({
    mailFrom: reply,
    rcptTo: fc.array(reply, { minLength: 1, maxLength: 2 }),
    data: reply,
    lines: fc.array(line, { maxLength: 12 }),
    // About 300 KB: the server drops the socket while most of the message is still on its way.
    big: fc.boolean(),
  });

  const prepare = (run: number, messages: Generated[]): Prepared[] =>
    messages.map((m, i) => {
      const from = `m${i}-${run}@example.org`;
      const to = m.rcptTo.map((_, j) => `r${j}-${i}@example.org`);
      const body = [...m.lines, ...(m.big ? Array.from({ length: 4000 }, () => 'y'.repeat(76)) : [])];
      return {
        envelope: { from, to },
        raw: Buffer.from(`From: ${from}\r\nTo: ${to.join(', ')}\r\nSubject: ${i}\r\n\r\n${body.join('\r\n')}\r\n`),
        script: { mailFrom: m.mailFrom, rcptTo: Object.fromEntries(to.map((a, j) => [a, m.rcptTo[j]])), data: m.data },
      };
    });

  interface Client {
    one: (m: Prepared) => Promise<unknown>;
    /** What the failure means for the message, by the sender's own rule. */
    outcome: (err: SmtpFailure) => Outcome;
    close: () => void;
  }

  /** Sends the messages one after another through `send` to a fresh server scripted for them. */
  async function run(prepared: Prepared[], send: (url: string) => Client) {
    const server = await startServer();
    for (const m of prepared) server.script(m.envelope.from, m.script);
    const client = send(server.url);
    const outcomes: Outcome[] = [];
    try {
      for (const m of prepared) outcomes.push(await client.one(m).then(() => 'sent' as const, client.outcome));
    } finally {
      client.close();
      await server.close();
    }
    return { outcomes, received: server.state.received };
  }

  // As the worker uses it: one connection (so messages follow each other on it) and a gate that
  // lets the dot go after some asynchronous work, as the hand-over's database commit does.
  const ours = (url: string): Client => {
    const pool = new SmtpPool(url, timeouts, 1, 1000);
    const gate: EndOfDataGate = (proceed) => void setImmediate(proceed);
    return { one: (m) => pool.send(m.envelope, m.raw, gate), outcome: failureClass, close: () => pool.close() };
  };
  // nodemailer's rule: `permanent` on errors whose reply code is a permanent rejection (RFC 5321).
  const theirs = (url: string): Client => {
    const { port } = new URL(url);
    const transport = nodemailer.createTransport({
      pool: true,
      maxConnections: 1,
      maxMessages: 1000,
      host: '127.0.0.1',
      port: Number(port),
      secure: false,
      ignoreTLS: true,
      ...timeouts,
    });
    // The envelope as from and to rather than `envelope`: nodemailer then derives a new envelope object
    // for each try. Handed `envelope`, its pool gives SMTPConnection the same object on every try, so
    // a message it sends again after a 421 on a reused connection fails with the first try's MAIL
    // FROM error (nodemailer 10.6.0; the reason SmtpPool copies the envelope).
    return {
      one: (m) => transport.sendMail({ from: m.envelope.from, to: m.envelope.to, raw: m.raw }),
      outcome: (err) => (err.permanent ? 'permanent' : 'temporary'),
      close: () => transport.close(),
    };
  };

  it('should send, refuse and lose the same messages as nodemailer for every generated sequence', async () => {
    let runs = 0;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(generated, { minLength: 1, maxLength: 6 }), async (messages) => {
        const prepared = prepare(runs++, messages);
        const a = await run(prepared, ours);
        const b = await run(prepared, theirs);
        expect(a.outcomes).toEqual(b.outcomes);
        expect(a.received).toEqual(b.received);
        // No false "sent": a message reported sent reached the server once, whole; any other did not arrive.
        prepared.forEach((m, i) => {
          const arrived = a.received.filter((r) => r.from === m.envelope.from);
          expect(arrived.map((r) => r.body)).toEqual(a.outcomes[i] === 'sent' ? [m.raw.toString()] : []);
          seen.add(a.outcomes[i]);
        });
      }),
      { numRuns: 30 },
    );
    expect([...seen].sort()).toEqual(['permanent', 'sent', 'temporary']);
  }, 120_000);
});
