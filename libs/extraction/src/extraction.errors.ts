import { AppError } from '@congvan/common';

const characters = (chars: number) => chars.toLocaleString('vi-VN');

/** A text whose reading in an extraction thread took longer than the pool allows. */
export function extractionTimedOut(timeoutMs: number, chars: number): AppError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new AppError(
    'EXTRACTION_TIMEOUT',
    422,
    `Không trích xuất được nội dung văn bản trong ${seconds.toLocaleString('vi-VN')} giây cho phép ` +
      `(văn bản dài ${characters(chars)} ký tự): văn bản quá dài hoặc có cấu trúc bất thường.`,
    `Extraction did not finish within the ${seconds} s allowed (a text of ${chars} characters): ` +
      'the text is too long or unusually structured.',
    { timeoutMs, chars },
  );
}

/** The extraction thread died while it read this text (out of memory, a crash); it has been replaced. */
export function extractionThreadFailed(reason: string, chars: number, outOfMemory: boolean): AppError {
  return new AppError(
    'EXTRACTION_THREAD_FAILED',
    422,
    `Luồng trích xuất bị dừng khi đang đọc văn bản này (dài ${characters(chars)} ký tự)` +
      `${outOfMemory ? ' vì hết bộ nhớ' : ''}; văn bản chưa được trích xuất. Chi tiết: ${reason}`,
    `The extraction thread stopped while reading this text (${chars} characters)` +
      `${outOfMemory ? ', out of memory' : ''}; the text was not extracted. Reason: ${reason}`,
    { reason, chars },
  );
}

/** The pool was closed (the application is stopping) before the text was read: the job may run again. */
export function extractionPoolClosed(): Error {
  return new Error('the extraction pool was closed before the text was read');
}
