import { readFileSync } from 'node:fs';
import { parseRegistryJson } from './registry-file.js';
import { fold, resolveRecipients } from './resolve-recipients.js';
import { dayBefore } from './succession.js';

const load = (name: string) =>
  parseRegistryJson(readFileSync(new URL(`../../../samples/org/${name}`, import.meta.url), 'utf8')).units;
const registry = [...load('dongda-2024-01.json'), ...load('myduc-2024-08.json')];
const dongda = { onDate: '2024-01-20', issuerName: 'ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA' };
const myduc = { onDate: '2024-08-05', issuerName: 'HUYỆN ỦY MỸ ĐỨC' };
const codes = (line: string, options = dongda) => resolveRecipients([line], registry, options)[0];

describe('resolveRecipients', () => {
  it('reads "Chủ tịch UBND 21 phường thuộc quận" as exactly the 21 wards of Đống Đa', () => {
    const [result] = resolveRecipients(['Chủ tịch UBND 21 phường thuộc quận'], registry, dongda);
    expect(result.flags).toEqual([]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]).toMatchObject({ matchedBy: 'kind', statedCount: 21 });
    expect(result.groups[0].codes).toHaveLength(21);
    expect(result.groups[0].codes.every((c) => c.startsWith('dongda.ward.'))).toBe(true);
  });

  it('flags a stated count that disagrees with the registry', () => {
    expect(codes('Chủ tịch UBND 22 phường thuộc quận').flags).toEqual([
      { code: 'COUNT_MISMATCH', phrase: 'Chủ tịch UBND 22 phường thuộc quận', stated: 22, found: 21 },
    ]);
  });

  it('reads "Hiệu trưởng các trường MN, TH, THCS công lập thuộc quận" as every such school', () => {
    const result = codes('Hiệu trưởng các trường MN, TH, THCS công lập thuộc quận');
    expect(result.groups).toHaveLength(1);
    expect(result.flags).toEqual([]);
    const all = registry.filter(
      (u) =>
        u.code.startsWith('dongda.') &&
        ['school_preschool', 'school_primary', 'school_lower_secondary'].includes(u.kind),
    );
    expect(result.groups[0].codes.sort()).toEqual(all.map((u) => u.code).sort());
  });

  it('resolves a list "A, B, C" one by one and flags nothing it cannot place', () => {
    const result = codes(
      'Thủ trưởng các phòng chuyên môn, Đội Quản lý TTXD đô thị, Đơn vị sự nghiệp khác, Hội chữ thập đỏ, Hội Người Mù',
    );
    expect(result.groups.map((g) => g.phrase)).toEqual([
      'Thủ trưởng các phòng chuyên môn',
      'Đội Quản lý TTXD đô thị',
      'Đơn vị sự nghiệp khác',
      'Hội chữ thập đỏ',
      'Hội Người Mù',
    ]);
    expect(result.flags).toEqual([]);
    expect(result.groups[0].codes.length).toBeGreaterThanOrEqual(10);
    expect(result.groups[1].codes).toEqual(['dongda.doi-qlttxd']);
    expect(result.groups[3].codes).toEqual(['dongda.hoi.chu-thap-do']);
    expect(result.groups[4].codes).toEqual(['dongda.hoi.nguoi-mu']);
  });

  it('reads "Đảng ủy các xã, thị trấn" in Mỹ Đức as the 22 party committees, and the enterprise bloc by name', () => {
    const [result] = resolveRecipients(['Đảng ủy các xã, thị trấn, Đảng ủy Khối doanh nghiệp'], registry, myduc);
    expect(result.flags).toEqual([]);
    expect(result.groups[0].codes).toHaveLength(22);
    expect(result.groups[0].codes.every((c) => c.startsWith('myduc.dang-uy.'))).toBe(true);
    expect(result.groups[1].codes).toEqual(['myduc.dang-uy.khoi-doanh-nghiep']);
  });

  it('resolves every recipient line of the Mỹ Đức directive without flags', () => {
    const lines = [
      'Các Ban Đảng và Văn phòng Huyện ủy, TT Chính trị, Ủy ban MTTQ, các đoàn thể - chính trị xã hội huyện',
      'Các Phòng, ban, cơ quan trực thuộc UBND Huyện',
      'Các trường THCS, Tiểu học, mầm non công lập trực thuộc Huyện',
    ];
    const results = resolveRecipients(lines, registry, myduc);
    expect(results.flatMap((r) => r.flags)).toEqual([]);
    expect(results.map((r) => r.groups.flatMap((g) => g.codes).length)).toEqual([expect.any(Number), 10, 12]);
    expect(results[0].groups.flatMap((g) => g.codes)).toEqual(
      expect.arrayContaining([
        'myduc.van-phong-huyen-uy',
        'myduc.trung-tam-chinh-tri',
        'myduc.doan-the.uy-ban-mat-tran-to-quoc-huyen-my-duc',
      ]),
    );
  });

  it('flags a phrase that names nothing, never dropping it', () => {
    const result = codes('Ban Quản lý các khu công nghệ cao');
    expect(result.groups[0]).toMatchObject({ codes: [], matchedBy: 'none' });
    expect(result.flags).toEqual([{ code: 'UNMATCHED', phrase: 'Ban Quản lý các khu công nghệ cao' }]);
  });

  it('only counts units valid on the day', () => {
    const merged = registry.map((u) => (u.code === 'dongda.ward.cat-linh' ? { ...u, validTo: '2023-12-31' } : u));
    const [result] = resolveRecipients(['Chủ tịch UBND 21 phường thuộc quận'], merged, dongda);
    expect(result.flags).toEqual([
      { code: 'COUNT_MISMATCH', phrase: 'Chủ tịch UBND 21 phường thuộc quận', stated: 21, found: 20 },
    ]);
  });
});

