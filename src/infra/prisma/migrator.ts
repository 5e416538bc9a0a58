// Applies prisma/migrations/*/migration.sql with the same bookkeeping as `prisma migrate deploy`
// (table `_prisma_migrations`, SHA-256 checksums, advisory lock 72707369), because Prisma's CLI needs a
// native schema engine that cannot be installed everywhere we run. Either tool can take over a
// database the other one migrated.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface MigrateOptions {
  databaseUrl: string;
  /** Defaults to prisma/migrations under the current working directory. */
  migrationsDir?: string;
  log?: (msg: string) => void;
}

interface LocalMigration {
  name: string;
  script: string;
  checksum: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

// The key `prisma migrate` locks, so that our runner and Prisma's exclude each other.
const MIGRATE_LOCK_KEY = 72707369;

// Same definition as Prisma's schema engine (sql-schema-connector, postgres flavour).
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export async function migrate(opts: MigrateOptions): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => undefined);
  const migrationsDir = opts.migrationsDir ?? path.resolve(process.cwd(), 'prisma/migrations');
  rejectNonDefaultSchema(opts.databaseUrl);
  const local = await readMigrations(migrationsDir);

  if (await ensureDatabase(opts.databaseUrl)) log(`Created database ${databaseName(opts.databaseUrl)}`);

  const lock = new pg.Client({ connectionString: opts.databaseUrl });
  await lock.connect();
  try {
    await acquireLock(lock, log);
    const db = new pg.Client({ connectionString: opts.databaseUrl });
    await db.connect();
    try {
      return { applied: await applyPending(db, local, log) };
    } finally {
      await db.end();
    }
  } finally {
    // Ending the session would release the lock too; unlocking first frees it even if end() stalls.
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}

