import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { makeTestCertificate } from '../setup/test-certificate.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { SCREENSHOTS, expectText, launchBrowser, shot as fullShot, signedIn } from '../support/browser.js';

const SCAN = resolve('samples/directives/dongda-2024-01-matkhau/scan-image-only.pdf');
const PASSPHRASE = 'Mật-khẩu-chứng-thư-2024';

describe("the web interface in Chromium (Debian's or npm's): clerk, ward admin and leader (real PostgreSQL, real OCR)", () => {
  let app: TestApp;
  let browser: Browser;
  let certificatePath: string;
  const accounts = { clerk: '', wardAdmin: '', wardLeader: '' };
  let documentId = '';
  let replyId = '';

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp();
    accounts.clerk = await app.createAccount('clerk');
    accounts.wardAdmin = await app.createAccount('unit_admin', 'dongda.ward.cat-linh');
    accounts.wardLeader = await app.createAccount('leader', 'dongda.ward.cat-linh');
    certificatePath = join(tmpdir(), `congvan-leader-${process.pid}.p12`);
    writeFileSync(certificatePath, makeTestCertificate('Chủ tịch UBND phường Cát Linh', PASSPHRASE));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Signed in through the form with the keyboard (Tab, type the password, Enter). */
  const signIn = (username: string, viewport = { width: 1366, height: 900 }) =>
    signedIn(browser, app.baseUrl(), username, { viewport, keyboard: true });
  const shot = (page: Page, name: string) => fullShot(page, name, true);

  it('refuses a wrong password in Vietnamese and shows no menu', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl()}/app/`);
    await page.getByLabel('Tên đăng nhập').fill(accounts.clerk);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expectText(page.getByRole('alert'), /không đúng/i);
    expect(await page.locator('#nav a').count()).toBe(0);
    await context.close();
  });

  it('lets the clerk upload a scan, review it beside the page image and dispatch it', async () => {
    const { context, page } = await signIn(accounts.clerk);
    await page.getByRole('heading', { name: 'Việc cần xử lý' }).waitFor();
    await page.getByRole('link', { name: 'Văn bản đến' }).click();
    await page.locator('#file-input').setInputFiles(SCAN);
    await page.getByRole('link', { name: 'Mở' }).waitFor();
    const row = page.locator('tr[data-document-id]').first();
    await expectText(row, /Chờ rà soát/, 240_000);
    documentId = (await row.getAttribute('data-document-id'))!;
    await shot(page, '01-clerk-documents');

    await row.getByRole('link').first().click();
    const subject = page.getByLabel('Trích yếu');
    await subject.waitFor();
    expect(await subject.inputValue()).toMatch(/mật khẩu/);
    await page
      .locator('.page-image img')
      .first()
      .evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode());
    await subject.focus();
    await expectText(page.locator('.page-text mark'), /mật khẩu/);
    expect(await page.locator('.word-box').count()).toBeGreaterThan(2);
    await shot(page, '02-clerk-review');

    // A requirement's box holds its whole text, and focusing it brings its words on the page into the
    // scan panel's view (the page image stays beside the field).
    const requirement = page.locator('fieldset.requirement textarea').last();
    await requirement.focus();
    await page.locator('.word-box').first().waitFor();
    const fits = await requirement.evaluate((el) => el.clientHeight + 1 >= el.scrollHeight);
    expect(fits).toBe(true);
    const inView = await page.evaluate(`(() => {
      const panel = document.querySelector('.scan').getBoundingClientRect();
      const box = document.querySelector('.word-box').getBoundingClientRect();
      return box.top >= panel.top && box.bottom <= panel.bottom;
    })()`);
    expect(inView).toBe(true);

    await page.getByRole('button', { name: 'Xác nhận nội dung' }).click();
    await page.getByRole('heading', { name: 'Giao việc' }).waitFor();
    await expectText(page.locator('.recipient-lines'), /21 đơn vị/);
    await page.getByRole('button', { name: 'Giao việc' }).click();
    await expectText(page.locator('#notice'), /Đã giao \d+ nhiệm vụ/);
    await page.getByRole('link', { name: 'Xem tình hình thực hiện' }).click();
    await expectText(page.locator('table.data'), /phường Cát Linh/);
    expect(await page.locator('table.data tbody tr').count()).toBeGreaterThanOrEqual(21);
    await shot(page, '03-clerk-compliance');
    await context.close();
  });

  it("lets the ward admin answer its task with an attachment, close it and draft the unit's report", async () => {
    const { context, page } = await signIn(accounts.wardAdmin);
    await page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
    const rows = page.locator('tr[data-task-id]');
    await rows.first().waitFor();
    await shot(page, '04-ward-inbox');
    await rows.first().getByRole('link').first().click();
    await expectText(page.locator('.facts'), /Văn bản.*UBND-NV.*mật khẩu/s);
    await page
      .getByLabel('Nội dung báo cáo')
      .fill('Phường Cát Linh đã rà soát, thay đổi mật khẩu 12/12 tài khoản người dùng và 01 tài khoản quản trị.');
    await page
      .getByLabel(/Tệp đính kèm/)
      .setInputFiles(resolve('samples/directives/dongda-2024-01-matkhau/scan-born-digital.pdf'));
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expectText(page.locator('.responses'), /12\/12 tài khoản/);
    await page.getByRole('button', { name: 'Đóng nhiệm vụ' }).click();
    await expectText(page.locator('main'), /Đã báo cáo/);

    await page.getByRole('button', { name: /Lập báo cáo kết quả thực hiện/ }).click();
    await page.getByRole('button', { name: 'Trình lãnh đạo ký' }).waitFor();
    replyId = page.url().split('/').pop()!;
    const preview = page.frameLocator('iframe.preview');
    await expectText(preview.locator('body'), /Thực hiện Công văn số/);
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Bình');
    await page.getByLabel('Địa danh').fill('Đống Đa');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expectText(page.locator('#notice'), /Đã lưu dự thảo/);
    await expectText(page.frameLocator('iframe.preview').locator('body'), /Nguyễn Văn Bình/);
    await page.getByRole('button', { name: 'Trình lãnh đạo ký' }).click();
    await expectText(page.locator('main'), /Chờ ký/);
    await shot(page, '05-ward-report-submitted');
    await context.close();
  });

  it('lets the ward leader sign the report with a certificate, which numbers it', async () => {
    const { context, page } = await signIn(accounts.wardLeader);
    await page.getByRole('link', { name: 'Văn bản chờ ký' }).click();
    await page.getByRole('heading', { name: 'Văn bản chờ ký' }).waitFor();
    await page.locator(`tr[data-reply-id="${replyId}"]`).getByRole('link').click();
    // The signing panel stands beside the preview and stays in view while the page scrolls.
    const panel = page.locator('.reply-panel');
    await panel.waitFor();
    const [panelBox, previewBox] = await Promise.all([
      panel.boundingBox(),
      page.locator('iframe.preview').boundingBox(),
    ]);
    expect(panelBox!.x).toBeGreaterThan(previewBox!.x + previewBox!.width - 1);
    await page.evaluate('window.scrollTo(0, 2000)');
    expect(await page.evaluate('window.scrollY')).toBeGreaterThan(0);
    const top = await panel.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    await page.getByLabel('Chứng thư số (tệp .p12)').setInputFiles(certificatePath);
    await page.getByLabel('Mật khẩu chứng thư số').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ký số và cấp số' }).click();
    await expectText(page.locator('#notice'), /Đã ký, văn bản số 01/);
    await expectText(page.locator('main'), /Đã ký/);
    await shot(page, '06-leader-signed');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải bản đã ký (PDF)' }).click();
    const pdf = readFileSync(await (await download).path());
    const verdict = await app
      .http()
      .post('/replies/verify')
      .set('Authorization', `Bearer ${await app.signIn('clerk')}`)
      .attach('file', pdf, 'bao-cao.pdf')
      .expect(200);
    expect(verdict.body).toMatchObject({ valid: true, pades: 'B-B' });
    await context.close();
  });

  it('shows the issuer the ward as done and keeps a phone screen free of sideways scrolling', async () => {
    const { context, page } = await signIn(accounts.clerk, { width: 390, height: 844 });
    await page.goto(`${app.baseUrl()}/app/#/documents/${documentId}/compliance`);
    const catLinh = page.locator('tr', { hasText: 'phường Cát Linh' });
    await catLinh.waitFor();
    const [done, late] = await Promise.all(
      ['done', 'late'].map(async (column) => Number(await catLinh.locator(`td[data-col="${column}"]`).textContent())),
    );
    expect(done + late).toBe(1); // the directive's deadlines are past: closing now counts as late
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.getByRole('button', { name: 'Nhắc các đơn vị chưa báo cáo' }).click();
    await expectText(page.locator('#notice'), /Đã nhắc \d+ nhiệm vụ của \d+ đơn vị/);
    const reminded = Number(/của (\d+) đơn vị/.exec((await page.locator('#notice').textContent())!)![1]);
    expect(reminded).toBeGreaterThanOrEqual(20); // at least the twenty wards that have not reported
    await shot(page, '07-phone-compliance');

    // On a phone the review starts with the fields; the page images follow them.
    await page.goto(`${app.baseUrl()}/app/#/documents/${documentId}`);
    await page.getByLabel('Trích yếu').waitFor();
    const [fieldsTop, scanTop] = await Promise.all(
      ['.extracted', '.scan'].map((selector) =>
        page.locator(selector).evaluate((el) => el.getBoundingClientRect().top),
      ),
    );
    expect(fieldsTop).toBeLessThan(scanTop);
    await shot(page, '08-phone-review');
    await context.close();
  });
});
