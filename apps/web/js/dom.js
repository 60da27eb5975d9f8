// @ts-check
// DOM building without innerHTML: every value reaches the page as text, so nothing a document,
// a unit or a user wrote can run as markup.

/**
 * @param {string} tag
 * @param {Record<string, unknown> | null} [attrs] `class`, `for`, `on<event>` handlers, booleans, others as attributes.
 * @param {...unknown} children strings, numbers, nodes, arrays of them; null/false/undefined are skipped.
 * @returns {HTMLElement}
 */
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function')
      element.addEventListener(name.slice(2), /** @type {EventListener} */ (value));
    else if (name === 'class') element.className = String(value);
    else if (name === 'for') /** @type {HTMLLabelElement} */ (element).htmlFor = String(value);
    else if (name === 'value' && 'value' in element) /** @type {HTMLInputElement} */ (element).value = String(value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** @param {Node} parent @param {unknown[]} children */
function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. @param {Element} element @param {...unknown} children */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** "05/08/2024" from "2024-08-05" (or a date-time); "" for null. @param {string | null | undefined} iso */
export function formatDate(iso) {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return day ? `${day}/${month}/${year}` : `${month}/${year}`;
}

/** "14:05 05/08/2024" in Vietnam time. @param {string | null | undefined} iso */
export function formatDateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}

/** "1,2 MB". @param {number} bytes */
export function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

// Document and task statuses are named by the server (the exports say the same): see labels.js,
// a module the API generates from its own labels.
export { DOCUMENT_STATUS, TASK_STATUS, ROLE, AUDIT_ACTION } from './labels.js';

export const REPLY_STATUS = /** @type {Record<string, string>} */ ({
  draft: 'Dự thảo',
  submitted: 'Chờ ký',
  returned: 'Bị trả lại',
  signed: 'Đã ký',
  issued: 'Đã ban hành',
});

export const REPLY_KIND = /** @type {Record<string, string>} */ ({
  unit_report: 'Báo cáo kết quả thực hiện',
  summary_report: 'Báo cáo tổng hợp',
  reminder: 'Công văn đôn đốc',
});

/** The lines of a textarea that say something, trimmed: one recipient, one item per line. @param {string} value */
export function nonEmptyLines(value) {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A coloured status label. @param {string} kind @param {string} text */
export function badge(kind, text) {
  return h('span', { class: `badge badge-${kind}` }, text);
}
