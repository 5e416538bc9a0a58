import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { startApp, type TestApp } from './app.js';
import { launchBrowser, type TestBrowser } from './browser.js';
import { createCampaign, createOrganizer, type OrganizerFixture } from './factories.js';

/**
 * Builds the console into dist/admin when it is missing or stale (the build script skips Vite when
 * the sources have not changed), before any test app starts: the API reads dist/admin at boot.
 */
export function ensureConsoleBuilt(): void {
  execFileSync(process.execPath, ['scripts/build-admin.mjs'], { stdio: 'inherit' });
}

export interface ConsoleSuite {
  t: TestApp;
  browser: TestBrowser;
  owner: OrganizerFixture;
  campaign: { id: string; slug: string };
}

/** What a console suite starts with: the console built, the app, an owner and their campaign, Chromium. */
export async function startConsoleSuite(ownerName: string, campaignName: string): Promise<ConsoleSuite> {
  ensureConsoleBuilt();
  const t = await startApp();
  const owner = await createOrganizer(t, { name: ownerName });
  const campaign = await createCampaign(t, owner.token, { name: campaignName });
  return { t, owner, campaign, browser: await launchBrowser() };
}

/**
 * Signs in through the console's own (English) form and waits for the campaign shell, whose
 * Overview heading is in the organizer's own language (`overview`, for one who chose Arabic).
 */
export async function signInToConsole(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
  overview = 'Overview',
): Promise<void> {
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl}/admin`);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: overview, level: 1 }).waitFor();
}
