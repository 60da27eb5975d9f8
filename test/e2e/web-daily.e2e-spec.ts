import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { addDays, vietnamToday } from '@congvan/tasking';
import { accountReviewDueYesterday, requirement, WARDS_LINE, wardsDirective } from '../setup/directives.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import {
  SCREENSHOTS,
  SIZES,
  type SignInOptions,
  expectText,
  launchBrowser,
  seriousViolations,
  shot,
  signedIn,
} from '../support/browser.js';

const PDF = resolve('samples/directives/dongda-2024-01-matkhau/scan-born-digital.pdf');
const PNG = resolve('samples/directives/dongda-2024-01-matkhau/scan-clean-300-p2.png');

/**
 * The issuer's and the unit's daily screens in the browser, on data seeded through the services
 * (no OCR, so the file stays fast): the compliance board opened per unit, reminders to chosen
 * units, answer attachments previewed in the page.
 */
describe('daily work in the browser: compliance answers, reminders, attachments (real PostgreSQL, Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  const accounts = { clerk: '', catLinh: '' };
  const units = { catLinh: '', hangBot: '' };
  let documentId = '';
  let catLinhTask = '';
  const today = vietnamToday();

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp();
    accounts.clerk = await app.createAccount('clerk', 'dongda');
    accounts.catLinh = await app.createAccount('unit_admin', 'dongda.ward.cat-linh');
    units.catLinh = await app.unitId('dongda.ward.cat-linh');
    units.hangBot = await app.unitId('dongda.ward.hang-bot');
    const clerk = await app.signIn('clerk', 'dongda');
    const directive = wardsDirective(
      today,
      [
        accountReviewDueYesterday(today),
        requirement('2', 'Báo cáo kết quả thực hiện', { date: addDays(today, 3), text: 'chậm nhất ba ngày nữa' }),
      ],
      {
        docType: 'Công văn',
        number: '1100',
        symbol: 'CV/HU',
        subject: 'về việc rà soát tài khoản thư điện tử công vụ',
      },
    );
    documentId = await app.confirmedDirective(directive, { organisation: 'dongda' });
    await app.dispatchTo(clerk, documentId, WARDS_LINE, [units.catLinh, units.hangBot]);
    [{ id: catLinhTask }] = await app.dataSource.query(
      `SELECT id FROM task WHERE unit_id = $1 AND requirement_ref = '1'`,
      [units.catLinh],
    );
    await app.answerTask(
      await app.signIn('unit_admin', 'dongda.ward.cat-linh'),
      catLinhTask,
      'Đã rà soát 42 tài khoản, đổi mật khẩu 7 tài khoản.',
      [
        { file: PDF, name: 'Báo cáo rà soát.pdf' },
        { file: PNG, name: 'Ảnh biên bản.png' },
      ],
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signIn = (username: string, options?: SignInOptions) => signedIn(browser, app.baseUrl(), username, options);

  it("opens a unit's answers from the compliance board and previews its attachments in the page", async () => {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const { context, page } = await signIn(accounts.clerk, { viewport });
      await page.goto(`${app.baseUrl()}/app/#/documents/${documentId}/compliance`);
      const row = page.locator(`tbody[data-unit-id="${units.catLinh}"]`);
      await row.getByRole('button', { name: 'Ủy ban nhân dân phường Cát Linh', exact: true }).click();
      const answers = row.locator('tr.answers');
      await expectText(answers, /Đã rà soát 42 tài khoản/);
      expect(await answers.locator('li[data-task-id]').count()).toBe(2);
      await answers.getByRole('button', { name: 'Xem Ảnh biên bản.png' }).click();
      const image = answers.locator('img.attachment-image');
      await image.waitFor();
      await page.waitForFunction(
        (element) => {
          const image = element as unknown as { complete: boolean; naturalWidth: number };
          return image.complete && image.naturalWidth > 0;
        },
        await image.elementHandle(),
      );
      await shot(page, `daily-01-compliance-answers-${size}`);
      if (size === 'desktop') {
        // (Before the PDF preview: a headless browser without a PDF viewer saves a framed PDF as a download.)
        const download = page.waitForEvent('download');
        await answers.locator('li.attachment').first().getByRole('link', { name: 'Tải về' }).click();
        // (Its name is the Content-Disposition's, checked over HTTP in daily-work.e2e-spec.)
        expect(readFileSync(await (await download).path()).equals(readFileSync(PDF))).toBe(true);
        await answers.getByRole('button', { name: 'Xem Báo cáo rà soát.pdf' }).click();
        const frame = answers.locator('iframe.attachment-frame');
        const src = await frame.getAttribute('src');
        const fetched = await page.evaluate(async (url) => {
          const response = await fetch(url!);
          return [response.status, response.headers.get('content-type'), response.headers.get('content-disposition')];
        }, src);
        expect(fetched[0]).toBe(200);
        expect(fetched[1]).toBe('application/pdf');
        expect(fetched[2]).toMatch(/^inline;/);
      }
      await context.close();
    }
  });

  it('reminds the one unit ticked, and says which', async () => {
    const { context, page } = await signIn(accounts.clerk);
    await page.goto(`${app.baseUrl()}/app/#/documents/${documentId}/compliance`);
    await page.getByRole('checkbox', { name: 'Chọn Ủy ban nhân dân phường Hàng Bột' }).check();
    await page.getByRole('button', { name: 'Nhắc các đơn vị đã chọn' }).click();
    await expectText(page.locator('#notice'), /^Đã nhắc 2 nhiệm vụ của 1 đơn vị: Ủy ban nhân dân phường Hàng Bột\.$/);
    const rows: Array<{ unit_id: string; n: number }> = await app.dataSource.query(
      `SELECT unit_id, count(*) FILTER (WHERE last_reminded_at IS NOT NULL)::int AS n FROM task WHERE document_id = $1 GROUP BY unit_id`,
      [documentId],
    );
    expect(Object.fromEntries(rows.map((r) => [r.unit_id, r.n]))).toEqual({ [units.catLinh]: 0, [units.hangBot]: 2 });
    await page.getByRole('button', { name: 'Nhắc Ủy ban nhân dân phường Cát Linh' }).click();
    await expectText(page.locator('#notice'), /^Đã nhắc 2 nhiệm vụ của 1 đơn vị: Ủy ban nhân dân phường Cát Linh\.$/);
    await shot(page, 'daily-02-reminded-desktop');
    await page.setViewportSize(SIZES.phone);
    await shot(page, 'daily-02-reminded-phone');
    await context.close();
  });

  it("lets the unit open its own answer's attachment from the task", async () => {
    const { context, page } = await signIn(accounts.catLinh);
    await page.goto(`${app.baseUrl()}/app/#/tasks/${catLinhTask}`);
    await page.getByRole('button', { name: 'Xem Ảnh biên bản.png' }).click();
    await page.locator('img.attachment-image').waitFor();
    await shot(page, 'daily-03-unit-attachment-desktop');
    await context.close();
  });
  it('follows an upload until processing ends, and deletes a refused one from the register', async () => {
    const { context, page } = await signIn(accounts.clerk);
    await page.getByRole('link', { name: 'Văn bản đến' }).click();
    await page.locator('#file-input').setInputFiles([PDF, resolve('samples/bad/not-a-document.pdf')]);
    const lines = page.locator('.uploads li');
    // The readable scan's line ends on where it stands once read, never "đang nhận dạng".
    await expectText(lines.filter({ hasText: 'scan-born-digital.pdf' }), /Chờ rà soát\. Mở$/, 60_000);
    await expectText(lines.filter({ hasText: 'not-a-document.pdf' }), /not-a-document\.pdf.*[^…]$/);
    await page.reload();
    const failedRow = page.locator('tr[data-document-id]').filter({ hasText: 'Lỗi' });
    await failedRow.first().waitFor();
    expect(await failedRow.count()).toBe(1);
    await failedRow.getByRole('button', { name: /^Thử lại/ }).click();
    await expectText(page.locator('#notice.notice-error'), /./);
    await shot(page, 'daily-04-refused-upload-desktop');
    page.once('dialog', (dialog) => void dialog.accept());
    await failedRow.getByRole('button', { name: /^Xoá/ }).click();
    await expectText(page.locator('#notice'), /^Đã xoá not-a-document\.pdf\.$/);
    expect(await page.locator('tr[data-document-id]').filter({ hasText: 'Lỗi' }).count()).toBe(0);
    await page.setViewportSize(SIZES.phone);
    await shot(page, 'daily-04-refused-upload-phone');
    await context.close();
  });
  it("shows the unit's deadline calendar, a day opening its tasks, and prints the register as PDF", async () => {
    const yesterday = addDays(today, -1);
    for (const [size, viewport] of Object.entries(SIZES)) {
      const { context, page } = await signIn(accounts.catLinh, { viewport });
      await page.getByRole('link', { name: 'Lịch hạn' }).click();
      await page.getByRole('heading', { name: /^Lịch hạn xử lý tháng/ }).waitFor();
      await page.goto(`${app.baseUrl()}/app/#/calendar?month=${yesterday.slice(0, 7)}`);
      const cell = page.locator(`td[data-date="${yesterday}"]`);
      await expectText(cell, /1 việc1 quá hạn$/);
      // The ward's two due days (yesterday, in three days), as far as they fall in that month.
      const dueDays = [yesterday, addDays(today, 3)].filter((d) => d.startsWith(yesterday.slice(0, 7)));
      expect(await page.locator('td[data-date] a').count()).toBe(dueDays.length);
      await shot(page, `daily-05-calendar-${size}`);
      if (size === 'desktop') {
        await cell.getByRole('link').click();
        await page.waitForURL(new RegExp(`dueFrom=${yesterday}&dueTo=${yesterday}`));
        await page.locator('tr[data-task-id]').first().waitFor();
        expect(await page.locator('tr[data-task-id]').count()).toBe(1);
      }
      await context.close();
    }
    const { context, page } = await signIn(accounts.clerk);
    await page.getByRole('link', { name: 'Văn bản đến' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'In sổ (PDF)' }).click();
    expect(
      readFileSync(await (await download).path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await context.close();
  });
  it('has no serious or critical axe-core violation with answers opened, a preview shown, the calendar', async () => {
    const { context, page } = await signIn(accounts.clerk, { bypassCSP: true });
    await page.goto(`${app.baseUrl()}/app/#/documents/${documentId}/compliance`);
    const row = page.locator(`tbody[data-unit-id="${units.catLinh}"]`);
    await row.getByRole('button', { name: 'Ủy ban nhân dân phường Cát Linh', exact: true }).click();
    await row.getByRole('button', { name: 'Xem Ảnh biên bản.png' }).click();
    await row.locator('img.attachment-image').waitFor();
    const found = await seriousViolations(page);
    await page.goto(`${app.baseUrl()}/app/#/calendar`);
    await page.getByRole('heading', { name: /^Lịch hạn xử lý/ }).waitFor();
    found.push(...(await seriousViolations(page)));
    expect(found).toEqual([]);
    await context.close();
  });
});
