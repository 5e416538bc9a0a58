import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

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
