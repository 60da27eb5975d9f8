import { AppError } from '@congvan/common';

export const replyNotFound = (id: string) => new AppError('REPLY_NOT_FOUND', 404, 'Không tìm thấy văn bản trả lời.', 'Reply document not found.', { id });

export const replyStateConflict = (status: string, action: string) =>
  new AppError('REPLY_STATE_CONFLICT', 409, `Văn bản đang ở trạng thái "${status}", không thể ${action}.`, `The document is "${status}"; cannot ${action}.`, { status, action });

export const notIssuerLeader = () =>
  new AppError('NOT_ISSUER_LEADER', 403, 'Chỉ lãnh đạo của cơ quan ban hành mới được ký văn bản này.', 'Only a leader of the issuing body may sign this document.');

export const badCertificate = () =>
  new AppError('BAD_CERTIFICATE', 422, 'Không mở được chứng thư số (tệp PKCS#12 hoặc mật khẩu không đúng).', 'The certificate could not be opened (wrong PKCS#12 file or passphrase).');

export const templateNotFound = (id: string) => new AppError('REPLY_TEMPLATE_NOT_FOUND', 404, 'Không tìm thấy mẫu văn bản.', 'Reply template not found.', { id });

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
  new AppError('TEMPLATE_INVALID', 400, `Mẫu văn bản không hợp lệ: ${reasonVi}`, `Invalid template: ${reasonEn}`, details);
