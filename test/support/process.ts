import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { waitUntil } from './wait.js';

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Proc {
  child: ChildProcess;
  output: () => string;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the built service (dist/src/main.js) as a real separate process, as production does;
 * `cwd` gives it a working directory of its own (where a development run keeps .secrets/).
 */
export function startProcess(
  args: string[],
  env: Record<string, string | undefined>,
  options: { cwd?: string } = {},
): Proc {
  const child = spawn(process.execPath, [path.resolve('dist/src/main.js'), ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    // A process booting on a busy machine (load ~20) can take a minute; idle it takes a second or two.
    async waitForOutput(pattern, timeoutMs = 120_000) {
      try {
        await waitUntil(
          () => {
            if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before ${pattern}`);
            return pattern.test(out);
          },
          { what: `${pattern} in the process output`, timeoutMs },
        );
      } catch (err) {
        throw new Error(`${(err as Error).message}:\n${out}`, { cause: err });
      }
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * A worker process (`--role=worker`), returned once its job schedulers are in place; it is added to
 * `started` first, so the suite's clean-up stops it even when it never gets that far.
 */
export async function startWorkerProcess(env: Record<string, string | undefined>, started: Proc[]): Promise<Proc> {
  const proc = startProcess(['--role=worker'], env);
  started.push(proc);
  await proc.waitForOutput(/job schedulers upserted/);
  return proc;
}

/** A private redis-server on a spare port, for tests that stop Redis or change its settings. */
export async function startPrivateRedis(
  extraArgs: string[] = [],
): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  try {
    await waitUntil(
      () => {
        if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode})`);
        return /Ready to accept connections/.test(out);
      },
      { what: 'redis-server to accept connections', timeoutMs: 10_000, intervalMs: 25 },
    );
  } catch (err) {
    throw new Error(`redis-server did not start: ${(err as Error).message}:\n${out}`, { cause: err });
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
