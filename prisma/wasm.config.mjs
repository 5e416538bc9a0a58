// Config for the Prisma 6.19 CLI (devDependency alias `prisma-wasm`), used only through
// scripts/prisma-wasm.mjs, to write migration SQL offline and to test compatibility with
// `prisma migrate deploy`: with `engine: 'js'` Prisma 6 runs its schema engine as WebAssembly over a
// driver adapter. prisma.config.ts is the Prisma 7 CLI's config.
import { defineConfig } from 'prisma-wasm/config';
import { PrismaPg } from 'prisma-wasm-adapter-pg';

const databaseUrl = process.env.GS_PRISMA_WASM_DATABASE_URL;

// The engine's catalog queries return `name` and `"char"` columns, which adapter-pg 6.19 refuses to map
// ("Column type 'name' could not be deserialized"); both are text.
const CATALOG_TEXT_TYPES = new Set([18, 19]);

function withCatalogTypesAsText(adapter) {
  const performIO = adapter.performIO.bind(adapter);
  adapter.performIO = async (query) => {
    const result = await performIO(query);
    // A multi-statement script (a migration) yields an array of results, which nobody reads.
    for (const field of result.fields ?? []) {
      if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = 25;
    }
    return result;
  };
  return adapter;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    if (!databaseUrl)
      throw new Error('Run this config through scripts/prisma-wasm.mjs, which sets GS_PRISMA_WASM_DATABASE_URL');
    // `migrate deploy` never disposes the adapter: idle pooled connections would hold the CLI open for
    // the pool's 10 s idle timeout.
    const factory = new PrismaPg({ connectionString: databaseUrl, allowExitOnIdle: true });
    const connect = async () => withCatalogTypesAsText(await factory.connect());
    // The adapter's own shadow database cannot be used: given a connection string it applies the
    // migrations to the main database rather than the one it creates, and then fails to drop the one it
    // creates. The caller provides a throwaway database instead, which serves as both.
    return { provider: factory.provider, adapterName: factory.adapterName, connect, connectToShadowDb: connect };
  },
});
