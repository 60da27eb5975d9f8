import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, type AppErrorBody, databaseUnavailable, isDatabaseUnavailable } from '@congvan/common';

const HTTP_MESSAGES: Record<number, [code: string, vi: string, en: string]> = {
  400: ['BAD_REQUEST', 'Yêu cầu không hợp lệ.', 'Bad request.'],
  401: ['UNAUTHENTICATED', 'Bạn cần đăng nhập để thực hiện thao tác này.', 'You must sign in to do this.'],
  403: ['FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.'],
  404: ['NOT_FOUND', 'Không tìm thấy tài nguyên được yêu cầu.', 'The requested resource was not found.'],
  405: ['METHOD_NOT_ALLOWED', 'Phương thức không được hỗ trợ.', 'Method not allowed.'],
  413: ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.', 'The request body is too large.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Định dạng dữ liệu không được hỗ trợ.', 'Unsupported media type.'],
  429: ['TOO_MANY_REQUESTS', 'Quá nhiều yêu cầu, vui lòng thử lại sau.', 'Too many requests, try again later.'],
};

/**
 * Renders every error as `{ code, message (vi), messageEn, details? }`. A lost database is a 503
 * DATABASE_UNAVAILABLE with Retry-After (the pools reconnect by themselves when it returns).
 * Unknown errors become a 500 with a generic message; their details go to the log with the
 * request id, never to the client.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    if (!(exception instanceof AppError) && isDatabaseUnavailable(exception)) {
      this.logger.warn({ msg: 'database unavailable', method: request.method, path: request.path });
      response.status(503).setHeader('Retry-After', '5').json(databaseUnavailable().toBody());
      return;
    }
    const [status, body] = this.toResponse(exception);
    if (status >= 500) {
      this.logger.error(
        {
          msg: 'unhandled error',
          method: request.method,
          path: request.path,
          requestId: request.headers['x-request-id'],
          error: (exception as Error)?.message,
        },
        (exception as Error)?.stack,
      );
    }
    // A route's own @Header('Content-Type') (text/csv, text/html) must not label the error body.
    response.removeHeader('Content-Disposition');
    const retryAfter = (body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(status).type('application/json').json(body);
  }

  private toResponse(exception: unknown): [number, AppErrorBody] {
    if (exception instanceof AppError) return [exception.httpStatus, exception.toBody()];
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // busboy's refusals of a multipart body (a control character in a file name, a cut-off form).
      if (status === 400 && /^(Malformed part header|Unexpected end of form|Multipart:)/i.test(exception.message))
        return [
          400,
          {
            code: 'MALFORMED_UPLOAD',
            message:
              'Không đọc được tệp gửi lên: phần đầu dữ liệu sai định dạng (ví dụ tên tệp chứa ký tự điều khiển).',
            messageEn:
              'The upload could not be read: a malformed multipart header (e.g. control characters in a file name).',
          },
        ];
      const [code, vi, en] = HTTP_MESSAGES[status] ?? [
        `HTTP_${status}`,
        'Yêu cầu không thể thực hiện.',
        exception.message,
      ];
      const payload = exception.getResponse();
      const details =
        typeof payload === 'object' && payload !== null && 'message' in payload && Array.isArray(payload.message)
          ? { problems: payload.message }
          : undefined;
      return [status, { code, message: vi, messageEn: en, ...(details ? { details } : {}) }];
    }
    return [
      500,
      {
        code: 'INTERNAL',
        message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
        messageEn: 'An internal error occurred. Please try again later.',
      },
    ];
  }
}
