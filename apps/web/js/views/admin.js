// @ts-check
// The system administrator's screens: accounts (list, filter, page; create, change role, unit and
// name, disable and enable, reset the password and lift a lock), the unit registry (filter, sort,
// page) and the audit log (filter by person, action, object and days). Lists keep their filters
// and page in the URL; the server filters, sorts, pages and counts (`paged=true`).
import { api } from '../api.js';
import { AUDIT_ACTION, badge, formatDate, formatDateTime, h, replace, ROLE } from '../dom.js';
import { hashValues, pager, setHashQuery } from '../list-query.js';
import { showNotice, withButton } from '../notice.js';

const LIMIT = 50;

const LOCK_REASON = /** @type {Record<string, string>} */ ({
  disabled: 'Đã vô hiệu hóa',
  failed_logins: 'Tạm khóa do đăng nhập sai',
  rotation_overdue: 'Khóa do quá hạn đổi mật khẩu',
});

/** A filter form whose fields are URL parameters; submitting it moves to its first page. @param {string} label @param {...unknown} fields */
function filterForm(label, ...fields) {
  const form = /** @type {HTMLFormElement} */ (
    h(
      'form',
      {
        class: 'filters',
        role: 'search',
        'aria-label': label,
        onsubmit: (/** @type {Event} */ event) => {
          event.preventDefault();
          const data = new FormData(form);
          setHashQuery(Object.fromEntries([...data].map(([k, v]) => [k, String(v).trim()])));
        },
      },
      fields,
      h('div', { class: 'field' }, h('button', { type: 'submit' }, 'Lọc')),
    )
  );
  return form;
}

/** @param {string} id @param {string} label @param {Record<string, unknown>} [attrs] */
function input(id, label, attrs = {}) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, ...attrs }));
}

/**
 * A select of options [value, label] with a first "all" option.
 * @param {string} id @param {string} label @param {string} name @param {Array<[string, string]>} options
 * @param {string} selected @param {string | null} [empty]
 */
function select(id, label, name, options, selected, empty = 'Tất cả') {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name },
      empty === null ? null : h('option', { value: '' }, empty),
      options.map(([value, text]) => h('option', { value, selected: value === selected }, text)),
    ),
  );
}

/** The query string of a list call: the URL's filters, a page and `paged=true`. @param {Record<string, string>} query */
function pagedQuery(query) {
  const params = new URLSearchParams(query);
  params.set('paged', 'true');
  params.set('limit', String(LIMIT));
  return params;
}

/** Units as options, the current ones first by name. @param {any[]} units @returns {Array<[string, string]>} */
function unitOptions(units) {
  return units
    .filter((u) => !u.validTo)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((u) => [u.id, `${u.name} (${u.code})`]);
}

