// `npm run db:migrate`: applies pending migrations to DATABASE_URL. Independent of Nest so that it can run
// before the application starts (and from a release step) with nothing but the database.
import { migrate } from '../src/infra/prisma/migrator.js';

const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/groundswell';

try {
  const target = new URL(databaseUrl);
  console.log(`Migrating ${target.pathname.slice(1)} on ${target.host}`);
  const { applied } = await migrate({ databaseUrl, log: (msg) => console.log(msg) });
  console.log(
    applied.length > 0
      ? `${applied.length} migration(s) applied.`
      : 'No pending migrations: the database is up to date.',
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
