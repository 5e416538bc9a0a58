import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeViolation } from './browser.js';

/**
 * Builds the console into dist/admin when it is missing or stale (the build script skips Vite when
 * the sources have not changed), before any test app starts: the API reads dist/admin at boot.
 */
export function ensureConsoleBuilt(): void {
  execFileSync(process.execPath, ['scripts/build-admin.mjs'], { stdio: 'inherit' });
}

/** Signs in through the console's own form and waits for the campaign shell. */
export async function signInToConsole(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl}/admin`);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * seriousAxeViolations (test/support/browser.ts) for pages under the console's CSP: that helper
 * adds axe-core as an inline <script>, which `script-src 'self'` rightly blocks, so axe is
 * evaluated through the DevTools protocol instead (not subject to the page's CSP).
 */
export async function consoleAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: n.html,
        why: (n as { failureSummary?: string }).failureSummary,
      })),
    }));
}