/** @type {import('../app.js').View} */
export async function renderUsers(main, _params, session) {
  const query = hashValues();
  const [page, units] = await Promise.all([api('GET', `/users?${pagedQuery(query)}`), session.units()]);
  const roles = /** @type {Array<[string, string]>} */ (Object.entries(ROLE));
  const editor = h('section', { class: 'card', id: 'user-editor', 'aria-live': 'polite' });
  const reload = () => renderUsers(main, _params, session);

  /** The form that changes one account. @param {any} user */
  function edit(user) {
    const role = /** @type {HTMLSelectElement} */ (
      h(
        'select',
        { id: 'edit-role' },
        roles.map(([value, label]) => h('option', { value, selected: value === user.role }, label)),
      )
    );
    const unit = /** @type {HTMLSelectElement} */ (
      h(
        'select',
        { id: 'edit-unit' },
        h('option', { value: '' }, '— Không gắn đơn vị —'),
        unitOptions(units).map(([value, label]) => h('option', { value, selected: value === user.unitId }, label)),
      )
    );
    const name = /** @type {HTMLInputElement} */ (h('input', { id: 'edit-name', value: user.displayName }));
    const password = /** @type {HTMLInputElement} */ (
      h('input', { id: 'edit-password', type: 'password', autocomplete: 'new-password' })
    );
    const save = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit' }, 'Lưu thay đổi'));
    const reset = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'secondary' }, 'Đặt lại mật khẩu và mở khóa')
    );
    const disabled = user.lockReason === 'disabled';
    const toggle = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'secondary' }, disabled ? 'Kích hoạt lại' : 'Vô hiệu hóa tài khoản')
    );
    reset.addEventListener('click', () =>
      withButton(reset, async () => {
        await api('POST', `/users/${user.id}/unlock`, password.value ? { newPassword: password.value } : {});
        showNotice(password.value ? 'Đã đặt lại mật khẩu và mở khóa.' : 'Đã mở khóa tài khoản.');
        await reload();
      }),
    );
    toggle.addEventListener('click', () =>
      withButton(toggle, async () => {
        await api('PATCH', `/users/${user.id}`, { disabled: !disabled });
        showNotice(
          disabled ? 'Đã kích hoạt lại tài khoản.' : 'Đã vô hiệu hóa tài khoản; các phiên đăng nhập đã kết thúc.',
        );
        await reload();
      }),
    );
    replace(
      editor,
      h('h2', { id: 'user-editor-title' }, `Tài khoản ${user.username}`),
      h(
        'form',
        {
          class: 'filters',
          'aria-labelledby': 'user-editor-title',
          onsubmit: (/** @type {Event} */ event) => {
            event.preventDefault();
            void withButton(save, async () => {
              await api('PATCH', `/users/${user.id}`, {
                role: role.value,
                unitId: unit.value || null,
                displayName: name.value.trim(),
              });
              showNotice('Đã lưu tài khoản.');
              await reload();
            });
          },
        },
        h('div', { class: 'field' }, h('label', { for: name.id }, 'Họ tên'), name),
        h('div', { class: 'field' }, h('label', { for: role.id }, 'Vai trò'), role),
        h('div', { class: 'field' }, h('label', { for: unit.id }, 'Đơn vị'), unit),
        h('div', { class: 'field' }, save),
      ),
      h(
        'div',
        { class: 'filters' },
        h(
          'div',
          { class: 'field' },
          h('label', { for: password.id }, 'Mật khẩu mới (để trống: chỉ mở khóa)'),
          password,
        ),
        h('div', { class: 'field' }, reset),
        h('div', { class: 'field' }, toggle),
      ),
    );
    editor.scrollIntoView({ block: 'nearest' });
    name.focus();
  }

  const create = /** @type {HTMLFormElement} */ (
    h(
      'form',
      {
        class: 'filters',
        'aria-labelledby': 'create-title',
        onsubmit: (/** @type {Event} */ event) => {
          event.preventDefault();
          const data = Object.fromEntries([...new FormData(create)].map(([k, v]) => [k, String(v).trim()]));
          void withButton(create.querySelector('button'), async () => {
            const user = await api('POST', '/users', { ...data, unitId: data.unitId || undefined });
            showNotice(`Đã tạo tài khoản ${user.username}.`);
            await reload();
          });
        },
      },
      input('new-username', 'Tên đăng nhập', { name: 'username', required: true, autocomplete: 'off' }),
      input('new-name', 'Họ tên', { name: 'displayName', required: true }),
      select('new-role', 'Vai trò', 'role', roles, 'clerk', null),
      select('new-unit', 'Đơn vị', 'unitId', unitOptions(units), '', '— Không gắn đơn vị —'),
      input('new-password', 'Mật khẩu (ít nhất 12 ký tự)', {
        name: 'password',
        type: 'password',
        required: true,
        autocomplete: 'new-password',
      }),
      h('div', { class: 'field' }, h('button', { type: 'submit' }, 'Tạo tài khoản')),
    )
  );

  replace(
    main,
    h('h1', null, 'Tài khoản'),
    filterForm(
      'Lọc tài khoản',
      input('user-q', 'Tìm (tên đăng nhập, họ tên)', { name: 'q', type: 'search', value: query.q ?? '' }),
      select('user-role', 'Vai trò', 'role', roles, query.role ?? ''),
      select(
        'user-sort',
        'Sắp xếp',
        'sort',
        [
          ['username', 'Tên đăng nhập'],
          ['displayName', 'Họ tên'],
          ['role', 'Vai trò'],
        ],
        query.sort ?? '',
        'Mặc định',
      ),
    ),
    pager(page, 'tài khoản'),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'data users' },
        h('caption', null, 'Danh sách tài khoản'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Tên đăng nhập', 'Họ tên', 'Vai trò', 'Đơn vị', 'Trạng thái', 'Đổi mật khẩu', 'Thao tác'].map((label) =>
              h('th', { scope: 'col' }, label),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          page.items.map((/** @type {any} */ user) => {
            const locked = user.lockedUntil && new Date(user.lockedUntil) > new Date();
            return h(
              'tr',
              { 'data-user': user.username },
              h('th', { scope: 'row' }, user.username),
              h('td', null, user.displayName),
              h('td', null, ROLE[user.role] ?? user.role),
              h('td', null, session.unitName(user.unitId) || '—'),
              h(
                'td',
                null,
                locked ? badge('bad', LOCK_REASON[user.lockReason] ?? 'Đã khóa') : badge('ok', 'Đang hoạt động'),
              ),
              h('td', { class: 'nowrap' }, formatDate(user.passwordChangedAt)),
              h(
                'td',
                null,
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary',
                    onclick: () => edit(user),
                    'aria-label': `Quản lý ${user.username}`,
                  },
                  'Quản lý',
                ),
              ),
            );
          }),
        ),
      ),
    ),
    editor,
    h('section', { class: 'card' }, h('h2', { id: 'create-title' }, 'Tạo tài khoản'), create),
  );
}

