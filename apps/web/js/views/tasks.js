// @ts-check
// Unit admin: the unit's tasks by due date (overdue in red); a task with its history, the answer
// with attachments, closing it, and the unit's report drafted from it.
import { api, uploadWithProgress } from '../api.js';
import { badge, formatDate, formatDateTime, h, replace, TASK_STATUS } from '../dom.js';
import { showNotice, withButton } from '../notice.js';
import { hashValues, pager, setHashQuery } from '../list-query.js';
import { responseItem } from '../attachments.js';
import { takenBackText } from './take-back.js';

/** @param {any} task */
function taskBadge(task) {
  if (task.overdue) return badge('bad', `Quá hạn · ${TASK_STATUS[task.status]}`);
  return badge(
    task.status === 'cancelled'
      ? 'muted'
      : task.status === 'open' || task.status === 'returned'
        ? task.status === 'returned'
          ? 'warn'
          : 'busy'
        : 'ok',
    TASK_STATUS[task.status] ?? task.status,
  );
}

/** @type {import('../app.js').View} */
export async function renderInbox(main, _params, session) {
  const query = hashValues();
  const limit = 100;
  const own = session.user.role === 'unit_admin';
  const filter = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: 'task-filter', name: 'status' },
      h('option', { value: '' }, 'Tất cả'),
      Object.entries(TASK_STATUS).map(([value, label]) =>
        h('option', { value, selected: query.status === value }, label),
      ),
    )
  );
  const date = (/** @type {string} */ name, /** @type {string} */ label) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: `task-${name}` }, label),
      h('input', { id: `task-${name}`, name, type: 'date', value: query[name] ?? '' }),
    );
  const form = /** @type {HTMLFormElement} */ (
    h(
      'form',
      {
        class: 'filters',
        role: 'search',
        'aria-label': 'Lọc nhiệm vụ',
        onsubmit: (/** @type {Event} */ event) => {
          event.preventDefault();
          const data = new FormData(form);
          setHashQuery({
            documentId: query.documentId,
            unitId: query.unitId,
            status: String(data.get('status') ?? ''),
            dueFrom: String(data.get('dueFrom') ?? ''),
            dueTo: String(data.get('dueTo') ?? ''),
            overdue: data.has('overdue') ? 'true' : null,
          });
        },
      },
      h('div', { class: 'field' }, h('label', { for: 'task-filter' }, 'Trạng thái'), filter),
      date('dueFrom', 'Hạn từ ngày'),
      date('dueTo', 'đến ngày'),
      h(
        'div',
        { class: 'field check' },
        h('input', { id: 'task-overdue', type: 'checkbox', name: 'overdue', checked: query.overdue === 'true' }),
        h('label', { for: 'task-overdue' }, 'Chỉ việc quá hạn'),
      ),
      h(
        'div',
        { class: 'field' },
        h('button', { type: 'submit' }, 'Lọc'),
        h('a', { class: 'button secondary', href: '#/tasks' }, 'Bỏ lọc'),
      ),
    )
  );
  const params = new URLSearchParams(query);
  params.set('limit', String(limit));
  const page = await api('GET', `/tasks?${params}`);
  const tasks = page.items;
  const scoped = [
    query.documentId && tasks[0] ? `Văn bản: ${tasks[0].directive.title}` : null,
    query.unitId && tasks[0] ? `Đơn vị: ${tasks[0].unitName}` : null,
  ].filter(Boolean);
  const csv = new URLSearchParams(query.documentId ? { documentId: query.documentId } : {});
  replace(
    main,
    h('h1', null, own ? `Nhiệm vụ của ${session.unitName(session.user.unitId) || 'đơn vị'}` : 'Nhiệm vụ đã giao'),
    scoped.length ? h('p', { class: 'muted' }, scoped.join(' · ')) : null,
    form,
    h(
      'div',
      { class: 'toolbar' },
      h('a', { class: 'button secondary', href: `/tasks/register.csv?${csv}`, download: '' }, 'Sổ theo dõi (CSV)'),
      h('a', { class: 'button secondary', href: `/tasks/register.xlsx?${csv}`, download: '' }, 'Sổ theo dõi (Excel)'),
    ),
    h(
      'div',
      { class: 'table-wrap' },
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
                ['Hạn', 'Nội dung', 'Văn bản', own ? null : 'Đơn vị', 'Trạng thái']
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
                  h(
                    'td',
                    { class: 'small' },
                    h('a', { href: `#/tasks?documentId=${task.documentId}` }, task.directive.title),
                    task.directive.takenBack
                      ? h('div', { class: 'error', 'data-taken-back': 'true' }, takenBackText(task.directive.takenBack))
                      : null,
                  ),
                  own ? null : h('td', null, h('a', { href: `#/tasks?unitId=${task.unitId}` }, task.unitName)),
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
      pager(page, 'nhiệm vụ'),
    ),
  );
}

