#!/usr/bin/env node
// Generates the Prisma client without network access.
// `prisma generate` first tries to download the native schema engine even though the
// `prisma-client` generator never uses it. When no engine is installed (npm here does not run
// @prisma/engines' postinstall, and the binary host may be unreachable), point
// PRISMA_SCHEMA_ENGINE_BINARY at a placeholder so the CLI skips the download. Users who do have
// the engine, or who set the variable themselves, are left untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };

function installedEngine() {
  try {
    const dir = path.dirname(require.resolve('@prisma/engines/package.json'));
    return readdirSync(dir).find((f) => f.startsWith('schema-engine'));
  } catch {
    return undefined;
  }
}

if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !installedEngine()) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath; // any existing file; generate never runs it
}

const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (result.status !== 0) process.exit(result.status ?? 1);
if (!existsSync('src/generated/prisma/client.ts')) {
  console.error('prisma generate finished but src/generated/prisma/client.ts is missing');
  process.exit(1);
}
