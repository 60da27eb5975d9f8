import { AppError } from '@congvan/common';

export const replyNotFound = (id: string) => new AppError('REPLY_NOT_FOUND', 404, 'Không tìm thấy văn bản trả lời.', 'Reply document not found.', { id });

export const replyStateConflict = (status: string, action: string) =>
  new AppError('REPLY_STATE_CONFLICT', 409, `Văn bản đang ở trạng thái "${status}", không thể ${action}.`, `The document is "${status}"; cannot ${action}.`, { status, action });

export const notIssuerLeader = () =>
  new AppError('NOT_ISSUER_LEADER', 403, 'Chỉ lãnh đạo của cơ quan ban hành mới được ký văn bản này.', 'Only a leader of the issuing body may sign this document.');

export const badCertificate = () =>
  new AppError('BAD_CERTIFICATE', 422, 'Không mở được chứng thư số (tệp PKCS#12 hoặc mật khẩu không đúng).', 'The certificate could not be opened (wrong PKCS#12 file or passphrase).');
