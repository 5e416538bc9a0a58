import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server under test, run as production runs it: the built entry point (dist/src/main.js) in a
 * process of its own, configured only through its environment. Benchmarks never load the server
 * into the load generator's process.
 */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Peak resident set size so far (VmHWM from /proc), in bytes; NaN where /proc is unavailable. */
  peakRss(): number;
  /** CPU time used so far (user + system, from /proc), in milliseconds; NaN where /proc is unavailable. */
  cpuMs(): number;
  output(): string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startServer(options: {
  role?: 'all' | 'api' | 'worker';
  env: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const role = options.role ?? 'api';
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'gs-bench-server-'));
  const logFile = path.join(logDir, 'server.log');
  const logFd = openSync(logFile, 'a');
  // A worker runs with the heap cap and malloc setting of `npm run start:worker` (package.json).
  const roleArgs = role === 'worker' ? ['--max-old-space-size=128'] : [];
  const roleEnv = role === 'worker' ? { MALLOC_ARENA_MAX: '2' } : {};
  // BENCH_SERVER_NODE_ARGS: extra flags for the server's node (e.g. --cpu-prof) when profiling a benchmark.
  const nodeArgs = [...roleArgs, ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, path.join(ROOT, 'dist/src/main.js'), `--role=${role}`],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...roleEnv,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        ...options.env,
      },
      // Logs go to a file, as a deployment's would go to its log collector: a pipe read by this
      // process could fill up and slow the server down (stdout to a pipe is synchronous on Linux).
      stdio: ['ignore', logFd, logFd],
    },
  );
  closeSync(logFd);
  const output = () => readFileSync(logFile, 'utf8');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = role === 'worker' ? /job schedulers upserted|handlers registered/ : /listening on/;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (!ready.test(output())) {
    if (child.exitCode !== null)
      throw new Error(`server exited (${child.exitCode}) before it was ready:\n${output().slice(-5000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready in time:\n${output().slice(-5000)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    peakRss: () => procStatusBytes(child.pid!, 'VmHWM'),
    cpuMs: () => procCpuMs(child.pid!),
    output: () => output().slice(-20_000),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
      if (process.env.BENCH_KEEP_LOGS !== '1') rmSync(logDir, { recursive: true, force: true });
    },
  };
}

/** A /proc/<pid>/status field given in kB, as bytes. */
export function procStatusBytes(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** utime + stime of a process (/proc/<pid>/stat fields 14 and 15, in clock ticks of 10 ms). */
export function procCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
