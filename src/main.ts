import 'reflect-metadata';
import path from 'node:path';
import { closeGracefullyOn, createHttpApp, createWorkerContext } from './app/bootstrap.js';
import type { Role } from './app/app.module.js';
import { type AppConfig, ConfigError, loadConfig } from './config/config.js';

function roleFromArgs(argv: string[]): Role | undefined {
  const arg = argv.find((a) => a.startsWith('--role='))?.slice('--role='.length);
  if (arg === undefined) return undefined;
  if (arg === 'all' || arg === 'api' || arg === 'worker') return arg;
  throw new ConfigError([`--role: must be all, api or worker (got "${arg}")`]);
}

async function main(): Promise<void> {
  const argRole = roleFromArgs(process.argv.slice(2));
  const config = loadConfig(
    { ...process.env, ...(argRole ? { APP_ROLE: argRole } : {}) },
    { notice: (m) => console.warn(m) },
  );
  const role = config.get('APP_ROLE');
  if (role === 'worker') {
    closeGracefullyOn(await createWorkerContext(config), config.get('SHUTDOWN_GRACE_MS'));
    return;
  }
  const app = await createHttpApp(config, role);
  closeGracefullyOn(app, config.get('SHUTDOWN_GRACE_MS'), app, config.get('SHUTDOWN_LINGER_MS'));
  await app.listen({ port: config.get('PORT'), host: config.get('HOST') });
  console.log(JSON.stringify({ level: 30, msg: `Groundswell ${role} listening on ${await app.getUrl()}` }));
  if (config.local.names.includes('METRICS_TOKEN')) console.warn(operatorPagesHelp(config));
}

/** How to open the demo's metrics and queue dashboard, naming where the token is (never the token itself). */
function operatorPagesHelp(config: AppConfig): string {
  const base = config.get('PUBLIC_URL').replace(/\/$/, '');
  const file = path.relative(process.cwd(), config.local.file) || config.local.file;
  const read = `node -p "require('./${file}').METRICS_TOKEN"`;
  return [
    `Operator pages (development: METRICS_TOKEN was unset, so this run uses the one generated into ${file}; production never does):`,
    `  token:           ${read}`,
    `  metrics:         curl -H "Authorization: Bearer $(${read})" ${base}/metrics`,
    `  queue dashboard: ${base}/ops/queues (user name: anything, e.g. operator; password: the token)`,
  ].join('\n');
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
