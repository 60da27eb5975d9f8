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

export function fontMissing(path: string): AppError {
  return new AppError(
    'FONT_MISSING',
    500,
    'Thiếu phông chữ Liberation Serif trên máy chủ (gói Debian fonts-liberation2).',
    `Font file ${path} is missing: install the Debian package fonts-liberation2 (fonts-liberation 1.x lacks Vietnamese letters).`,
    { path },
  );
}

export function browserUnavailable(executablePath: string, reason: string): AppError {
  return new AppError(
    'PDF_RENDERER_UNAVAILABLE',
    503,
    'Không khởi động được trình duyệt để tạo PDF (cần gói Debian chromium).',
    `Cannot start Chromium at ${executablePath} (install the Debian package chromium): ${reason}`,
    { executablePath, reason },
  );
}
