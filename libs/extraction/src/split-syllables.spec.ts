import { joinSplitSyllables } from './split-syllables.js';

describe('joinSplitSyllables', () => {
  it('joins the letters a web copy spaced apart (dev bldtbxh-2015-07 Nơi nhận, bcdqg1237-2013-11, cantho-2025-11)', () => {
    expect(joinSplitSyllables('Nh ư tr ê n;')).toBe('Như trên;');
    expect(joinSplitSyllables('Bộ tr ưở n g (để báo cáo);')).toBe('Bộ trưởng (để báo cáo);');
    expect(joinSplitSyllables('UBND các t ỉ nh, thành phố trực thuộc TW')).toBe(
      'UBND các tỉnh, thành phố trực thuộc TW',
    );
    expect(joinSplitSyllables('VPCP: BTCN, các PCN, Trợ l ý TTCP')).toBe('VPCP: BTCN, các PCN, Trợ lý TTCP');
    expect(joinSplitSyllables('loa phát thanh di đ ộng')).toBe('loa phát thanh di động');
  });

  it('leaves abbreviations, units and whole words alone', () => {
    for (const text of [
      'Lưu: VT, NCC.',
      'Lưu VT, TH (2b)',
      'đường dài 100 m và rộng 5 m',
      'Như trên;',
      'Sở Y tế và các đơn vị',
    ])
      expect(joinSplitSyllables(text)).toBe(text);
  });
});
