// @ts-check
// Clerk: drop scans (one or many) with per-file progress, and the sổ văn bản đến: số đến, ngày đến,
// the directive's fields, hạn and đơn vị xử lý, status; filters, sort and page in the URL; Excel export.
import { api, uploadWithProgress } from '../api.js';
import { badge, DOCUMENT_STATUS, formatDate, formatSize, h, replace } from '../dom.js';
import { takenBackText } from './take-back.js';
import { hashValues, pager, setHashQuery, sortableHeading } from '../list-query.js';
import { showNotice, withButton } from '../notice.js';

const IN_PROGRESS = new Set(['received', 'text_ready']);
const ACCEPTED = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/png,image/jpeg,image/tiff';

/** @param {any} doc */
function statusBadge(doc) {
  if (doc.takenBack) return badge('bad', takenBackText(doc.takenBack));
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
  /** @type {number | undefined} */
  let timer;

  const query = hashValues();
  const limit = 50;

  /** A filter field bound to a URL parameter. @param {string} name @param {string} label @param {Record<string, unknown>} [attrs] */
  const field = (name, label, attrs = {}) => {
    const input = h('input', { id: `reg-${name}`, name, value: query[name] ?? '', ...attrs });
    return h('div', { class: 'field' }, h('label', { for: `reg-${name}` }, label), input);
  };
  const statusSelect = h(
    'select',
    { id: 'reg-status', name: 'status' },
    h('option', { value: '' }, 'Tất cả'),
    Object.entries(DOCUMENT_STATUS).map(([value, label]) =>
      h('option', { value, selected: query.status === value }, label),
    ),
  );
  const filters = /** @type {HTMLFormElement} */ (
    h(
      'form',
      {
        class: 'filters',
        role: 'search',
        'aria-label': 'Lọc sổ văn bản đến',
        onsubmit: (/** @type {Event} */ event) => {
          event.preventDefault();
          const data = new FormData(filters);
          setHashQuery({
            ...Object.fromEntries([...data].map(([k, v]) => [k, String(v).trim()])),
            overdue: data.has('overdue') ? 'true' : null,
            sort: query.sort,
            order: query.order,
          });
        },
      },
      field('q', 'Tìm (số, trích yếu, nội dung)', { type: 'search', placeholder: 'ví dụ: mat khau' }),
      field('issuer', 'Cơ quan ban hành', { type: 'search' }),
      h('div', { class: 'field' }, h('label', { for: 'reg-status' }, 'Trạng thái'), statusSelect),
      field('receivedFrom', 'Ngày đến từ', { type: 'date' }),
      field('receivedTo', 'đến ngày', { type: 'date' }),
      field('dateFrom', 'Ngày văn bản từ', { type: 'date' }),
      field('dateTo', 'đến ngày', { type: 'date' }),
      field('dueFrom', 'Hạn xử lý từ', { type: 'date' }),
      field('dueTo', 'đến ngày', { type: 'date' }),
      h(
        'div',
        { class: 'field check' },
        h('input', { id: 'reg-overdue', type: 'checkbox', name: 'overdue', checked: query.overdue === 'true' }),
        h('label', { for: 'reg-overdue' }, 'Chỉ văn bản có việc quá hạn'),
      ),
      h(
        'div',
        { class: 'field' },
        h('button', { type: 'submit' }, 'Lọc'),
        h('a', { href: '#/documents', class: 'button secondary' }, 'Bỏ lọc'),
      ),
    )
  );
  const apiQuery = () => {
    const params = new URLSearchParams(query);
    params.set('limit', String(limit));
    return params;
  };
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete('offset');
  const exportLink = h(
    'a',
    { class: 'button secondary', href: `/documents/register.xlsx?${exportQuery}`, download: '' },
    'Xuất sổ (Excel)',
  );
  const printLink = h(
    'a',
    { class: 'button secondary', href: `/documents/register.pdf?${exportQuery}`, download: '' },
    'In sổ (PDF)',
  );

  const sortable = (/** @type {string} */ key, /** @type {string} */ label) =>
    sortableHeading(query, 'incomingNumber', key, label);

  async function refresh() {
    window.clearTimeout(timer);
    const page = await api('GET', `/documents?${apiQuery()}`);
    const docs = page.items;
    replace(
      list,
      docs.length === 0
        ? h('p', { class: 'muted' }, Object.keys(query).length ? 'Không có văn bản nào khớp.' : 'Chưa có văn bản nào.')
        : h(
            'table',
            { class: 'data register' },
            h('caption', { class: 'sr-only' }, 'Sổ văn bản đến'),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                sortable('incomingNumber', 'Số đến'),
                sortable('receivedOn', 'Ngày đến'),
                h('th', { scope: 'col' }, 'Số, ký hiệu'),
                sortable('date', 'Ngày văn bản'),
                sortable('issuer', 'Cơ quan ban hành'),
                h('th', { scope: 'col' }, 'Trích yếu'),
                sortable('dueOn', 'Hạn xử lý'),
                h('th', { scope: 'col' }, 'Đơn vị xử lý'),
                sortable('status', 'Trạng thái'),
              ),
            ),
            h(
              'tbody',
              null,
              docs.map((/** @type {any} */ doc) =>
                h(
                  'tr',
                  { 'data-document-id': doc.id, class: doc.overdueTasks > 0 ? 'overdue' : '' },
                  h('td', null, doc.incomingNumber ?? '—'),
                  h('td', { class: 'nowrap' }, formatDate(doc.receivedOn)),
                  h('td', { class: 'nowrap' }, doc.numberSymbol),
                  h('td', { class: 'nowrap' }, formatDate(doc.date)),
                  h('td', null, doc.issuer ?? ''),
                  h(
                    'td',
                    null,
                    h('a', { href: `#/documents/${doc.id}` }, doc.subject || doc.title),
                    doc.subject ? h('div', { class: 'muted small' }, doc.title) : null,
                    doc.snippet ? h('div', { class: 'muted small' }, doc.snippet) : null,
                  ),
                  h('td', { class: 'nowrap' }, formatDate(doc.dueOn)),
                  h(
                    'td',
                    { class: 'small' },
                    doc.units.join(', '),
                    doc.unitCount > doc.units.length ? ` và ${doc.unitCount - doc.units.length} đơn vị khác` : '',
                  ),
                  h(
                    'td',
                    null,
                    statusBadge(doc),
                    doc.overdueTasks > 0
                      ? h('div', { class: 'error small' }, `${doc.overdueTasks} việc quá hạn`)
                      : null,
                    doc.failure ? h('div', { class: 'error small' }, doc.failure.messageVi) : null,
                    doc.status === 'failed' && canUpload ? failedActions(doc) : null,
                    doc.status === 'tasked'
                      ? h(
                          'div',
                          { class: 'small' },
                          h('a', { href: `#/documents/${doc.id}/compliance` }, 'Tình hình thực hiện'),
                        )
                      : null,
                  ),
                ),
              ),
            ),
          ),
      pager(page, 'văn bản'),
    );
    if (docs.some((/** @type {any} */ doc) => IN_PROGRESS.has(doc.status))) timer = window.setTimeout(refresh, 2000);
  }

  /** "Thử lại" and "Xoá" for a refused document. @param {any} doc */
  function failedActions(doc) {
    const name = doc.title;
    const retry = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'secondary small', 'aria-label': `Thử lại ${name}` }, 'Thử lại')
    );
    retry.addEventListener('click', () =>
      withButton(retry, async () => {
        try {
          await api('POST', `/documents/${doc.id}/retry`);
          showNotice(`Đang xử lý lại ${name}.`);
        } finally {
          await refresh();
        }
      }),
    );
    const remove = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'secondary small danger', 'aria-label': `Xoá ${name}` }, 'Xoá')
    );
    remove.addEventListener('click', () =>
      withButton(remove, async () => {
        if (!window.confirm(`Xoá văn bản lỗi "${name}" khỏi sổ? Tệp gốc vẫn được lưu để đối chiếu.`)) return;
        await api('DELETE', `/documents/${doc.id}`);
        showNotice(`Đã xoá ${name}.`);
        await refresh();
      }),
    );
    return h('div', { class: 'row-actions' }, retry, remove);
  }

  /**
   * Follows an upload until its processing ends, so the file's line never says "đang nhận dạng"
   * after it has: then it says where the document stands (or why it was refused).
   * @param {string} id @param {HTMLElement} state
   */
  async function follow(id, state) {
    for (;;) {
      await new Promise((done) => window.setTimeout(done, 1500));
      if (!state.isConnected) return;
      const doc = await api('GET', `/documents/${id}`).catch(() => null);
      if (!doc) return;
      if (IN_PROGRESS.has(doc.status)) continue;
      state.className = doc.status === 'failed' ? 'small error' : 'small';
      replace(
        state,
        doc.status === 'failed'
          ? `${DOCUMENT_STATUS.failed}: ${doc.failure?.messageVi ?? ''}`
          : `${DOCUMENT_STATUS[doc.status] ?? doc.status}.`,
        ' ',
        h('a', { href: `#/documents/${id}` }, 'Mở'),
      );
      return;
    }
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
        doc.duplicate ? 'Tệp này đã có, mở văn bản cũ.' : `${DOCUMENT_STATUS[doc.status] ?? doc.status}…`,
        ' ',
        h('a', { href: `#/documents/${doc.id}` }, 'Mở'),
      );
      if (IN_PROGRESS.has(doc.status)) void follow(doc.id, state);
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

  const active = Object.keys(query).filter((name) => !['sort', 'order', 'offset'].includes(name)).length;
  replace(
    main,
    h('h1', null, 'Sổ văn bản đến'),
    canUpload ? h('section', { 'aria-label': 'Tải văn bản lên' }, dropZone, uploads) : null,
    h(
      'details',
      { class: 'filter-panel', open: active > 0 },
      h('summary', null, active ? `Bộ lọc (${active} điều kiện)` : 'Bộ lọc'),
      filters,
    ),
    h('div', { class: 'toolbar' }, exportLink, printLink),
    list,
  );
  await refresh();
  return () => window.clearTimeout(timer);
}
