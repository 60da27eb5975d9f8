// @ts-check
// Outgoing documents: the author submits a draft for signature; the leader previews it, signs it
// with a PKCS#12 certificate (the register number is given then) or returns it with a reason; the
// clerk issues it.
import { api, uploadWithProgress } from '../api.js';
import { badge, formatDate, formatDateTime, h, nonEmptyLines, replace, REPLY_KIND, REPLY_STATUS } from '../dom.js';
import { showNotice, withButton } from '../notice.js';
import { hashValues, pager, setHashQuery, sortableHeading } from '../list-query.js';

/** @param {string} status */
const statusBadge = (status) =>
  badge(
    status === 'submitted' ? 'warn' : status === 'returned' ? 'bad' : status === 'draft' ? 'busy' : 'ok',
    REPLY_STATUS[status] ?? status,
  );

/** "Số 05/BC-UBND" once numbered. @param {any} reply */
const numberOf = (reply) => (reply.number ? `Số ${String(reply.number).padStart(2, '0')}` : 'Chưa có số');

const PAGE = 50;

/** @type {import('../app.js').View} */
export async function renderReplies(main, _params, session) {
  const leader = session.user.role === 'leader';
  // Filters, sort and page live in the URL (#/replies?status=returned&sort=number&offset=50); a
  // leader starts on what waits for its signature ("all" shows everything).
  const query = hashValues();
  const status = query.status ?? (leader ? 'submitted' : '');
  const filter = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      {
        id: 'reply-filter',
        onchange: () => setHashQuery({ ...query, offset: null, status: filter.value || (leader ? 'all' : null) }),
      },
      h('option', { value: '' }, 'Tất cả'),
      Object.entries(REPLY_STATUS).map(([value, label]) => h('option', { value, selected: status === value }, label)),
    )
  );
  const kindFilter = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: 'reply-kind', onchange: () => setHashQuery({ ...query, offset: null, kind: kindFilter.value || null }) },
      h('option', { value: '' }, 'Tất cả'),
      Object.entries(REPLY_KIND).map(([value, label]) => h('option', { value, selected: query.kind === value }, label)),
    )
  );
  const sortable = (/** @type {string} */ key, /** @type {string} */ label) =>
    sortableHeading(query, 'createdAt', key, label);
  const params = new URLSearchParams({ paged: 'true', limit: String(PAGE), offset: query.offset ?? '0' });
  if (status && status !== 'all') params.set('status', status);
  for (const name of ['kind', 'sort', 'order', 'documentId']) if (query[name]) params.set(name, query[name]);
  const page = await api('GET', `/replies?${params}`);
  const replies = page.items;
  const list =
    replies.length === 0
      ? h(
          'p',
          { class: 'muted' },
          leader && status === 'submitted' ? 'Không có văn bản nào chờ ký.' : 'Chưa có văn bản nào.',
        )
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'data' },
            h('caption', { class: 'sr-only' }, 'Văn bản đi'),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, 'Loại'),
                h('th', { scope: 'col' }, 'Trích yếu'),
                sortable('number', 'Số'),
                sortable('status', 'Trạng thái'),
                sortable('createdAt', 'Tạo lúc'),
              ),
            ),
            h(
              'tbody',
              null,
              replies.map((/** @type {any} */ reply) =>
                h(
                  'tr',
                  { 'data-reply-id': reply.id },
                  h('td', null, REPLY_KIND[reply.kind] ?? reply.kind),
                  h('td', null, h('a', { href: `#/replies/${reply.id}` }, reply.subject || '(chưa có trích yếu)')),
                  h('td', null, numberOf(reply)),
                  h('td', null, statusBadge(reply.status)),
                  h('td', null, formatDateTime(reply.createdAt)),
                ),
              ),
            ),
          ),
        );

  replace(
    main,
    h('h1', null, leader ? 'Văn bản chờ ký' : 'Văn bản đi'),
    h(
      'div',
      { class: 'toolbar' },
      h('label', { for: 'reply-filter' }, 'Trạng thái'),
      filter,
      h('label', { for: 'reply-kind' }, 'Loại'),
      kindFilter,
    ),
    list,
    pager(page, 'văn bản'),
  );
}

