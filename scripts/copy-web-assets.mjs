// Copies the public pages' static files next to the compiled web layer (tsc copies only code).
import { cpSync } from 'node:fs';

cpSync(new URL('../src/web/assets/', import.meta.url), new URL('../dist/src/web/assets/', import.meta.url), {
  recursive: true,
});
