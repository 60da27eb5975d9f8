import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '@congvan/rendering';
import { TEST_PASSWORD } from '../setup/test-app.js';

/** The browser tests' shared helpers: Chromium, signing in through the form, screenshots, waits and axe-core. */

/** Screenshots of the screens, kept by CI as artifacts. */
export const SCREENSHOTS = resolve('artifacts/web-ui');
export const SIZES = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };

/** axe-core's browser build (npm `axe-core`), injected into a page as it is. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Chromium as the rendering library finds it: CHROMIUM_PATH, else Debian's, else npm's. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface SignInOptions {
  viewport?: { width: number; height: number };
  /** Only for axe-core, injected as a script: the page's CSP (script-src 'self') is set aside. */
  bypassCSP?: boolean;
  /** Types the password after a Tab from the user name, as a keyboard user does. */
  keyboard?: boolean;
}

/** A fresh browser profile signed in as `username` through the sign-in form; a page error fails the test. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  { viewport = SIZES.desktop, bypassCSP = false, keyboard = false }: SignInOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', acceptDownloads: true, bypassCSP });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(baseUrl);
  await page.getByLabel('Tên đăng nhập').fill(username);
  if (keyboard) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
  } else await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  return { context, page };
}

/** A screenshot into SCREENSHOTS, the viewport unless `fullPage`. */
export function shot(page: Page, name: string, fullPage = false): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Waits until the element's (trimmed) text matches (Playwright's own expect is not used under Jest). */
export async function expectText(locator: Locator, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < deadline) {
    try {
      last = await locator.first().textContent({ timeout: 1000 });
    } catch {
      last = null;
    }
    if (last !== null && pattern.test(last.trim())) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(
    `text ${pattern} not found within ${timeoutMs} ms; last text: ${JSON.stringify(last?.slice(0, 500))}`,
  );
}

/** axe-core on the page as it stands: the serious and critical violations (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(
    `window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  )) as Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Follows the page's own API calls (fetch) from now on; the returned function waits until all have
 * answered and none started for 300 ms: the view is drawn. A preview iframe's document load is not
 * waited for (Chromium may keep it open, so "networkidle" may never come).
 */
export function trackApi(page: Page, timeoutMs = 20_000): () => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const api = (request: { resourceType(): string }) => ['fetch', 'xhr'].includes(request.resourceType());
  const started = (request: { resourceType(): string }) => {
    if (!api(request)) return;
    inFlight++;
    lastChange = Date.now();
  };
  const ended = (request: { resourceType(): string }) => {
    if (!api(request)) return;
    inFlight--;
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return async () => {
    try {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastChange < 300) {
        if (Date.now() > deadline) throw new Error(`${inFlight} API calls still open after ${timeoutMs} ms`);
        await new Promise((done) => setTimeout(done, 50));
      }
    } finally {
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
    }
  };
}