/** @type {import('../app.js').View} */
export async function renderReply(main, [replyId], session) {
  const reply = await api('GET', `/replies/${replyId}`);
  const role = session.user.role;
  const rerender = () => renderReply(main, [replyId], session);
  const actions = h('section', { class: 'card', 'aria-label': 'Thao tác' });

  if (
    ['clerk', 'unit_admin', 'system_admin'].includes(role) &&
    (reply.status === 'draft' || reply.status === 'returned')
  ) {
    const submit = /** @type {HTMLButtonElement} */ (h('button', { type: 'button' }, 'Trình lãnh đạo ký'));
    submit.addEventListener('click', () =>
      withButton(
        submit,
        async () => (await api('POST', `/replies/${replyId}/submit`), showNotice('Đã trình ký.'), await rerender()),
      ),
    );
    actions.append(draftEditor(reply, rerender), submit);
  }
  if (role === 'leader' && reply.status === 'submitted')
    actions.append(signForm(replyId, rerender), returnForm(replyId, rerender));
  if (['clerk', 'system_admin'].includes(role) && reply.status === 'signed') {
    const issue = /** @type {HTMLButtonElement} */ (h('button', { type: 'button' }, 'Ban hành'));
    issue.addEventListener('click', () =>
      withButton(
        issue,
        async () => (await api('POST', `/replies/${replyId}/issue`), showNotice('Đã ban hành.'), await rerender()),
      ),
    );
    actions.append(issue);
  }

  const model = reply.model ?? {};
  replace(
    main,
    h('p', null, h('a', { href: '#/replies' }, '← Văn bản đi')),
    h('h1', null, REPLY_KIND[reply.kind] ?? reply.kind),
    h(
      'p',
      null,
      statusBadge(reply.status),
      ' ',
      numberOf(reply),
      reply.signedAt ? ` · ký lúc ${formatDateTime(reply.signedAt)}` : '',
      model.date ? ` · ngày ${formatDate(model.date)}` : '',
    ),
    reply.status === 'returned' && reply.returnedReason
      ? h('p', { class: 'error' }, `Lãnh đạo trả lại: ${reply.returnedReason}`)
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'a',
        { class: 'button secondary', href: `/replies/${replyId}/pdf`, download: '' },
        reply.status === 'signed' || reply.status === 'issued' ? 'Tải bản đã ký (PDF)' : 'Tải PDF',
      ),
      h('a', { class: 'button secondary', href: `/replies/${replyId}/docx`, download: '' }, 'Tải DOCX'),
    ),
    // The document beside the panel that acts on it (sign, return, submit), which stays in view while
    // the reader scrolls the preview.
    h(
      'div',
      { class: actions.childElementCount ? 'reply-work' : null },
      h('iframe', { class: 'preview', title: 'Xem trước văn bản', src: `/replies/${replyId}/preview`, sandbox: '' }),
      actions.childElementCount ? h('aside', { class: 'reply-panel', 'aria-label': 'Xử lý văn bản' }, actions) : null,
    ),
  );
}

/**
 * The author's corrections to a draft: the facts a prefilled draft cannot know (the signer's
 * name, the results in the unit's words) and anything else worth rewording.
 * @param {any} reply
 * @param {() => Promise<void>} done
 */
function draftEditor(reply, done) {
  const model = structuredClone(reply.model);
  /** @type {Array<() => void>} */
  const collectors = [];
  let count = 0;
  /** @param {string} label @param {string} value @param {(value: string) => void} write @param {boolean} [multiline] */
  const field = (label, value, write, multiline = false) => {
    const id = `draft-field-${++count}`;
    const input = /** @type {HTMLInputElement} */ (
      multiline
        ? h('textarea', { id, rows: Math.min(10, Math.max(2, value.split('\n').length + 1)) }, value)
        : h('input', { id, value })
    );
    collectors.push(() => write(input.value));
    return h('div', { class: 'field' }, h('label', { for: id }, label), input);
  };
  /** Ngày ban hành typed as dd/mm/yyyy (the server reads it), with a date picker beside it. @param {any} m */
  const dateField = (m) => {
    const id = `draft-field-${++count}`;
    const text = /** @type {HTMLInputElement} */ (
      h('input', { id, value: formatDate(m.date), placeholder: '30/11/2026', inputmode: 'numeric' })
    );
    const picker = /** @type {HTMLInputElement} */ (
      h('input', {
        type: 'date',
        'aria-label': 'Chọn ngày ban hành',
        value: /^\d{4}-\d{2}-\d{2}$/.test(m.date ?? '') ? m.date : '',
        onchange: () => (text.value = formatDate(picker.value)),
      })
    );
    collectors.push(() => (m.date = text.value.trim()));
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, 'Ngày ban hành (ngày/tháng/năm)'),
      h('div', { class: 'row' }, text, picker),
    );
  };
  const sections = (model.body ?? []).map((/** @type {any} */ section, /** @type {number} */ i) => {
    const title = section.heading || `Phần ${i + 1}`;
    if (section.kind === 'paragraph') return field(title, section.text, (v) => (section.text = v), true);
    if (section.kind === 'items')
      return field(
        `${title} (mỗi dòng một ý)`,
        section.items.join('\n'),
        (v) => (section.items = nonEmptyLines(v)),
        true,
      );
    return h('p', { class: 'small muted' }, `${title}: bảng kết quả theo đơn vị, lấy từ tình hình thực hiện.`);
  });
  const save = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit', class: 'secondary' }, 'Lưu dự thảo'));
  return h(
    'details',
    { class: 'draft-editor', open: !model.signer?.name },
    h('summary', null, 'Sửa dự thảo'),
    h(
      'form',
      {
        onsubmit: (/** @type {Event} */ event) => {
          event.preventDefault();
          collectors.forEach((collect) => collect());
          withButton(
            save,
            async () => (
              await api('PATCH', `/replies/${reply.id}`, { model }),
              showNotice('Đã lưu dự thảo.'),
              await done()
            ),
          );
        },
      },
      h(
        'div',
        { class: 'row' },
        field('Địa danh', model.place ?? '', (v) => (model.place = v)),
        dateField(model),
      ),
      field('Trích yếu', model.subject ?? '', (v) => (model.subject = v), true),
      field(
        'Kính gửi (mỗi dòng một nơi)',
        (model.recipients ?? []).join('\n'),
        (v) => (model.recipients = nonEmptyLines(v)),
        true,
      ),
      sections,
      field(
        'Nơi nhận (mỗi dòng một nơi)',
        (model.distribution ?? []).join('\n'),
        (v) => (model.distribution = nonEmptyLines(v)),
        true,
      ),
      model.signer
        ? h(
            'div',
            { class: 'row' },
            field('Chức vụ người ký', model.signer.deputyTitle ?? model.signer.title ?? '', (v) =>
              model.signer.deputyTitle ? (model.signer.deputyTitle = v) : (model.signer.title = v),
            ),
            field('Họ và tên người ký', model.signer.name ?? '', (v) => (model.signer.name = v)),
          )
        : null,
      h('div', { class: 'actions' }, save),
    ),
  );
}

