// Over 500 lines because: every setting is declared here, in one reviewable list with its description (the README table and .env.example are generated from it).
import { z } from 'zod';

/**
 * Every setting Groundswell reads from the environment, in one place. Each entry carries the
 * description used in `.env.example` and the README, and a `sensitive` flag: sensitive values are
 * never logged, and in production they must be supplied (no generated fallback).
 */
export interface SettingSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  description: string;
  sensitive?: boolean;
  /** Value written to .env.example (defaults are documented from the schema). */
  example?: string;
  group: 'server' | 'database' | 'queue' | 'mail' | 'security' | 'limits' | 'privacy';
}

const int = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The scheme of a URL, or null when it is not one (a refinement must not throw). */
function schemeOf(value: string): string | null {
  try {
    return new URL(value).protocol.replace(':', '');
  } catch {
    return null;
  }
}

const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.includes(schemeOf(v) ?? ''), {
      message: `must use ${protocols.join(' or ')}`,
    });

/** A 32-byte key, given as 64 hex characters or base64. */
const key32 = z
  .string()
  .transform((v) => (/^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64')))
  .refine((b) => b.length === 32, { message: 'must be 32 bytes (64 hex characters or base64)' });

const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

function setting<S extends z.ZodType>(spec: SettingSpec<S>): SettingSpec<S> {
  return spec;
}

export const SETTINGS = {
  NODE_ENV: setting({
    group: 'server',
    schema: z.enum(['development', 'test', 'production']).default('development'),
    description: 'development, test or production. Production refuses generated secrets and requires MAIL_URL.',
  }),
  APP_ROLE: setting({
    group: 'server',
    schema: z.enum(['all', 'api', 'worker']).default('all'),
    description:
      'Which role this process runs: all (API and worker), api (HTTP only) or worker (queues only). `--role=` on the command line wins.',
  }),
  HOST: setting({
    group: 'server',
    schema: z.string().min(1).default('0.0.0.0'),
    description: 'Interface the HTTP server binds to.',
  }),
  PORT: setting({ group: 'server', schema: int(0, 65535).default(3000), description: 'HTTP port.' }),
  PUBLIC_URL: setting({
    group: 'server',
    schema: url(['http', 'https']).default('http://localhost:3000'),
    description: 'Public base URL of the API, used in links inside emails (confirmation, unsubscribe, preferences).',
  }),
  LOG_LEVEL: setting({
    group: 'server',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    description: 'Minimum level of the JSON logs.',
  }),
  TRUST_PROXY: setting({
    group: 'server',
    schema: z.string().default('false'),
    description:
      'Trust X-Forwarded-For from a reverse proxy: false, true, a hop count, or a comma-separated list of proxy addresses/CIDRs. Client IPs (rate limits) come from it.',
  }),
  CORS_ORIGINS: setting({
    group: 'server',
    schema: list.default([]),
    example: 'http://localhost:8080',
    description: 'Comma-separated origins allowed to call the public endpoints from a browser (campaign websites).',
  }),
  BODY_LIMIT_BYTES: setting({
    group: 'limits',
    schema: int(1024, 50 * 1024 * 1024).default(1024 * 1024),
    description: 'Largest request body accepted (bytes). CSV imports have their own larger limit.',
  }),
  SHUTDOWN_GRACE_MS: setting({
    group: 'server',
    schema: int(0, 600000).default(25000),
    description: 'How long a stopping process waits for in-flight requests and running jobs before it exits.',
  }),
  METRICS_TOKEN: setting({
    group: 'server',
    schema: z.string().min(24, 'must be at least 24 characters').optional(),
    sensitive: true,
    description:
      'Operator token: opens GET /metrics (Prometheus, as a bearer token) and the queue dashboard at /ops/queues (bearer, or HTTP Basic with the token as password) on the API port. Unset in production: both are off there (METRICS_PORT still serves metrics); unset in development (the demo): generated into .secrets/local.json and printed how to use at start.',
  }),
  METRICS_PORT: setting({
    group: 'server',
    schema: int(1, 65535).optional(),
    description:
      'Serve Prometheus metrics at /metrics on this separate port (bind it to a private network), in every role; the way a worker exposes its metrics.',
  }),
  SHUTDOWN_LINGER_MS: setting({
    group: 'server',
    schema: int(0, 60000).default(2000),
    description:
      'After SIGTERM, how long idle keep-alive connections stay open for requests already on their way (answered with Connection: close) before they are closed. Readiness answers 503 meanwhile.',
  }),

  DATABASE_URL: setting({
    group: 'database',
    schema: url(['postgres', 'postgresql']).default('postgresql://postgres@127.0.0.1:5432/groundswell'),
    sensitive: true,
    description: 'PostgreSQL connection URL. The database is created on first start if missing.',
  }),
  DATABASE_POOL_SIZE: setting({
    group: 'database',
    schema: int(1, 200).default(10),
    description: "Connections in this process's PostgreSQL pool.",
  }),
  DATABASE_AUTO_MIGRATE: setting({
    group: 'database',
    schema: bool.optional(),
    description:
      'Apply pending migrations at boot (under the migration advisory lock). Default: true outside production, false in production (run `npm run db:migrate` as a release step).',
  }),

  REDIS_URL: setting({
    group: 'queue',
    schema: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
    sensitive: true,
    description: 'Redis for the job queues, rate limits and caches. Must run with maxmemory-policy noeviction.',
  }),
  REDIS_PREFIX: setting({
    group: 'queue',
    schema: z
      .string()
      .regex(/^[a-zA-Z0-9:_-]{1,64}$/, 'letters, digits, : _ - only')
      .default('gs'),
    description: 'Prefix of every Redis key, so several deployments (or test runs) can share one Redis.',
  }),
  QUEUE_CONCURRENCY: setting({
    group: 'queue',
    schema: int(1, 500).default(10),
    description: 'Jobs one worker process runs at the same time per queue.',
  }),

  MAIL_URL: setting({
    group: 'mail',
    schema: url(['smtp', 'smtps']).optional(),
    sensitive: true,
    example: 'smtp://127.0.0.1:1025',
    description:
      'SMTP server (smtp:// or smtps://, credentials in the URL). Unset outside production: messages are written as .eml files to MAIL_FILE_DIR.',
  }),
  MAIL_FROM: setting({
    group: 'mail',
    schema: z.string().min(3).default('Groundswell <no-reply@groundswell.localhost>'),
    description:
      "From header of every message. A campaign's mail keeps this address but shows the campaign's sender name when it has one (PATCH /campaigns/:id senderName).",
  }),
  MAIL_FILE_DIR: setting({
    group: 'mail',
    schema: z.string().min(1).default('var/mail'),
    description: 'Folder for .eml files when MAIL_URL is unset.',
  }),
  MAIL_POOL_SIZE: setting({
    group: 'mail',
    schema: int(1, 100).default(5),
    description: 'Pooled SMTP connections per worker process.',
  }),
  MAIL_RATE_PER_SECOND: setting({
    group: 'mail',
    schema: int(1, 100_000).default(50),
    description:
      "Most messages per second sent across all worker processes together (a BullMQ global rate limit in Redis), so a provider's sending limit is respected.",
  }),
  MAIL_SEND_CONCURRENCY: setting({
    group: 'mail',
    schema: int(1, 2000).default(100),
    description: 'Messages one worker process has in flight at once (send jobs; database work for them is batched).',
  }),
  MAIL_MAX_ATTEMPTS: setting({
    group: 'mail',
    schema: int(1, 50).default(8),
    description:
      'Delivery attempts for a message that keeps meeting temporary SMTP failures (4xx, connection errors) before it is marked failed. Permanent (5xx but 503) failures are never retried.',
  }),
  MAIL_RETRY_BASE_MS: setting({
    group: 'mail',
    schema: int(50, 3_600_000).default(60_000),
    description:
      'Wait before the first retry after a temporary SMTP failure; doubles on each attempt (with jitter), at most one hour.',
  }),
  MAIL_SENDING_LEASE_SECONDS: setting({
    group: 'mail',
    schema: int(1, 86_400).default(300),
    description:
      'A message left in state sending this long (its worker died) is recovered: resent when it never reached the end of data, otherwise recorded as sent, unconfirmed. Keep it above the SMTP timeouts (60 s).',
  }),
  MAIL_RELAY_MAX_PENDING: setting({
    group: 'mail',
    schema: int(100, 1_000_000).default(20_000),
    description:
      'Most send jobs the outbox relay keeps waiting in Redis; the rest of a large broadcast waits in PostgreSQL, so Redis memory stays bounded and new transactional mail is not stuck behind it.',
  }),
  MAIL_MESSAGE_ID_DOMAIN: setting({
    group: 'mail',
    schema: z
      .string()
      .regex(/^[a-z0-9.-]+$/i, 'must be a host name')
      .optional(),
    example: 'mail.example.org',
    description: 'Domain of the Message-ID of every message (`<uuid@domain>`). Default: the domain of MAIL_FROM.',
  }),
  MAIL_UNSUBSCRIBE_MAILTO: setting({
    group: 'mail',
    schema: z.string().trim().pipe(z.email('must be an email address')).optional(),
    example: 'unsubscribe@example.org',
    description:
      'Mailbox named in the mailto: part of List-Unsubscribe (the subject carries the signed token). Default: unsubscribe@ the MAIL_FROM domain. Someone or something must read it.',
  }),
  MAIL_DKIM_DOMAIN: setting({
    group: 'mail',
    schema: z
      .string()
      .regex(/^[a-z0-9.-]+$/i, 'must be a domain name')
      .optional(),
    example: 'example.org',
    description:
      'Signing domain (d=) for DKIM. DKIM signs every message when the domain, selector and private key are all set.',
  }),
  MAIL_DKIM_SELECTOR: setting({
    group: 'mail',
    schema: z
      .string()
      .regex(/^[a-z0-9._-]+$/i, 'must be a DNS label')
      .optional(),
    example: 'groundswell',
    description: 'DKIM selector (s=): the public key is published at <selector>._domainkey.<domain>.',
  }),
  MAIL_DKIM_PRIVATE_KEY: setting({
    group: 'mail',
    schema: z
      .string()
      .transform((v) => v.replace(/\\n/g, '\n'))
      .refine((v) => v.includes('PRIVATE KEY'), { message: 'must be a PEM private key' })
      .optional(),
    sensitive: true,
    description:
      'DKIM private key in PEM (RSA or Ed25519); literal \\n sequences are turned into line breaks so it fits in one env line.',
  }),
  MAIL_WEBHOOK_TOLERANCE_SECONDS: setting({
    group: 'mail',
    schema: int(10, 3600).default(300),
    description:
      'How old (or how far in the future) the timestamp of a signed bounce/complaint webhook call may be before it is refused as a replay.',
  }),

  WEBHOOKS_ALLOW_LOCAL_TARGETS: setting({
    group: 'security',
    schema: bool.optional(),
    description:
      'Let outbound webhooks use http:// and reach loopback, private and link-local addresses (a receiver on this machine). Default: true outside production; refused in production, where endpoints must be https:// on public addresses.',
  }),
  WEBHOOKS_TIMEOUT_MS: setting({
    group: 'queue',
    schema: int(500, 60_000).default(10_000),
    description:
      'How long one outbound webhook call may take, connection to last byte; the answer is read up to 64 KiB and never stored.',
  }),
  WEBHOOKS_MAX_ATTEMPTS: setting({
    group: 'queue',
    schema: int(1, 100).default(20),
    description:
      'Delivery attempts of one webhook event before it is marked failed (an organizer can redeliver it). With the default backoff, about 14 hours of retries.',
  }),
  WEBHOOKS_RETRY_BASE_MS: setting({
    group: 'queue',
    schema: int(10, 3_600_000).default(30_000),
    description:
      'Wait before the first webhook retry; doubles on each attempt (with jitter), at most WEBHOOKS_RETRY_MAX_MS.',
  }),
  WEBHOOKS_RETRY_MAX_MS: setting({
    group: 'queue',
    schema: int(10, 86_400_000).default(3_600_000),
    description: 'Longest wait between two attempts of one webhook delivery.',
  }),
  WEBHOOKS_DISABLE_AFTER_FAILURES: setting({
    group: 'queue',
    schema: int(1, 1_000_000).default(100),
    description:
      "Consecutive failed attempts (across its deliveries) after which an endpoint is disabled and the campaign's owners are emailed.",
  }),
  WEBHOOKS_DISABLE_AFTER_HOURS: setting({
    group: 'queue',
    schema: int(1, 24 * 30).default(24),
    description:
      "Hours an endpoint may keep failing without one success before it is disabled and the campaign's owners are emailed.",
  }),
  WEBHOOKS_CONCURRENCY: setting({
    group: 'queue',
    schema: int(1, 500).default(50),
    description:
      'Webhook calls one worker process has in flight at once. Calls mostly wait on receivers, so more than QUEUE_CONCURRENCY; each holds a database connection only briefly.',
  }),
  DASHBOARD_CACHE_SECONDS: setting({
    group: 'server',
    schema: int(0, 300).default(10),
    description:
      'Seconds each API process keeps a dashboard answer (overview or time series, per campaign, query and role level) before computing it again; 0 turns the cache off. Figures are aggregates only.',
  }),
  WEBHOOKS_LOG_DAYS: setting({
    group: 'privacy',
    schema: int(1, 3650).default(30),
    description:
      'Days a settled webhook delivery (delivered or failed) and its attempt log are kept before the daily purge removes them; pending deliveries are never purged.',
  }),
  WEBHOOKS_RELAY_INTERVAL_MS: setting({
    group: 'queue',
    schema: int(20, 60_000).default(1000),
    description: 'How often each worker looks for webhook deliveries that are due (new events and retries).',
  }),

  TOKEN_SECRET: setting({
    group: 'security',
    schema: z.string().min(32, 'must be at least 32 characters'),
    sensitive: true,
    description:
      'Signs the links in emails (confirm, unsubscribe, preferences, erasure). Generated locally when unset.',
  }),
  DATA_ENCRYPTION_KEY: setting({
    group: 'privacy',
    schema: key32,
    sensitive: true,
    description:
      'AES-256-GCM key for supporter personal data at rest (64 hex characters or base64 of 32 bytes). Generated locally when unset.',
  }),
  DATA_ENCRYPTION_PREVIOUS_KEYS: setting({
    group: 'privacy',
    schema: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean),
      )
      .pipe(z.array(key32))
      .default([]),
    sensitive: true,
    description:
      'Comma-separated earlier DATA_ENCRYPTION_KEYs, still accepted for reading while `npm run keys:rotate` re-encrypts under the current key.',
  }),
  BLIND_INDEX_KEY: setting({
    group: 'privacy',
    schema: key32,
    sensitive: true,
    description: 'HMAC key of the blind index used to find supporters by email without storing it in plain text.',
  }),
  IP_HASH_KEY: setting({
    group: 'privacy',
    schema: key32,
    sensitive: true,
    description: 'HMAC key for the keyed hashes that stand in for IP addresses (raw IPs are never stored).',
  }),
  WEBHOOK_SECRET: setting({
    group: 'security',
    schema: z.string().min(32, 'must be at least 32 characters'),
    sensitive: true,
    description: 'Shared secret of the HMAC signature on the bounce/complaint webhook.',
  }),
  SESSION_TTL_HOURS: setting({
    group: 'security',
    schema: int(1, 24 * 90).default(72),
    description: 'Lifetime of an organizer login session.',
  }),

  RATE_LIMIT_PUBLIC_PER_MINUTE: setting({
    group: 'limits',
    schema: int(1, 1_000_000).default(120),
    description:
      'Requests per minute one client IP may make to public endpoints (each endpoint may set a tighter limit).',
  }),
  LOGIN_MAX_PER_ACCOUNT: setting({
    group: 'limits',
    schema: int(1, 10_000).default(10),
    description:
      'Failed logins allowed per account from one client IP in 15 minutes before that address is throttled for that account (the owner elsewhere is not).',
  }),
  LOGIN_MAX_PER_ACCOUNT_ALL_SOURCES: setting({
    group: 'limits',
    schema: int(1, 1_000_000).default(100),
    description:
      'Failed logins per account from all addresses in 15 minutes after which a correct password alone no longer signs in: the two-factor code or an emailed sign-in link is needed.',
  }),
  LOGIN_MAX_PER_IP: setting({
    group: 'limits',
    schema: int(1, 100_000).default(30),
    description: 'Login attempts allowed per client IP in 15 minutes.',
  }),
  PETITION_SIGN_BURST_PER_MINUTE: setting({
    group: 'limits',
    schema: int(1, 1_000_000).default(10),
    description:
      'Petition signatures one client IP may submit per minute (burst window), across all petitions. The sustained window is SIGNUP_MAX_PER_IP_PER_HOUR, counted separately for signatures.',
  }),
  PETITION_BLOCK_DISPOSABLE: setting({
    group: 'limits',
    schema: bool.default(true),
    description:
      'Refuse petition signatures from throwaway-inbox domains (the disposable-email-domains list). SIGNUP_BLOCKED_DOMAINS applies to signatures too.',
  }),
  SUPPORTERS_PENDING_DAYS: setting({
    group: 'privacy',
    schema: int(1, 365).default(14),
    description:
      'Days a signup may stay unconfirmed (double opt-in). Confirmation links expire then and unconfirmed supporters are deleted.',
  }),
  SUPPORTERS_IP_HASH_DAYS: setting({
    group: 'privacy',
    schema: int(1, 30).default(30),
    description: 'Days the keyed IP hash of a consent record is kept before it is deleted (at most 30).',
  }),
  CAMPAIGN_SHUTDOWN_DELAY_SECONDS: setting({
    group: 'privacy',
    schema: int(1, 7 * 86_400).default(86_400),
    description:
      "Seconds between an owner's confirmed campaign shutdown and the erasure of every supporter's personal data; it can be cancelled until then (24 hours; short only in tests).",
  }),
  SIGNUP_MAX_PER_IP_PER_HOUR: setting({
    group: 'limits',
    schema: int(1, 10_000_000).default(100),
    description:
      'Supporter signups one client IP may submit per hour, across campaigns. Raise it for rallies on shared networks.',
  }),
  SIGNUP_MAX_PER_EMAIL_PER_HOUR: setting({
    group: 'limits',
    schema: int(1, 10_000).default(5),
    description:
      'Signups per email address per hour. Further ones get the usual answer but change nothing and send no mail (no mail bombing, no oracle).',
  }),
  SIGNUP_BLOCK_DISPOSABLE: setting({
    group: 'limits',
    schema: bool.default(false),
    description: 'Refuse signups from throwaway-inbox domains (the disposable-email-domains list).',
  }),
  SIGNUP_BLOCKED_DOMAINS: setting({
    group: 'limits',
    schema: list.default([]),
    example: 'throwaway.example',
    description: 'Comma-separated email domains (and their subdomains) always refused at signup.',
  }),
  SUPPORTERS_IMPORT_MAX_BYTES: setting({
    group: 'limits',
    schema: int(1024, 2 * 1024 * 1024 * 1024).default(100 * 1024 * 1024),
    description:
      'Largest CSV file accepted by the supporter import (bytes); the file is streamed, never held in memory.',
  }),
  DIGESTS_CONCURRENCY: setting({
    group: 'queue',
    schema: int(1, 50).default(2),
    description:
      'Digest jobs (one campaign pass each) one worker process runs at the same time; each holds up to two database connections.',
  }),
  DIGESTS_PAGE_SIZE: setting({
    group: 'queue',
    schema: int(50, 10_000).default(1000),
    description:
      'Supporters the digest scheduler handles per database round trip and transaction (bounds its memory whatever the number of supporters).',
  }),
  DIGESTS_HISTORY_DAYS: setting({
    group: 'privacy',
    schema: int(7, 3650).default(400),
    description:
      'Days a per-supporter digest record (which period, sent or skipped) is kept before the daily purge removes it; run totals are kept as long.',
  }),
} satisfies Record<string, SettingSpec>;

