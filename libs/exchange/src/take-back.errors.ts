import { AppError } from '@congvan/common';

export const replyNotFound = (id: string) =>
  new AppError('REPLY_NOT_FOUND', 404, 'Không tìm thấy văn bản đi.', 'Reply not found.', { id });
export const documentNotFound = (id: string) =>
  new AppError('DOCUMENT_NOT_FOUND', 404, 'Không tìm thấy văn bản.', 'Document not found.', { id });
export const replyNotSent = () =>
  new AppError(
    'REPLY_NOT_SENT',
    409,
    'Văn bản này chưa được gửi qua trục liên thông nên không có gì để lấy lại.',
    'This reply was never sent as an edXML package: there is nothing to take back.',
  );
export const takeBackExists = (state: string) =>
  new AppError(
    'TAKE_BACK_EXISTS',
    409,
    `Văn bản đã có yêu cầu lấy lại (trạng thái "${state}").`,
    `A take-back of this document already exists (it is "${state}").`,
    { state },
  );
export const noTakeBackRequest = () =>
  new AppError(
    'NO_TAKE_BACK_REQUEST',
    409,
    'Không có yêu cầu lấy lại nào đang chờ trả lời cho văn bản này.',
    'No take-back request awaits an answer for this document.',
  );
export const statusSubjectNotFound = (code: string | null) =>
  new AppError(
    'STATUS_SUBJECT_NOT_FOUND',
    404,
    `Không tìm thấy văn bản mà gói trạng thái nói đến (${code ?? 'không có số, ký hiệu'}).`,
    `The document the status package is about was not found (${code ?? 'no code'}).`,
    { code },
  );
export const statusNotHandled = (code: string) =>
  new AppError(
    'STATUS_NOT_HANDLED',
    422,
    `Gói trạng thái mã ${code} không phải về việc lấy lại văn bản; chỉ nhận mã 13, 15, 16.`,
    `Status ${code} is not about taking a document back; only 13, 15 and 16 are taken.`,
    { statusCode: code },
  );
