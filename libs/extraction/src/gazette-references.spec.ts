/** References of Standing Committee resolutions (wave 20 of samples/corpus, dev split; folder named). */
import { parseReferences } from './parse-references.js';

const read = (...texts: string[]) =>
  parseReferences(texts.map((text) => ({ text }))).map((r) => [r.kind, r.number, r.symbol, r.role]);

describe('Standing Committee references', () => {
  it('reads a "Bộ luật" with its name (dev/ubtvqh-2022-03-nq-giolamthem-covid)', () => {
    expect(read('Căn cứ Bộ luật Lao động số 45/2019/QH14;')).toEqual([['Bộ luật', '45/2019', 'QH14', 'basis']]);
  });

  it('takes the submission and the verification report considered for the basis (dev/ubtvqh-2025-05-nq-bhxh-chuhokinhdoanh)', () => {
    expect(
      read(
        'Sau khi xem xét Tờ trình số 177/TTr-CP ngày 09/4/2025 của Chính phủ; Báo cáo thẩm tra số 436/BC-UBVHXH15 ngày 15/5/2025 của Ủy ban Văn hóa và Xã hội;',
      ),
    ).toEqual([
      ['Tờ trình', '177', 'TTr-CP', 'basis'],
      ['Báo cáo thẩm tra', '436', 'BC-UBVHXH15', 'basis'],
    ]);
  });
});
