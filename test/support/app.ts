import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, createWorkerContext } from '../../src/app/bootstrap.js';
import { type AppConfig, loadConfig } from '../../src/config/config.js';
import { SmtpSink } from './smtp-sink.js';

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  smtp: SmtpSink;
  http: HttpClient;
  close(): Promise<void>;
}

/**
 * Every test app shares the run's Redis prefix, and every request comes from 127.0.0.1, so limits
 * are generous by default. A test of a limit sets it low and sends X-Forwarded-For with an address
 * of its own (`uniqueIp()`); loopback is a trusted proxy in tests.
 */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    TRUST_PROXY: 'loopback',
    LOGIN_MAX_PER_IP: '100000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
    // Tests read figures right after changing them; the dashboard cache has its own test.
    DASHBOARD_CACHE_SECONDS: '0',
    ...env,
  });
}

/** A random private address (one of 16 million), to give a test its own rate-limit counters. */
export function uniqueIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${(b[2] % 250) + 1}`;
}

/** The real HTTP server (API and worker in one process) on a random port, mailing a fresh SMTP sink. */
export async function startApp(
  options: { role?: 'all' | 'api'; env?: Record<string, string>; smtp?: SmtpSink } = {},
): Promise<TestApp> {
  const smtp = options.smtp ?? (await new SmtpSink().start());
  const config = testConfig({ MAIL_URL: smtp.url, ...options.env });
  const app = await createHttpApp(config, options.role ?? 'all');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    config,
    smtp,
    http: new HttpClient(url),
    close: async () => {
      await app.close();
      if (!options.smtp) await smtp.stop();
    },
  };
}

export async function startWorker(env: Record<string, string> = {}): Promise<INestApplicationContext> {
  return createWorkerContext(testConfig(env));
}

export interface HttpResult<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/** A thin fetch wrapper: JSON by default, form posts on request, bearer token when given. */
export class HttpClient {
  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    options: {
      body?: unknown;
      token?: string;
      form?: Record<string, string>;
      headers?: Record<string, string>;
      raw?: string;
    } = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    } else if (options.raw !== undefined) {
      body = options.raw;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await fetch(this.baseUrl + path, { method, headers, body, redirect: 'manual' });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, text, headers: res.headers };
  }

  get<T = any>(path: string, token?: string) {
    return this.request<T>('GET', path, { token });
  }
  post<T = any>(path: string, body?: unknown, token?: string) {
    return this.request<T>('POST', path, { body: body ?? {}, token });
  }
  patch<T = any>(path: string, body: unknown, token?: string) {
    return this.request<T>('PATCH', path, { body, token });
  }
  delete<T = any>(path: string, token?: string) {
    return this.request<T>('DELETE', path, { token });
  }
}
