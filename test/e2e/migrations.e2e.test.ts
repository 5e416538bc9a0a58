// The migration runner against a real PostgreSQL. Each test builds its own databases (never the run's
// shared test database) and afterAll drops them all.
import { createHash, randomBytes } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { prismaWasmDiff, prismaWasmMigrate } from '../../scripts/prisma-wasm.mjs';
import { ensureDatabase, migrate } from '../../src/infra/prisma/migrator.js';

const MIGRATIONS_DIR = path.resolve('prisma/migrations');
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
// Prisma CLI runs take seconds (WebAssembly engine start-up; see prismaWasmMigrate for deploy's delay).
const PRISMA_CLI_TIMEOUT = 60_000;
const createdDatabases: string[] = [];
const tempDirs: string[] = [];

function newDatabaseUrl(tag: string): string {
  const name = `gs_mig_${process.pid}_${randomBytes(4).toString('hex')}_${tag}`;
  createdDatabases.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gs-migrations-'));
  tempDirs.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function localMigrationNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function lines(client: pg.Client, sql: string): Promise<string[]> {
  const { rows } = await client.query<{ line: string }>(sql);
  return rows.map((r) => r.line).sort();
}

/**
 * The parts of the public schema that schema.prisma describes, one readable line per object so that a
 * failed comparison prints a line diff. Column order is left out: a column added by a later migration
 * is last, while a fresh build follows the model's order.
 */
async function catalog(url: string) {
  return withClient(url, async (c) => ({
    tables: await lines(
      c,
      `SELECT format('%s (%s)', relname, relkind) AS line FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'f')
          AND relname <> '_prisma_migrations'`,
    ),
    columns: await lines(
      c,
      `SELECT format('%s.%s %s%s%s%s', cl.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                     CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                     ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid),
                     CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END) AS line
         FROM pg_attribute a
         JOIN pg_class cl ON cl.oid = a.attrelid
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE cl.relnamespace = 'public'::regnamespace AND cl.relkind IN ('r', 'p')
          AND cl.relname <> '_prisma_migrations' AND a.attnum > 0 AND NOT a.attisdropped`,
    ),
    indexes: await lines(
      c,
      `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    ),
    constraints: await lines(
      c,
      `SELECT format('%s.%s %s', cl.relname, co.conname, pg_get_constraintdef(co.oid)) AS line
         FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
        WHERE co.connamespace = 'public'::regnamespace AND cl.relname <> '_prisma_migrations'`,
    ),
    enums: await lines(
      c,
      `SELECT format('%s (%s)', t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)) AS line
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace
        GROUP BY t.typname`,
    ),
  }));
}

// prisma/migrations as the run started, so that every test sees the same set even while one is being added.
let snapshot: string;
beforeAll(async () => {
  snapshot = await copyOfMigrations();
});

afterAll(async () => {
  await withClient(ADMIN_URL, async (admin) => {
    for (const name of createdDatabases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('database migrations', () => {
  it(
    'should build the database schema.prisma describes when every migration is applied',
    async () => {
      const migratedUrl = newDatabaseUrl('migrated');
      await migrate({ databaseUrl: migratedUrl, migrationsDir: snapshot });

      // Reference: what Prisma itself generates from prisma/schema for an empty database.
      const referenceUrl = newDatabaseUrl('reference');
      await ensureDatabase(referenceUrl);
      const fromEmpty = await prismaWasmDiff({ databaseUrl: referenceUrl, from: ['--from-empty'] });
      await withClient(referenceUrl, (c) => c.query(fromEmpty));

      const [migrated, reference] = await Promise.all([catalog(migratedUrl), catalog(referenceUrl)]);
      expect(reference.tables.length).toBeGreaterThan(0);
      expect(migrated).toEqual(reference);
    },
    PRISMA_CLI_TIMEOUT,
  );

  it('should record one finished row with the SHA-256 of migration.sql per migration when migrating', async () => {
    const url = newDatabaseUrl('rows');
    const names = await localMigrationNames(snapshot);
    const { applied } = await migrate({ databaseUrl: url, migrationsDir: snapshot });
    expect(applied).toEqual(names);

    const expected = await Promise.all(
      names.map(async (name) => ({
        migration_name: name,
        checksum: createHash('sha256')
          .update(await readFile(path.join(snapshot, name, 'migration.sql')))
          .digest('hex'),
        finished: true,
        rolled_back_at: null,
        applied_steps_count: 1,
      })),
    );
    const { rows } = await withClient(url, (c) =>
      c.query(`SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at, applied_steps_count
                 FROM _prisma_migrations ORDER BY migration_name`),
    );
    expect(rows).toEqual(expected);
  });

  it('should apply nothing when the database is already up to date', async () => {
    const url = newDatabaseUrl('rerun');
    await migrate({ databaseUrl: url, migrationsDir: snapshot });

    const log: string[] = [];
    await expect(migrate({ databaseUrl: url, migrationsDir: snapshot, log: (m) => log.push(m) })).resolves.toEqual({
      applied: [],
    });
    expect(log).toEqual([]);
    const { rows } = await withClient(url, (c) => c.query('SELECT count(*)::int AS n FROM _prisma_migrations'));
    expect(rows[0].n).toBe((await localMigrationNames(snapshot)).length);
  });

  it('should refuse to run when an applied migration was modified afterwards', async () => {
    const url = newDatabaseUrl('modified');
    const dir = await copyOfMigrations();
    await migrate({ databaseUrl: url, migrationsDir: dir });

    const [first] = await localMigrationNames(dir);
    await appendFile(path.join(dir, first!, 'migration.sql'), '\n-- edited after it was applied\n');
    await expect(migrate({ databaseUrl: url, migrationsDir: dir })).rejects.toThrow(
      new RegExp(`modified after being applied: ${first}`),
    );
  });

  it('should accept an applied migration when only its line endings changed (git autocrlf)', async () => {
    const url = newDatabaseUrl('crlf');
    const dir = await copyOfMigrations();
    await migrate({ databaseUrl: url, migrationsDir: dir });

    const [first] = await localMigrationNames(dir);
    const file = path.join(dir, first!, 'migration.sql');
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('\n', '\r\n'));
    await expect(migrate({ databaseUrl: url, migrationsDir: dir })).resolves.toEqual({ applied: [] });
  });

  it('should leave no partial change and no bookkeeping row when a migration fails', async () => {
    const url = newDatabaseUrl('failing');
    const dir = await copyOfMigrations();
    const broken = '29991231000000_broken';
    await mkdir(path.join(dir, broken));
    await writeFile(
      path.join(dir, broken, 'migration.sql'),
      'CREATE TABLE partial_probe (id integer);\nALTER TABLE no_such_table ADD COLUMN x integer;\n',
    );

    const failure = migrate({ databaseUrl: url, migrationsDir: dir });
    await expect(failure).rejects.toThrow(broken);
    await expect(failure).rejects.toThrow('relation "no_such_table" does not exist');

    const state = await withClient(url, async (c) => ({
      probe: (await c.query(`SELECT to_regclass('public.partial_probe') AS t`)).rows[0].t,
      recorded: (await c.query('SELECT migration_name FROM _prisma_migrations ORDER BY 1')).rows.map(
        (r) => r.migration_name,
      ),
    }));
    expect(state).toEqual({ probe: null, recorded: (await localMigrationNames(dir)).filter((n) => n !== broken) });

    // Nothing was recorded as failed, so once fixed the migration simply applies.
    await writeFile(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE partial_probe (id integer);\n');
    await expect(migrate({ databaseUrl: url, migrationsDir: dir })).resolves.toEqual({ applied: [broken] });
  });

  it('should apply each migration exactly once when two runs start together on a new database', async () => {
    const url = newDatabaseUrl('concurrent');
    const dir = await copyOfMigrations();
    // A slow last migration keeps the first run inside the lock while the second one arrives.
    const slow = '29991231000000_slow';
    await mkdir(path.join(dir, slow));
    await writeFile(
      path.join(dir, slow, 'migration.sql'),
      'SELECT pg_sleep(0.5);\nCREATE TABLE slow_probe (id integer);\n',
    );

    const results = await Promise.all([
      migrate({ databaseUrl: url, migrationsDir: dir }),
      migrate({ databaseUrl: url, migrationsDir: dir }),
    ]);

    const names = await localMigrationNames(dir);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(names);
    const { rows } = await withClient(url, (c) =>
      c.query('SELECT migration_name, count(*)::int AS n FROM _prisma_migrations GROUP BY 1 ORDER BY 1'),
    );
    expect(rows).toEqual(names.map((migration_name) => ({ migration_name, n: 1 })));
  });

  it(
    'should take over from prisma migrate deploy and hand over to it when either tool migrated first',
    async () => {
      const byPrisma = newDatabaseUrl('byprisma');
      await ensureDatabase(byPrisma);
      await prismaWasmMigrate({ command: 'deploy', databaseUrl: byPrisma, migrationsDir: snapshot });
      await expect(migrate({ databaseUrl: byPrisma, migrationsDir: snapshot })).resolves.toEqual({ applied: [] });

      const byRunner = newDatabaseUrl('byrunner');
      await migrate({ databaseUrl: byRunner, migrationsDir: snapshot });
      // Status rather than deploy: same verdict from the same table, without deploy's 10 s exit delay.
      expect(await prismaWasmMigrate({ command: 'status', databaseUrl: byRunner, migrationsDir: snapshot })).toContain(
        'Database schema is up to date!',
      );

      const bookkeeping = (url: string) =>
        withClient(url, async (c) => ({
          table: (
            await c.query(`SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
                           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`)
          ).rows,
          rows: (
            await c.query(`SELECT migration_name, checksum, logs, rolled_back_at, applied_steps_count, finished_at IS NOT NULL AS finished
                           FROM _prisma_migrations ORDER BY migration_name`)
          ).rows,
        }));
      expect(await bookkeeping(byRunner)).toEqual(await bookkeeping(byPrisma));
    },
    PRISMA_CLI_TIMEOUT,
  );
});
