import { AppError } from '@congvan/common';
import type { PolicyViolation } from './password-policy.js';

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 401, 'Bạn cần đăng nhập để thực hiện thao tác này.', 'You must sign in to do this.');

export const forbidden = () =>
  new AppError('FORBIDDEN', 403, 'Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.');

export const badCredentials = () =>
  new AppError('BAD_CREDENTIALS', 401, 'Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.');

export const accountLocked = (reason: string, until: Date | null) =>
  new AppError(
    'ACCOUNT_LOCKED',
    423,
    reason === 'rotation_overdue'
      ? 'Tài khoản đã bị khóa vì quá hạn đổi mật khẩu. Vui lòng liên hệ quản trị hệ thống.'
      : reason === 'failed_logins'
        ? 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.'
        : 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị hệ thống.',
    reason === 'rotation_overdue'
      ? 'The account is locked: the password was not changed in time. Contact the administrator.'
      : reason === 'failed_logins'
        ? 'The account is locked after repeated failed sign-ins. Try again later.'
        : 'The account is locked. Contact the administrator.',
    { reason, ...(until && until.getFullYear() < 9000 ? { until: until.toISOString() } : {}) },
  );

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(
    'TOO_MANY_ATTEMPTS',
    429,
    `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    `Too many failed sign-ins. Try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
  );

export const weakPassword = (violations: PolicyViolation[]) =>
  new AppError(
    'WEAK_PASSWORD',
    422,
    violations.map((v) => v.messageVi).join(' '),
    violations.map((v) => v.messageEn).join(' '),
    { violations: violations.map((v) => v.code) },
  );

export const passwordReused = (count: number) =>
  new AppError(
    'PASSWORD_REUSED',
    422,
    `Không được dùng lại ${count} mật khẩu gần nhất.`,
    `The last ${count} passwords cannot be reused.`,
  );

export const usernameTaken = () =>
  new AppError('USERNAME_TAKEN', 409, 'Tên đăng nhập đã tồn tại.', 'The username is taken.');

export const unitRequired = () =>
  new AppError(
    'UNIT_REQUIRED',
    422,
    'Tài khoản quản trị đơn vị và lãnh đạo phải gắn với một đơn vị.',
    'Unit admin and leader accounts must belong to a unit.',
  );

export const userNotFound = (id: string) =>
  new AppError('USER_NOT_FOUND', 404, 'Không tìm thấy tài khoản.', 'Account not found.', { id });

export const crossSiteRequest = () =>
  new AppError(
    'CROSS_SITE_REQUEST',
    403,
    'Yêu cầu đến từ một trang web khác nên bị từ chối.',
    'The request comes from another site and is refused.',
  );

export const unsupportedMediaType = (expected: string, received: string | null) =>
  new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    415,
    `Định dạng dữ liệu gửi lên không được hỗ trợ; cần ${expected}.`,
    `Unsupported body type; this route takes ${expected}.`,
    { expected, received },
  );

export const nulCharacter = () =>
  new AppError(
    'INVALID_CHARACTER',
    400,
    'Dữ liệu gửi lên chứa ký tự không hợp lệ (NUL).',
    'The request contains an invalid character (NUL).',
  );

export const unknownUnit = (id: string) =>
  new AppError('UNKNOWN_UNIT', 422, 'Đơn vị không có trong danh mục.', 'The unit is not in the registry.', { id });

export const cannotDisableSelf = () =>
  new AppError(
    'CANNOT_DISABLE_SELF',
    409,
    'Không thể tự khóa hoặc tự bỏ quyền quản trị của tài khoản đang dùng.',
    'An administrator cannot disable or demote the account it is signed in with.',
  );
