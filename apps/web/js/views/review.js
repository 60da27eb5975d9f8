// @ts-check
// Clerk: the scan beside the extracted fields. Focusing a field highlights where it came from, in
// the page text and on the page image; fields the extractor was unsure of are marked. Then save,
// confirm, settle the recipient lines that did not resolve cleanly, and dispatch.
import { api } from '../api.js';
import { badge, DOCUMENT_STATUS, formatDate, h, nonEmptyLines, replace } from '../dom.js';
import { showNotice, withButton } from '../notice.js';
import { takeBackSection, takenBackText } from './take-back.js';

/** Below this confidence a field is marked for checking. */
const LOW_CONFIDENCE = 0.7;

/** Lower case without diacritics or punctuation, to match OCR words to extracted text. @param {string} text */
function fold(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** @param {string} text */
const tokens = (text) => text.split(/\s+/).map(fold).filter(Boolean);

/**
 * The page and word indexes an extracted span covers: the first run of OCR words matching the
 * span's first words, as long as the span.
 * @param {any[]} pages
 * @param {{ start: number, end: number }} span
 */
function wordsOfSpan(pages, span) {
  let offset = 0;
  for (const [index, page] of pages.entries()) {
    const length = page.normalisedText.length;
    if (span.start < offset + length) {
      const wanted = tokens(page.normalisedText.slice(span.start - offset, Math.min(span.end - offset, length)));
      const words = page.words.map((/** @type {any} */ word) => fold(word.text));
      const head = wanted.slice(0, 2);
      for (let i = 0; i < words.length && head.length; i++) {
        if (head.every((token, k) => words[i + k] === token))
          return { pageIndex: index, from: i, to: Math.min(words.length, i + wanted.length) };
      }
      return { pageIndex: index, from: 0, to: 0 };
    }
    offset += length + 2; // pages are joined with a blank line
  }
  return null;
}

/** @type {import('../app.js').View} */
/** A header or extracted value as one line of text. */
function shown(/** @type {unknown} */ value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(shown).join('; ');
  if (typeof value === 'object') return Object.values(value).map(shown).filter(Boolean).join(' ');
  return String(value);
}

export async function renderReview(main, [documentId], session) {
  const [doc, pages] = await Promise.all([
    api('GET', `/documents/${documentId}`),
    api('GET', `/documents/${documentId}/pages`),
  ]);
  const canEdit = session.user.role !== 'leader';
  const heading = h('h1', null, doc.title ?? doc.originalName);
  document.title = `${doc.title ?? doc.originalName} · congvan`;
  const status = h(
    'p',
    null,
    doc.takenBack
      ? badge('bad', takenBackText(doc.takenBack))
      : badge(doc.status === 'failed' ? 'bad' : 'ok', DOCUMENT_STATUS[doc.status] ?? doc.status),
  );
  const takeBack = takeBackSection(doc, session, () => renderReview(main, [documentId], session));
  if (doc.status === 'failed' || ['received', 'text_ready'].includes(doc.status)) {
    replace(
      main,
      heading,
      status,
      doc.failure
        ? h('p', { class: 'error' }, doc.failure.messageVi)
        : h('p', null, 'Văn bản đang được đọc; trang này sẽ dùng được khi trích xuất xong.'),
      takeBack,
      h('a', { href: '#/documents' }, 'Về danh sách'),
    );
    return;
  }
  const draft = await api('GET', `/documents/${documentId}/directive`);
  const directive = structuredClone(draft.current);
  const fullText = pages.map((/** @type {any} */ page) => page.normalisedText).join('\n\n');

  // Left: the page images with word boxes, and the page text.
  const textView = h(
    'pre',
    { class: 'page-text', tabindex: '0', role: 'region', 'aria-label': 'Nội dung đã nhận dạng' },
    fullText,
  );
  const pageViews = pages.map((/** @type {any} */ page, /** @type {number} */ index) => {
    const overlay = h('div', { class: 'overlay', 'aria-hidden': 'true' });
    const img = /** @type {HTMLImageElement} */ (
      h('img', {
        src: `/documents/${documentId}/pages/${index}/image`,
        alt: `Trang ${index + 1} của bản quét`,
        loading: 'lazy',
      })
    );
    return {
      page,
      overlay,
      img,
      figure: h(
        'figure',
        { class: 'page' },
        h('div', { class: 'page-image' }, img, overlay),
        h(
          'figcaption',
          null,
          `Trang ${index + 1}`,
          page.confidence !== null ? ` · độ tin cậy nhận dạng ${Math.round(page.confidence)}%` : '',
        ),
      ),
    };
  });

  /** @param {string} key */
  function highlight(key) {
    const span = draft.evidence[key]?.span;
    pageViews.forEach((view) => replace(view.overlay));
    if (!span) {
      replace(textView, fullText);
      return;
    }
    const mark = h('mark', null, fullText.slice(span.start, span.end));
    replace(textView, fullText.slice(0, span.start), mark, fullText.slice(span.end));
    mark.scrollIntoView({ block: 'nearest' });
    const found = wordsOfSpan(pages, span);
    const view = found && pageViews[found.pageIndex];
    if (!found || !view || !view.img.naturalWidth) return;
    const { naturalWidth: width, naturalHeight: height } = view.img;
    for (const word of view.page.words.slice(found.from, found.to)) {
      const { x0, y0, x1, y1 } = word.bbox;
      const box = h('span', { class: 'word-box' });
      box.style.left = `${(x0 / width) * 100}%`;
      box.style.top = `${(y0 / height) * 100}%`;
      box.style.width = `${((x1 - x0) / width) * 100}%`;
      box.style.height = `${((y1 - y0) / height) * 100}%`;
      view.overlay.append(box);
    }
    // The page image stays beside the field: bring the field's first word into the scan panel's view.
    view.overlay.firstElementChild?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  // Right: the fields.
  /** @type {Array<() => void>} */
  const collectors = [];
  let fieldCount = 0;
  /**
   * @param {string} label
   * @param {string} evidenceKey
   * @param {string} value
   * @param {(value: string) => void} write
   * @param {{ multiline?: boolean, type?: string, hint?: string }} [options]
   */
  function field(label, evidenceKey, value, write, options = {}) {
    const id = `field-${++fieldCount}`;
    const confidence = draft.evidence[evidenceKey]?.confidence;
    const low = confidence !== undefined && confidence < LOW_CONFIDENCE;
    const attrs = {
      id,
      name: evidenceKey,
      readonly: !canEdit,
      onfocus: () => highlight(evidenceKey),
      'aria-describedby': low ? `${id}-low` : null,
      'aria-invalid': low ? 'true' : null,
    };
    const input = /** @type {HTMLInputElement} */ (
      options.multiline
        ? h('textarea', { ...attrs, rows: Math.min(8, Math.max(2, value.split('\n').length + 1)) }, value)
        : h('input', { ...attrs, type: options.type ?? 'text', value })
    );
    // A requirement's box grows with its text instead of scrolling inside two lines.
    if (options.multiline) {
      const fit = () => {
        input.style.height = 'auto';
        input.style.height = `${input.scrollHeight + 2}px`;
      };
      input.addEventListener('input', fit);
      requestAnimationFrame(fit);
    }
    collectors.push(() => write(input.value));
    return h(
      'div',
      { class: `field${low ? ' low' : ''}`, onmouseenter: () => highlight(evidenceKey) },
      h(
        'label',
        { for: id },
        label,
        low ? h('span', { id: `${id}-low`, class: 'badge badge-warn' }, 'Cần kiểm tra') : null,
      ),
      input,
      options.hint ? h('p', { class: 'muted small' }, options.hint) : null,
    );
  }

  const requirementFields = directive.requirements.map((/** @type {any} */ requirement, /** @type {number} */ i) =>
    h(
      'fieldset',
      { class: 'requirement' },
      h('legend', null, `Yêu cầu ${requirement.ref}`),
      field('Nội dung', `requirements.${i}`, requirement.text, (v) => (requirement.text = v), { multiline: true }),
      requirement.deadlines.map((/** @type {any} */ deadline) =>
        deadline.kind === 'absolute'
          ? field(
              `Thời hạn (“${deadline.text}”)`,
              `requirements.${i}`,
              deadline.date ?? '',
              (v) => (deadline.date = v || deadline.date),
              { type: 'date' },
            )
          : h(
              'p',
              { class: 'small' },
              `Thời hạn ${deadline.kind === 'recurring' ? 'định kỳ' : 'tương đối'}: “${deadline.text}”`,
            ),
      ),
      requirement.reportTo.length
        ? h(
            'p',
            { class: 'small' },
            'Báo cáo về: ',
            requirement.reportTo.map((/** @type {any} */ route) => route.target).join('; '),
          )
        : null,
      requirement.assignees.length ? h('p', { class: 'small' }, 'Giao cho: ', requirement.assignees.join('; ')) : null,
    ),
  );

  const form = h(
    'form',
    {
      class: 'fields',
      'aria-label': 'Thông tin trích xuất',
      onsubmit: (/** @type {Event} */ event) => event.preventDefault(),
    },
    draft.warnings.length
      ? h(
          'ul',
          { class: 'warnings' },
          draft.warnings.map((/** @type {string} */ w) => h('li', null, w.split(' / ')[0])),
        )
      : null,
    draft.disagreements?.length
      ? h(
          'div',
          { class: 'warnings', role: 'note' },
          h('p', null, 'Gói tin edXML và nội dung văn bản khác nhau (đã lấy theo gói tin):'),
          h(
            'ul',
            null,
            draft.disagreements.map((/** @type {{ field: string, header: unknown, extracted: unknown }} */ d) =>
              h('li', null, `${d.field}: gói tin «${shown(d.header)}», văn bản «${shown(d.extracted)}»`),
            ),
          ),
        )
      : null,
    field('Cơ quan chủ quản', 'issuer', directive.issuer.parent ?? '', (v) => (directive.issuer.parent = v || null)),
    field('Cơ quan ban hành', 'issuer', directive.issuer.name, (v) => (directive.issuer.name = v)),
    h(
      'div',
      { class: 'row' },
      field('Số', 'number', directive.number ?? '', (v) => (directive.number = v || null)),
      field('Ký hiệu', 'symbol', directive.symbol ?? '', (v) => (directive.symbol = v || null)),
    ),
    h(
      'div',
      { class: 'row' },
      field('Địa danh', 'place', directive.place ?? '', (v) => (directive.place = v || null)),
      field('Ngày ban hành', 'date', directive.date ?? '', (v) => (directive.date = v || null), {
        // A whole day gets the date picker; a month-only or missing date is typed (YYYY-MM or YYYY-MM-DD).
        type: directive.date?.length === 10 ? 'date' : 'text',
      }),
    ),
    field('Trích yếu', 'subject', directive.subject ?? '', (v) => (directive.subject = v || null), { multiline: true }),
    field(
      'Kính gửi (mỗi dòng một nơi nhận)',
      'recipients',
      directive.recipients.join('\n'),
      (v) => (directive.recipients = nonEmptyLines(v)),
      { multiline: true },
    ),
    h('h2', null, `Yêu cầu (${directive.requirements.length})`),
    requirementFields,
    field(
      'Nơi nhận (mỗi dòng một nơi)',
      'distribution',
      directive.distribution.join('\n'),
      (v) => (directive.distribution = nonEmptyLines(v)),
      { multiline: true },
    ),
    h(
      'div',
      { class: 'row' },
      field(
        'Thẩm quyền ký',
        'signer',
        directive.signer.authority ?? '',
        (v) => (directive.signer.authority = v || null),
      ),
      field('Chức vụ', 'signer', directive.signer.title ?? '', (v) => (directive.signer.title = v || null)),
      field('Người ký', 'signer', directive.signer.name ?? '', (v) => (directive.signer.name = v || null)),
    ),
  );

  const dispatchSection = h('section', { class: 'card', 'aria-labelledby': 'dispatch-title' });
  const actions = h('div', { class: 'actions' });
  const confirmed = () => doc.status !== 'extracted';
  /** The earlier registration of the same directive (issuer, number, symbol, date), if any. */
  let duplicateOf = draft.duplicateOf;
  const duplicateFlag = h('div', { 'aria-live': 'polite' });
  function renderDuplicate() {
    replace(
      duplicateFlag,
      duplicateOf
        ? h(
            'div',
            { class: 'card duplicate', role: 'alert', 'data-duplicate-of': duplicateOf.id },
            h('strong', null, 'Văn bản trùng: '),
            'cùng cơ quan ban hành, số, ký hiệu và ngày với ',
            h('a', { href: `#/documents/${duplicateOf.id}` }, duplicateOf.title),
            duplicateOf.incomingNumber
              ? ` (số đến ${duplicateOf.incomingNumber}, ngày đến ${formatDate(duplicateOf.receivedOn)})`
              : '',
            ' đã vào sổ. Không giao việc lần nữa trừ khi chắc chắn cần.',
          )
        : null,
    );
  }
  renderDuplicate();

  async function save() {
    collectors.forEach((collect) => collect());
    const saved = await api('PATCH', `/documents/${documentId}/directive`, directive);
    duplicateOf = saved.duplicateOf;
    heading.textContent = saved.title;
    renderDuplicate();
  }

  function renderActions() {
    if (!canEdit) return replace(actions);
    if (confirmed())
      return replace(
        actions,
        h('p', null, badge('ok', 'Đã xác nhận'), draft.confirmedAt ? ` lúc ${formatDate(draft.confirmedAt)}` : ''),
      );
    const saveButton = /** @type {HTMLButtonElement} */ (
      h('button', { type: 'button', class: 'secondary' }, 'Lưu chỉnh sửa')
    );
    const confirmButton = /** @type {HTMLButtonElement} */ (h('button', { type: 'button' }, 'Xác nhận nội dung'));
    saveButton.addEventListener('click', () =>
      withButton(saveButton, async () => (await save(), showNotice('Đã lưu chỉnh sửa.'))),
    );
    confirmButton.addEventListener('click', () =>
      withButton(confirmButton, async () => {
        await save();
        await api('POST', `/documents/${documentId}/confirm`);
        doc.status = 'reviewed';
        showNotice('Đã xác nhận. Kiểm tra danh sách đơn vị rồi giao việc.');
        renderActions();
        await renderDispatch();
      }),
    );
    replace(actions, saveButton, confirmButton);
  }

  async function renderDispatch() {
    if (!confirmed() || !canEdit) return replace(dispatchSection);
    if (doc.takenBack)
      return replace(
        dispatchSection,
        h('h2', { id: 'dispatch-title' }, 'Giao việc'),
        h(
          'p',
          null,
          'Văn bản đã bị thu hồi: không giao thêm việc. ',
          doc.status === 'tasked'
            ? h('a', { href: `#/documents/${documentId}/compliance` }, 'Xem tình hình thực hiện')
            : null,
        ),
      );
    if (doc.status === 'tasked') {
      return replace(
        dispatchSection,
        h('h2', { id: 'dispatch-title' }, 'Giao việc'),
        h(
          'p',
          null,
          'Đã giao việc cho các đơn vị. ',
          h('a', { href: `#/documents/${documentId}/compliance` }, 'Xem tình hình thực hiện'),
        ),
      );
    }
    const [preview, units] = await Promise.all([
      api('GET', `/documents/${documentId}/dispatch-preview`),
      session.units(),
    ]);
    const idByCode = new Map(units.map((/** @type {any} */ unit) => [unit.code, unit.id]));
    const nameByCode = new Map(units.map((/** @type {any} */ unit) => [unit.code, unit.name]));
    // The clerk sends work within its own organisation (the first segment of a unit's code).
    const organisation = session.user.organisation;
    const ownUnits = organisation
      ? units.filter((/** @type {any} */ unit) => unit.code.split('.')[0] === organisation)
      : units;
    /** @type {Array<{ line: string, selected: () => string[] }>} */
    const settled = [];
    const lineViews = preview.lines.map((/** @type {any} */ line, /** @type {number} */ i) => {
      const codes = line.groups.flatMap((/** @type {any} */ group) => group.codes);
      const flagged = line.flags.length > 0;
      const picker = flagged
        ? unitPicker(`line-${i}`, ownUnits, new Set(codes.map((/** @type {string} */ code) => idByCode.get(code))))
        : null;
      if (picker) settled.push({ line: line.line, selected: picker.selected });
      return h(
        'li',
        { class: flagged ? 'flagged' : '' },
        h('p', { class: 'line' }, line.line),
        h(
          'p',
          { class: 'small' },
          `${codes.length} đơn vị: `,
          codes.map((/** @type {string} */ code) => session.unitName(idByCode.get(code))).join(', ') || '—',
        ),
        line.flags.map((/** @type {any} */ flag) => h('p', { class: 'error small' }, describeFlag(flag, nameByCode))),
        picker?.element,
      );
    });
    const dispatchButton = /** @type {HTMLButtonElement} */ (h('button', { type: 'button' }, 'Giao việc'));
    const override = /** @type {HTMLInputElement} */ (h('input', { type: 'checkbox', id: 'allow-duplicate' }));
    const overrideReason = /** @type {HTMLInputElement} */ (h('input', { id: 'duplicate-reason' }));
    const overrideBox = duplicateOf
      ? h(
          'div',
          { class: 'card duplicate' },
          h(
            'div',
            { class: 'field check' },
            override,
            h('label', { for: 'allow-duplicate' }, 'Tôi xác nhận vẫn giao việc cho văn bản trùng này'),
          ),
          h('label', { for: 'duplicate-reason' }, 'Lý do (ghi vào nhật ký)'),
          overrideReason,
        )
      : null;
    dispatchButton.addEventListener('click', () =>
      withButton(dispatchButton, async () => {
        const lines = settled.map(({ line, selected }) => ({ line, unitIds: selected() }));
        /** @type {Record<string, unknown>} */
        const body = lines.length ? { lines } : {};
        if (duplicateOf && override.checked)
          Object.assign(body, { allowDuplicate: true, duplicateReason: overrideReason.value.trim() || undefined });
        const result = await api('POST', `/documents/${documentId}/dispatch`, body);
        doc.status = 'tasked';
        showNotice(
          `Đã giao ${result.created} nhiệm vụ${result.existing ? ` (${result.existing} đã có từ trước)` : ''}.`,
        );
        await renderDispatch();
      }),
    );
    replace(
      dispatchSection,
      h('h2', { id: 'dispatch-title' }, 'Giao việc'),
      h('p', null, `Dự kiến tạo ${preview.plannedTasks} nhiệm vụ.`),
      (preview.transfers ?? []).map((/** @type {{ note: string }} */ t) => h('p', { class: 'small' }, t.note)),
      preview.warnings.map((/** @type {string} */ w) => h('p', { class: 'error small' }, w)),
      h('ol', { class: 'recipient-lines' }, lineViews),
      overrideBox,
      dispatchButton,
    );
  }

  replace(
    main,
    h('p', null, h('a', { href: '#/documents' }, '← Văn bản đến')),
    heading,
    status,
    takeBack,
    duplicateFlag,
    h(
      'div',
      { class: 'review' },
      h(
        'section',
        { class: 'scan', 'aria-label': 'Bản quét' },
        pageViews.map((view) => view.figure),
        h('h2', null, 'Nội dung nhận dạng'),
        textView,
      ),
      h('section', { class: 'extracted' }, form, actions),
    ),
    dispatchSection,
  );
  renderActions();
  await renderDispatch();
}

/** @param {any} flag @param {Map<string, string>} nameByCode units are named, never shown by code */
function describeFlag(flag, nameByCode) {
  if (flag.code === 'COUNT_MISMATCH')
    return `“${flag.phrase}”: văn bản ghi ${flag.stated} đơn vị, danh mục có ${flag.found}. Chọn lại các đơn vị nhận.`;
  if (flag.code === 'UNMATCHED') return `“${flag.phrase}”: không khớp đơn vị nào trong danh mục. Chọn đơn vị nhận.`;
  if (flag.code === 'AMBIGUOUS')
    return `“${flag.phrase}”: khớp nhiều đơn vị (${flag.candidates.map((/** @type {string} */ code) => nameByCode.get(code) ?? 'đơn vị không còn trong danh mục').join(', ')}). Chọn đơn vị đúng.`;
  if (flag.code === 'NO_SUCCESSOR')
    return `“${flag.phrase}”: ${flag.units.join(', ')} đã không còn và không có đơn vị kế thừa trong danh mục. Chọn đơn vị nhận.`;
  return `“${flag.phrase}”: cần kiểm tra.`;
}

/**
 * A filterable checklist of units.
 * @param {string} id
 * @param {any[]} units
 * @param {Set<string | undefined>} preselected
 */
function unitPicker(id, units, preselected) {
  // Units of several organisations (a clerk working for all): each name says which one, by its root unit's name.
  const organisationOf = (/** @type {any} */ unit) => unit.code.split('.')[0];
  const roots = new Map(units.filter((unit) => !unit.code.includes('.')).map((unit) => [unit.code, unit.name]));
  const several = new Set(units.map(organisationOf)).size > 1;
  const label = (/** @type {any} */ unit) =>
    several && unit.code.includes('.') ? `${unit.name} — ${roots.get(organisationOf(unit)) ?? ''}` : unit.name;
  const boxes = units.map((unit) => {
    const box = /** @type {HTMLInputElement} */ (
      h('input', { type: 'checkbox', id: `${id}-${unit.code}`, value: unit.id, checked: preselected.has(unit.id) })
    );
    return { unit, box, row: h('li', null, box, h('label', { for: `${id}-${unit.code}` }, label(unit))) };
  });
  const filter = /** @type {HTMLInputElement} */ (
    h('input', {
      type: 'search',
      id: `${id}-filter`,
      placeholder: 'Lọc theo tên',
      oninput: () => {
        const wanted = fold(filter.value);
        boxes.forEach(({ unit, row }) => (row.hidden = !!wanted && !fold(label(unit)).includes(wanted)));
      },
    })
  );
  const element = h(
    'details',
    { class: 'unit-picker' },
    h('summary', null, 'Chọn đơn vị nhận cho dòng này'),
    h('label', { for: `${id}-filter`, class: 'sr-only' }, 'Lọc đơn vị'),
    filter,
    h(
      'ul',
      null,
      boxes.map(({ row }) => row),
    ),
  );
  return { element, selected: () => boxes.filter(({ box }) => box.checked).map(({ unit }) => unit.id) };
}
