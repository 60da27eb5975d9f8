import { AppError } from '@congvan/common';

export const taskNotFound = (id: string) =>
  new AppError('TASK_NOT_FOUND', 404, 'Không tìm thấy nhiệm vụ.', 'Task not found.', { id });

export const directiveNotFound = (id: string) =>
  new AppError('DOCUMENT_NOT_FOUND', 404, 'Không tìm thấy văn bản.', 'Document not found.', { id });

export const recipientsUnresolved = (lines: unknown[]) =>
  new AppError(
    'RECIPIENT_GROUP_UNRESOLVED',
    409,
    'Một số dòng "Kính gửi" chưa xác định được đơn vị nhận; văn thư cần chọn đơn vị trước khi giao việc.',
    'Some recipient lines do not resolve to units; the clerk must choose the units before dispatch.',
    { lines },
  );

export const notReviewed = (status: string) =>
  new AppError(
    'DIRECTIVE_NOT_REVIEWED',
    409,
    `Văn bản chưa được văn thư xác nhận (trạng thái "${status}").`,
    `The directive has not been confirmed by the clerk (status "${status}").`,
    { status },
  );

export const directiveTakenBack = (documentId: string) =>
  new AppError(
    'DIRECTIVE_TAKEN_BACK',
    409,
    'Văn bản đã bị cơ quan gửi thu hồi: không giao thêm việc và không trả lại báo cáo của văn bản này.',
    'The directive was taken back by its sender: no more work is dispatched or returned on it.',
    { documentId },
  );

export const taskStateConflict = (status: string, action: string) =>
  new AppError(
    'TASK_STATE_CONFLICT',
    409,
    `Nhiệm vụ đang ở trạng thái "${status}", không thể ${action}.`,
    `The task is "${status}"; cannot ${action}.`,
    { status, action },
  );

export const responseRequired = () =>
  new AppError(
    'RESPONSE_REQUIRED',
    409,
    'Cần gửi báo cáo kết quả trước khi đóng nhiệm vụ.',
    'A report must be submitted before the task is closed.',
  );

export const unknownUnits = (unitIds: string[]) =>
  new AppError(
    'UNKNOWN_UNITS',
    422,
    'Có đơn vị được chọn không tồn tại trong danh mục.',
    'Some chosen units are not in the registry.',
    { unitIds },
  );

export const unsupportedAttachment = (name: string) =>
  new AppError(
    'UNSUPPORTED_ATTACHMENT',
    415,
    `Tệp đính kèm "${name}" không thuộc định dạng được chấp nhận (PDF, ảnh, Word, Excel).`,
    `Attachment "${name}" is not an accepted type (PDF, image, Word, Excel).`,
    { name },
  );

export const noRecipientUnits = () =>
  new AppError(
    'NO_RECIPIENT_UNITS',
    422,
    'Không có đơn vị nào để giao việc: văn bản chưa có dòng "Kính gửi" nào xác định được đơn vị nhận. Hãy bổ sung "Kính gửi" khi rà soát.',
    'Nothing to dispatch: no recipient line of the directive resolves to a unit.',
  );

export const noTasksPlanned = () =>
  new AppError(
    'NO_TASKS_PLANNED',
    422,
    'Không có nhiệm vụ nào để giao: văn bản chưa có yêu cầu nào giao cho các đơn vị nhận. Hãy bổ sung yêu cầu khi rà soát.',
    'Nothing to dispatch: the directive has no requirement for its recipient units.',
  );

export const duplicateDirective = (first: {
  id: string;
  title: string;
  incomingNumber: number | null;
  incomingYear: number | null;
}) =>
  new AppError(
    'DUPLICATE_DIRECTIVE',
    409,
    `Văn bản này trùng với ${first.title}${first.incomingNumber ? ` (số đến ${first.incomingNumber} năm ${first.incomingYear})` : ''} đã vào sổ. Mở văn bản đã có; chỉ giao việc lần nữa khi chắc chắn cần, bằng cách xác nhận giao việc cho văn bản trùng.`,
    `This directive repeats ${first.title}, already registered. Dispatch it only with an explicit override (allowDuplicate).`,
    { duplicateOf: first },
  );

export const returnReasonRequired = () =>
  new AppError(
    'RETURN_REASON_REQUIRED',
    422,
    'Cần ghi lý do trả lại (ít nhất 3 ký tự) để đơn vị biết phải bổ sung, sửa chữa gì.',
    'A return needs a reason (at least 3 characters) so the unit knows what to fix.',
  );

export const unitNotTasked = (unitId: string) =>
  new AppError(
    'UNIT_NOT_TASKED',
    404,
    'Đơn vị không có nhiệm vụ nào của văn bản này.',
    'The unit holds no task of this document.',
    { unitId },
  );

export const remindUnitsNotTasked = (unitIds: string[]) =>
  new AppError(
    'REMIND_UNITS_NOT_TASKED',
    422,
    unitIds.length > 0
      ? `Chỉ nhắc được đơn vị có nhiệm vụ của văn bản này; ${unitIds.length} đơn vị đã chọn không có.`
      : 'Chưa chọn đơn vị nào để nhắc.',
    unitIds.length > 0
      ? 'Only units holding a task of this document can be reminded; some chosen units hold none.'
      : 'No unit was chosen to remind.',
    { unitIds },
  );

export const attachmentNotFound = (responseId: string, index: number) =>
  new AppError('ATTACHMENT_NOT_FOUND', 404, 'Không tìm thấy tệp đính kèm.', 'Attachment not found.', {
    responseId,
    index,
  });
