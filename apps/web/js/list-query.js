// @ts-check
// Lists keep their filters, sort and page in the URL (#/documents?issuer=...&offset=50), so a view
// can be bookmarked and shared; the server filters, sorts and pages, and says how many match.
import { h } from './dom.js';

/** The query of the current hash. @returns {URLSearchParams} */
export function hashQuery() {
  return new URLSearchParams(location.hash.split('?')[1] ?? '');
}

/**
 * Moves to the same view with these parameters (empty values dropped); the router renders it again.
 * @param {Record<string, string | number | boolean | null | undefined>} values
 */
export function setHashQuery(values) {
  const path = location.hash.split('?')[0] || '#/';
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    if (value !== null && value !== undefined && value !== '' && value !== false) query.set(name, String(value));
  const next = query.size ? `${path}?${query}` : path;
  if (next !== location.hash) location.hash = next;
}

/** The current query as an object. @returns {Record<string, string>} */
export function hashValues() {
  return Object.fromEntries(hashQuery());
}

/**
 * "Trang 2/8 · 763 nhiệm vụ" with previous/next links that keep the other parameters. A list that
 * stopped counting (`totalExact: false`, the task lists past 1.000) says "Trang 1/10+ · hơn 1.000".
 * @param {{ total: number, totalExact?: boolean, limit: number, offset: number }} page
 * @param {string} noun what is counted ("văn bản", "nhiệm vụ")
 */
export function pager(page, noun) {
  const more = page.totalExact === false;
  const pages = Math.max(1, Math.ceil(page.total / page.limit));
  const current = Math.floor(page.offset / page.limit) + 1;
  const link = (/** @type {number} */ offset, /** @type {string} */ label, /** @type {string} */ rel) => {
    const query = hashQuery();
    if (offset > 0) query.set('offset', String(offset));
    else query.delete('offset');
    const path = location.hash.split('?')[0];
    return h('a', { class: 'button secondary', href: query.size ? `${path}?${query}` : path, rel }, label);
  };
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Phân trang' },
    current > 1 ? link(Math.max(0, page.offset - page.limit), '← Trang trước', 'prev') : null,
    h(
      'span',
      { 'aria-live': 'polite' },
      more
        ? `Trang ${current}/${pages}+ · hơn ${page.total.toLocaleString('vi-VN')} ${noun}`
        : `Trang ${current}/${pages} · ${page.total.toLocaleString('vi-VN')} ${noun}`,
    ),
    current < pages || more ? link(page.offset + page.limit, 'Trang sau →', 'next') : null,
  );
}

/**
 * A column heading that sorts the list by `key` (clicked again: the other way), back on the first page.
 * @param {Record<string, string>} query the current query (hashValues())
 * @param {string} defaultSort the key the server sorts by when none is given
 * @param {string} key
 * @param {string} label
 */
export function sortableHeading(query, defaultSort, key, label) {
  const active = (query.sort ?? defaultSort) === key;
  const order = active ? (query.order ?? 'desc') : null;
  return h(
    'th',
    { scope: 'col', 'aria-sort': order ? (order === 'asc' ? 'ascending' : 'descending') : null },
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: () =>
          setHashQuery({ ...query, offset: null, sort: key, order: active && order === 'desc' ? 'asc' : 'desc' }),
      },
      label,
      order ? (order === 'asc' ? ' ▲' : ' ▼') : '',
    ),
  );
}
