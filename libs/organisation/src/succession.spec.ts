import { dayBefore, holderOn, redirectToSuccessors, type SuccessionUnit } from './succession.js';

const unit = (id: string, name: string, extra: Partial<SuccessionUnit> = {}): SuccessionUnit => ({
  id,
  name,
  validFrom: null,
  validTo: null,
  successorId: null,
  successorSince: null,
  ...extra,
});

// Mỹ Đức: Đốc Tín and Vạn Kim became Vạn Tín on 1 January 2025, which went into Hương Sơn on 1 July 2025.
const docTin = unit('doc-tin', 'Đảng ủy xã Đốc Tín', {
  validTo: '2024-12-31',
  successorId: 'van-tin',
  successorSince: '2025-01-01',
});
const vanKim = unit('van-kim', 'Đảng ủy xã Vạn Kim', {
  validTo: '2024-12-31',
  successorId: 'van-tin',
  successorSince: '2025-01-01',
});
const vanTin = unit('van-tin', 'Đảng ủy xã Vạn Tín', {
  validFrom: '2025-01-01',
  validTo: '2025-06-30',
  successorId: 'huong-son-moi',
  successorSince: '2025-07-01',
});
const huongSonCu = unit('huong-son-cu', 'Đảng ủy xã Hương Sơn (cũ)', {
  validTo: '2025-06-30',
  successorId: 'huong-son-moi',
  successorSince: '2025-07-01',
});
const huongSonMoi = unit('huong-son-moi', 'Đảng ủy xã Hương Sơn', { validFrom: '2025-07-01' });
const tanMy = unit('tan-my', 'Đảng ủy xã Tân Mỹ (giải thể)', { validTo: '2025-06-30' });
const units = [docTin, vanKim, vanTin, huongSonCu, huongSonMoi, tanMy];
const byId = new Map(units.map((u) => [u.id, u]));

describe('succession', () => {
  it('keeps a unit that still exists on the day', () => {
    expect(holderOn(docTin, byId, '2024-08-05')).toBe(docTin);
  });

  it('follows a chain of mergers to the unit that holds the work on the day', () => {
    expect(holderOn(docTin, byId, '2025-03-01')).toBe(vanTin);
    expect(holderOn(docTin, byId, '2026-02-10')).toBe(huongSonMoi);
  });

  it('gives one task to the common successor of several addressed units, and says so', () => {
    const result = redirectToSuccessors(['doc-tin', 'van-kim', 'huong-son-cu', 'huong-son-moi'], units, '2026-02-10');
    expect(result.unitIds).toEqual(['huong-son-moi']);
    expect(result.dissolvedIds).toEqual([]);
    expect(result.transfers).toEqual([
      {
        toId: 'huong-son-moi',
        fromIds: ['doc-tin', 'van-kim', 'huong-son-cu'],
        note: 'Văn bản gửi Đảng ủy xã Đốc Tín, Đảng ủy xã Vạn Kim, Đảng ủy xã Hương Sơn (cũ); giao Đảng ủy xã Hương Sơn, đơn vị kế thừa từ ngày 01/07/2025.',
      },
    ]);
  });

  it('reports a unit gone without a successor instead of dropping it silently', () => {
    const result = redirectToSuccessors(['tan-my', 'huong-son-moi'], units, '2026-02-10');
    expect(result).toEqual({ unitIds: ['huong-son-moi'], transfers: [], dissolvedIds: ['tan-my'] });
  });

  it('stops on a cycle of successor links', () => {
    const a = unit('a', 'A', { validTo: '2020-01-01', successorId: 'b', successorSince: '2020-01-02' });
    const b = unit('b', 'B', { validTo: '2020-01-01', successorId: 'a', successorSince: '2020-01-02' });
    expect(holderOn(a, new Map([a, b].map((u) => [u.id, u])), '2024-01-01')).toBeNull();
  });

  it('dayBefore crosses months and years', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});