/** @type {import('../app.js').View} */
export async function renderTask(main, [taskId], session) {
  const { task, directive, responses, events } = await api('GET', `/tasks/${taskId}`);
  const unitAdmin = session.user.role === 'unit_admin';
  const issuer = ['clerk', 'leader', 'system_admin'].includes(session.user.role);
  const answerable = task.status === 'open' || task.status === 'returned';
  /** The latest return's reason, shown at the top while the task is returned. */
  const returnReason =
    task.status === 'returned'
      ? [...events].reverse().find((/** @type {any} */ event) => event.toStatus === 'returned' && event.reason)
      : null;

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
  if (issuer && task.status === 'closed' && !directive?.takenBack) {
    const accept = /** @type {HTMLButtonElement} */ (h('button', { type: 'button' }, 'Chấp nhận báo cáo'));
    accept.addEventListener('click', () =>
      withButton(
        accept,
        async () => (await api('POST', `/tasks/${taskId}/accept`), await renderTask(main, [taskId], session)),
      ),
    );
    const reason = /** @type {HTMLTextAreaElement} */ (
      h('textarea', { id: 'return-reason', rows: 2, required: true, 'aria-describedby': 'return-reason-error' })
    );
    const reasonError = h('p', { id: 'return-reason-error', class: 'error small', role: 'alert' });
    const giveBack = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'secondary' }, 'Trả lại'));
    giveBack.addEventListener('click', () => {
      // A return tells the unit what to fix: the reason is required, and said so before calling the server.
      if (reason.value.trim().length < 3) {
        replace(reasonError, 'Cần ghi lý do trả lại (ít nhất 3 ký tự) để đơn vị biết phải sửa gì.');
        reason.setAttribute('aria-invalid', 'true');
        reason.focus();
        return;
      }
      withButton(
        giveBack,
        async () => (
          await api('POST', `/tasks/${taskId}/return`, { reason: reason.value.trim() }),
          await renderTask(main, [taskId], session)
        ),
      );
    });
    report.append(
      accept,
      h('div', { class: 'field' }, h('label', { for: 'return-reason' }, 'Lý do trả lại'), reason, reasonError),
      giveBack,
    );
  }

  replace(
    main,
    h('p', null, h('a', { href: '#/tasks' }, '← Nhiệm vụ')),
    h('h1', null, `Nhiệm vụ ${task.requirementRef}`),
    h('p', null, taskBadge(task)),
    directive?.takenBack
      ? h(
          'div',
          { class: 'card returned', role: 'note', 'aria-label': 'Văn bản bị thu hồi', 'data-taken-back': 'true' },
          h('strong', null, takenBackText(directive.takenBack)),
          task.status === 'cancelled'
            ? `. Nhiệm vụ đã được hủy lúc ${formatDateTime(task.cancelledAt)}; đơn vị không cần báo cáo.`
            : '. Báo cáo đã gửi được giữ nguyên.',
        )
      : null,
    returnReason
      ? h(
          'div',
          { class: 'card returned', role: 'note', 'aria-label': 'Lý do trả lại' },
          h('strong', null, 'Báo cáo bị trả lại'),
          ` lúc ${formatDateTime(returnReason.at)}: `,
          h('span', { class: 'prewrap' }, returnReason.reason),
        )
      : null,
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
          responses.map((/** @type {any} */ response) => responseItem(task.id, response)),
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
    cancelled: 'Hủy nhiệm vụ',
  });
  const label = event.fromStatus ? (labels[event.toStatus] ?? event.toStatus) : 'Giao nhiệm vụ';
  return event.reason ? `${label}: ${event.reason}` : label;
}
