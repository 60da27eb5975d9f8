import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEdxml } from '@congvan/edxml';
import type { Browser } from 'playwright-core';
import { Document } from '@congvan/documents';
import { addDays, vietnamToday } from '@congvan/tasking';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../setup/test-app.js';
import {
  SCREENSHOTS,
  SIZES,
  type SignInOptions,
  expectText,
  launchBrowser,
  seriousViolations,
  shot,
  signedIn,
  trackApi,
} from '../support/browser.js';

const LINE = 'Chủ tịch UBND phường Cát Linh';
const TASKS = 1000;

/**
 * A unit with 1,000 tasks (one directive dispatched through the API) paged in the browser, and
 * axe-core on every screen of every role: no serious or critical violation.
 */
describe('a 1,000-task list paged, and every screen checked by axe-core (real PostgreSQL, Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  const accounts = { clerk: '', catLinh: '', leader: '', admin: '' };
  let documentId = '';
  let shortId = '';
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
    /** A reviewed directive of `count` requirements, dispatched through the API to one unit for `line`. */
    const seed = async (number: string, count: number, line: string, unitId: string) => {
      const directive = {
        system: 'state',
        docType: 'Công văn',
        number,
        symbol: 'UBND-VP',
        date: addDays(today, -20),
        issuer: { parent: null, name: 'Ủy ban nhân dân quận Đống Đa' },
        subject: `về việc rà soát ${count} hồ sơ`,
        recipients: [line],
        // Every field of a directive: the review page shows them all (with some missing it was an error page).
        place: 'Đống Đa',
        references: [],
        deadlines: [],
        distribution: [],
        signer: { authority: 'TM.', body: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Tuấn Định' },
        requirements: Array.from({ length: count }, (_, i) => ({
          ref: String(i + 1),
          text: `Rà soát hồ sơ số ${i + 1}`,
          deadlines: [{ kind: 'absolute', date: addDays(today, (i % 60) - 10), text: 'theo kế hoạch' }],
          assignees: [],
          reportTo: [],
        })),
      };
      const id = await app.confirmedDirective(directive, {
        organisation: 'dongda',
        originalName: `cong-van-${number}.pdf`,
      });
      const { body } = await app
        .http()
        .post(`/documents/${id}/dispatch`)
        .set(auth(clerk))
        .send({ lines: [{ line, unitIds: [unitId] }] })
        .expect(200);
      expect(body.created).toBe(count);
      return id;
    };
    documentId = await seed('2000', TASKS, LINE, catLinhId);
    // A short one for Hàng Bột: its page is what axe-core and the take-back check open (1,000 requirements make a slow page).
    shortId = await seed('2001', 3, 'Chủ tịch UBND phường Hàng Bột', await app.unitId('dongda.ward.hang-bot'));
    [{ id: taskId }] = await app.dataSource.query(
      `SELECT id FROM task WHERE document_id = $1 AND requirement_ref = '1'`,
      [documentId],
    );
    const ward = await app.signIn('unit_admin', 'dongda.ward.cat-linh');
    await app.answerTask(ward, taskId, 'Đã rà soát.');
    ({
      body: { id: replyId },
    } = await app.http().post('/replies/drafts/unit-report').set(auth(ward)).send({ taskId }).expect(201));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const signIn = (username: string, options?: SignInOptions) => signedIn(browser, app.baseUrl(), username, options);

  it("pages a unit's 1,000 tasks: every page from the server, the page in the URL, none cut", async () => {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const { context, page } = await signIn(accounts.catLinh, { viewport });
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

  // One test per role: 26 screens checked by axe-core in one test outgrew a test's timeout on a loaded machine.
  const screens: Record<keyof typeof accounts, () => string[]> = {
    clerk: () => [
      '#/home',
      '#/documents',
      `#/documents/${shortId}`,
      `#/documents/${documentId}/compliance`,
      '#/tasks',
      `#/tasks/${taskId}`,
      '#/calendar',
      '#/replies',
    ],
    catLinh: () => ['#/home', '#/tasks', `#/tasks/${taskId}`, '#/calendar', '#/replies', `#/replies/${replyId}`],
    leader: () => ['#/home', '#/replies?status=all', '#/documents', '#/tasks', '#/calendar'],
    admin: () => ['#/home', '#/documents', '#/tasks', '#/replies', '#/admin/users', '#/admin/units', '#/admin/audit'],
  };

  it.each(Object.keys(screens) as (keyof typeof accounts)[])(
    'has no serious or critical axe-core violation on any screen of the %s',
    async (who) => {
      const hashes = screens[who]();
      const found: string[] = [];
      let checked = 0;
      const { context, page } = await signIn(accounts[who], { bypassCSP: true });
      for (const hash of hashes) {
        const settled = trackApi(page);
        await page.goto(`${app.baseUrl()}/app/${hash}`);
        await page.locator('main h1').first().waitFor();
        await settled();
        for (const violation of await seriousViolations(page)) found.push(`${who} ${hash}: ${violation}`);
        checked++;
      }
      await context.close();
      expect(checked).toBe(hashes.length);
      expect(found).toEqual([]);
    },
  );

  it('has no serious or critical axe-core violation on the sign-in screen', async () => {
    const context = await browser.newContext({ viewport: SIZES.phone, locale: 'vi-VN', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(app.baseUrl());
    await page.getByLabel('Tên đăng nhập').waitFor();
    const found = await seriousViolations(page);
    await context.close();
    expect(found).toEqual([]);
  });

  it('lets the administrator page and filter accounts, units and the audit log, and create, change, disable and reset an account', async () => {
    // 55 more accounts (the hash of an existing one copied: no argon2 per row), so the list has two pages.
    await app.dataSource.query(
      `INSERT INTO user_account (username, display_name, role, password_hash, password_changed_at)
       SELECT 'canbo-' || lpad(g::text, 3, '0'), 'Cán bộ ' || g, 'clerk', password_hash, now()
         FROM user_account, generate_series(1, 55) g WHERE username = $1`,
      [accounts.clerk],
    );
    const { context, page } = await signIn(accounts.admin);
    await page.getByRole('link', { name: 'Tài khoản' }).click();
    const rows = page.locator('tr[data-user]');
    await expectText(page.locator('.pager'), /^Trang 1\/2 · \d+ tài khoản/);
    expect(await rows.count()).toBe(50);
    await page.getByRole('link', { name: 'Trang sau →' }).first().click();
    await page.waitForURL(/offset=50/);
    await expectText(page.locator('.pager'), /Trang 2\/2 · \d+ tài khoản/);
    await page.getByLabel('Tìm (tên đăng nhập, họ tên)').fill('canbo-05');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/q=canbo-05/);
    await expectText(page.locator('.pager'), /^Trang 1\/1 · 6 tài khoản/);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-user')))).toEqual(
      ['050', '051', '052', '053', '054', '055'].map((n) => `canbo-${n}`),
    );

    // A new clerk of Đống Đa, then made the admin of Cát Linh, disabled, and given a new password.
    const form = page.locator('form[aria-labelledby="create-title"]');
    await form.getByLabel('Tên đăng nhập').fill('vanthu-moi');
    await form.getByLabel('Họ tên').fill('Nguyễn Thị Mới');
    await form.getByLabel('Đơn vị').selectOption({ label: 'Ủy ban nhân dân quận Đống Đa (dongda)' });
    await form.getByLabel('Mật khẩu (ít nhất 12 ký tự)').fill(TEST_PASSWORD);
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expectText(page.locator('#notice'), /Đã tạo tài khoản vanthu-moi/);
    await page.goto(`${app.baseUrl()}/app/#/admin/users?q=vanthu-moi`);
    const row = page.locator('tr[data-user="vanthu-moi"]');
    await expectText(row, /Văn thư.*Đống Đa.*Đang hoạt động/);
    await page.getByRole('button', { name: 'Quản lý vanthu-moi' }).click();
    const editor = page.locator('#user-editor');
    await editor.getByLabel('Vai trò').selectOption('unit_admin');
    await editor.getByLabel('Đơn vị').selectOption({ label: 'Ủy ban nhân dân phường Cát Linh (dongda.ward.cat-linh)' });
    await editor.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expectText(row, /Quản trị đơn vị.*Cát Linh/);
    await shot(page, 'admin-01-users-desktop');
    await page.getByRole('button', { name: 'Quản lý vanthu-moi' }).click();
    await editor.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
    await expectText(row, /Đã vô hiệu hóa/);
    const stored = async () =>
      (
        await app.dataSource.query(
          `SELECT role, lock_reason AS "lockReason" FROM user_account WHERE username = 'vanthu-moi'`,
        )
      )[0];
    expect(await stored()).toEqual({ role: 'unit_admin', lockReason: 'disabled' });
    await page.getByRole('button', { name: 'Quản lý vanthu-moi' }).click();
    await editor.getByLabel('Mật khẩu mới (để trống: chỉ mở khóa)').fill('Mật-khẩu-Khác-2026!');
    await editor.getByRole('button', { name: 'Đặt lại mật khẩu và mở khóa' }).click();
    await expectText(row, /Đang hoạt động/);
    expect(await stored()).toEqual({ role: 'unit_admin', lockReason: null });
    await app.http().post('/auth/login').send({ username: 'vanthu-moi', password: 'Mật-khẩu-Khác-2026!' }).expect(200);

    // The registry, paged and searched without accents.
    await page.getByRole('link', { name: 'Đơn vị' }).click();
    await expectText(page.locator('.pager'), /^Trang 1\/\d+ · \d+ đơn vị/);
    expect(await page.locator('tr[data-unit]').count()).toBe(50);
    await page.getByLabel('Tìm (tên, mã)').fill('cat linh');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.locator('tr[data-unit="dongda.ward.cat-linh"]').waitFor();

    // The audit log: the changes just made, by their Vietnamese name, filtered by person, action and day.
    await page.getByRole('link', { name: 'Nhật ký' }).click();
    await page.locator('tr[data-action]').first().waitFor();
    await page.getByLabel('Hành động').selectOption('user.updated');
    const [{ id: adminId }] = await app.dataSource.query(`SELECT id FROM user_account WHERE username = $1`, [
      accounts.admin,
    ]);
    await page.getByLabel('Người thực hiện').selectOption(adminId);
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/action=user\.updated/);
    await expectText(page.locator('.pager'), /· 2 mục/);
    await expectText(page.locator('tr[data-action="user.updated"]'), /Sửa tài khoản.*vanthu-moi.*disabled: true/);
    await page.setViewportSize(SIZES.phone);
    await shot(page, 'admin-02-audit-phone');
    await page.getByLabel('Từ ngày').fill(addDays(today, 1));
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expectText(page.locator('main'), /Không có mục nào\./);
    await context.close();
  });

  it('shows the clerk a take-back request on the document page; given back, the unit sees its tasks cancelled', async () => {
    // The directive as if it had come as an edXML package, and its sender asking for it back (status 13).
    const { header } = parseEdxml(readFileSync(resolve('samples/edxml/myduc-1100-cv-hu.xml')), {
      maxBytes: 50e6,
      maxAttachmentBytes: 50e6,
      maxAttachments: 20,
    });
    await app.dataSource.getRepository(Document).update({ id: shortId }, { source: 'edxml', edxml: header });
    await app.dataSource.query(
      `INSERT INTO edxml_take_back (direction, subject_id, package_document_id, counterpart_organ_id, reason, state)
       VALUES ('incoming', $1, $2, $3, 'Văn bản ghi sai hạn báo cáo, sẽ ban hành lại', 'requested')`,
      [shortId, header.documentId, header.from.organId],
    );
    const { context, page } = await signIn(accounts.clerk, { bypassCSP: true });
    const settled = trackApi(page);
    await page.goto(`${app.baseUrl()}/app/#/documents/${shortId}`);
    const section = page.locator('section.take-back');
    await expectText(section, /Yêu cầu thu hồi văn bản.*Chờ văn thư trả lời.*Văn bản ghi sai hạn báo cáo/);
    await settled();
    expect(await seriousViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Đồng ý trả lại văn bản' }).click();
    await expectText(page.locator('#notice'), /Đã trả lại văn bản/);
    await expectText(section, /Đã bị thu hồi ngày \d{2}\/\d{2}\/\d{4} \(Huyện ủy Mỹ Đức\).*Đã đồng ý trả lại/);
    await shot(page, 'take-back-01-document-desktop');
    await context.close();

    const ward = await signIn(await app.createAccount('unit_admin', 'dongda.ward.hang-bot'));
    await expectText(ward.page.locator('li[data-count="cancelled"]'), /^3/);
    await ward.page.goto(`${app.baseUrl()}/app/#/tasks?status=cancelled`);
    await expectText(ward.page.locator('.pager'), /3 nhiệm vụ/);
    await expectText(ward.page.locator('tr[data-task-id]').first(), /Đã bị thu hồi ngày .*Đã hủy/);
    const [{ id: cancelledId }] = await app.dataSource.query(`SELECT id FROM task WHERE document_id = $1 LIMIT 1`, [
      shortId,
    ]);
    await ward.page.goto(`${app.baseUrl()}/app/#/tasks/${cancelledId}`);
    await expectText(ward.page.locator('[data-taken-back]'), /Nhiệm vụ đã được hủy lúc/);
    await expectText(ward.page.locator('ol.history li').last(), /Hủy nhiệm vụ: Văn bản đã bị Huyện ủy Mỹ Đức thu hồi/);
    await ward.page.setViewportSize(SIZES.phone);
    await shot(ward.page, 'take-back-02-task-phone');
    await ward.context.close();
  });
});
