import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@congvan/rendering';
import { pollUntil } from '../setup/http.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../setup/test-app.js';

/** Screenshots kept by CI as artifacts. */
const SCREENSHOTS = resolve('artifacts/web-ui');
const sample = (path: string) => resolve('samples', path);
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

interface Match {
  id: string;
  documentId: string;
  status: string;
}

describe('the reply matches screen in the browser (real PostgreSQL, real edXML and PDF reports)', () => {
  let app: TestApp;
  let browser: Browser;
  let clerk = '';
  let clerkName = '';
  let directiveId = '';
  const reports = { anMy: '', phungXa: '', chiBo: '', chiBoCopy: '' };
  const scratch = mkdtempSync(join(tmpdir(), 'congvan-matches-'));

  const upload = async (path: string, name: string) => {
    const { body } = await app.http().post('/documents').set(auth(clerk)).attach('file', path, name).expect(201);
    await app.documentWhen(clerk, body.id, (d) => ['extracted', 'failed'].includes(d.status));
    return body.id as string;
  };
  const matches = async () =>
    (await app.http().get('/reply-matches').set(auth(clerk)).expect(200)).body as Array<Match>;
  const matchOf = (documentId: string) =>
    pollUntil(
      async () => (await matches()).find((m) => m.documentId === documentId),
      (m) => m !== undefined,
    ) as Promise<Match>;
  const tasksOf = async (unitCode: string) => {
    const unitId = await app.unitId(unitCode);
    const { body } = await app
      .http()
      .get(`/tasks?documentId=${directiveId}&unitId=${unitId}&limit=500`)
      .set(auth(clerk))
      .expect(200);
    return body.items as Array<{ status: string }>;
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp();
    clerkName = await app.createAccount('clerk', 'myduc.van-phong-huyen-uy');
    clerk = await app.signIn('clerk', 'myduc.van-phong-huyen-uy');
    directiveId = await upload(sample('edxml/myduc-1100-cv-hu.xml'), 'goi-tin.xml');
    await app.dispatchAsPreviewed(clerk, directiveId);

    reports.anMy = await upload(sample('edxml/report-anmy-45-bc-du.xml'), 'bao-cao-an-my.xml');
    reports.phungXa = await upload(sample('edxml/report-phungxa-112-bc-du.pdf'), 'bao-cao-phung-xa.pdf');
    reports.chiBo = await upload(sample('edxml/report-chibo-thpt-08-bc-cb.pdf'), 'chi-bo.pdf');
    // The same report received a second time by another route: other bytes (a trailing PDF comment), same text.
    const copy = join(scratch, 'chi-bo-ban-sao.pdf');
    writeFileSync(
      copy,
      Buffer.concat([readFileSync(sample('edxml/report-chibo-thpt-08-bc-cb.pdf')), Buffer.from('\n% ban sao\n')]),
    );
    reports.chiBoCopy = await upload(copy, 'chi-bo-ban-sao.pdf');
    for (const id of Object.values(reports)) await matchOf(id);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function signedIn(username: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(app.baseUrl());
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    // From here on (GET /auth/me answers 401 before signing in, as it should).
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    (page as Page & { problems?: string[] }).problems = problems;
    return page;
  }
  const card = (page: Page, documentId: string) =>
    page.locator(`article.match[data-match]`).filter({ has: page.locator(`a[href="#/documents/${documentId}"]`) });

  it('lists the matches with their evidence, and the clerk accepts, undoes, resolves and dismisses them', async () => {
    const page = await signedIn(clerkName);
    await page.getByRole('link', { name: 'Báo cáo trả lời' }).click();
    await page.getByRole('heading', { name: 'Báo cáo trả lời văn bản' }).waitFor();
    await expectCount(page.locator('article.match'), 4);

    const anMy = card(page, reports.anMy).first();
    await anMy.getByText('Gói tin edXML trả lời văn bản (ResponseFor)').waitFor();
    expect(await anMy.getAttribute('data-status')).toBe('applied');
    const phungXa = card(page, reports.phungXa).first();
    await phungXa.getByText('Đọc từ nội dung văn bản').waitFor();
    expect(await phungXa.locator('q').textContent()).toContain('1100-CV/HU');
    // The directive's title replaces the placeholder once read.
    await phungXa.getByRole('link', { name: /1100/ }).waitFor();
    const chiBo = card(page, reports.chiBo).first();
    await chiBo.getByText('Đơn vị gửi không có trong danh mục').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'reply-matches.png'), fullPage: true });

    await anMy.getByRole('button', { name: 'Chấp nhận' }).click();
    await page.getByText('Đã chấp nhận kết quả khớp.').waitFor();
    await waitStatus(page, reports.anMy, 'accepted');

    await card(page, reports.phungXa).getByRole('button', { name: 'Hoàn tác' }).click();
    await waitStatus(page, reports.phungXa, 'undone');
    expect((await tasksOf('myduc.dang-uy.phung-xa')).every((t) => t.status === 'open')).toBe(true);

    // The Chi bộ's report was sent on behalf of Phùng Xá: the clerk says so.
    const pending = card(page, reports.chiBo);
    await pending.getByLabel('Đơn vị gửi').selectOption({ label: 'Đảng ủy xã Phùng Xá' });
    await pending.getByRole('button', { name: 'Gắn vào nhiệm vụ' }).click();
    await waitStatus(page, reports.chiBo, 'resolved');
    expect((await tasksOf('myduc.dang-uy.phung-xa')).some((t) => t.status === 'closed')).toBe(true);

    await card(page, reports.chiBoCopy).getByRole('button', { name: 'Không phải báo cáo — bỏ qua' }).click();
    await waitStatus(page, reports.chiBoCopy, 'dismissed');

    const byDocument = new Map((await matches()).map((m) => [m.documentId, m.status]));
    expect(Object.fromEntries(Object.entries(reports).map(([name, id]) => [name, byDocument.get(id)]))).toEqual({
      anMy: 'accepted',
      phungXa: 'undone',
      chiBo: 'resolved',
      chiBoCopy: 'dismissed',
    });

    await page.getByLabel('Trạng thái').selectOption({ label: 'Chờ văn thư xử lý' });
    await page.getByText('Không có kết quả khớp nào.').waitFor();
    expect(page.url()).toContain('status=pending');
    expect((page as Page & { problems?: string[] }).problems).toEqual([]);
  });

  it('shows the issuing leader accept and undo only, on a phone-sized screen', async () => {
    const [issuer] = await app.dataSource.query(
      `SELECT u.code FROM document d JOIN unit u ON u.id = d.issuer_unit_id WHERE d.id = $1`,
      [directiveId],
    );
    expect(issuer?.code).toBeTruthy();
    const leader = await app.createAccount('leader', issuer.code);
    const page = await signedIn(leader, { width: 390, height: 844 });
    await page.getByRole('link', { name: 'Báo cáo trả lời' }).click();
    await expectCount(page.locator('article.match'), 4);
    await card(page, reports.chiBo).getByRole('button', { name: 'Hoàn tác' }).waitFor();
    expect(await page.getByRole('button', { name: 'Gắn vào nhiệm vụ' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Không phải báo cáo — bỏ qua' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'reply-matches-leader-phone.png'), fullPage: true });
  });

  async function waitStatus(page: Page, documentId: string, status: string): Promise<void> {
    await page
      .locator(`article.match[data-status="${status}"]`, { has: page.locator(`a[href="#/documents/${documentId}"]`) })
      .first()
      .waitFor();
  }
  async function expectCount(locator: ReturnType<Page['locator']>, count: number): Promise<void> {
    await locator.nth(count - 1).waitFor();
    expect(await locator.count()).toBe(count);
  }
});
