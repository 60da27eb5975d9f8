import { neutraliseFormula, restoreFormula, toCsvRow } from './csv.js';

describe('CSV cells', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(toCsvRow(["=1+2+cmd|' /C calc'!A0", '+84 912', '-1', '@SUM(A1)', '\tx', '\rx', 'Phường Cát Linh'])).toBe(
      `'=1+2+cmd|' /C calc'!A0,'+84 912,'-1,'@SUM(A1),'\tx,"'\rx",Phường Cát Linh`,
    );
    expect(toCsvRow(['=HYPERLINK("http://x","y")'])).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('leaves ordinary text alone and reads its own output back', () => {
    for (const value of ['Báo cáo', "'quoted", '2024-01-15', '=A1', '-'])
      expect(restoreFormula(neutraliseFormula(value))).toBe(value);
    expect(neutraliseFormula('Ủy ban nhân dân')).toBe('Ủy ban nhân dân');
  });
});
