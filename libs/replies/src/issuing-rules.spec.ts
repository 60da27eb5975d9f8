import { checkIssuingAuthority, formatOverrideOf, partyLevel, type IssuingUnit } from './issuing-rules.js';

const unit = (
  id: string,
  name: string,
  parentId: string | null = null,
  extra: Partial<IssuingUnit> = {},
): IssuingUnit => ({
  id,
  name,
  kind: 'party_committee',
  parentId,
  ...extra,
});
const thanhUy = unit('tu', 'Thành ủy Hà Nội', null, { formatOverrides: { party: 'hd36' } });
const dangUyXa = unit('xa', 'Đảng ủy xã Hồng Sơn', 'tu');
const dangUyTruong = unit('truong', 'Đảng ủy Trường THCS Hồng Sơn', 'xa');
const chiBo = unit('cb', 'Chi bộ thôn Đục Khê', 'xa');
const oldDangUyXa = unit('old', 'Đảng ủy xã An Mỹ', 'hu');
const units = new Map([thanhUy, dangUyXa, dangUyTruong, chiBo, oldDangUyXa].map((u) => [u.id, u]));
const check =
  (issuer: IssuingUnit, docType: string, date = '2026-09-14') =>
  () =>
    checkIssuingAuthority({ system: 'party', docType, date, issuer, units });

describe('checkIssuingAuthority (Quy định 399-QĐ/TW, documents under HD 05)', () => {
  it('refuses a hướng dẫn from a chi bộ, naming the rule in Vietnamese', () => {
    expect(check(chiBo, 'HD')).toThrow(
      expect.objectContaining({
        code: 'DOCUMENT_TYPE_NOT_ALLOWED',
        httpStatus: 422,
        messageVi:
          'Chi bộ thôn Đục Khê không được ban hành hướng dẫn (HD). Quy định 399-QĐ/TW (thẩm quyền ban hành): chi bộ không ban hành quy định, hướng dẫn.',
      }),
    );
  });

  it('refuses a chỉ thị or thông tri from any grassroots body', () => {
    expect(check(dangUyTruong, 'CT')).toThrow(
      expect.objectContaining({ messageVi: expect.stringMatching(/không ban hành chỉ thị, thông tri/) }),
    );
    expect(check(chiBo, 'TT')).toThrow(expect.objectContaining({ code: 'DOCUMENT_TYPE_NOT_ALLOWED' }));
  });

  it('lets the same bodies issue báo cáo and công văn, and a grassroots committee a hướng dẫn', () => {
    for (const docType of ['BC', 'CV']) expect(check(chiBo, docType)).not.toThrow();
    expect(check(dangUyTruong, 'HD')).not.toThrow();
  });

  it('treats a commune Đảng ủy as above the grassroots since 1 July 2025', () => {
    expect(partyLevel(dangUyXa, units, '2026-09-14')).toBe('cap_tren');
    expect(partyLevel(oldDangUyXa, units, '2024-08-05')).toBe('co_so');
    expect(check(dangUyXa, 'CT')).not.toThrow();
  });

  it('does not apply QĐ 399 to documents written before HD 05, nor to state documents', () => {
    expect(check(chiBo, 'HD', '2025-03-01')).not.toThrow();
    expect(() =>
      checkIssuingAuthority({ system: 'state', docType: 'CT', date: '2026-09-14', issuer: chiBo, units }),
    ).not.toThrow();
  });
});

describe('formatOverrideOf', () => {
  it('takes the nearest override above the unit, for the system asked', () => {
    expect(formatOverrideOf(chiBo, units, 'party')).toBe('hd36');
    expect(formatOverrideOf(chiBo, units, 'state')).toBeNull();
    const ownChoice = { ...dangUyXa, formatOverrides: { party: 'hd05' } };
    expect(formatOverrideOf(ownChoice, units, 'party')).toBe('hd05');
  });
});
