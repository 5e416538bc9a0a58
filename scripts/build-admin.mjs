// Builds the organizer console (admin/, React + Vite) into dist/admin, part of `npm run build`.
// The Vite build takes most of a minute on a 2-core machine, so it is skipped when nothing it reads
// has changed: a SHA-256 of the console sources and the lock file is stamped into dist/admin.
// Prints the main bundle's gzip size and fails above the budget (300 KB, issue 14).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const adminDir = join(root, 'admin');
const outDir = join(root, 'dist', 'admin');
const stampFile = join(outDir, '.build-stamp');
const BUDGET_BYTES = 300 * 1024;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of [...files(adminDir), join(root, 'package-lock.json'), fileURLToPath(import.meta.url)]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function report() {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/admin\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('dist/admin/index.html has no module script');
  const bytes = readFileSync(join(outDir, entry));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const css = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.css'));
  const cssGz = css.reduce((n, f) => n + gzipSync(readFileSync(join(outDir, 'assets', f)), { level: 9 }).length, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `console: main bundle ${entry} ${kb(bytes.length)} (${kb(gz)} gzip, budget ${kb(BUDGET_BYTES)}); CSS ${kb(cssGz)} gzip`,
  );
  if (gz > BUDGET_BYTES) {
    console.error(`console: the main bundle is over its ${kb(BUDGET_BYTES)} gzip budget`);
    process.exitCode = 1;
  }
}

// Two test files starting at once must not both empty and write dist/admin: a lock directory
// (mkdir is atomic) serialises builds; the second then finds the stamp fresh and skips.
const lockDir = join(root, 'dist', '.admin-build.lock');
mkdirSync(join(root, 'dist'), { recursive: true });
for (const started = Date.now(); ;) {
  try {
    mkdirSync(lockDir);
    break;
  } catch {
    // A lock older than five minutes was left by a killed build.
    if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs > 300_000)
      rmSync(lockDir, { force: true, recursive: true });
    if (Date.now() - started > 600_000) throw new Error(`console: ${lockDir} held for 10 minutes`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
try {
  const hash = sourceHash();
  const force = process.argv.includes('--force');
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash) {
    console.log('console: sources unchanged since the last build, Vite build skipped');
    report();
  } else {
    const started = Date.now();
    // Always React's production build: under Jest NODE_ENV is "test", which would otherwise make Vite
    // bundle React's development build (half again as large, and slower).
    process.env.NODE_ENV = 'production';
    const { build } = await import('vite');
    await build({ configFile: join(adminDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
    writeFileSync(stampFile, `${hash}\n`);
    console.log(`console: built into ${relative(root, outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    report();
  }
} finally {
  rmSync(lockDir, { force: true, recursive: true });
}
