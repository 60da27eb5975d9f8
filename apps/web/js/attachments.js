// @ts-check
// An answer's attachments: each downloads under its own name; a PDF or an image also opens in the
// page (the server sends those inline, the rest only as downloads).
import { formatDateTime, formatSize, h } from './dom.js';

const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** @param {string} taskId @param {any} response */
export function attachmentList(taskId, response) {
  const files = response.attachments ?? [];
  if (files.length === 0) return null;
  const preview = h('div', { class: 'attachment-preview', hidden: true });
  return h(
    'div',
    { class: 'attachments' },
    h(
      'ul',
      { class: 'attachment-list' },
      files.map((/** @type {any} */ file, /** @type {number} */ index) => {
        const url = `/tasks/${taskId}/responses/${response.id}/attachments/${index}`;
        const show = PREVIEWABLE.has(file.mimeType)
          ? h(
              'button',
              {
                type: 'button',
                class: 'secondary small',
                'aria-label': `Xem ${file.name}`,
                onclick: () => {
                  preview.hidden = false;
                  preview.replaceChildren(
                    h('p', { class: 'small' }, file.name),
                    file.mimeType === 'application/pdf'
                      ? h('iframe', { class: 'attachment-frame', src: url, title: `Xem trước ${file.name}` })
                      : h('img', { class: 'attachment-image', src: url, alt: `Tệp đính kèm ${file.name}` }),
                  );
                  preview.scrollIntoView({ block: 'nearest' });
                },
              },
              'Xem',
            )
          : null;
        return h(
          'li',
          { class: 'attachment', 'data-attachment': String(index) },
          h('span', null, `📎 ${file.name} (${formatSize(file.sizeBytes)})`),
          show,
          h('a', { class: 'button secondary small', href: `${url}?download=1` }, 'Tải về'),
        );
      }),
    ),
    preview,
  );
}

/** An answer: when, what it says, its files. @param {string} taskId @param {any} response */
export function responseItem(taskId, response) {
  return h(
    'li',
    { 'data-response-id': response.id },
    h('p', { class: 'small muted' }, formatDateTime(response.createdAt)),
    h('p', { class: 'prewrap' }, response.text),
    attachmentList(taskId, response),
  );
}
