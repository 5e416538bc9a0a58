import { fork } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * A closed-loop HTTP load generator: `concurrency` virtual clients, each sending its next request
 * as soon as the previous answer arrives, over keep-alive connections (node:http, which costs far
 * less CPU per request than fetch, so the generator steals less of the machine from the server).
 * Requests started during `warmupMs` are sent but not measured.
 */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  url: string;
  concurrency: number;
  durationMs: number;
  warmupMs?: number;
  /** Stop after this many requests (measured or not), even before durationMs. */
  maxRequests?: number;
  timeoutMs?: number;
}

export interface LoadResult<T = unknown> {
  /** Measured requests only (started after the warm-up). */
  measured: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  errorSamples: string[];
  latenciesMs: number[];
  /** Measured window, from the end of warm-up to the last measured answer. */
  elapsedMs: number;
  /** Per-request outcome the scenario asked to keep (e.g. which email was accepted). */
  kept: T[];
}

export async function runLoad<T>(
  options: LoadOptions,
  next: (i: number) => LoadRequest,
  onAnswer?: (i: number, status: number, body: string, measured: boolean) => T | undefined,
): Promise<LoadResult<T>> {
  const target = new URL(options.url);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.concurrency,
    maxFreeSockets: options.concurrency,
  });
  const warmup = options.warmupMs ?? 0;
  const start = performance.now();
  const measureFrom = start + warmup;
  const stopAt = measureFrom + options.durationMs;
  const result: LoadResult<T> = {
    measured: 0,
    ok: 0,
    errors: 0,
    statuses: {},
    errorSamples: [],
    latenciesMs: [],
    elapsedMs: 0,
    kept: [],
  };
  let counter = 0;
  let lastAnswer = measureFrom;

  const one = (req: LoadRequest): Promise<{ status: number; body: string }> =>
    new Promise((resolve) => {
      const r = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.path,
          agent,
          headers: { ...req.headers, ...(req.body ? { 'content-length': Buffer.byteLength(req.body) } : {}) },
          timeout: options.timeoutMs ?? 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', (e) => resolve({ status: 0, body: String(e) }));
        },
      );
      r.on('timeout', () => r.destroy(new Error('timeout')));
      r.on('error', (e) => resolve({ status: 0, body: String(e) }));
      if (req.body) r.write(req.body);
      r.end();
    });

  const client = async () => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= stopAt || (options.maxRequests !== undefined && counter >= options.maxRequests)) return;
      const i = counter++;
      const answer = await one(next(i));
      const t1 = performance.now();
      const measured = t0 >= measureFrom;
      const kept = onAnswer?.(i, answer.status, answer.body, measured);
      if (kept !== undefined) result.kept.push(kept);
      if (!measured) continue;
      result.measured++;
      result.latenciesMs.push(t1 - t0);
      result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1;
      if (answer.status >= 200 && answer.status < 300) result.ok++;
      else {
        result.errors++;
        if (result.errorSamples.length < 5) result.errorSamples.push(`${answer.status} ${answer.body.slice(0, 300)}`);
      }
      lastAnswer = Math.max(lastAnswer, t1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  agent.destroy();
  result.elapsedMs = lastAnswer - measureFrom;
  return result;
}

/**
 * Runs a benchmark script (a compiled file under dist/bench) in a child process and returns the
 * value it sends back with `process.send`, so the load generator never shares a process, an event
 * loop or a garbage collector with the orchestrator or the server.
 */
export function runChild<R>(script: string, input: unknown, timeoutMs = 15 * 60_000): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    let settled = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      if (!settled) reject(new Error(`${script}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('message', (m: { ok: boolean; value?: R; error?: string }) => {
      settled = true;
      clearTimeout(timer);
      if (m.ok) resolve(m.value as R);
      else reject(new Error(`${script}: ${m.error}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!settled) reject(new Error(`${script} exited (${code}) without an answer`));
    });
    child.send({ input });
  });
}

/** The child side of runChild: receives the input, runs `task`, sends back its value, exits. */
export function childMain<I, R>(task: (input: I) => Promise<R>): void {
  process.once('message', (m: { input: I }) => {
    task(m.input)
      .then((value) => process.send!({ ok: true, value }, () => process.exit(0)))
      .catch((err: unknown) =>
        process.send!({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, () =>
          process.exit(1),
        ),
      );
  });
}

/** Client addresses for X-Forwarded-For: 198.18.0.0/15 is reserved for benchmarks (RFC 2544). */
export function benchmarkIp(i: number): string {
  const n = i % (2 * 65536);
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
}
