// A local SMTP sink for `npm run bench:broadcast`, in its own process so the measured worker and
// the load generator do not share a CPU budget with it. It accepts every message, counts them per
// envelope recipient (to prove exactly one each) and serves its counters on a small HTTP port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

const perRecipient = new Map<string, number>();
let accepted = 0;
let bytes = 0;
let firstAt = 0;
let lastAt = 0;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  maxClients: 1000,
  size: 10 * 1024 * 1024,
  onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
    stream.on('data', (c: Buffer) => (bytes += c.length));
    stream.on('end', () => {
      const now = Date.now();
      if (!firstAt) firstAt = now;
      lastAt = now;
      accepted++;
      for (const r of session.envelope.rcptTo) perRecipient.set(r.address, (perRecipient.get(r.address) ?? 0) + 1);
      callback();
    });
  },
});

const http = createServer((req, res) => {
  if (req.url === '/reset') {
    perRecipient.clear();
    accepted = bytes = firstAt = lastAt = 0;
  }
  let duplicates = 0;
  for (const n of perRecipient.values()) if (n > 1) duplicates += n - 1;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ accepted, unique: perRecipient.size, duplicates, bytes, firstAt, lastAt }));
});

smtp.listen(0, '127.0.0.1', () => {
  http.listen(0, '127.0.0.1', () => {
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const httpPort = (http.address() as AddressInfo).port;
    process.stdout.write(`${JSON.stringify({ smtpPort, httpPort })}\n`);
  });
});
process.on('SIGTERM', () => {
  smtp.close(() => undefined);
  http.close();
  setTimeout(() => process.exit(0), 200).unref();
});
