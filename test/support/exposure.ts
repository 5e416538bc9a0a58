import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { HttpClient } from './app.js';
import { freePort, type Proc, startProcess } from './process.js';
import { SmtpSink } from './smtp-sink.js';
import { SUPPORTERS_TEST_ENV } from './supporters.js';

/**
 * For the tests that prove personal data is not exposed: what a stolen backup would hold, and a
 * real server process whose debug-level logs can be searched.
 */
const run = promisify(execFile);
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** The run's database as `pg_dump` prints it. */
export async function dumpDatabase(options: { dataOnly?: boolean } = {}): Promise<string> {
  const args = ['--no-owner', ...(options.dataOnly ? ['--data-only'] : []), process.env.DATABASE_URL!];
  const { stdout } = await run(`${PG_BIN}/pg_dump`, args, { maxBuffer: 1024 * 1024 * 1024 });
  return stdout;
}

/** The whole app (API and worker) in its own process at debug log level, mailing a fresh SMTP sink. */
export async function startLoggedServer(): Promise<{ proc: Proc; http: HttpClient; smtp: SmtpSink }> {
  const smtp = await new SmtpSink().start();
  const port = await freePort();
  const proc = startProcess(['--role=all'], {
    ...SUPPORTERS_TEST_ENV,
    HOST: '127.0.0.1',
    PORT: String(port),
    MAIL_URL: smtp.url,
    LOG_LEVEL: 'debug',
  });
  await proc.waitForOutput(/listening on/);
  return { proc, http: new HttpClient(`http://127.0.0.1:${port}`), smtp };
}