export type SettingName = keyof typeof SETTINGS;
export type Config = { [K in SettingName]: z.output<(typeof SETTINGS)[K]['schema']> };

/** The secrets a local run may generate for itself; production must be given them. */
export const GENERATED_SECRETS = {
  TOKEN_SECRET: () => randomBase64(48),
  DATA_ENCRYPTION_KEY: () => randomBase64(32),
  BLIND_INDEX_KEY: () => randomBase64(32),
  IP_HASH_KEY: () => randomBase64(32),
  WEBHOOK_SECRET: () => randomBase64(48),
} satisfies Partial<Record<SettingName, () => string>>;

/**
 * Secrets a development run (the demo, `npm start`) generates when unset, into the same git-ignored
 * file, so what they open works out of the box. Unlike GENERATED_SECRETS they stay optional
 * elsewhere: in production (and in tests) an unset METRICS_TOKEN keeps /metrics and /ops/queues
 * off on the API port, never open. See docs/decisions/operations.md.
 */
export const DEVELOPMENT_SECRETS = {
  METRICS_TOKEN: () => randomBase64(32, 'base64url'),
} satisfies Partial<Record<SettingName, () => string>>;

function randomBase64(bytes: number, encoding: 'base64' | 'base64url' = 'base64'): string {
  return globalThis.crypto.getRandomValues(Buffer.alloc(bytes)).toString(encoding);
}
