// @ts-check
// Clerk: drop scans (one or many) with per-file progress, and the list of incoming documents with
// their pipeline status, refreshed while any is still being read.
import { api, uploadWithProgress } from '../api.js';
import { badge, DOCUMENT_STATUS, formatDateTime, formatSize, h, replace } from '../dom.js';

const IN_PROGRESS = new Set(['received', 'text_ready']);
const ACCEPTED = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/png,image/jpeg,image/tiff';

/** @param {any} doc */
function statusBadge(doc) {
  const kind =
    doc.status === 'failed' ? 'bad' : doc.status === 'extracted' ? 'warn' : IN_PROGRESS.has(doc.status) ? 'busy' : 'ok';
  const pages =
    IN_PROGRESS.has(doc.status) && doc.progress.pageCount
      ? ` (${doc.progress.pagesDone}/${doc.progress.pageCount} trang)`
      : '';
  return badge(kind, `${DOCUMENT_STATUS[doc.status] ?? doc.status}${pages}`);
}

/** @type {import('../app.js').View} */
export async function renderDocuments(main, _params, session) {
  const canUpload = session.user.role !== 'leader';
  const uploads = h('ul', { class: 'uploads', 'aria-label': 'Tệp đang tải lên' });
  const list = h('div', { class: 'table-wrap' });
  const search = /** @type {HTMLInputElement} */ (
    h('input', { id: 'doc-search', type: 'search', placeholder: 'Tìm trong nội dung, ví dụ: mat khau' })
  );
  /** @type {number | undefined} */
  let timer;

  async function refresh() {
    window.clearTimeout(timer);
    const query = search.value.trim() ? `?q=${encodeURIComponent(search.value.trim())}` : '';
    const docs = await api('GET', `/documents${query}`);
    replace(
      list,
      docs.length === 0
        ? h('p', { class: 'muted' }, query ? 'Không có văn bản nào khớp.' : 'Chưa có văn bản nào.')
        : h(
            'table',
            { class: 'data' },
            h('caption', { class: 'sr-only' }, 'Văn bản đến'),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, 'Tệp'),
                h('th', { scope: 'col' }, 'Trạng thái'),
                h('th', { scope: 'col' }, 'Nhận lúc'),
                h('th', { scope: 'col' }, ''),
              ),
            ),
            h(
              'tbody',
              null,
              docs.map((/** @type {any} */ doc) =>
                h(
                  'tr',
                  { 'data-document-id': doc.id },
                  h(
                    'td',
                    null,
                    h('a', { href: `#/documents/${doc.id}` }, doc.originalName),
                    doc.snippet ? h('div', { class: 'muted small' }, doc.snippet) : null,
                  ),
                  h(
                    'td',
                    null,
                    statusBadge(doc),
                    doc.failure ? h('div', { class: 'error small' }, doc.failure.messageVi) : null,
                  ),
                  h('td', null, formatDateTime(doc.createdAt)),
                  h(
                    'td',
                    null,
                    doc.status === 'tasked'
                      ? h('a', { href: `#/documents/${doc.id}/compliance` }, 'Tình hình thực hiện')
                      : null,
                  ),
                ),
              ),
            ),
          ),
    );
    if (docs.some((/** @type {any} */ doc) => IN_PROGRESS.has(doc.status))) timer = window.setTimeout(refresh, 2000);
  }

  /** @param {File} file */
  async function uploadOne(file) {
    const bar = /** @type {HTMLProgressElement} */ (
      h('progress', { max: 1, value: 0, 'aria-label': `Tiến độ tải ${file.name}` })
    );
    const state = h('span', { class: 'small' }, 'Đang tải lên…');
    uploads.append(
      h(
        'li',
        null,
        h('span', { class: 'file-name' }, file.name, ' ', h('span', { class: 'muted small' }, formatSize(file.size))),
        bar,
        state,
      ),
    );
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const doc = await uploadWithProgress('/documents', form, (fraction) => (bar.value = fraction));
      bar.value = 1;
      replace(
        state,
        doc.duplicate ? 'Tệp này đã có, mở văn bản cũ.' : 'Đã nhận, đang nhận dạng chữ.',
        ' ',
        h('a', { href: `#/documents/${doc.id}` }, 'Mở'),
      );
    } catch (error) {
      state.className = 'small error';
      replace(state, /** @type {Error} */ (error).message);
    }
  }

  /** @param {FileList | File[]} files */
  async function uploadAll(files) {
    await Promise.all([...files].map(uploadOne));
    await refresh();
  }

  const fileInput = /** @type {HTMLInputElement} */ (
    h('input', {
      id: 'file-input',
      type: 'file',
      multiple: true,
      accept: ACCEPTED,
      class: 'sr-only',
      onchange: () => fileInput.files && uploadAll(fileInput.files),
    })
  );
  const dropZone = h(
    'div',
    {
      class: 'drop-zone',
      ondragover: (/** @type {DragEvent} */ event) => {
        event.preventDefault();
        dropZone.classList.add('over');
      },
      ondragleave: () => dropZone.classList.remove('over'),
      ondrop: (/** @type {DragEvent} */ event) => {
        event.preventDefault();
        dropZone.classList.remove('over');
        if (event.dataTransfer?.files.length) uploadAll(event.dataTransfer.files);
      },
    },
    h('p', null, 'Kéo thả bản quét vào đây (PDF, PNG, JPG, TIFF; nhiều tệp một lúc), hoặc'),
    h('label', { for: 'file-input', class: 'button' }, 'Chọn tệp…'),
    fileInput,
  );

  replace(
    main,
    h('h1', null, 'Văn bản đến'),
    canUpload ? h('section', { 'aria-label': 'Tải văn bản lên' }, dropZone, uploads) : null,
    h(
      'form',
      {
        class: 'search',
        role: 'search',
        onsubmit: (/** @type {Event} */ event) => (event.preventDefault(), refresh()),
      },
      h('label', { for: 'doc-search' }, 'Tìm văn bản'),
      search,
      h('button', { type: 'submit' }, 'Tìm'),
    ),
    list,
  );
  await refresh();
  return () => window.clearTimeout(timer);
}
