// @ts-check
// "Việc cần xử lý": each role's work today, as counts that open the lists behind them.
import { api } from '../api.js';
import { formatDate, h, replace } from '../dom.js';

/**
 * The tiles a role sees: [key, label, link]. A unit admin answers tasks; an issuer (clerk, leader)
 * reviews documents and reports and follows deadlines; a leader signs.
 * @param {string} role @param {string} today
 * @returns {Array<[string, string, string]>}
 */
function tilesFor(role, today) {
  const dueToday = /** @type {[string, string, string]} */ ([
    'dueToday',
    'Đến hạn hôm nay',
    `#/tasks?dueFrom=${today}&dueTo=${today}`,
  ]);
  const overdue = /** @type {[string, string, string]} */ (['overdue', 'Quá hạn', '#/tasks?overdue=true']);
  const returned = /** @type {[string, string, string]} */ ([
    'returned',
    'Bị trả lại',
    role === 'unit_admin' ? '#/tasks?status=returned' : '#/replies?status=returned',
  ]);
  const signature = /** @type {[string, string, string]} */ ([
    'awaitingSignature',
    role === 'leader' ? 'Chờ ký' : 'Đang chờ ký',
    '#/replies?status=submitted',
  ]);
  const review = /** @type {[string, string, string]} */ ([
    'awaitingReview',
    'Báo cáo chờ xem xét',
    '#/tasks?status=closed',
  ]);
  const documents = /** @type {[string, string, string]} */ ([
    'documentsToReview',
    'Văn bản chờ rà soát',
    '#/documents?status=extracted',
  ]);
  const cancelled = /** @type {[string, string, string]} */ ([
    'cancelled',
    'Nhiệm vụ hủy do văn bản bị thu hồi (7 ngày)',
    '#/tasks?status=cancelled',
  ]);
  if (role === 'unit_admin') return [dueToday, overdue, returned, signature, cancelled];
  if (role === 'leader') return [signature, review, overdue, dueToday];
  return [documents, review, dueToday, overdue, signature, returned];
}

/** @type {import('../app.js').View} */
export async function renderHome(main, _params, session) {
  const counts = await api('GET', '/worklist');
  const unit = session.unitName(session.user.unitId);
  replace(
    main,
    h('h1', null, 'Việc cần xử lý'),
    h('p', { class: 'muted' }, `Hôm nay ${formatDate(counts.today)}${unit ? ` · ${unit}` : ''}`),
    h(
      'ul',
      { class: 'counts' },
      tilesFor(session.user.role, counts.today)
        .filter(([key]) => key !== 'cancelled' || counts.cancelled > 0)
        .map(([key, label, href]) =>
          h(
            'li',
            { 'data-count': key },
            h(
              'a',
              { href, class: key === 'overdue' && counts[key] > 0 ? 'error' : '' },
              h('span', { class: 'count' }, String(counts[key])),
              label,
            ),
          ),
        ),
    ),
  );
}
