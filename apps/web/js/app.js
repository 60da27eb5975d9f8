// @ts-check
// The shell: who is signed in, the menu for their role, and a hash router that shows one view at
// a time. Each view is a function (main, params, session) that may return a cleanup function.
import { api, whenSignedOut } from './api.js';
import { h, replace, ROLE } from './dom.js';
import { showNotice } from './notice.js';
import { renderLogin } from './views/login.js';
import { renderDocuments } from './views/documents.js';
import { renderReview } from './views/review.js';
import { renderCalendar } from './views/calendar.js';
import { renderCompliance } from './views/compliance.js';
import { renderInbox, renderTask } from './views/tasks.js';
import { renderReplies, renderReply } from './views/replies.js';
import { renderHome } from './views/home.js';
import { renderReplyMatches } from './views/reply-matches.js';
import { renderAudit, renderUnits, renderUsers } from './views/admin.js';

/** @typedef {{ id: string, username: string, role: string, unitId: string | null, organisation: string | null }} User */
/** @typedef {{ user: User, unitName: (id: string | null) => string, units: () => Promise<any[]> }} Session */
/** @typedef {(main: HTMLElement, params: string[], session: Session) => (void | (() => void) | Promise<void | (() => void)>)} View */

/** @type {Array<{ pattern: RegExp, view: View, roles: string[] }>} */
const ROUTES = [
  { pattern: /^\/home$/, view: renderHome, roles: ['clerk', 'unit_admin', 'leader', 'system_admin'] },
  { pattern: /^\/documents$/, view: renderDocuments, roles: ['clerk', 'leader', 'system_admin'] },
  { pattern: /^\/documents\/([0-9a-f-]{36})$/, view: renderReview, roles: ['clerk', 'leader', 'system_admin'] },
  {
    pattern: /^\/documents\/([0-9a-f-]{36})\/compliance$/,
    view: renderCompliance,
    roles: ['clerk', 'leader', 'system_admin'],
  },
  { pattern: /^\/calendar$/, view: renderCalendar, roles: ['clerk', 'unit_admin', 'leader', 'system_admin'] },
  { pattern: /^\/tasks$/, view: renderInbox, roles: ['clerk', 'unit_admin', 'leader', 'system_admin'] },
  { pattern: /^\/tasks\/([0-9a-f-]{36})$/, view: renderTask, roles: ['clerk', 'unit_admin', 'leader', 'system_admin'] },
  { pattern: /^\/reply-matches$/, view: renderReplyMatches, roles: ['clerk', 'leader', 'system_admin'] },
  { pattern: /^\/replies$/, view: renderReplies, roles: ['clerk', 'unit_admin', 'leader', 'system_admin'] },
  {
    pattern: /^\/replies\/([0-9a-f-]{36})$/,
    view: renderReply,
    roles: ['clerk', 'unit_admin', 'leader', 'system_admin'],
  },
  { pattern: /^\/admin\/users$/, view: renderUsers, roles: ['system_admin'] },
  { pattern: /^\/admin\/units$/, view: renderUnits, roles: ['system_admin'] },
  { pattern: /^\/admin\/audit$/, view: renderAudit, roles: ['system_admin'] },
];

/** The menu per role: [hash, label]. */
const MENUS = /** @type {Record<string, Array<[string, string]>>} */ ({
  clerk: [
    ['#/home', 'Việc cần xử lý'],
    ['#/documents', 'Văn bản đến'],
    ['#/tasks', 'Nhiệm vụ đã giao'],
    ['#/reply-matches', 'Báo cáo trả lời'],
    ['#/calendar', 'Lịch hạn'],
    ['#/replies', 'Văn bản đi'],
  ],
  unit_admin: [
    ['#/home', 'Việc cần xử lý'],
    ['#/tasks', 'Nhiệm vụ của đơn vị'],
    ['#/calendar', 'Lịch hạn'],
    ['#/replies', 'Báo cáo của đơn vị'],
  ],
  leader: [
    ['#/home', 'Việc cần xử lý'],
    ['#/replies', 'Văn bản chờ ký'],
    ['#/documents', 'Văn bản đến'],
    ['#/tasks', 'Tình hình thực hiện'],
    ['#/reply-matches', 'Báo cáo trả lời'],
    ['#/calendar', 'Lịch hạn'],
  ],
  system_admin: [
    ['#/home', 'Việc cần xử lý'],
    ['#/documents', 'Văn bản đến'],
    ['#/tasks', 'Nhiệm vụ'],
    ['#/reply-matches', 'Báo cáo trả lời'],
    ['#/calendar', 'Lịch hạn'],
    ['#/replies', 'Văn bản đi'],
    ['#/admin/users', 'Tài khoản'],
    ['#/admin/units', 'Đơn vị'],
    ['#/admin/audit', 'Nhật ký'],
  ],
});

