import { AppError } from '@congvan/common';

export const replyNotFound = (id: string) =>
  new AppError('REPLY_NOT_FOUND', 404, 'Không tìm thấy văn bản trả lời.', 'Reply document not found.', { id });

export const replyStateConflict = (status: string, action: string) =>
  new AppError(
    'REPLY_STATE_CONFLICT',
    409,
    `Văn bản đang ở trạng thái "${status}", không thể ${action}.`,
    `The document is "${status}"; cannot ${action}.`,
    { status, action },
  );

export const issuerRequired = (id: string | null) =>
  new AppError(
    'UNKNOWN_ISSUER_UNIT',
    422,
    id ? 'Cơ quan ban hành không có trong danh mục đơn vị.' : 'Cần chọn cơ quan ban hành (issuerUnitId) cho văn bản.',
    id ? 'The issuing unit is not in the registry.' : 'The issuing body (issuerUnitId) is required.',
    id ? { issuerUnitId: id } : {},
  );

export const issuerNotAllowed = (id: string) =>
  new AppError(
    'ISSUER_NOT_ALLOWED',
    403,
    'Bạn không được lập văn bản nhân danh cơ quan, đơn vị này.',
    'You may not write a document in the name of this body.',
    { issuerUnitId: id },
  );

export const documentNotVisible = (id: string) =>
  new AppError('DOCUMENT_NOT_FOUND', 404, 'Không tìm thấy văn bản.', 'Document not found.', { id });

export const badCertificate = () =>
  new AppError(
    'BAD_CERTIFICATE',
    422,
    'Không mở được chứng thư số (tệp PKCS#12 hoặc mật khẩu không đúng).',
    'The certificate could not be opened (wrong PKCS#12 file or passphrase).',
  );

export const templateNotFound = (id: string) =>
  new AppError('REPLY_TEMPLATE_NOT_FOUND', 404, 'Không tìm thấy mẫu văn bản.', 'Reply template not found.', { id });

export const templateMismatch = (template: { kind: string; system: string }, reply: { kind: string; system: string }) =>
  new AppError(
    'REPLY_TEMPLATE_MISMATCH',
    400,
    `Mẫu văn bản dành cho loại "${template.kind}" (${template.system}), không dùng được cho văn bản loại "${reply.kind}" (${reply.system}).`,
    `The template is for kind "${template.kind}" (${template.system}), not "${reply.kind}" (${reply.system}).`,
    { template: { kind: template.kind, system: template.system }, reply: { kind: reply.kind, system: reply.system } },
  );

/** A user template that fails validation or the trial render: 400, naming the problem in both languages. */
export const templateRejected = (reasonVi: string, reasonEn: string, details: Record<string, unknown> = {}) =>
  new AppError(
    'TEMPLATE_INVALID',
    400,
    `Mẫu văn bản không hợp lệ: ${reasonVi}`,
    `Invalid template: ${reasonEn}`,
    details,
  );

export const draftTaskNotFound = (id: string) =>
  new AppError(
    'TASK_NOT_FOUND',
    404,
    'Không tìm thấy nhiệm vụ của đơn vị.',
    "Task not found among your unit's tasks.",
    { id },
  );

export const directiveNotFound = (documentId: string) =>
  new AppError(
    'DIRECTIVE_NOT_FOUND',
    404,
    'Không tìm thấy nội dung văn bản chỉ đạo.',
    'No directive was read from this document.',
    { documentId },
  );

export const issuerNotInRegistry = (issuer: string | null) =>
  new AppError(
    'ISSUER_NOT_IN_REGISTRY',
    422,
    `Cơ quan ban hành "${issuer ?? ''}" không có trong danh mục đơn vị; hãy bổ sung tên hoặc tên gọi khác vào danh mục.`,
    `The issuer "${issuer ?? ''}" is not in the unit registry; add its name or an alias to the registry.`,
    { issuer },
  );

export const notDispatched = (documentId: string) =>
  new AppError(
    'DIRECTIVE_NOT_DISPATCHED',
    409,
    'Văn bản chưa được giao việc cho đơn vị nào.',
    'The directive has not been dispatched to any unit.',
    { documentId },
  );

export const nothingToRemind = (documentId: string) =>
  new AppError(
    'NOTHING_TO_REMIND',
    409,
    'Tất cả đơn vị đã gửi báo cáo; không có đơn vị nào cần đôn đốc.',
    'Every unit has reported; there is no one to remind.',
    { documentId },
  );

export const badSignatureImage = (reason: string) =>
  new AppError(
    'BAD_SIGNATURE_IMAGE',
    415,
    'Ảnh chữ ký phải là tệp PNG hoặc JPEG, không quá 1 MB.',
    `The signature image must be a PNG or JPEG of at most 1 MB (${reason}).`,
    { reason },
  );
