import { checkPasswordPolicy, rotationDeadline } from './password-policy.js';

describe('checkPasswordPolicy', () => {
  it.each([
    ['Đống-Đa-2024!', []],
    ['Ngắn1!a', ['TOO_SHORT']],
    ['khong-co-chu-hoa-1', ['NO_UPPER']],
    ['KHONG-CO-CHU-THUONG-1', ['NO_LOWER']],
    ['Khong-Co-Chu-So!', ['NO_DIGIT']],
    ['KhongCoKyTuDacBiet1', ['NO_SPECIAL']],
    ['vanthu.dongda-Abc1!', ['CONTAINS_USERNAME']],
  ])('judges "%s"', (password, codes) => {
    expect(checkPasswordPolicy(password, 'vanthu.dongda').map((v) => v.code)).toEqual(codes);
  });

  it('gives every violation in Vietnamese and English', () => {
    for (const violation of checkPasswordPolicy('', 'x')) {
      expect(violation.messageVi).toBe(violation.messageVi.normalize('NFC'));
      expect(violation.messageVi).toMatch(/Mật khẩu/);
      expect(violation.messageEn).toMatch(/password/);
    }
  });
});

describe('rotationDeadline', () => {
  const policy = { adminRotationDays: 90, userRotationDays: 180 };
  const changed = new Date('2024-01-01T00:00:00Z');
  it('is 90 days for administrators and 180 days for users', () => {
    expect(rotationDeadline(changed, true, policy).toISOString()).toBe('2024-03-31T00:00:00.000Z');
    expect(rotationDeadline(changed, false, policy).toISOString()).toBe('2024-06-29T00:00:00.000Z');
  });
});
