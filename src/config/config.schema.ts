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
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.includes(new URL(v).protocol.replace(':', '')), {
      message: `must use ${protocols.join(' or ')}`,
    });

/** A 32-byte key, given as 64 hex characters or base64. */
const key32 = z
  .string()
  .transform((v) => (/^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64')))
  .refine((b) => b.length === 32, { message: 'must be 32 bytes (64 hex characters or base64)' });

const list = z
  .string()
  .transform((v) =>
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
    description: 'Which role this process runs: all (API and worker), api (HTTP only) or worker (queues only). `--role=` on the command line wins.',
  }),
  HOST: setting({ group: 'server', schema: z.string().min(1).default('0.0.0.0'), description: 'Interface the HTTP server binds to.' }),
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
    description: 'Trust X-Forwarded-For from a reverse proxy: false, true, a hop count, or a comma-separated list of proxy addresses/CIDRs. Client IPs (rate limits) come from it.',
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

  DATABASE_URL: setting({
    group: 'database',
    schema: url(['postgres', 'postgresql']).default('postgresql://postgres@127.0.0.1:5432/groundswell'),
    sensitive: true,
    description: 'PostgreSQL connection URL. The database is created on first start if missing.',
  }),
  DATABASE_POOL_SIZE: setting({
    group: 'database',
    schema: int(1, 200).default(10),
    description: 'Connections in this process\'s PostgreSQL pool.',
  }),
  DATABASE_AUTO_MIGRATE: setting({
    group: 'database',
    schema: bool.default(false),
    description: 'Apply pending migrations at boot (under the migration advisory lock). `npm start` migrates before booting anyway.',
  }),

  REDIS_URL: setting({
    group: 'queue',
    schema: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
    sensitive: true,
    description: 'Redis for the job queues, rate limits and caches. Must run with maxmemory-policy noeviction.',
  }),
  REDIS_PREFIX: setting({
    group: 'queue',
    schema: z.string().regex(/^[a-zA-Z0-9:_-]{1,64}$/, 'letters, digits, : _ - only').default('gs'),
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
    description: 'SMTP server (smtp:// or smtps://, credentials in the URL). Unset outside production: messages are written as .eml files to MAIL_FILE_DIR.',
  }),
  MAIL_FROM: setting({
    group: 'mail',
    schema: z.string().min(3).default('Groundswell <no-reply@groundswell.localhost>'),
    description: 'From header of every message.',
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

  TOKEN_SECRET: setting({
    group: 'security',
    schema: z.string().min(32, 'must be at least 32 characters'),
    sensitive: true,
    description: 'Signs the links in emails (confirm, unsubscribe, preferences, erasure). Generated locally when unset.',
  }),
  DATA_ENCRYPTION_KEY: setting({
    group: 'privacy',
    schema: key32,
    sensitive: true,
    description: 'AES-256-GCM key for supporter personal data at rest (64 hex characters or base64 of 32 bytes). Generated locally when unset.',
  }),
  DATA_ENCRYPTION_PREVIOUS_KEYS: setting({
    group: 'privacy',
    schema: z
      .string()
      .transform((v) => v.split(',').map((k) => k.trim()).filter(Boolean))
      .pipe(z.array(key32))
      .default([]),
    sensitive: true,
    description: 'Comma-separated earlier DATA_ENCRYPTION_KEYs, still accepted for reading while `npm run keys:rotate` re-encrypts under the current key.',
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
    description: 'Requests per minute one client IP may make to public endpoints (each endpoint may set a tighter limit).',
  }),
  LOGIN_MAX_PER_ACCOUNT: setting({
    group: 'limits',
    schema: int(1, 10_000).default(10),
    description: 'Failed logins allowed per account in 15 minutes before the account is throttled.',
  }),
  LOGIN_MAX_PER_IP: setting({
    group: 'limits',
    schema: int(1, 100_000).default(30),
    description: 'Login attempts allowed per client IP in 15 minutes.',
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

function randomBase64(bytes: number): string {
  return globalThis.crypto.getRandomValues(Buffer.alloc(bytes)).toString('base64');
}
