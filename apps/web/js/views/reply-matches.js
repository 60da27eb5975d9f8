// @ts-check
// The closed loop: incoming documents that answer a directive, matched to the tasks they close.
// The issuer accepts or undoes an automatic match; the clerk settles the ones that wait (choosing
// the directive and the unit) or dismisses them. Each match shows its evidence: how it was found,
// the words quoted, the directives cited and who sent it.
import { api } from '../api.js';
import { badge, formatDateTime, h, replace } from '../dom.js';
import { hashValues, setHashQuery } from '../list-query.js';
import { showNotice, withButton } from '../notice.js';

export const MATCH_STATUS = /** @type {Record<string, string>} */ ({
  applied: 'Đã tự khớp, chờ xác nhận',
  accepted: 'Đã chấp nhận',
  undone: 'Đã hoàn tác',
  pending: 'Chờ văn thư xử lý',
  resolved: 'Văn thư đã xử lý',
  dismissed: 'Đã bỏ qua',
});

const STATUS_BADGE = /** @type {Record<string, string>} */ ({
  applied: 'warn',
  accepted: 'ok',
  undone: 'muted',
  pending: 'bad',
  resolved: 'ok',
  dismissed: 'muted',
});

const REASON = /** @type {Record<string, string>} */ ({
  several_directives: 'Trích dẫn nhiều văn bản chỉ đạo',
  unknown_unit: 'Đơn vị gửi không có trong danh mục',
  no_open_task: 'Đơn vị gửi không còn nhiệm vụ mở của văn bản này',
  not_addressed_to_issuer: 'Không gửi đến cơ quan ban hành',
  not_a_final_report: 'Chưa phải báo cáo kết quả cuối cùng',
});

const METHOD = /** @type {Record<string, string>} */ ({
  response_for: 'Gói tin edXML trả lời văn bản (ResponseFor)',
  text: 'Đọc từ nội dung văn bản',
});

const SENDER_SOURCE = /** @type {Record<string, string>} */ ({
  edxml: 'theo gói tin edXML',
  text: 'theo nội dung văn bản',
});

