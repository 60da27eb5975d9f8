// @ts-check
// Issuer: who has done the work of a directive, who was late, who has not reported; remind the
// late units in one click, draft the reminder or the summary report.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
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
    );
    replace(
      board,
      h(
        'table',
        { class: 'data' },
        h('caption', null, 'Tình hình thực hiện theo đơn vị'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['Đơn vị', 'Số nhiệm vụ', 'Đã hoàn thành', 'Muộn', 'Chưa báo cáo', 'Quá hạn'].map((label) =>
              h('th', { scope: 'col' }, label),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          rows.map((/** @type {any} */ row) =>
            h(
              'tr',
              { class: row.overdue > 0 ? 'overdue' : row.notReported === 0 ? 'complete' : '' },
              h('th', { scope: 'row' }, row.unitName),
              h('td', null, row.total),
              h('td', null, row.done),
              h('td', null, row.late),
              h('td', null, row.notReported),
              h('td', null, row.overdue > 0 ? `${row.overdue} (quá hạn)` : '0'),
            ),
          ),
        ),
      ),
    );
  }

  const remindButton = /** @type {HTMLButtonElement} */ (
    h('button', { type: 'button' }, 'Nhắc các đơn vị chưa báo cáo')
  );
  remindButton.addEventListener('click', () =>
    withButton(remindButton, async () => {
      const result = await api('POST', `/documents/${documentId}/remind`);
      showNotice(
        result.reminded
          ? `Đã nhắc ${result.reminded} nhiệm vụ của ${result.units.length} đơn vị.`
          : 'Không có nhiệm vụ nào cần nhắc (đã nhắc hôm nay hoặc đã báo cáo đủ).',
      );
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
