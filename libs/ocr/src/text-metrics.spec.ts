import {
  characterErrorRate,
  editDistance,
  prepareForMetrics,
  reorderLinesLike,
  wordErrorRate,
} from './text-metrics.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance(Array.from('kitten'), Array.from('sitting'))).toBe(3);
    expect(editDistance([], Array.from('abc'))).toBe(3);
    expect(editDistance(Array.from('abc'), Array.from('abc'))).toBe(0);
  });

  it('counts a Vietnamese letter as one character', () => {
    expect(editDistance(Array.from('cộng'), Array.from('công'))).toBe(1);
  });
});

describe('characterErrorRate', () => {
  it('is errors over truth length, white space collapsed', () => {
    const result = characterErrorRate('Ban Tổ chức\nHuyện ủy', 'Ban Tố chức   Huyện ủy');
    expect(result.errors).toBe(1);
    expect(result.length).toBe(Array.from('Ban Tổ chức Huyện ủy').length);
  });

  it('compares NFC with NFC', () => {
    expect(characterErrorRate('Cộng hòa', 'Cộng hòa'.normalize('NFD')).errors).toBe(0);
  });

  it('can ignore the order of lines (two-column headers)', () => {
    const truth = 'ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nHUYỆN ỦY MỸ ĐỨC';
    const ocr = 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nHUYỆN ỦY MỸ ĐỨC\nĐẢNG CỘNG SẢN VIỆT NAM';
    expect(characterErrorRate(truth, ocr).errors).toBeGreaterThan(10);
    expect(characterErrorRate(truth, ocr, { ignoreLineOrder: true }).errors).toBe(0);
    expect(reorderLinesLike(truth, ocr)).toBe(truth);
  });
});

describe('wordErrorRate', () => {
  it('counts words', () => {
    const result = wordErrorRate('kiểm tra việc thực hiện', 'kiềm tra việc thực hiện');
    expect(result).toEqual({ errors: 1, length: 5, rate: 0.2 });
  });

  it('prepareForMetrics collapses white space', () => {
    expect(prepareForMetrics('  a \n\n b\t')).toBe('a b');
  });
});
