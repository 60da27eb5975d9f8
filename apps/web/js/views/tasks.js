// @ts-check
// Unit admin: the unit's tasks by due date (overdue in red); a task with its history, the answer
// with attachments, closing it, and the unit's report drafted from it.
import { api, uploadWithProgress } from '../api.js';
import { badge, formatDate, formatDateTime, h, replace, TASK_STATUS } from '../dom.js';
import { showNotice, withButton } from '../notice.js';

/** @param {any} task */
function taskBadge(task) {
  if (task.overdue) return badge('bad', `Quá hạn · ${TASK_STATUS[task.status]}`);
  return badge(
    task.status === 'open' || task.status === 'returned' ? (task.status === 'returned' ? 'warn' : 'busy') : 'ok',
    TASK_STATUS[task.status] ?? task.status,
  );
}

/** Tasks without a due date go last; the rest by due date. @param {any} a @param {any} b */
const byDueDate = (a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');

/** @type {import('../app.js').View} */
export async function renderInbox(main, _params, session) {
  const filter = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: 'task-filter', onchange: () => refresh() },
      h('option', { value: '' }, 'Tất cả'),
      Object.entries(TASK_STATUS).map(([value, label]) => h('option', { value }, label)),
    )
  );
  const list = h('div', { class: 'table-wrap' });
  const own = session.user.role === 'unit_admin';

  async function refresh() {
    const tasks = (await api('GET', `/tasks?limit=500${filter.value ? `&status=${filter.value}` : ''}`)).sort(
      byDueDate,
    );
    replace(
      list,
      tasks.length === 0
        ? h('p', { class: 'muted' }, 'Không có nhiệm vụ nào.')
        : h(
            'table',
            { class: 'data' },
            h('caption', { class: 'sr-only' }, 'Nhiệm vụ'),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                ['Hạn', 'Nội dung', own ? null : 'Đơn vị', 'Trạng thái']
                  .filter(Boolean)
                  .map((label) => h('th', { scope: 'col' }, label)),
              ),
            ),
            h(
              'tbody',
              null,
              tasks.map((/** @type {any} */ task) =>
                h(
                  'tr',
                  { class: task.overdue ? 'overdue' : '', 'data-task-id': task.id },
                  h('td', { class: 'nowrap' }, task.dueOn ? formatDate(task.dueOn) : 'Không hạn'),
                  h(
                    'td',
                    null,
                    h(
                      'a',
                      { href: `#/tasks/${task.id}` },
                      `${task.requirementRef}. ${task.requirementText.slice(0, 160)}${task.requirementText.length > 160 ? '…' : ''}`,
                    ),
                  ),
                  own ? null : h('td', null, session.unitName(task.unitId)),
                  h(
                    'td',
                    null,
                    taskBadge(task),
                    task.lastRemindedAt
                      ? h('div', { class: 'small' }, `Đã được nhắc ${formatDateTime(task.lastRemindedAt)}`)
                      : null,
                  ),
                ),
              ),
            ),
          ),
    );
  }

  replace(
    main,
    h('h1', null, own ? `Nhiệm vụ của ${session.unitName(session.user.unitId) || 'đơn vị'}` : 'Nhiệm vụ đã giao'),
    h(
      'div',
      { class: 'toolbar' },
      h('label', { for: 'task-filter' }, 'Trạng thái'),
      filter,
      h('a', { class: 'button secondary', href: '/tasks/register.csv', download: '' }, 'Sổ theo dõi (CSV)'),
    ),
    list,
  );
  await refresh();
}

