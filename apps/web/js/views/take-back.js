// @ts-check
// Taking an electronic document back (edXML status 13, answered 15 or 16; Quyết định 28/2018/QĐ-TTg),
// on the document's page: whether it was given back ("Đã bị thu hồi", when, to whom), the sender's
// requests with their outcome, and for the clerk a request waiting for an answer: give it back
// (its open tasks are cancelled) or refuse, saying why.
import { api } from '../api.js';
import { badge, formatDate, formatDateTime, h, replace } from '../dom.js';
import { TAKEN_BACK } from '../labels.js';
import { showNotice, withButton } from '../notice.js';

const STATE = /** @type {Record<string, [string, string]>} */ ({
  requested: ['warn', 'Chờ văn thư trả lời'],
  accepted: ['bad', 'Đã đồng ý trả lại'],
  refused: ['muted', 'Đã từ chối'],
});

/** "Đã bị thu hồi ngày 06/08/2024 (Huyện ủy Mỹ Đức)". @param {{ at: string, by: string | null }} takenBack */
export function takenBackText(takenBack) {
  return `${TAKEN_BACK} ngày ${formatDate(new Date(new Date(takenBack.at).getTime() + 7 * 3_600_000).toISOString())}${
    takenBack.by ? ` (${takenBack.by})` : ''
  }`;
}

/**
 * The take-back section of a received edXML document; empty for a document nobody asked back.
 * @param {any} doc the document (GET /documents/:id)
 * @param {import('../app.js').Session} session
 * @param {() => Promise<void>} reload renders the page again once the clerk answered
 */
export function takeBackSection(doc, session, reload) {
  const section = h('section', {
    class: 'card take-back',
    'aria-labelledby': 'take-back-title',
    'aria-live': 'polite',
  });
  if (doc.source !== 'edxml') return section;
  const clerk = ['clerk', 'system_admin'].includes(session.user.role);
  void api('GET', `/edxml/take-backs?subjectId=${doc.id}`).then(
    (/** @type {any[]} */ requests) => {
      if (requests.length === 0 && !doc.takenBack) return;
      replace(
        section,
        h('h2', { id: 'take-back-title' }, 'Yêu cầu thu hồi văn bản'),
        doc.takenBack
          ? h(
              'p',
              { class: 'error', 'data-taken-back': 'true' },
              h('strong', null, takenBackText(doc.takenBack)),
              '. Các nhiệm vụ chưa báo cáo của văn bản đã được hủy; báo cáo đã gửi được giữ nguyên.',
            )
          : null,
        requests.map((request) => {
          const [kind, label] = STATE[request.state] ?? ['muted', request.state];
          return h(
            'div',
            { class: 'take-back-request', 'data-take-back': request.state },
            h('p', null, badge(kind, label), ` Yêu cầu nhận lúc ${formatDateTime(request.requestedAt)}`),
            h(
              'dl',
              null,
              h('dt', null, 'Cơ quan yêu cầu'),
              h('dd', null, doc.edxml?.from?.organName || request.counterpartOrganId || 'Không rõ'),
              h('dt', null, 'Lý do thu hồi'),
              h('dd', null, request.reason || 'Không nêu'),
              request.decidedAt
                ? [h('dt', null, 'Trả lời lúc'), h('dd', null, formatDateTime(request.decidedAt))]
                : null,
              request.answer ? [h('dt', null, 'Lý do từ chối'), h('dd', null, request.answer)] : null,
            ),
            clerk && request.state === 'requested' ? answerForm(doc.id, reload) : null,
          );
        }),
      );
    },
    () => undefined,
  );
  return section;
}

/** @param {string} documentId @param {() => Promise<void>} reload */
function answerForm(documentId, reload) {
  const reason = /** @type {HTMLTextAreaElement} */ (h('textarea', { id: 'take-back-reason', rows: '2' }));
  const accept = /** @type {HTMLButtonElement} */ (h('button', { type: 'button' }, 'Đồng ý trả lại văn bản'));
  const refuse = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'secondary' }, 'Từ chối'));
  accept.addEventListener('click', () =>
    withButton(accept, async () => {
      await api('POST', `/documents/${documentId}/take-back/accept`, {});
      showNotice('Đã trả lại văn bản; các nhiệm vụ chưa báo cáo đã được hủy.');
      await reload();
    }),
  );
  refuse.addEventListener('click', () =>
    withButton(refuse, async () => {
      if (reason.value.trim().length < 3) {
        showNotice('Nhập lý do từ chối (ít nhất 3 ký tự).', 'error');
        return;
      }
      await api('POST', `/documents/${documentId}/take-back/refuse`, { reason: reason.value.trim() });
      showNotice('Đã từ chối yêu cầu thu hồi.');
      await reload();
    }),
  );
  return h(
    'div',
    { class: 'take-back-answer' },
    h('label', { for: reason.id }, 'Lý do từ chối (bắt buộc khi từ chối)'),
    reason,
    h('div', { class: 'actions' }, accept, refuse),
  );
}
