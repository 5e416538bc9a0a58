// No Docker engine runs on our machines, so the deployment files are checked by reading them: the
// services, roles, ports and health checks an operator relies on.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  profiles?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
}

/** Dockerfile instructions per stage, with line continuations joined. */
function dockerfile(): { stage: string; instruction: string; args: string }[] {
  const lines = readFileSync('Dockerfile', 'utf8')
    .replace(/\\\n\s*/g, ' ')
    .split('\n');
  const out: { stage: string; instruction: string; args: string }[] = [];
  let stage = '';
  for (const line of lines) {
    const m = /^([A-Z]+)\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    if (m[1] === 'FROM') stage = /\sAS\s+(\S+)/i.exec(m[2])?.[1] ?? m[2];
    out.push({ stage, instruction: m[1], args: m[2] });
  }
  return out;
}

describe('deployment files', () => {
  it('should build a multi-stage image that runs as a non-root user with a health check when read', () => {
    const steps = dockerfile();
    const stages = [...new Set(steps.filter((s) => s.instruction === 'FROM').map((s) => s.stage))];
    expect(stages).toEqual(['build', 'runtime']);
    const runtime = steps.filter((s) => s.stage === 'runtime');
    // Only built output is copied into the runtime stage: no sources, no dev dependencies.
    expect(runtime.filter((s) => s.instruction === 'COPY').every((s) => s.args.includes('--from=build'))).toBe(true);
    expect(steps.some((s) => s.stage === 'build' && /npm prune --omit=dev/.test(s.args))).toBe(true);
    const user = runtime.filter((s) => s.instruction === 'USER').pop();
    expect(user?.args).toBe('node');
    expect(runtime.find((s) => s.instruction === 'ENTRYPOINT')?.args).toBe('["node", "dist/src/main.js"]');
    expect(runtime.find((s) => s.instruction === 'HEALTHCHECK')?.args).toContain('dist/scripts/healthcheck.js');
    expect(existsSync('scripts/healthcheck.ts')).toBe(true);
    expect(runtime.find((s) => s.instruction === 'ENV')?.args).toMatch(/NODE_ENV=production/);
  });

  it('should run API, worker, migrations, PostgreSQL, Redis and Mailpit with health checks when composed', () => {
    const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
      services: Record<string, Service>;
    };
    const s = compose.services;
    expect(Object.keys(s).sort()).toEqual(['api', 'mailpit', 'migrate', 'postgres', 'redis', 'worker']);
    for (const name of ['postgres', 'redis', 'mailpit', 'api', 'worker'])
      expect(s[name].healthcheck?.test?.length).toBeGreaterThan(1);

    // One image, two roles.
    expect(s.api.build).toBe('.');
    expect(s.worker.build).toBe('.');
    expect(s.api.command).toEqual(['--role=api']);
    expect(s.worker.command).toEqual(['--role=worker']);
    expect(s.api.environment?.APP_ROLE).toBe('api');
    expect(s.worker.environment?.APP_ROLE).toBe('worker');
    expect(s.api.healthcheck?.test).toContain('--role=api');
    expect(s.worker.healthcheck?.test).toContain('--role=worker');

    // Ports: the API on 3000, Mailpit's SMTP and UI, the databases for a host-side `npm start`.
    expect(s.api.ports).toEqual(['3000:3000']);
    expect(s.worker.ports).toBeUndefined();
    expect(s.worker.expose).toEqual(['9464']);
    expect(s.mailpit.ports).toEqual(['1025:1025', '8025:8025']);
    expect(s.postgres.ports).toEqual(['5432:5432']);
    expect(s.redis.ports).toEqual(['6379:6379']);
    expect(s.redis.command?.join(' ')).toContain('--maxmemory-policy noeviction');

    // The app talks to the composed services, and runs in production mode with its secrets from .env.
    for (const name of ['api', 'worker']) {
      const env = s[name].environment!;
      expect(env.DATABASE_URL).toContain('@postgres:5432/');
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.MAIL_URL).toBe('smtp://mailpit:1025');
      expect(env.NODE_ENV).toBe('production');
      expect(env.TOKEN_SECRET).toMatch(/^\$\{TOKEN_SECRET:\?/);
      expect(s[name].depends_on).toMatchObject({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
      expect(s[name].profiles).toEqual(['app']);
    }
    // Migrations are a release step of their own, not something every replica does at boot.
    expect(s.migrate.entrypoint).toEqual(['node', 'dist/scripts/migrate.js']);
    expect(s.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    // `docker compose up -d` alone still starts only the services a host-side `npm start` needs.
    for (const name of ['postgres', 'redis', 'mailpit']) expect(s[name].profiles).toBeUndefined();
  });
});
