export interface PolicyViolation {
  code: 'TOO_SHORT' | 'NO_UPPER' | 'NO_LOWER' | 'NO_DIGIT' | 'NO_SPECIAL' | 'CONTAINS_USERNAME';
  messageVi: string;
  messageEn: string;
}

export const MIN_PASSWORD_LENGTH = 12;

const RULES: Array<[PolicyViolation['code'], (password: string, username: string) => boolean, string, string]> = [
  [
    'TOO_SHORT',
    (p) => [...p].length >= MIN_PASSWORD_LENGTH,
    `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
    `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
  ],
  [
    'NO_UPPER',
    (p) => /\p{Lu}/u.test(p),
    'Mật khẩu phải có ít nhất một chữ in hoa.',
    'The password must contain an upper-case letter.',
  ],
  [
    'NO_LOWER',
    (p) => /\p{Ll}/u.test(p),
    'Mật khẩu phải có ít nhất một chữ thường.',
    'The password must contain a lower-case letter.',
  ],
  ['NO_DIGIT', (p) => /\p{Nd}/u.test(p), 'Mật khẩu phải có ít nhất một chữ số.', 'The password must contain a digit.'],
  [
    'NO_SPECIAL',
    (p) => /[^\p{L}\p{Nd}\s]/u.test(p),
    'Mật khẩu phải có ít nhất một ký tự đặc biệt.',
    'The password must contain a special character.',
  ],
  [
    'CONTAINS_USERNAME',
    (p, u) => u.length < 3 || !p.toLowerCase().includes(u.toLowerCase()),
    'Mật khẩu không được chứa tên đăng nhập.',
    'The password must not contain the username.',
  ],
];

/** The password policy the directives demand: ≥ 12 characters with upper case, a digit and a special character. */
export function checkPasswordPolicy(password: string, username: string): PolicyViolation[] {
  return RULES.filter(([, ok]) => !ok(password, username)).map(([code, , messageVi, messageEn]) => ({
    code,
    messageVi,
    messageEn,
  }));
}

/** The day by which the password must be changed: 90 days for administrators, 180 for others by default. */
export function rotationDeadline(
  passwordChangedAt: Date,
  isAdmin: boolean,
  policy: { adminRotationDays: number; userRotationDays: number },
): Date {
  const days = isAdmin ? policy.adminRotationDays : policy.userRotationDays;
  return new Date(passwordChangedAt.getTime() + days * 86_400_000);
}
