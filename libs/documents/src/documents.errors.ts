import { AppError } from '@congvan/common';

export const documentNotFound = (id: string) =>
  new AppError('DOCUMENT_NOT_FOUND', 404, 'Không tìm thấy văn bản.', 'Document not found.', { id });

/** An intake refusal as told to the uploader: the same error, naming the document kept as failed. */
export const refusedDocument = (error: AppError, documentId: string) =>
  new AppError(error.code, error.httpStatus, error.messageVi, error.messageEn, { ...error.details, documentId });

export const wrongStatus = (status: string, expected: string) =>
  new AppError(
    'INVALID_DOCUMENT_STATUS',
    409,
    `Văn bản đang ở trạng thái "${status}", không thực hiện được thao tác này (cần "${expected}").`,
    `The document is "${status}"; this needs "${expected}".`,
    { status, expected },
  );

export const invalidDirective = (problems: string[]) =>
  new AppError(
    'INVALID_DIRECTIVE',
    422,
    'Nội dung văn bản sau chỉnh sửa không hợp lệ.',
    'The corrected directive is not valid.',
    { problems },
  );

export const internalStageFailure = () =>
  new AppError(
    'INTERNAL',
    500,
    'Lỗi hệ thống khi xử lý văn bản; đã thử lại nhưng không thành công.',
    'An internal error occurred while processing the document; retries did not help.',
  );
