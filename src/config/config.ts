import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, DEVELOPMENT_SECRETS, GENERATED_SECRETS, SETTINGS, type SettingName } from './config.schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  /** Where a local (non-production) run keeps the secrets it generated for itself. */
  secretsFile?: string;
  /** Told once when secrets were generated; never given a secret's value. */
  notice?: (message: string) => void;
}

/**
 * Validates the environment into a typed, frozen config. A bad value stops the boot with a
 * message naming the variable (never echoing a sensitive value).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): AppConfig {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(SETTINGS)) {
    const value = env[name];
    raw[name] = value === undefined || value === '' ? undefined : value;
  }

  const nodeEnv = raw.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const missingSecrets = (Object.keys(GENERATED_SECRETS) as (keyof typeof GENERATED_SECRETS)[]).filter((k) => !raw[k]);
  const problems: string[] = [];
  const fromLocalFile: SettingName[] = [];

  // The demo's operator token: only in development, so production never opens what it was not given.
  const missingDevSecrets =
    nodeEnv === 'development'
      ? (Object.keys(DEVELOPMENT_SECRETS) as (keyof typeof DEVELOPMENT_SECRETS)[]).filter((k) => !raw[k])
      : [];
  if (production) {
    problems.push(...missingSecrets.map((k) => `${k}: required in production (${SETTINGS[k].description})`));
  } else if (missingSecrets.length + missingDevSecrets.length > 0) {
    Object.assign(raw, localSecrets([...missingSecrets, ...missingDevSecrets], options));
    fromLocalFile.push(...missingDevSecrets);
  }
  if (production && !raw.MAIL_URL) problems.push('MAIL_URL: required in production');
  if (production && ['true', '1'].includes(raw.WEBHOOKS_ALLOW_LOCAL_TARGETS ?? ''))
    problems.push('WEBHOOKS_ALLOW_LOCAL_TARGETS: refused in production (webhooks must reach public https endpoints)');

  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(SETTINGS)) {
    const result = spec.schema.safeParse(raw[name]);
    if (result.success) {
      values[name] = result.data;
    } else {
      const reason = result.error.issues.map((i) => i.message).join('; ');
      const shown = spec.sensitive || raw[name] === undefined ? '' : ` (got "${raw[name]}")`;
      problems.push(`${name}: ${raw[name] === undefined ? 'is required' : reason}${shown}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return new AppConfig(values as Config, { file: secretsPath(options), names: fromLocalFile });
}

function secretsPath(options: LoadConfigOptions): string {
  return path.resolve(options.secretsFile ?? '.secrets/local.json');
}

type LocalSecret = keyof typeof GENERATED_SECRETS | keyof typeof DEVELOPMENT_SECRETS;

function localSecrets(names: LocalSecret[], options: LoadConfigOptions): Record<string, string> {
  const file = secretsPath(options);
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const generated = names.filter((n) => !stored[n]);
  if (generated.length > 0) {
    for (const n of generated) stored[n] = { ...GENERATED_SECRETS, ...DEVELOPMENT_SECRETS }[n]();
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
    chmodSync(file, 0o600);
    options.notice?.(
      `Generated local secrets ${generated.join(', ')} into ${path.relative(process.cwd(), file)} (git-ignored). ` +
        'Set them in the environment for production.',
    );
  }
  return Object.fromEntries(names.map((n) => [n, stored[n]]));
}

/** The validated configuration, injectable by its class. */
export class AppConfig {
  constructor(
    private readonly values: Config,
    /** Optional settings this development run took from its local secrets file (see DEVELOPMENT_SECRETS). */
    readonly local: { file: string; names: readonly SettingName[] } = { file: '', names: [] },
  ) {
    Object.freeze(this.values);
  }

  get<K extends SettingName>(name: K): Config[K] {
    return this.values[name];
  }

  get isProduction(): boolean {
    return this.values.NODE_ENV === 'production';
  }

  /** For logs and diagnostics: every setting, sensitive ones masked. */
  redacted(): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(this.values).map(([k, v]) => [
        k,
        SETTINGS[k as SettingName].sensitive && v !== undefined ? '[redacted]' : v,
      ]),
    );
  }

  /** Never let a config object leak its secrets through JSON.stringify or a logger. */
  toJSON(): Record<string, unknown> {
    return this.redacted();
  }
}
