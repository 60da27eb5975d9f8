/**
 * The one error type the application throws on purpose. It carries a stable code, the HTTP status
 * it maps to, and the message in Vietnamese (what users read) and English (for operators).
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly httpStatus: number,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(messageEn);
    this.name = 'AppError';
  }

  toBody(): AppErrorBody {
    return {
      code: this.code,
      message: this.messageVi,
      messageEn: this.messageEn,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export interface AppErrorBody {
  code: string;
  message: string;
  messageEn: string;
  details?: Record<string, unknown>;
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A multipart upload arrived without its file field. */
export function noFileUploaded(field = 'file'): AppError {
  return new AppError(
    'NO_FILE',
    400,
    `Chưa có tệp nào được gửi lên (trường "${field}").`,
    `No file was uploaded (field "${field}").`,
    { field },
  );
}
