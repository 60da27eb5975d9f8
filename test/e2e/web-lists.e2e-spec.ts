import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import * as rendering from '@congvan/rendering';
import { DirectiveDraft, Document } from '@congvan/documents';
import { addDays, vietnamToday } from '@congvan/tasking';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../setup/test-app.js';

/** Screenshots of each screen at a desktop and a phone size, kept by CI as artifacts. */
const SCREENSHOTS = resolve('artifacts/web-ui');
const SIZES = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };
const LINE = 'Chủ tịch UBND phường Cát Linh';
const TASKS = 1000;
/** axe-core's browser build, injected into each page as it is (npm `axe-core`). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Chromium as the rendering library finds it (npm's when Debian has none), else CHROMIUM_PATH or Debian's. */
async function launchBrowser(): Promise<Browser> {
  const lib = rendering as unknown as Record<string, unknown>;
  if (typeof lib.launchChromium === 'function') return (lib.launchChromium as () => Promise<Browser>)();
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || (lib.DEBIAN_CHROMIUM as string),
    args: lib.CHROMIUM_ARGS as string[],
  });
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core on the page as it stands: the serious and critical violations (WCAG 2.1 A and AA rules). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(
    `window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A unit with 1,000 tasks (one directive dispatched through the API) paged in the browser, and
 * axe-core on every screen of every role: no serious or critical violation.
 */
describe('a 1,000-task list paged, and every screen checked by axe-core (real PostgreSQL, Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  const accounts = { clerk: '', catLinh: '', leader: '', admin: '' };
  let documentId = '';
  let taskId = '';
  let replyId = '';
  const today = vietnamToday();
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp();
    accounts.clerk = await app.createAccount('clerk', 'dongda');
    accounts.catLinh = await app.createAccount('unit_admin', 'dongda.ward.cat-linh');
    accounts.leader = await app.createAccount('leader', 'dongda');
    accounts.admin = await app.createAccount('system_admin');
    const clerk = await app.signIn('clerk', 'dongda');
    const catLinhId = await app.unitId('dongda.ward.cat-linh');
    const directive = {
      system: 'state',
      docType: 'Công văn',
      number: '2000',
      symbol: 'UBND-VP',
      date: addDays(today, -20),
      issuer: { name: 'Ủy ban nhân dân quận Đống Đa' },
      subject: 'về việc rà soát một nghìn hồ sơ',
      recipients: [LINE],
      requirements: Array.from({ length: TASKS }, (_, i) => ({
        ref: String(i + 1),
        text: `Rà soát hồ sơ số ${i + 1}`,
        deadlines: [{ kind: 'absolute', date: addDays(today, (i % 60) - 10), text: 'theo kế hoạch' }],
        assignees: [],
        reportTo: [],
      })),
    };
    const document = await app.dataSource.getRepository(Document).save({
      sha256: randomBytes(32).toString('hex'),
      organisation: 'dongda',
      originalName: 'cong-van-2000.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1,
      status: 'reviewed' as const,
    });
    documentId = document.id;
    await app.dataSource
      .getRepository(DirectiveDraft)
      .save({ documentId, extracted: directive, evidence: {}, reviewed: directive, confirmedAt: new Date() });
    const { body } = await app
      .http()
      .post(`/documents/${documentId}/dispatch`)
      .set(auth(clerk))
      .send({ lines: [{ line: LINE, unitIds: [catLinhId] }] })
      .expect(200);
    expect(body.created).toBe(TASKS);
    [{ id: taskId }] = await app.dataSource.query(`SELECT id FROM task WHERE requirement_ref = '1'`);
    const ward = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    await app.http().post(`/tasks/${taskId}/responses`).set(auth(ward)).field('text', 'Đã rà soát.').expect(201);
    ({
      body: { id: replyId },
    } = await app.http().post('/replies/drafts/unit-report').set(auth(ward)).send({ taskId }).expect(201));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signedIn(
    username: string,
    viewport: { width: number; height: number } = SIZES.desktop,
    // axe-core is injected as a script: the page's CSP (script-src 'self') is set aside for it.
    bypassCSP = false,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', bypassCSP });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(app.baseUrl());
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    return { context, page };
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });

  it("pages a unit's 1,000 tasks: every page from the server, the page in the URL, none cut", async () => {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const { context, page } = await signedIn(accounts.catLinh, viewport);
      await page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
      const rows = page.locator('tr[data-task-id]');
      await rows.first().waitFor();
      await expectText(page.locator('.pager'), /^Trang 1\/10 · 1\.000 nhiệm vụ/);
      expect(await rows.count()).toBe(100);
      await shot(page, `lists-01-thousand-tasks-${size}`);
      if (size === 'desktop') {
        const seen = new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-task-id'))));
        await page.getByRole('link', { name: 'Trang sau →' }).first().click();
        await page.waitForURL(/offset=100/);
        await expectText(page.locator('.pager'), /Trang 2\/10 · 1\.000 nhiệm vụ/);
        const second = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-task-id')));
        expect(second).toHaveLength(100);
        expect(second.filter((id) => seen.has(id))).toEqual([]);
        // The last page, straight from a bookmarked URL.
        await page.goto(`${app.baseUrl()}/app/#/tasks?offset=900`);
        await expectText(page.locator('.pager'), /Trang 10\/10 · 1\.000 nhiệm vụ/);
        expect(await rows.count()).toBe(100);
        expect(await page.getByRole('link', { name: 'Trang sau →' }).count()).toBe(0);
        // The phone page stays a page, not 179,000 px of rows.
        await page.setViewportSize(SIZES.phone);
        expect(await page.evaluate('document.documentElement.scrollHeight')).toBeLessThan(40_000);
      }
      await context.close();
    }
  });

  it('has no serious or critical axe-core violation on any screen of any role', async () => {
    const screens: Record<keyof typeof accounts, string[]> = {
      clerk: [
        '#/home',
        '#/documents',
        `#/documents/${documentId}`,
        `#/documents/${documentId}/compliance`,
        '#/tasks',
        `#/tasks/${taskId}`,
        '#/calendar',
        '#/replies',
      ],
      catLinh: ['#/home', '#/tasks', `#/tasks/${taskId}`, '#/calendar', '#/replies', `#/replies/${replyId}`],
      leader: ['#/home', '#/replies?status=all', '#/documents', '#/tasks', '#/calendar'],
      admin: ['#/home', '#/documents', '#/tasks', '#/replies'],
    };
    const found: string[] = [];
    let checked = 0;
    for (const [who, hashes] of Object.entries(screens)) {
      const { context, page } = await signedIn(accounts[who as keyof typeof accounts], SIZES.desktop, true);
      for (const hash of hashes) {
        const settled = trackApi(page);
        await page.goto(`${app.baseUrl()}/app/${hash}`);
        await page.locator('main h1').first().waitFor();
        await settled();
        for (const violation of await seriousViolations(page)) found.push(`${who} ${hash}: ${violation}`);
        checked++;
      }
      await context.close();
    }
    // The sign-in screen too.
    const context = await browser.newContext({ viewport: SIZES.phone, locale: 'vi-VN', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(app.baseUrl());
    await page.getByLabel('Tên đăng nhập').waitFor();
    for (const violation of await seriousViolations(page)) found.push(`login: ${violation}`);
    await context.close();
    expect(checked).toBe(23);
    expect(found).toEqual([]);
  });
});

/** Waits until the element's text matches (Playwright's own expect is not used under Jest). */
async function expectText(locator: Locator, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
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

/**
 * Follows the page's own API calls (fetch) from now on; the returned function waits until all have
 * answered and none started for 300 ms: the view is drawn. A preview iframe's document load is not
 * waited for (Chromium may keep it open, so "networkidle" may never come).
 */
function trackApi(page: Page, timeoutMs = 20_000): () => Promise<void> {
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
