// @ts-check
// Issuer: who has done the work of a directive, who was late, who has not reported; remind the
// late units in one click, one unit or the units ticked; open a unit's row to read its answers
// (and their attachments); draft the reminder or the summary report.
import { api } from '../api.js';
import { badge, formatDate, h, replace, TASK_STATUS } from '../dom.js';
import { responseItem } from '../attachments.js';
import { showNotice, withButton } from '../notice.js';

/** @type {import('../app.js').View} */
export async function renderCompliance(main, [documentId], session) {
  const [doc, draft] = await Promise.all([
    api('GET', `/documents/${documentId}`),
    api('GET', `/documents/${documentId}/directive`),
  ]);
  const board = h('div', { class: 'table-wrap' });
  const totals = h('dl', { class: 'totals' });
  const directive = draft.current;

  async function refresh() {
    const rows = await api('GET', `/documents/${documentId}/compliance`);
    const sum = (/** @type {string} */ key) => rows.reduce((total, /** @type {any} */ row) => total + row[key], 0);
    const unitsWith = (/** @type {string} */ key) => rows.filter((/** @type {any} */ row) => row[key] > 0).length;
    replace(
      totals,
      h('div', { class: 'total ok' }, h('dt', null, 'Đã hoàn thành'), h('dd', null, `${sum('done')} nhiệm vụ`)),
      h('div', { class: 'total warn' }, h('dt', null, 'Hoàn thành muộn'), h('dd', null, `${sum('late')} nhiệm vụ`)),
      h(
        'div',
        { class: 'total bad' },
        h('dt', null, 'Chưa báo cáo'),
        h('dd', null, `${sum('notReported')} nhiệm vụ, ${unitsWith('notReported')} đơn vị`),
      ),
      h(
        'div',
        { class: 'total bad' },
        h('dt', null, 'Quá hạn'),
        h('dd', null, `${sum('overdue')} nhiệm vụ, ${unitsWith('overdue')} đơn vị`),
      ),
      sum('cancelled') > 0
        ? h(
            'div',
            { class: 'total', 'data-total': 'cancelled' },
            h('dt', null, 'Đã hủy (văn bản bị thu hồi)'),
            h('dd', null, `${sum('cancelled')} nhiệm vụ, ${unitsWith('cancelled')} đơn vị`),
          )
        : null,
    );
    const canRemind = session.user.role !== 'leader';
    replace(
      board,
      h(
        'table',
        { class: 'data compliance' },
        h('caption', null, 'Tình hình thực hiện theo đơn vị'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Chọn')),
            ['Đơn vị', 'Số nhiệm vụ', 'Đã hoàn thành', 'Muộn', 'Chưa báo cáo', 'Quá hạn', 'Thao tác'].map((label) =>
              h('th', { scope: 'col' }, label),
            ),
          ),
        ),
        rows.map((/** @type {any} */ row) => unitRows(row, canRemind)),
      ),
    );
  }

  /** A unit's row, and below it (hidden until opened) its tasks with their answers. @param {any} row @param {boolean} canRemind */
  function unitRows(row, canRemind) {
    const detailsId = `answers-${row.unitId}`;
    const details = h('td', { colspan: '8' });
    const detailsRow = h('tr', { class: 'answers', id: detailsId, hidden: true }, details);
    const open = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': detailsId }, row.unitName)
    );
    open.addEventListener('click', () =>
      withButton(open, async () => {
        const opening = detailsRow.hidden;
        detailsRow.hidden = !opening;
        open.setAttribute('aria-expanded', String(opening));
        if (opening) replace(details, answersOf(await api('GET', `/documents/${documentId}/compliance/${row.unitId}`)));
      }),
    );
    const remindOne = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'secondary small', 'aria-label': `Nhắc ${row.unitName}` }, 'Nhắc')
    );
    remindOne.addEventListener('click', () => withButton(remindOne, () => remind([row.unitId])));
    return h(
      'tbody',
      { 'data-unit-id': row.unitId },
      h(
        'tr',
        { class: row.overdue > 0 ? 'overdue' : row.notReported === 0 ? 'complete' : '' },
        h(
          'td',
          null,
          h('input', {
            type: 'checkbox',
            class: 'pick-unit',
            value: row.unitId,
            'aria-label': `Chọn ${row.unitName}`,
            disabled: row.notReported === 0,
          }),
        ),
        h('th', { scope: 'row' }, open),
        h('td', { 'data-col': 'total' }, row.total),
        h('td', { 'data-col': 'done' }, row.done),
        h('td', { 'data-col': 'late' }, row.late),
        h('td', { 'data-col': 'notReported' }, row.notReported),
        h('td', { 'data-col': 'overdue' }, row.overdue > 0 ? `${row.overdue} (quá hạn)` : '0'),
        h('td', null, canRemind && row.notReported > 0 ? remindOne : null),
      ),
      detailsRow,
    );
  }

  /** @param {any} unit */
  function answersOf(unit) {
    return h(
      'ol',
      { class: 'unit-answers' },
      unit.tasks.map((/** @type {any} */ task) =>
        h(
          'li',
          { 'data-task-id': task.id },
          h(
            'p',
            null,
            h('a', { href: `#/tasks/${task.id}` }, `Yêu cầu ${task.requirementRef}`),
            ' ',
            badge(
              task.overdue ? 'bad' : task.status === 'open' ? 'warn' : 'ok',
              TASK_STATUS[task.status] ?? task.status,
            ),
            task.dueOn ? ` Hạn ${formatDate(task.dueOn)}` : '',
          ),
          h('p', { class: 'small' }, task.requirementText),
          task.responses.length === 0
            ? h('p', { class: 'muted small' }, 'Chưa có báo cáo.')
            : h(
                'ul',
                { class: 'responses' },
                task.responses.map((/** @type {any} */ r) => responseItem(task.id, r)),
              ),
        ),
      ),
    );
  }

  /** Reminds the units given (all when null) of every task they have not reported. @param {string[] | null} unitIds */
  async function remind(unitIds) {
    const result = await api(
      'POST',
      `/documents/${documentId}/remind`,
      unitIds ? { scope: 'unreported', unitIds } : {},
    );
    showNotice(
      result.reminded
        ? `Đã nhắc ${result.reminded} nhiệm vụ của ${result.units.length} đơn vị: ${result.units.map((/** @type {any} */ u) => u.unitName).join(', ')}.`
        : 'Không có nhiệm vụ nào cần nhắc (đã nhắc hôm nay hoặc đã báo cáo đủ).',
    );
  }

  const remindButton = /** @type {HTMLButtonElement} */ (
    h('button', { type: 'button' }, 'Nhắc các đơn vị chưa báo cáo')
  );
  remindButton.addEventListener('click', () => withButton(remindButton, () => remind(null)));
  const remindChosen = /** @type {HTMLButtonElement} */ (
    h('button', { type: 'button', class: 'secondary' }, 'Nhắc các đơn vị đã chọn')
  );
  remindChosen.addEventListener('click', () =>
    withButton(remindChosen, async () => {
      const chosen = [...board.querySelectorAll('input.pick-unit:checked')].map(
        (box) => /** @type {HTMLInputElement} */ (box).value,
      );
      if (chosen.length === 0) showNotice('Chưa chọn đơn vị nào để nhắc.', 'error');
      else await remind(chosen);
    }),
  );
  /** @param {string} label @param {string} path */
  const draftButton = (label, path) => {
    const button = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'secondary' }, label));
    button.addEventListener('click', () =>
      withButton(button, async () => {
        const reply = await api('POST', path, { documentId });
        location.hash = `#/replies/${reply.id}`;
      }),
    );
    return button;
  };
  const canAct = session.user.role !== 'leader';

  replace(
    main,
    h('p', null, h('a', { href: `#/documents/${documentId}` }, '← Văn bản')),
    h('h1', null, 'Tình hình thực hiện'),
    h(
      'p',
      null,
      [
        directive.docType,
        directive.number ? `số ${directive.number}${directive.symbol ? `/${directive.symbol}` : ''}` : null,
        directive.subject ? `— ${directive.subject}` : null,
      ]
        .filter(Boolean)
        .join(' ') || doc.originalName,
    ),
    totals,
    canAct
      ? h(
          'div',
          { class: 'actions' },
          remindButton,
          remindChosen,
          draftButton('Soạn công văn đôn đốc', '/replies/drafts/reminder'),
          draftButton('Soạn báo cáo tổng hợp', '/replies/drafts/summary'),
          h(
            'a',
            { class: 'button secondary', href: `/tasks/register.csv?documentId=${documentId}`, download: '' },
            'Sổ theo dõi (CSV)',
          ),
          h(
            'a',
            { class: 'button secondary', href: `/tasks/register.xlsx?documentId=${documentId}`, download: '' },
            'Sổ theo dõi (Excel)',
          ),
        )
      : null,
    board,
  );
  await refresh();
}