/** @type {import('../app.js').View} */
export async function renderReplyMatches(main, _params, session) {
  const query = hashValues();
  const status = query.status ?? '';
  const role = session.user.role;
  const issuer = ['clerk', 'leader', 'system_admin'].includes(role);
  const clerk = ['clerk', 'system_admin'].includes(role);
  const organisation = session.user.organisation;
  const path = status ? `/reply-matches?status=${encodeURIComponent(status)}` : '/reply-matches';
  const [matches, units] = await Promise.all([api('GET', path), session.units()]);

  /** Titles of the documents shown, each asked once. @type {Map<string, Promise<string>>} */
  const titles = new Map();
  /** @param {string} id */
  const titleOf = (id) => {
    if (!titles.has(id))
      titles.set(
        id,
        api('GET', `/documents/${id}`).then(
          (doc) => doc.title ?? doc.originalName,
          () => 'Văn bản không xem được',
        ),
      );
    return /** @type {Promise<string>} */ (titles.get(id));
  };
  /** A link to a document, its title filled in when known. @param {string} id */
  const documentLink = (id) => {
    const link = h('a', { href: `#/documents/${id}` }, 'Văn bản…');
    void titleOf(id).then((title) => (link.textContent = title));
    return link;
  };

  const filter = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: 'match-status', onchange: () => setHashQuery({ status: filter.value }) },
      h('option', { value: '' }, 'Tất cả'),
      Object.entries(MATCH_STATUS).map(([value, label]) => h('option', { value, selected: value === status }, label)),
    )
  );

  /** @param {string} id @param {string} action @param {object} [body] */
  const act = (id, action, body) => api('POST', `/reply-matches/${id}/${action}`, body);

  /** @param {string} label @param {string} className @param {() => Promise<unknown>} action @param {string} done */
  const button = (label, className, action, done) => {
    const element = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: className }, label));
    element.addEventListener('click', () =>
      withButton(element, async () => {
        await action();
        showNotice(done);
        await renderReplyMatches(main, _params, session);
      }),
    );
    return element;
  };

  /** The clerk's form for a match that waits: which directive, which unit. @param {any} match */
  const resolveForm = (match) => {
    const directive = /** @type {HTMLSelectElement} */ (
      h(
        'select',
        { id: `directive-${match.id}`, required: true },
        match.candidateIds.map((/** @type {string} */ id) => {
          const option = h('option', { value: id }, 'Văn bản…');
          void titleOf(id).then((title) => (option.textContent = title));
          return option;
        }),
      )
    );
    const unit = /** @type {HTMLSelectElement} */ (
      h(
        'select',
        { id: `unit-${match.id}`, required: true },
        h('option', { value: '' }, '— Chọn đơn vị —'),
        units
          .filter((/** @type {any} */ u) => !u.validTo && (!organisation || u.code.split('.')[0] === organisation))
          .map((/** @type {any} */ u) =>
            h('option', { value: u.id, selected: u.id === (match.unitId ?? match.evidence.sender?.unitId) }, u.name),
          ),
      )
    );
    const submit = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit' }, 'Gắn vào nhiệm vụ'));
    const form = h(
      'form',
      {
        class: 'resolve',
        'aria-label': 'Xử lý kết quả khớp',
        onsubmit: (/** @type {Event} */ event) => {
          event.preventDefault();
          if (!unit.value) {
            showNotice('Chọn đơn vị đã gửi báo cáo.', 'error');
            return;
          }
          void withButton(submit, async () => {
            await act(match.id, 'resolve', { directiveId: directive.value, unitId: unit.value });
            showNotice('Đã gắn báo cáo vào nhiệm vụ của đơn vị.');
            await renderReplyMatches(main, _params, session);
          });
        },
      },
      h('label', { for: directive.id }, 'Văn bản chỉ đạo'),
      directive,
      h('label', { for: unit.id }, 'Đơn vị gửi'),
      unit,
      submit,
    );
    return form;
  };

  /** @param {any} match */
  const actions = (match) => {
    const list = [];
    if (issuer && match.status === 'applied')
      list.push(button('Chấp nhận', '', () => act(match.id, 'accept'), 'Đã chấp nhận kết quả khớp.'));
    if (issuer && (match.status === 'applied' || match.status === 'resolved'))
      list.push(
        button(
          'Hoàn tác',
          'secondary',
          () => act(match.id, 'undo'),
          'Đã hoàn tác: nhiệm vụ trở lại trạng thái trước khi khớp.',
        ),
      );
    if (clerk && match.status === 'pending') {
      list.push(resolveForm(match));
      list.push(
        button('Không phải báo cáo — bỏ qua', 'secondary', () => act(match.id, 'dismiss'), 'Đã bỏ qua văn bản này.'),
      );
    }
    return list.length ? h('div', { class: 'actions' }, list) : null;
  };

  /** @param {any} evidence */
  const evidenceOf = (evidence) =>
    h(
      'dl',
      { class: 'evidence' },
      h('dt', null, 'Cách nhận biết'),
      h('dd', null, METHOD[evidence.method] ?? evidence.method),
      evidence.quote ? [h('dt', null, 'Trích dẫn'), h('dd', null, h('q', null, evidence.quote))] : null,
      evidence.cited?.length
        ? [h('dt', null, 'Văn bản được viện dẫn'), h('dd', null, [...new Set(evidence.cited)].join('; '))]
        : null,
      h('dt', null, 'Đơn vị gửi'),
      h(
        'dd',
        null,
        evidence.sender?.unitId
          ? session.unitName(evidence.sender.unitId) || evidence.sender.name
          : (evidence.sender?.name ?? 'Không rõ'),
        evidence.sender?.source ? ` (${SENDER_SOURCE[evidence.sender.source] ?? evidence.sender.source})` : '',
      ),
    );

  /** @param {any} match */
  const card = (match) =>
    h(
      'article',
      { class: 'match card', 'data-match': match.id, 'data-status': match.status },
      h(
        'header',
        null,
        h('h2', null, documentLink(match.documentId)),
        badge(STATUS_BADGE[match.status] ?? 'muted', MATCH_STATUS[match.status] ?? match.status),
      ),
      h(
        'p',
        null,
        'Trả lời: ',
        match.directiveId ? documentLink(match.directiveId) : 'chưa xác định',
        match.unitId ? ` · Đơn vị: ${session.unitName(match.unitId)}` : '',
        match.tasks.length ? ` · ${match.tasks.length} nhiệm vụ được đóng` : '',
      ),
      match.reason ? h('p', { class: 'reason' }, 'Lý do chờ: ', REASON[match.reason] ?? match.reason) : null,
      evidenceOf(match.evidence),
      h(
        'p',
        { class: 'meta' },
        `Nhận lúc ${formatDateTime(match.createdAt)}`,
        match.decidedAt ? ` · Quyết định lúc ${formatDateTime(match.decidedAt)}` : '',
      ),
      actions(match),
    );

  replace(
    main,
    h('h1', null, 'Báo cáo trả lời văn bản'),
    h(
      'p',
      null,
      'Văn bản đến được nhận ra là báo cáo của đơn vị về một văn bản chỉ đạo. Khớp tự động đóng nhiệm vụ; cơ quan ban hành chấp nhận hoặc hoàn tác. Trường hợp chưa chắc chắn chờ văn thư chọn văn bản và đơn vị, hoặc bỏ qua.',
    ),
    h(
      'div',
      { class: 'filters' },
      h('div', { class: 'field' }, h('label', { for: 'match-status' }, 'Trạng thái'), filter),
    ),
    matches.length
      ? h(
          'div',
          { class: 'matches' },
          matches.map((/** @type {any} */ match) => card(match)),
        )
      : h('p', { class: 'empty' }, 'Không có kết quả khớp nào.'),
  );
}
