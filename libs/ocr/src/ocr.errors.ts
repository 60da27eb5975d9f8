import { AppError } from '@congvan/common';

/** Error codes of the text-acquisition engine. */
export const OcrErrorCode = {
  UNSUPPORTED_FILE_TYPE: 'UNSUPPORTED_FILE_TYPE',
  EMPTY_FILE: 'EMPTY_FILE',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  UNREADABLE_PDF: 'UNREADABLE_PDF',
  ENCRYPTED_PDF: 'ENCRYPTED_PDF',
  UNREADABLE_IMAGE: 'UNREADABLE_IMAGE',
  IMAGE_TOO_LARGE: 'IMAGE_TOO_LARGE',
  TOO_MANY_PAGES: 'TOO_MANY_PAGES',
  NO_TEXT_FOUND: 'NO_TEXT_FOUND',
  PAGE_NOT_FOUND: 'PAGE_NOT_FOUND',
} as const;
export type OcrErrorCode = (typeof OcrErrorCode)[keyof typeof OcrErrorCode];

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export function unsupportedFileType(detected: string | null): AppError {
  return new AppError(
    OcrErrorCode.UNSUPPORTED_FILE_TYPE,
    415,
    `Định dạng tệp không được hỗ trợ${detected ? ` (${detected})` : ''}. Chỉ nhận PDF, PNG, JPEG hoặc TIFF.`,
    `Unsupported file type${detected ? ` (${detected})` : ''}. Only PDF, PNG, JPEG or TIFF are accepted.`,
    { detected },
  );
}

export function emptyFile(): AppError {
  return new AppError(OcrErrorCode.EMPTY_FILE, 400, 'Tệp rỗng, không có nội dung.', 'The file is empty.');
}

export function fileTooLarge(sizeBytes: number, maxBytes: number): AppError {
  return new AppError(
    OcrErrorCode.FILE_TOO_LARGE,
    413,
    `Tệp quá lớn (${mb(sizeBytes)} MB); dung lượng tối đa là ${mb(maxBytes)} MB.`,
    `The file is too large (${mb(sizeBytes)} MB); the maximum is ${mb(maxBytes)} MB.`,
    { sizeBytes, maxBytes },
  );
}

export function unreadablePdf(reason: string): AppError {
  return new AppError(
    OcrErrorCode.UNREADABLE_PDF,
    422,
    'Không đọc được tệp PDF: tệp bị hỏng, bị cắt cụt hoặc không đúng cấu trúc PDF.',
    `The PDF cannot be read: it is damaged, truncated or not a valid PDF (${reason}).`,
    { reason },
  );
}

export function encryptedPdf(): AppError {
  return new AppError(
    OcrErrorCode.ENCRYPTED_PDF,
    422,
    'Tệp PDF được bảo vệ bằng mật khẩu. Vui lòng gửi bản không đặt mật khẩu.',
    'The PDF is password-protected. Please upload a copy without a password.',
  );
}

export function unreadableImage(reason: string): AppError {
  return new AppError(
    OcrErrorCode.UNREADABLE_IMAGE,
    422,
    'Không đọc được tệp ảnh: tệp bị hỏng hoặc bị cắt cụt.',
    `The image cannot be read: it is damaged or truncated (${reason}).`,
    { reason },
  );
}

export function imageTooLarge(width: number, height: number, maxPixels: number): AppError {
  return new AppError(
    OcrErrorCode.IMAGE_TOO_LARGE,
    422,
    `Kích thước ảnh quá lớn (${width} × ${height} điểm ảnh); tối đa ${maxPixels.toLocaleString('vi-VN')} điểm ảnh mỗi trang.`,
    `The image is too large (${width} x ${height} pixels); at most ${maxPixels.toLocaleString('en-US')} pixels per page.`,
    { width, height, maxPixels },
  );
}

export function tooManyPages(pageCount: number, maxPages: number): AppError {
  return new AppError(
    OcrErrorCode.TOO_MANY_PAGES,
    422,
    `Tài liệu có quá nhiều trang (${pageCount}); tối đa ${maxPages} trang.`,
    `The document has too many pages (${pageCount}); at most ${maxPages} pages.`,
    { pageCount, maxPages },
  );
}

export function noTextFound(pageCount: number): AppError {
  return new AppError(
    OcrErrorCode.NO_TEXT_FOUND,
    422,
    'Không tìm thấy chữ trong tài liệu. Tệp có thể không phải là văn bản hoặc bản quét quá mờ.',
    'No text was found in the document. The file may not be a document, or the scan is too poor.',
    { pageCount },
  );
}

export function pageOutOfRange(pageIndex: number, pageCount: number): AppError {
  return new AppError(
    OcrErrorCode.PAGE_NOT_FOUND,
    404,
    `Văn bản không có trang ${pageIndex + 1} (chỉ có ${pageCount} trang).`,
    `The document has no page ${pageIndex + 1} (it has ${pageCount}).`,
    { pageIndex, pageCount },
  );
}
