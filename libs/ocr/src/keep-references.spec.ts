import { keepReferences } from './keep-references.js';

const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
const reading = (text: string) => ({
  text,
  confidence: 80,
  words: text.split(/\s+/u).map((word) => ({ text: word, confidence: 80, bbox: box })),
});

describe('keepReferences', () => {
  it('puts back the slashes a binarised retry eroded', () => {
    const first = reading('Số: 215/UBND-VP ngày 22/12/2021 của Ủy ban nhăn dân');
    const retry = reading('Số: 215.UBND-VP ngày 2212/2021 của Ủy ban nhân dân');
    const kept = keepReferences(first, retry);
    expect(kept.text).toBe('Số: 215/UBND-VP ngày 22/12/2021 của Ủy ban nhân dân');
    expect(kept.words.map((w) => w.text)).toEqual(kept.text.split(' '));
  });

  it('restores a reference whose slash was dropped altogether', () => {
    expect(keepReferences(reading('Số 1100-CV/HU'), reading('Số 1100-CVHU')).text).toBe('Số 1100-CV/HU');
  });

  it('keeps what the retry read when the letters or digits differ (it may be the better reading)', () => {
    expect(keepReferences(reading('Số 876/BNV'), reading('Số 376/BNV')).text).toBe('Số 376/BNV');
    expect(keepReferences(reading('Số 215/UBND'), reading('Số 215/UBND-VP')).text).toBe('Số 215/UBND-VP');
  });

  it('leaves words that are not references alone', () => {
    // Hyphenated words and decimals have no slash: the retry's reading stands.
    const retry = reading('Giáo dục - Đào tạo, 12.5 tỷ, HĐND-UBND');
    expect(keepReferences(reading('Giáo dục-Đào tạo, 12,5 tỷ, HĐND.UBND'), retry).text).toBe(
      'Giáo dục - Đào tạo, 12.5 tỷ, HĐND-UBND',
    );
  });
});