const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const nav = /** @type {HTMLElement} */ (document.getElementById('nav'));
const account = /** @type {HTMLElement} */ (document.getElementById('account'));

/** @type {Session | null} */
let session = null;
/** @type {void | (() => void)} */
let cleanup;

/** @param {User} user @returns {Promise<Session>} */
async function startSession(user) {
  /** @type {Promise<any[]> | null} */
  let unitList = null;
  const units = () => (unitList ??= api('GET', '/units').catch(() => []));
  const names = new Map((await units()).map((unit) => [unit.id, unit.name]));
  return { user, units, unitName: (id) => (id ? (names.get(id) ?? '') : '') };
}

function renderChrome() {
  if (!session) {
    replace(nav);
    replace(account);
    return;
  }
  const current = location.hash.split('?')[0];
  replace(
    nav,
    h(
      'ul',
      null,
      (MENUS[session.user.role] ?? []).map(([hash, label]) =>
        h(
          'li',
          null,
          h(
            'a',
            { href: hash, 'aria-current': current === hash || current.startsWith(`${hash}/`) ? 'page' : null },
            label,
          ),
        ),
      ),
    ),
  );
  const unit = session.unitName(session.user.unitId);
  replace(
    account,
    h(
      'span',
      { class: 'who' },
      session.user.username,
      ' · ',
      ROLE[session.user.role] ?? session.user.role,
      unit ? ` · ${unit}` : '',
    ),
    h('button', { type: 'button', class: 'link', onclick: signOut }, 'Đăng xuất'),
  );
}

async function signOut() {
  await api('POST', '/auth/logout').catch(() => undefined);
  session = null;
  location.hash = '#/login';
}

/** Counts navigations, so that a view still loading when the user moves on never draws over the next one. */
let navigation = 0;

async function route() {
  const current = ++navigation;
  const stale = () => current !== navigation;
  if (typeof cleanup === 'function') cleanup();
  cleanup = undefined;
  // The query (?status=...&offset=...) belongs to the view: lists keep their filters there.
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  if (!session) {
    try {
      session = await startSession(await api('GET', '/auth/me'));
    } catch {
      session = null;
    }
    if (stale()) return;
  }
  renderChrome();
  if (!session || path === '/login') {
    if (session) {
      location.hash = MENUS[session.user.role]?.[0]?.[0] ?? '#/tasks';
      return;
    }
    renderLogin(main, async (user) => {
      session = await startSession(user);
      location.hash = MENUS[user.role]?.[0]?.[0] ?? '#/tasks';
    });
    return;
  }
  const match = ROUTES.map((candidate) => ({ candidate, found: candidate.pattern.exec(path) })).find(
    ({ found }) => found,
  );
  if (!match || !match.found || !match.candidate.roles.includes(session.user.role)) {
    const home = MENUS[session.user.role]?.[0]?.[0];
    if (path === '/' && home) {
      location.hash = home;
      return;
    }
    replace(
      main,
      h('h1', null, 'Không tìm thấy trang'),
      h('p', null, 'Trang này không có hoặc tài khoản của bạn không được dùng.'),
    );
    return;
  }
  // Each navigation draws into an element of its own: a view that finishes loading after the user
  // has moved on draws into a detached element, and its clean-up runs at once.
  const outlet = h('div', { class: 'view' }, h('p', { class: 'muted' }, 'Đang tải…'));
  replace(main, outlet);
  try {
    const done = await match.candidate.view(outlet, match.found.slice(1), session);
    if (stale()) {
      if (typeof done === 'function') done();
      return;
    }
    cleanup = done;
  } catch (error) {
    if (stale()) return;
    replace(
      outlet,
      h('h1', null, 'Không tải được trang'),
      h('p', { class: 'error' }, /** @type {Error} */ (error).message),
    );
  }
  main.focus({ preventScroll: true });
}

whenSignedOut(() => {
  if (!session) return;
  session = null;
  showNotice('Phiên làm việc đã hết, vui lòng đăng nhập lại.', 'error');
  location.hash = '#/login';
});
window.addEventListener('hashchange', route);
route();
