import { AppError } from '@congvan/common';

export function templateInvalid(reasonVi: string, reasonEn: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(
    'TEMPLATE_INVALID',
    422,
    `Mẫu văn bản không hợp lệ: ${reasonVi}`,
    `Invalid template: ${reasonEn}`,
    details,
  );
}

export function templateNotFound(name: string, templatesDir: string): AppError {
  return new AppError(
    'TEMPLATE_NOT_FOUND',
    500,
    `Không tìm thấy mẫu văn bản "${name}".`,
    `Template "${name}" not found in ${templatesDir}.`,
    { name, templatesDir },
  );
}

export function renderFailed(reason: string): AppError {
  return new AppError('RENDER_FAILED', 500, 'Không tạo được văn bản từ mẫu.', `Rendering failed: ${reason}`, {
    reason,
  });
}

/** A model (client input) the template cannot render: missing or malformed fields. */
export function modelNotRenderable(reason: string): AppError {
  return new AppError(
    'MODEL_NOT_RENDERABLE',
    422,
    'Nội dung văn bản thiếu hoặc sai thông tin nên không dựng được văn bản từ mẫu.',
    `The reply model cannot be rendered with its template: ${reason}`,
    { reason },
  );
}

export function fontMissing(path: string): AppError {
  return new AppError(
    'FONT_MISSING',
    503,
    'Thiếu tệp phông chữ của văn bản trên máy chủ (kiểm tra DOCUMENT_FONT_DIR hoặc chạy lại npm install).',
    `Font file ${path} is missing: point DOCUMENT_FONT_DIR at a folder of Tinos or Liberation Serif 2 TTF files, or unset it to use the Tinos installed by npm.`,
    { path },
  );
}

export function browserUnavailable(executablePath: string, reason: string): AppError {
  return new AppError(
    'PDF_RENDERER_UNAVAILABLE',
    503,
    'Không khởi động được trình duyệt để tạo PDF.',
    `Cannot start Chromium at ${executablePath} (unset CHROMIUM_PATH to use the Chromium installed by npm): ${reason}`,
    { executablePath, reason },
  );
}