describe('fold', () => {
  it.each([
    ['Ủy ban MTTQ', 'uy ban mat tran to quoc'],
    ['UBND phường Ô Chợ Dừa', 'uy ban nhan dan phuong o cho dua'],
    ['Đội Quản lý TTXD đô thị', 'doi quan ly trat tu xay dung do thi'],
  ])('%s → %s', (text, folded) => expect(fold(text)).toBe(folded));
});

describe('resolveRecipients across the reorganisation of 1 July 2025', () => {
  const file = parseRegistryJson(
    readFileSync(new URL('../../../samples/org/two-level-2025/hanoi-2025-07.json', import.meta.url), 'utf8'),
  );
  const hanoi = file.units;
  // What import does with "replaces" and "ended": old units end the day before their successor begins.
  const replaced = new Map(hanoi.flatMap((u) => (u.replaces ?? []).map((old) => [old, u] as const)));
  const ended = new Map((file.ended ?? []).map((e) => [e.code, e.validTo]));
  const all = [...registry, ...hanoi].map((u) => {
    const successor = replaced.get(u.code);
    if (successor) return { ...u, validTo: dayBefore(successor.validFrom!) };
    return ended.has(u.code) ? { ...u, validTo: ended.get(u.code)! } : u;
  });
  const city = (onDate: string) => ({ onDate, issuerName: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI' });

  it('reads "UBND các quận, huyện" before 1 July 2025 as the districts of the day', () => {
    const [result] = resolveRecipients(['Chủ tịch UBND các quận, huyện'], all, city('2024-10-01'));
    expect(result.flags).toEqual([]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0].codes.sort()).toEqual(['dongda', 'myduc']);
  });

  it('flags "UBND các huyện" after 1 July 2025: there are none', () => {
    const [result] = resolveRecipients(['Chủ tịch UBND các huyện'], all, city('2026-02-10'));
    expect(result.flags).toEqual([{ code: 'UNMATCHED', phrase: 'Chủ tịch UBND các huyện' }]);
  });

  it('reads "các xã, phường" after 1 July 2025 as the new communes and wards only', () => {
    const [result] = resolveRecipients(['Chủ tịch UBND các xã, phường'], all, city('2026-02-10'));
    expect(result.flags).toEqual([]);
    expect(result.groups[0].codes.sort()).toEqual(
      hanoi
        .filter((u) => u.kind === 'commune' || u.kind === 'ward')
        .filter((u) => u.validFrom === '2025-07-01')
        .map((u) => u.code)
        .sort(),
    );
    expect(result.groups[0].codes).toHaveLength(9);
  });

  it('reads "Đảng ủy các xã, phường" after 1 July 2025 as the 9 new party committees', () => {
    const [result] = resolveRecipients(['Đảng ủy các xã, phường'], all, city('2026-02-10'));
    expect(result.flags).toEqual([]);
    expect(result.groups[0].codes).toHaveLength(9);
    expect(result.groups[0].codes.every((c) => c.startsWith('hanoi.dang-uy.'))).toBe(true);
  });

  it('still reads the 2024 Mỹ Đức directive on its own date as the 22 old party committees', () => {
    const [result] = resolveRecipients(['Đảng ủy các xã, thị trấn'], all, myduc);
    expect(result.flags).toEqual([]);
    expect(result.groups[0].codes).toHaveLength(22);
  });
});