/** @param {string} replyId @param {() => Promise<void>} done */
function signForm(replyId, done) {
  const certificate = /** @type {HTMLInputElement} */ (
    h('input', { id: 'sign-certificate', type: 'file', accept: '.p12,.pfx,application/x-pkcs12', required: true })
  );
  const passphrase = /** @type {HTMLInputElement} */ (
    h('input', { id: 'sign-passphrase', type: 'password', autocomplete: 'off', required: true })
  );
  const image = /** @type {HTMLInputElement} */ (
    h('input', { id: 'sign-image', type: 'file', accept: 'image/png,image/jpeg' })
  );
  const sign = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit' }, 'Ký số và cấp số'));
  return h(
    'form',
    {
      class: 'sign',
      onsubmit: (/** @type {Event} */ event) => {
        event.preventDefault();
        const file = certificate.files?.[0];
        if (!file) return showNotice('Chọn tệp chứng thư số (.p12).', 'error');
        withButton(sign, async () => {
          const form = new FormData();
          form.append('certificate', file, file.name);
          form.append('passphrase', passphrase.value);
          const picture = image.files?.[0];
          if (picture) form.append('signatureImage', picture, picture.name);
          const signed = await uploadWithProgress(`/replies/${replyId}/sign`, form, () => undefined);
          passphrase.value = '';
          showNotice(`Đã ký, văn bản số ${String(signed.number).padStart(2, '0')}.`);
          await done();
        });
      },
    },
    h('h2', null, 'Ký duyệt'),
    h('label', { for: 'sign-certificate' }, 'Chứng thư số (tệp .p12)'),
    certificate,
    h('label', { for: 'sign-passphrase' }, 'Mật khẩu chứng thư số'),
    passphrase,
    h('label', { for: 'sign-image' }, 'Ảnh chữ ký (không bắt buộc)'),
    image,
    h('div', { class: 'actions' }, sign),
  );
}

/** @param {string} replyId @param {() => Promise<void>} done */
function returnForm(replyId, done) {
  const reason = /** @type {HTMLTextAreaElement} */ (
    h('textarea', { id: 'return-reason', rows: 3, required: true, minlength: 3 })
  );
  const give = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit', class: 'secondary' }, 'Trả lại'));
  return h(
    'form',
    {
      onsubmit: (/** @type {Event} */ event) => {
        event.preventDefault();
        withButton(
          give,
          async () => (
            await api('POST', `/replies/${replyId}/return`, { reason: reason.value }),
            showNotice('Đã trả lại văn bản.'),
            await done()
          ),
        );
      },
    },
    h('h2', null, 'Trả lại'),
    h('label', { for: 'return-reason' }, 'Lý do trả lại'),
    reason,
    h('div', { class: 'actions' }, give),
  );
}
