import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console is served by the API at /admin (src/app/admin-assets.ts), so every asset URL is
 * under /admin/assets/ with a content hash in its name, which lets the server cache them forever.
 * No React plugin: Vite's own transform compiles JSX with the automatic runtime (tsconfig "jsx");
 * the plugin would only add fast refresh for the dev server.
 */
export default defineConfig({
  root,
  base: '/admin/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // Mantine and React Router mark their modules "use client" for React Server Components; a
      // client-only bundle has nothing to preserve, so the per-module warning is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npx vite admin` during development: the API runs on :3000.
    proxy: Object.fromEntries(
      ['/auth', '/campaigns', '/invitations', '/public', '/openapi.json'].map((p) => [p, 'http://localhost:3000']),
    ),
  },
});
