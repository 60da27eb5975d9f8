import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import {
  SCREENSHOTS,
  SIZES,
  type SignInOptions,
  expectText,
  launchBrowser,
  shot,
  signedIn,
} from '../support/browser.js';

const sample = (path: string) => resolve('samples/directives', path);

describe('the register, duplicates, home counts and draft checks in the browser (real PostgreSQL, real OCR)', () => {
  let app: TestApp;
  let browser: Browser;
  const accounts = { clerk: '', wardAdmin: '' };
  const ids = { first: '', second: '' };
  let clerkToken = '';
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp();
    accounts.clerk = await app.createAccount('clerk', 'dongda');
    accounts.wardAdmin = await app.createAccount('unit_admin', 'dongda.ward.cat-linh');
    clerkToken = await app.signIn('clerk', 'dongda');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signIn = (username: string, options?: SignInOptions) => signedIn(browser, app.baseUrl(), username, options);

  async function waitForStatus(id: string, status: string): Promise<void> {
    const document = await app.documentWhen(clerkToken, id, (d) => d.status === status || d.status === 'failed');
    if (document.status !== status) throw new Error(JSON.stringify(document.failure));
  }

  it('flags a second scan of the same directive at review and refuses to dispatch it', async () => {
    const { context, page } = await signIn(accounts.clerk);
    await page.getByRole('link', { name: 'Văn bản đến' }).click();
    await page
      .locator('#file-input')
      .setInputFiles([
        sample('dongda-2024-01-matkhau/scan-born-digital.pdf'),
        sample('dongda-2024-01-matkhau/scan-clean-300-p1.png'),
      ]);
    await expectText(page.locator('.uploads'), /Mở[\s\S]*Mở/);
    const { body } = await app.http().get('/documents?sort=incomingNumber&order=asc').set(auth(clerkToken));
    [ids.first, ids.second] = body.items.map((d: { id: string }) => d.id);
    await waitForStatus(ids.first, 'extracted');
    await waitForStatus(ids.second, 'extracted');

    // The first: the clerk types the number the scan lacks, confirms and dispatches.
    await page.goto(`${app.baseUrl()}/app/#/documents/${ids.first}`);
    // (A label may carry "Cần kiểm tra" after its name: fields are found by their labels' start.)
    await page.getByLabel(/^Số(Cần kiểm tra)?$/).fill('152');
    await page.getByRole('button', { name: 'Xác nhận nội dung' }).click();
    await page.getByRole('button', { name: 'Giao việc' }).click();
    await expectText(page.locator('#notice'), /Đã giao \d+ nhiệm vụ/);
    await expectText(page.locator('h1'), /^CV số 152\/UBND-NV/);
    const { body: first } = await app.http().get(`/documents/${ids.first}/directive`).set(auth(clerkToken));

    // The second scan: the clerk completes its header as printed; the review flags it and links the first.
    await page.goto(`${app.baseUrl()}/app/#/documents/${ids.second}`);
    await page.getByLabel(/^Cơ quan ban hành/).fill(first.current.issuer.name);
    await page.getByLabel(/^Số(Cần kiểm tra)?$/).fill('152');
    await page.getByLabel(/^Ký hiệu/).fill(first.current.symbol);
    await page.getByLabel(/^Ngày ban hành/).fill(first.current.date);
    await page.getByRole('button', { name: 'Lưu chỉnh sửa' }).click();
    const flag = page.locator('.card.duplicate[role="alert"]');
    await expectText(flag, /Văn bản trùng/);
    expect(await flag.getAttribute('data-duplicate-of')).toBe(ids.first);
    expect(await flag.getByRole('link').textContent()).toBe(first.title);
    await page.getByRole('button', { name: 'Xác nhận nội dung' }).click();
    await page.getByRole('button', { name: 'Giao việc' }).click();
    await expectText(page.locator('#notice'), /trùng với CV số 152\/UBND-NV/);
    await shot(page, 'register-01-duplicate-refused-desktop');
    const { body: still } = await app.http().get(`/documents/${ids.second}`).set(auth(clerkToken));
    expect(still.status).toBe('reviewed');
    await page.setViewportSize(SIZES.phone);
    await shot(page, 'register-01-duplicate-refused-phone');
    await context.close();
  });

  it('filters the register in the URL and exports what it shows', async () => {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const { context, page } = await signIn(accounts.clerk, { viewport });
      await page.goto(`${app.baseUrl()}/app/#/documents?status=tasked`);
      const rows = page.locator('tr[data-document-id]');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      expect(await rows.first().getAttribute('data-document-id')).toBe(ids.first);
      await expectText(page.locator('.pager'), /1 văn bản/);
      // The form keeps the filter, and a new one goes into the URL.
      expect(await page.getByLabel('Trạng thái').inputValue()).toBe('tasked');
      await page.getByLabel('Cơ quan ban hành').fill('Đống Đa');
      await page.getByRole('button', { name: 'Lọc', exact: true }).click();
      await page.waitForURL(/issuer=/);
      await expectText(page.locator('.pager'), /1 văn bản/);
      expect(new URLSearchParams(page.url().split('?')[1]).get('issuer')).toBe('Đống Đa');
      await shot(page, `register-02-filtered-${size}`);
      if (size === 'desktop') {
        const download = page.waitForEvent('download');
        await page.getByRole('link', { name: 'Xuất sổ (Excel)' }).click();
        const [header, ...lines] = await readSheet(readFileSync(await (await download).path()));
        expect(header[0]).toBe('Số đến');
        expect(lines.map((line) => line[0])).toEqual([1]);
      }
      // The register scrolls inside its frame; the page itself never sideways, on a phone neither.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await context.close();
    }
  });

  it('keeps the page the clerk moved on to when the one left behind finishes loading later', async () => {
    const { context, page } = await signIn(accounts.clerk);
    // The document page waits for its document; meanwhile the clerk opens "Văn bản đi".
    let released = false;
    await page.route(`**/documents/${ids.first}`, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      released = true;
      await route.continue();
    });
    await page.evaluate(`location.hash = '#/documents/${ids.first}'`);
    await page.evaluate(`location.hash = '#/replies'`);
    await expectText(page.locator('h1'), /^Văn bản đi$/);
    for (let i = 0; i < 100 && !released; i++) await page.waitForTimeout(100);
    expect(released).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.locator('h1').allTextContents()).toEqual(['Văn bản đi']);
    await context.close();
  });

  it("shows a unit admin's home page with its due-today and overdue counts", async () => {
    const { body: counts } = await app
      .http()
      .get('/worklist')
      .set(auth(await app.signIn('unit_admin', 'dongda.ward.cat-linh')))
      .expect(200);
    // The directive's relative deadlines fall due from the day of dispatch: the ward has work due today.
    const { body: dueToday } = await app
      .http()
      .get(`/tasks?status=open&dueFrom=${counts.today}&dueTo=${counts.today}&limit=1`)
      .set(auth(await app.signIn('unit_admin', 'dongda.ward.cat-linh')));
    expect(counts.dueToday).toBe(dueToday.total);
    expect(counts.dueToday).toBeGreaterThan(0);
    for (const [size, viewport] of Object.entries(SIZES)) {
      const { context, page } = await signIn(accounts.wardAdmin, { viewport });
      await page.getByRole('heading', { name: 'Việc cần xử lý' }).waitFor();
      await expectText(page.locator('[data-count="overdue"]'), new RegExp(`^${counts.overdue}Quá hạn$`));
      await expectText(page.locator('[data-count="dueToday"]'), new RegExp(`^${counts.dueToday}Đến hạn hôm nay$`));
      await shot(page, `register-03-ward-home-${size}`);
      await context.close();
    }
  });

  it('refuses to submit a draft whose Địa danh is empty, naming it', async () => {
    const { context, page } = await signIn(accounts.wardAdmin);
    await page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
    await page.locator('tr[data-task-id]').first().getByRole('link').first().click();
    await page.getByRole('button', { name: /Lập báo cáo kết quả thực hiện/ }).click();
    await page.getByRole('button', { name: 'Trình lãnh đạo ký' }).waitFor();
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Bình');
    await page.getByLabel('Ngày ban hành (ngày/tháng/năm)').fill('30/11/2026');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expectText(page.locator('#notice'), /Đã lưu dự thảo/);
    await page.getByRole('button', { name: 'Trình lãnh đạo ký' }).click();
    await expectText(page.locator('#notice'), /Chưa trình ký được: còn thiếu Địa danh/);
    await shot(page, 'register-04-draft-refused-desktop');
    await page.setViewportSize(SIZES.phone);
    await shot(page, 'register-04-draft-refused-phone');
    await context.close();
  });
});
