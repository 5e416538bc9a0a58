import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * Browser tests drive Debian's Chromium through playwright-core (no browser download). The flags
 * keep Chromium from calling Google's hosts, which the closed network refuses many times a second.
 * CHROMIUM_PATH overrides the executable for machines that keep it elsewhere.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Screenshots a person can open, under a git-ignored folder. */
export const ARTIFACTS_DIR = join(process.cwd(), 'test-artifacts', 'screenshots');

export interface TestBrowser {
  browser: Browser;
  /** A fresh context (cookies, storage) per test; `javaScript: false` for the no-JS path. */
  context(options?: {
    javaScript?: boolean;
    locale?: string;
    viewport?: { width: number; height: number };
  }): Promise<BrowserContext & { offHostRequests: string[] }>;
  close(): Promise<void>;
}

/**
 * Starts Chromium headless. Every context records requests to any host
 * other than the loopback addresses it is allowed (`allowedHosts`, host:port), so a test can
 * assert that a page makes no third-party request.
 */
export async function launchBrowser(options: { allowedHosts?: string[] } = {}): Promise<TestBrowser> {
  // playwright-core gives each launch a fresh temporary profile of its own and removes it on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    browser,
    async context(opts = {}) {
      const ctx = (await browser.newContext({
        javaScriptEnabled: opts.javaScript ?? true,
        locale: opts.locale ?? 'en-US',
        viewport: opts.viewport ?? { width: 1280, height: 900 },
      })) as BrowserContext & { offHostRequests: string[] };
      ctx.offHostRequests = [];
      ctx.on('request', (req) => {
        const url = new URL(req.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
        const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
        const allowed = options.allowedHosts === undefined || options.allowedHosts.includes(url.host);
        if (!local || !allowed) ctx.offHostRequests.push(req.url());
      });
      return ctx;
    },
    async close() {
      await browser.close();
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** `why`: axe's failure summary, what to change on that node. */
  nodes: { target: string[]; html: string; why?: string }[];
}

/** A node as axe reports it. */
type RawNode = { target: string[]; html: string; failureSummary?: string };

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * Runs axe-core inside the page (no network) against WCAG 2.x A/AA rules and returns the serious
 * and critical violations, which tests require to be empty. Used for the public pages and the console.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>, so a page's strict
  // CSP (the console's `script-src 'self'`, no inline scripts) does not block the checker.
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations as (Omit<AxeViolation, 'nodes'> & { nodes: RawNode[] })[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, why: n.failureSummary })),
    }));
}

/**
 * Opens each page (a path on `baseUrl`) in English and then Arabic (`?locale=`) in one fresh context,
 * runs the test's `check` on it, and screenshots it as `<screenshotPrefix>-<name>-<locale>`. Returns
 * every serious or critical axe violation as a line naming the page and locale, and the requests
 * that went to another host; a test requires both to be empty.
 */
export async function axeInBothLanguages(
  browser: TestBrowser,
  baseUrl: string,
  pages: Record<string, string>,
  options: { screenshotPrefix: string; check: (page: Page, locale: string) => Promise<void> },
): Promise<{ violations: string[]; offHostRequests: string[] }> {
  const violations: string[] = [];
  const ctx = await browser.context();
  try {
    const page = await ctx.newPage();
    for (const locale of ['en', 'ar']) {
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${baseUrl}${path}?locale=${locale}`);
        await options.check(page, locale);
        for (const v of await seriousAxeViolations(page))
          violations.push(`${name} (${locale}): ${v.id} ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`);
        await screenshot(page, `${options.screenshotPrefix}-${name}-${locale}`);
      }
    }
    return { violations, offHostRequests: [...ctx.offHostRequests] };
  } finally {
    await ctx.close();
  }
}

/** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
