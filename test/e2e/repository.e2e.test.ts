import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SETTINGS } from '../../src/config/config.schema.js';

const read = (path: string) => readFileSync(path, 'utf8');

describe('what the repository promises its users', () => {
  it('should document every setting in .env.example and the README configuration table', () => {
    const envExample = read('.env.example');
    const table = /<!-- config-table:start -->([\s\S]*)<!-- config-table:end -->/.exec(read('README.md'))?.[1] ?? '';
    const missing = Object.keys(SETTINGS).filter(
      (name) => !new RegExp(`^#? ?${name}=`, 'm').test(envExample) || !table.includes(`\`${name}\``),
    );
    expect(missing).toEqual([]);
  });

  it('should give docker compose PostgreSQL, Redis without eviction and with AOF, and a mail catcher with a web UI', () => {
    const compose = parse(read('docker-compose.yml')) as {
      services: Record<string, { image: string; ports?: string[]; command?: string[] }>;
    };
    expect(compose.services.postgres.image).toMatch(/^postgres:/);
    expect(compose.services.postgres.ports).toContain('5432:5432');
    const redis = compose.services.redis;
    expect(redis.ports).toContain('6379:6379');
    expect(redis.command?.join(' ')).toMatch(/--maxmemory-policy noeviction/);
    expect(redis.command?.join(' ')).toMatch(/--appendonly yes/);
    const mail = Object.values(compose.services).find((s) => /mailpit|mailhog|maildev/.test(s.image));
    expect(mail?.ports).toEqual(expect.arrayContaining(['1025:1025', '8025:8025']));
  });

  it('should point .env.example at the compose services', () => {
    expect(read('.env.example')).toMatch(/^MAIL_URL=smtp:\/\/127\.0\.0\.1:1025$/m);
  });

  it('should have the README quick start commands that CI runs', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
    expect(read('.ci/run')).toMatch(/^npm install && npm test$/m);
  });
});