/** @type {import('../app.js').View} */
export async function renderUnits(main, _params, session) {
  const query = hashValues();
  const [page, all] = await Promise.all([api('GET', `/units?${pagedQuery(query)}`), session.units()]);
  const names = new Map(all.map((/** @type {any} */ u) => [u.id, u.name]));
  replace(
    main,
    h('h1', null, 'Danh mục đơn vị'),
    filterForm(
      'Lọc đơn vị',
      input('unit-q', 'Tìm (tên, mã)', { name: 'q', type: 'search', value: query.q ?? '' }),
      select(
        'unit-sort',
        'Sắp xếp',
        'sort',
        [
          ['code', 'Theo mã'],
          ['name', 'Theo tên'],
        ],
        query.sort ?? '',
        'Mặc định',
      ),
    ),
    pager(page, 'đơn vị'),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'data units' },
        h('caption', null, 'Đơn vị trong danh mục'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Mã', 'Tên đơn vị', 'Mã định danh', 'Trực thuộc', 'Hiệu lực', 'Đơn vị kế thừa'].map((label) =>
              h('th', { scope: 'col' }, label),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          page.items.map((/** @type {any} */ unit) =>
            h(
              'tr',
              { 'data-unit': unit.code },
              h('td', null, unit.code),
              h('th', { scope: 'row' }, unit.name),
              h('td', null, unit.identifier ?? '—'),
              h('td', null, names.get(unit.parentId) ?? '—'),
              h(
                'td',
                { class: 'nowrap' },
                unit.validFrom ? `từ ${formatDate(unit.validFrom)}` : '',
                unit.validTo ? ` đến ${formatDate(unit.validTo)}` : unit.validFrom ? '' : 'Đang hiệu lực',
              ),
              h(
                'td',
                null,
                unit.successorId
                  ? `${names.get(unit.successorId) ?? ''}${unit.successorSince ? ` (từ ${formatDate(unit.successorSince)})` : ''}`
                  : '—',
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** "ngày 2026-11-30" as the start or the end of that day in Vietnam, for the audit's `from`/`to`. @param {string} day @param {boolean} end */
const vietnamDay = (day, end) => `${day}T${end ? '23:59:59.999' : '00:00:00.000'}+07:00`;

/** @type {import('../app.js').View} */
export async function renderAudit(main, _params, session) {
  const query = hashValues();
  const params = pagedQuery({});
  for (const key of ['action', 'actorId', 'targetId', 'order', 'offset']) if (query[key]) params.set(key, query[key]);
  if (query.from) params.set('from', vietnamDay(query.from, false));
  if (query.to) params.set('to', vietnamDay(query.to, true));
  const [page, users] = await Promise.all([api('GET', `/audit?${params}`), api('GET', '/users')]);
  const who = new Map(users.map((/** @type {any} */ u) => [u.id, u.username]));
  const all = await session.units();
  const unitNames = new Map(all.map((/** @type {any} */ u) => [u.id, u.name]));

  /** The object of an entry: a user or unit by name, else its type and id. @param {any} event */
  const target = (event) => {
    if (!event.targetId) return '—';
    const name =
      event.targetType === 'user'
        ? who.get(event.targetId)
        : event.targetType === 'unit'
          ? unitNames.get(event.targetId)
          : null;
    return h(
      'a',
      { href: `#/admin/audit?targetId=${event.targetId}`, title: event.targetId },
      name ? `${name}` : `${event.targetType ?? ''} ${event.targetId.slice(0, 8)}…`,
    );
  };
  /** The details as "key: value" pairs. @param {Record<string, unknown>} details */
  const describe = (details) =>
    Object.entries(details ?? {})
      .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
      .join('; ')
      .slice(0, 300);

  replace(
    main,
    h('h1', null, 'Nhật ký hệ thống'),
    filterForm(
      'Lọc nhật ký',
      select(
        'audit-actor',
        'Người thực hiện',
        'actorId',
        users.map((/** @type {any} */ u) => [u.id, `${u.username} (${u.displayName})`]),
        query.actorId ?? '',
      ),
      select('audit-action', 'Hành động', 'action', Object.entries(AUDIT_ACTION), query.action ?? ''),
      input('audit-target', 'Mã đối tượng', {
        name: 'targetId',
        value: query.targetId ?? '',
        pattern: '[0-9a-fA-F-]{36}',
      }),
      input('audit-from', 'Từ ngày', { name: 'from', type: 'date', value: query.from ?? '' }),
      input('audit-to', 'Đến ngày', { name: 'to', type: 'date', value: query.to ?? '' }),
      select(
        'audit-order',
        'Thứ tự',
        'order',
        [
          ['desc', 'Mới nhất trước'],
          ['asc', 'Cũ nhất trước'],
        ],
        query.order ?? '',
        'Mặc định',
      ),
    ),
    pager(page, 'mục'),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'data audit' },
        h('caption', null, 'Nhật ký hệ thống'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Thời gian', 'Người thực hiện', 'Hành động', 'Đối tượng', 'Địa chỉ IP', 'Chi tiết'].map((label) =>
              h('th', { scope: 'col' }, label),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          page.items.map((/** @type {any} */ event) =>
            h(
              'tr',
              { 'data-action': event.action },
              h('td', { class: 'nowrap' }, formatDateTime(event.at)),
              h('td', null, event.actorId ? (who.get(event.actorId) ?? event.actorId.slice(0, 8)) : 'Hệ thống'),
              h('td', null, AUDIT_ACTION[event.action] ?? event.action),
              h('td', null, target(event)),
              h('td', null, event.ip ?? ''),
              h('td', { class: 'small' }, describe(event.details)),
            ),
          ),
        ),
      ),
    ),
    page.items.length === 0 ? h('p', { class: 'empty' }, 'Không có mục nào.') : null,
  );
}
