// Runs Prisma's `migrate diff` and `migrate deploy` offline. Prisma 7's CLI needs a native schema engine
// binary that cannot be downloaded everywhere we work; Prisma 6.19's CLI (devDependency alias
// `prisma-wasm`) runs the schema engine as WebAssembly over a driver adapter (prisma/wasm.config.mjs).
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = require.resolve('prisma-wasm/build/index.js');
const config = path.join(root, 'prisma/wasm.config.mjs');
const defaultSchemaDir = path.join(root, 'prisma/schema');

/**
 * Returns the SQL that takes the `from` state (`['--from-empty']` or `['--from-migrations', dir]`) to the
 * datamodel in `schemaDir`, or '' when there is no difference. `databaseUrl` must name an existing, empty
 * database that nothing else uses: the engine connects to it even for --from-empty and applies the
 * migrations to it for --from-migrations.
 */
export async function prismaWasmDiff({ databaseUrl, from, schemaDir = defaultSchemaDir }) {
  return withSchemaCopy(schemaDir, databaseUrl, async (copy) => {
    const result = await runCli(
      ['migrate', 'diff', ...from, '--to-schema-datamodel', copy, '--script', '--exit-code'],
      databaseUrl,
    );
    // --exit-code: 0 no difference, 2 difference, anything else an error.
    if (result.code === 0) return '';
    if (result.code === 2) return result.stdout;
    throw cliError('migrate diff', result, copy, schemaDir);
  });
}

/**
 * Runs `prisma migrate deploy` or `prisma migrate status` for `migrationsDir` against `databaseUrl` and
 * returns its output; a non-zero exit (for status: pending or failed migrations) throws. Deploy takes
 * 10 s longer than its work: the WebAssembly engine leaves its advisory-lock timeout timer running.
 */
export async function prismaWasmMigrate({ command, databaseUrl, migrationsDir, schemaDir = defaultSchemaDir }) {
  return withSchemaCopy(schemaDir, databaseUrl, async (copy) => {
    // Without a migrations path in its config, Prisma looks for them beside the schema.
    await cp(migrationsDir, path.join(copy, 'migrations'), { recursive: true });
    const result = await runCli(['migrate', command, '--schema', copy], databaseUrl);
    if (result.code !== 0) throw cliError(`migrate ${command}`, result, copy, schemaDir);
    return result.stdout;
  });
}

async function withSchemaCopy(schemaDir, databaseUrl, fn) {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'gs-prisma6-schema-'));
  try {
    await copySchemaForPrisma6(path.resolve(schemaDir), copy, databaseUrl);
    return await fn(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

function runCli(args, databaseUrl) {
  return run([cli, ...args, '--config', config], {
    ...process.env,
    GS_PRISMA_WASM_DATABASE_URL: databaseUrl,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    // The CLI downloads a native query engine at start-up although these commands never load it; an
    // existing placeholder file skips the download, which is impossible offline.
    PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
  });
}

function cliError(command, { stdout, stderr }, copy, schemaDir) {
  return new Error(
    `prisma ${command} (Prisma 6 WebAssembly engine) failed:\n${(stdout + stderr).replaceAll(copy, schemaDir)}`,
  );
}

// Prisma 6 rejects what Prisma 7 expects: the datasource must carry a `url` (Prisma 7 moved it to
// prisma.config.ts) and generator options may be newer than Prisma 6. Generators do not matter to the
// schema engine, so their lines are blanked, which keeps line numbers in Prisma's errors true to the sources.
async function copySchemaForPrisma6(src, dest, databaseUrl) {
  for (const entry of await readdir(src, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.prisma')) continue;
    const from = path.join(entry.parentPath, entry.name);
    const to = path.join(dest, path.relative(src, from));
    const text = (await readFile(from, 'utf8'))
      .replace(/^generator\s+\w+\s*\{[^}]*\}/gm, (block) => block.replace(/[^\n]/g, ''))
      .replace(/^(datasource\s+\w+\s*\{)([^}]*)\}/gm, (block, open, body) =>
        /^\s*url\s*=/m.test(body) ? block : `${open}${body}  url = ${JSON.stringify(databaseUrl)}\n}`,
      );
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, text);
  }
}

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
