import { AppError } from '@congvan/common';

/** A package that cannot be imported. Always a 4xx: the sender must fix and resend it. */
export function malformedEdxml(reasonVi: string, reasonEn: string, details: Record<string, unknown> = {}): AppError {
  return new AppError(
    'EDXML_MALFORMED',
    422,
    `Gói tin edXML không hợp lệ: ${reasonVi}`,
    `The edXML package is malformed: ${reasonEn}`,
    details,
  );
}

export function edxmlTooLarge(sizeBytes: number, maxBytes: number, what: 'package' | 'attachment'): AppError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new AppError(
    'EDXML_TOO_LARGE',
    413,
    what === 'package'
      ? `Gói tin edXML quá lớn (${mb(sizeBytes)} MB, tối đa ${mb(maxBytes)} MB).`
      : `Tệp đính kèm trong gói tin edXML quá lớn (tối đa ${mb(maxBytes)} MB).`,
    what === 'package'
      ? `The edXML package is too large (${mb(sizeBytes)} MB, at most ${mb(maxBytes)} MB).`
      : `An attachment of the edXML package is too large (at most ${mb(maxBytes)} MB).`,
    { sizeBytes, maxBytes, what },
  );
}

export function edxmlForbiddenConstruct(): AppError {
  return new AppError(
    'EDXML_FORBIDDEN_CONSTRUCT',
    422,
    'Gói tin edXML chứa khai báo DOCTYPE/ENTITY, không được chấp nhận (nguy cơ XXE, bom thực thể).',
    'The edXML package contains a DOCTYPE/ENTITY declaration, which is refused (XXE, entity expansion).',
  );
}
