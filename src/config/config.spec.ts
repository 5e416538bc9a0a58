import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';

const tmpSecrets = () => path.join(mkdtempSync(path.join(tmpdir(), 'gs-secrets-')), 'local.json');

describe('loadConfig', () => {
  it('should run with no configuration at all against local PostgreSQL and Redis', () => {
    const config = loadConfig({}, { secretsFile: tmpSecrets() });
    expect(config.get('DATABASE_URL')).toBe('postgresql://postgres@127.0.0.1:5432/groundswell');
    expect(config.get('REDIS_URL')).toBe('redis://127.0.0.1:6379');
    expect(config.get('PORT')).toBe(3000);
    expect(config.get('MAIL_URL')).toBeUndefined();
  });

  it('should generate local secrets once into a private file and say so', () => {
    const file = tmpSecrets();
    const notices: string[] = [];
    const first = loadConfig({}, { secretsFile: file, notice: (m) => notices.push(m) });
    const second = loadConfig({}, { secretsFile: file, notice: (m) => notices.push(m) });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/Generated local secrets TOKEN_SECRET, DATA_ENCRYPTION_KEY/);
    expect(second.get('TOKEN_SECRET')).toBe(first.get('TOKEN_SECRET'));
    expect(second.get('DATA_ENCRYPTION_KEY').equals(first.get('DATA_ENCRYPTION_KEY'))).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(notices[0]).not.toContain(first.get('TOKEN_SECRET'));
  });

  it('should refuse to start in production without secrets and MAIL_URL', () => {
    const file = tmpSecrets();
    expect(() => loadConfig({ NODE_ENV: 'production' }, { secretsFile: file })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production' }, { secretsFile: file });
    } catch (err) {
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of [
        'TOKEN_SECRET',
        'DATA_ENCRYPTION_KEY',
        'BLIND_INDEX_KEY',
        'IP_HASH_KEY',
        'WEBHOOK_SECRET',
        'MAIL_URL',
      ])
        expect(problems).toContain(name);
    }
    expect(() => readFileSync(file)).toThrow();
  });

  it('should name every invalid variable and never echo a secret value', () => {
    expect.assertions(4);
    try {
      loadConfig(
        { PORT: '70000', REDIS_URL: 'http://x', DATA_ENCRYPTION_KEY: 'c2hvcnQ=', LOG_LEVEL: 'loud' },
        { secretsFile: tmpSecrets() },
      );
    } catch (err) {
      const msg = (err as Error).message;
      expect(msg).toMatch(/PORT: .*70000/);
      expect(msg).toMatch(/REDIS_URL: must use redis or rediss/);
      expect(msg).toMatch(/DATA_ENCRYPTION_KEY: must be 32 bytes/);
      expect(msg).not.toContain('c2hvcnQ=');
    }
  });

  it('should mask sensitive settings when serialized', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://app:hunter2@db:5432/gs' }, { secretsFile: tmpSecrets() });
    const json = JSON.stringify(config);
    expect(json).not.toContain('hunter2');
    expect(json).not.toContain(config.get('TOKEN_SECRET'));
    expect(JSON.parse(json).PORT).toBe(3000);
  });

  it('should give a development run an operator token of its own, kept across starts, and never a test or production run', () => {
    const file = tmpSecrets();
    const first = loadConfig({}, { secretsFile: file });
    expect(first.get('METRICS_TOKEN')!.length).toBeGreaterThanOrEqual(24);
    expect(first.local).toEqual({ file, names: ['METRICS_TOKEN'] });
    expect(loadConfig({ NODE_ENV: 'development' }, { secretsFile: file }).get('METRICS_TOKEN')).toBe(
      first.get('METRICS_TOKEN'),
    );
    // A token given in the environment wins and is not "local".
    const given = loadConfig({ METRICS_TOKEN: 'x'.repeat(30) }, { secretsFile: file });
    expect(given.get('METRICS_TOKEN')).toBe('x'.repeat(30));
    expect(given.local.names).toEqual([]);
    // Tests and production: unset stays unset, so /metrics and /ops/queues stay off.
    expect(loadConfig({ NODE_ENV: 'test' }, { secretsFile: tmpSecrets() }).get('METRICS_TOKEN')).toBeUndefined();
    const production = loadConfig(
      {
        NODE_ENV: 'production',
        MAIL_URL: 'smtp://mail.example.org',
        TOKEN_SECRET: 'a'.repeat(64),
        DATA_ENCRYPTION_KEY: 'b'.repeat(64),
        BLIND_INDEX_KEY: 'c'.repeat(64),
        IP_HASH_KEY: 'd'.repeat(64),
        WEBHOOK_SECRET: 'e'.repeat(64),
      },
      { secretsFile: file },
    );
    expect(production.get('METRICS_TOKEN')).toBeUndefined();
    expect(production.local.names).toEqual([]);
  });

  it('should default auto-migration on outside production only', () => {
    expect(loadConfig({}, { secretsFile: tmpSecrets() }).get('DATABASE_AUTO_MIGRATE')).toBeUndefined();
    expect(
      loadConfig({ DATABASE_AUTO_MIGRATE: 'false' }, { secretsFile: tmpSecrets() }).get('DATABASE_AUTO_MIGRATE'),
    ).toBe(false);
  });
});
