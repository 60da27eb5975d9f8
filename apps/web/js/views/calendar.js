// @ts-check
// Lịch hạn xử lý: a month of the tasks the caller may see (the organisation's for an issuer, the
// unit's for a unit admin), each day with its counts; a day opens the task list due that day.
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { hashValues, setHashQuery } from '../list-query.js';

const WEEKDAYS = [
  ['T2', 'Thứ Hai'],
  ['T3', 'Thứ Ba'],
  ['T4', 'Thứ Tư'],
  ['T5', 'Thứ Năm'],
  ['T6', 'Thứ Sáu'],
  ['T7', 'Thứ Bảy'],
  ['CN', 'Chủ Nhật'],
];

/** "2026-12" from "2026-11" moved by `step` months. @param {string} month @param {number} step */
function shift(month, step) {
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, m - 1 + step, 1));
  return date.toISOString().slice(0, 7);
}

/** @type {import('../app.js').View} */
export async function renderCalendar(main) {
  const query = hashValues();
  const data = await api('GET', `/calendar${query.month ? `?month=${encodeURIComponent(query.month)}` : ''}`);
  const byDay = new Map(data.days.map((/** @type {any} */ day) => [day.date, day]));
  const [year, month] = data.month.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Monday first: blanks before the 1st.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells = [];
  for (let i = 0; i < lead; i++) cells.push(h('td', { class: 'blank' }));
  for (let d = 1; d <= daysInMonth; d++) {
    const date = `${data.month}-${String(d).padStart(2, '0')}`;
    const day = byDay.get(date);
    const label = `${d}/${month}/${year}`;
    cells.push(
      h(
        'td',
        {
          'data-date': date,
          class: [date === data.today ? 'today' : '', day?.overdue ? 'overdue' : day?.open ? 'due' : '']
            .filter(Boolean)
            .join(' '),
        },
        h('span', { class: 'day-number' }, d),
        day
          ? h(
              'a',
              { href: `#/tasks?dueFrom=${date}&dueTo=${date}` },
              // The day is read out before its counts (its number is shown above the link).
              h('span', { class: 'sr-only' }, `Ngày ${label}: `),
              h('span', { class: 'count' }, `${day.total} việc`),
              day.overdue ? h('span', { class: 'count bad' }, `${day.overdue} quá hạn`) : null,
              !day.overdue && day.open ? h('span', { class: 'count warn' }, `${day.open} chưa báo cáo`) : null,
            )
          : null,
      ),
    );
  }
  while (cells.length % 7) cells.push(h('td', { class: 'blank' }));
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(h('tr', null, cells.slice(i, i + 7)));
  const total = data.days.reduce((/** @type {number} */ sum, /** @type {any} */ day) => sum + day.total, 0);
  replace(
    main,
    h('h1', null, `Lịch hạn xử lý tháng ${month}/${year}`),
    h(
      'nav',
      { class: 'toolbar', 'aria-label': 'Chọn tháng' },
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => setHashQuery({ month: shift(data.month, -1) }) },
        '← Tháng trước',
      ),
      h('button', { type: 'button', class: 'secondary', onclick: () => setHashQuery({ month: null }) }, 'Tháng này'),
      h(
        'button',
        { type: 'button', class: 'secondary', onclick: () => setHashQuery({ month: shift(data.month, 1) }) },
        'Tháng sau →',
      ),
    ),
    h('p', { class: 'muted' }, `${total.toLocaleString('vi-VN')} nhiệm vụ đến hạn trong tháng.`),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'calendar' },
        h('caption', { class: 'sr-only' }, `Lịch hạn xử lý tháng ${month}/${year}`),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            WEEKDAYS.map(([short, name]) =>
              h('th', { scope: 'col', 'aria-label': name }, h('abbr', { title: name }, short)),
            ),
          ),
        ),
        h('tbody', null, weeks),
      ),
    ),
  );
}