/** Creates the database named in the URL when it does not exist. Returns whether it created it. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  // Probe the target first: where it exists (always, in production) we need neither access to the
  // maintenance database nor the right to create databases.
  const probe = new pg.Client({ connectionString: databaseUrl });
  try {
    await probe.connect();
    return false;
  } catch (err) {
    if (pgCode(err) !== '3D000') throw err;
  } finally {
    await probe.end().catch(() => undefined);
  }

  const maintenanceUrl = new URL(databaseUrl);
  maintenanceUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenanceUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return true;
  } catch (err) {
    // A concurrent creator won the race: 42P04 duplicate_database, or 23505 when both inserts reach
    // pg_database's unique index at the same time.
    if (pgCode(err) === '42P04' || pgCode(err) === '23505') return false;
    throw err;
  } finally {
    await admin.end();
  }
}

async function applyPending(db: pg.Client, local: LocalMigration[], log: (msg: string) => void): Promise<string[]> {
  await db.query(CREATE_MIGRATIONS_TABLE);
  const { rows } = await db.query<MigrationRow>(
    `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at, logs
       FROM _prisma_migrations ORDER BY started_at`,
  );

  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length > 0) throw new Error(failedMigrationsMessage(failed));

  // Rows marked rolled back (`prisma migrate resolve --rolled-back`) do not count: Prisma re-applies those.
  const applied = new Map(rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r]));
  const modified = local.filter((m) => {
    const row = applied.get(m.name);
    return row !== undefined && !matchesChecksum(m, row.checksum);
  });
  if (modified.length > 0) {
    throw new Error(
      `Migration(s) modified after being applied: ${modified.map((m) => m.name).join(', ')}. ` +
        'The migration.sql no longer matches the checksum recorded in _prisma_migrations. ' +
        'Restore the applied file(s) and put the change in a new migration.',
    );
  }
  const localNames = new Set(local.map((m) => m.name));
  for (const name of applied.keys()) {
    if (!localNames.has(name)) log(`Note: ${name} is applied in the database but not in the migrations folder`);
  }

  const done: string[] = [];
  for (const migration of local.filter((m) => !applied.has(m.name))) {
    await applyOne(db, migration);
    log(`Applied ${migration.name}`);
    done.push(migration.name);
  }
  return done;
}

// The migration and its bookkeeping row commit together, so a failure leaves neither behind.
// Migrations therefore must not contain their own transaction control or statements that refuse to
// run in a transaction block (CREATE INDEX CONCURRENTLY): prisma migrate deploy has the same limit.
async function applyOne(db: pg.Client, migration: LocalMigration): Promise<void> {
  await db.query('BEGIN');
  try {
    await db.query(migration.script);
    await db.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await db.query('COMMIT');
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw new Error(
      `Migration ${migration.name} failed and was rolled back: ${describePgError(err, migration.script)}`,
      {
        cause: err,
      },
    );
  }
}

async function readMigrations(dir: string): Promise<LocalMigration[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new Error(`Cannot read migrations folder ${dir}: ${(err as Error).message}`, { cause: err });
  }
  await checkLockfileProvider(dir);
  // Plain code-unit order, like Prisma (folder names start with a UTC timestamp).
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrations: LocalMigration[] = [];
  for (const name of names) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(dir, name, 'migration.sql'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    migrations.push({ name, script: bytes.toString('utf8'), checksum: sha256(bytes) });
  }
  return migrations;
}

async function checkLockfileProvider(dir: string): Promise<void> {
  let lockfile: string;
  try {
    lockfile = await readFile(path.join(dir, 'migration_lock.toml'), 'utf8');
  } catch {
    return;
  }
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(lockfile)?.[1];
  if (provider !== undefined && provider !== 'postgresql') {
    throw new Error(`${dir} holds migrations for provider "${provider}" (migration_lock.toml), not postgresql`);
  }
}

// Like Prisma, accept a script whose line endings were converted (git autocrlf) since it was applied.
function matchesChecksum(migration: LocalMigration, recorded: string): boolean {
  const { script } = migration;
  return (
    migration.checksum === recorded ||
    sha256(script.replaceAll('\r\n', '\n')) === recorded ||
    sha256(script.replaceAll('\n', '\r\n')) === recorded
  );
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function failedMigrationsMessage(failed: MigrationRow[]): string {
  const details = failed
    .map((r) => {
      const logs = r.logs?.trim() ? ` with the following logs:\n${r.logs.trim()}` : '';
      return `The \`${r.migration_name}\` migration started at ${r.started_at.toISOString()} failed${logs}`;
    })
    .join('\n');
  return (
    'Found failed migrations in the target database, new migrations will not be applied (like Prisma P3009).\n' +
    `${details}\n` +
    'Repair the database by hand, then mark the migration as rolled back (it will be applied again) with ' +
    "`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '<name>' AND finished_at IS NULL` " +
    'or `prisma migrate resolve --rolled-back <name>`.'
  );
}

function describePgError(err: unknown, script: string): string {
  if (!(err instanceof Error)) return String(err);
  const e = err as Error & { code?: string; detail?: string; hint?: string; position?: string };
  const parts = [e.message];
  if (e.position) parts.push(`(at line ${script.slice(0, Number(e.position) - 1).split('\n').length})`);
  if (e.code) parts.push(`[SQLSTATE ${e.code}]`);
  if (e.detail) parts.push(`\nDetail: ${e.detail}`);
  if (e.hint) parts.push(`\nHint: ${e.hint}`);
  return parts.join(' ');
}

async function acquireLock(lock: pg.Client, log: (msg: string) => void): Promise<void> {
  const { rows } = await lock.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
    MIGRATE_LOCK_KEY,
  ]);
  if (rows[0]?.locked) return;
  log('Another migration run holds the migrate lock; waiting for it to finish');
  await lock.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK_KEY]);
}

// Prisma reads `?schema=` to pick the schema for the tables and _prisma_migrations; pg ignores it, so
// honouring only the default keeps both tools looking at the same tables.
function rejectNonDefaultSchema(databaseUrl: string): void {
  const schema = new URL(databaseUrl).searchParams.get('schema');
  if (schema !== null && schema !== 'public') {
    throw new Error(`DATABASE_URL selects schema "${schema}"; the migrator only supports the default schema "public"`);
  }
}

function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!name) throw new Error('The database URL must name a database, e.g. postgresql://host:5432/groundswell');
  return name;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function pgCode(err: unknown): string | undefined {
  return (err as { code?: string } | null)?.code;
}