/** @type {import('../app.js').View} */
export async function renderTask(main, [taskId], session) {
  const { task, directive, responses, events } = await api('GET', `/tasks/${taskId}`);
  const unitAdmin = session.user.role === 'unit_admin';
  const issuer = ['clerk', 'leader', 'system_admin'].includes(session.user.role);
  const answerable = task.status === 'open' || task.status === 'returned';

  const answer = h('section', { class: 'card', 'aria-labelledby': 'answer-title' });
  if (unitAdmin && answerable) {
    const text = /** @type {HTMLTextAreaElement} */ (h('textarea', { id: 'response-text', rows: 6, required: true }));
    const files = /** @type {HTMLInputElement} */ (h('input', { id: 'response-files', type: 'file', multiple: true }));
    const progress = /** @type {HTMLProgressElement} */ (
      h('progress', { max: 1, value: 0, hidden: true, 'aria-label': 'Tiến độ gửi báo cáo' })
    );
    const send = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit' }, 'Gửi báo cáo'));
    const close = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'secondary' }, 'Đóng nhiệm vụ')
    );
    close.addEventListener('click', () =>
      withButton(close, async () => {
        await api('POST', `/tasks/${taskId}/close`);
        showNotice('Đã đóng nhiệm vụ.');
        await renderTask(main, [taskId], session);
      }),
    );
    replace(
      answer,
      h('h2', { id: 'answer-title' }, 'Báo cáo kết quả'),
      h(
        'form',
        {
          onsubmit: (/** @type {Event} */ event) => {
            event.preventDefault();
            withButton(send, async () => {
              const form = new FormData();
              form.append('text', text.value);
              for (const file of files.files ?? []) form.append('files', file, file.name);
              progress.hidden = false;
              await uploadWithProgress(`/tasks/${taskId}/responses`, form, (fraction) => (progress.value = fraction));
              showNotice('Đã gửi báo cáo. Đóng nhiệm vụ khi đã hoàn thành.');
              await renderTask(main, [taskId], session);
            });
          },
        },
        h('label', { for: 'response-text' }, 'Nội dung báo cáo'),
        text,
        h('label', { for: 'response-files' }, 'Tệp đính kèm (PDF, ảnh, Word, Excel)'),
        files,
        progress,
        h('div', { class: 'actions' }, send, close),
      ),
    );
  }

  const report = h('div', { class: 'actions' });
  if (unitAdmin) {
    const draftButton = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'secondary' }, 'Lập báo cáo kết quả thực hiện (văn bản)')
    );
    draftButton.addEventListener('click', () =>
      withButton(draftButton, async () => {
        const reply = await api('POST', '/replies/drafts/unit-report', { taskId });
        location.hash = `#/replies/${reply.id}`;
      }),
    );
    report.append(draftButton);
  }
  if (issuer && task.status === 'closed') {
    const accept = /** @type {HTMLButtonElement} */ (h('button', { type: 'button' }, 'Chấp nhận báo cáo'));
    accept.addEventListener('click', () =>
      withButton(
        accept,
        async () => (await api('POST', `/tasks/${taskId}/accept`), await renderTask(main, [taskId], session)),
      ),
    );
    const reason = /** @type {HTMLInputElement} */ (h('input', { id: 'return-reason', placeholder: 'Lý do trả lại' }));
    const giveBack = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'secondary' }, 'Trả lại'));
    giveBack.addEventListener('click', () =>
      withButton(
        giveBack,
        async () => (
          await api('POST', `/tasks/${taskId}/return`, { reason: reason.value }),
          await renderTask(main, [taskId], session)
        ),
      ),
    );
    report.append(accept, h('label', { for: 'return-reason', class: 'sr-only' }, 'Lý do trả lại'), reason, giveBack);
  }

  replace(
    main,
    h('p', null, h('a', { href: '#/tasks' }, '← Nhiệm vụ')),
    h('h1', null, `Nhiệm vụ ${task.requirementRef}`),
    h('p', null, taskBadge(task)),
    h(
      'dl',
      { class: 'facts' },
      directive ? [h('dt', null, 'Văn bản'), h('dd', null, describeDirective(directive))] : null,
      h('dt', null, 'Đơn vị'),
      h('dd', null, session.unitName(task.unitId)),
      h('dt', null, 'Nội dung'),
      h('dd', { class: 'prewrap' }, task.requirementText),
      h('dt', null, 'Hạn'),
      h(
        'dd',
        { class: task.overdue ? 'error' : '' },
        task.dueOn ? `${formatDate(task.dueOn)}${task.deadlineText ? ` (${task.deadlineText})` : ''}` : 'Không có hạn',
      ),
      task.reportTo.length ? [h('dt', null, 'Báo cáo về'), h('dd', null, task.reportTo.join('; '))] : null,
      h('dt', null, 'Nơi nhận trong văn bản'),
      h('dd', null, task.recipientLine),
      task.transferNote ? [h('dt', null, 'Giao cho đơn vị kế thừa'), h('dd', null, task.transferNote)] : null,
    ),
    answer,
    h('h2', null, 'Báo cáo đã gửi'),
    responses.length === 0
      ? h('p', { class: 'muted' }, 'Chưa có báo cáo.')
      : h(
          'ul',
          { class: 'responses' },
          responses.map((/** @type {any} */ response) =>
            h(
              'li',
              null,
              h('p', { class: 'small muted' }, formatDateTime(response.createdAt)),
              h('p', { class: 'prewrap' }, response.text),
              (response.attachments ?? []).map((/** @type {any} */ file) =>
                h('span', { class: 'attachment' }, `📎 ${file.name}`),
              ),
            ),
          ),
        ),
    report,
    h('h2', null, 'Lịch sử'),
    h(
      'ol',
      { class: 'history' },
      events.map((/** @type {any} */ event) => h('li', null, `${formatDateTime(event.at)} — ${describeEvent(event)}`)),
    ),
  );
}

/** "Công văn số 3347/UBND-NV ngày 12/01/2024 của …: trích yếu". @param {any} directive */
function describeDirective(directive) {
  const number =
    directive.number || directive.symbol ? ` số ${[directive.number, directive.symbol].filter(Boolean).join('/')}` : '';
  const date = directive.date ? ` ngày ${formatDate(directive.date)}` : '';
  const issuer = directive.issuer ? ` của ${directive.issuer}` : '';
  return `${directive.docType}${number}${date}${issuer}${directive.subject ? `: ${directive.subject}` : ''}`;
}

/** @param {any} event */
function describeEvent(event) {
  const labels = /** @type {Record<string, string>} */ ({
    open: 'Mở lại',
    closed: 'Đơn vị báo cáo xong, đóng nhiệm vụ',
    accepted: 'Chấp nhận báo cáo',
    returned: 'Trả lại báo cáo',
  });
  const label = event.fromStatus ? (labels[event.toStatus] ?? event.toStatus) : 'Giao nhiệm vụ';
  return event.reason ? `${label}: ${event.reason}` : label;
}
