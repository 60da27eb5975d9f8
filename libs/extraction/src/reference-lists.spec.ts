import { mergeReferences, parseReferences } from './parse-references.js';

const read = (text: string) => parseReferences([{ text }]).map((r) => [r.kind, r.number, r.symbol, r.date, r.issuer]);

describe('lists of cited documents', () => {
  it('reads further numbers printed without "số" after the first of a list', () => {
    expect(
      read(
        'Để tập trung ứng phó mưa lũ, tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025, Thủ tướng Chính phủ yêu cầu:',
      ),
    ).toEqual([
      ['Công điện', '217', 'CĐ-TTg', null, null],
      ['Công điện', '218', 'CĐ-TTg', null, null],
      ['Công điện', '219', 'CĐ-TTg', null, null],
      ['Công điện', '222', 'CĐ-TTg', '2025-11-19', null],
    ]);
  });

  it('takes the kind from a heading or the first item, and the issuer after the last item, for every item', () => {
    expect(
      read(
        '[1] Thông báo số 627/TB-VPCP ngày 18/11/2025; các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày 12/9/2025 của Văn phòng Chính phủ.',
      ),
    ).toEqual([
      ['Thông báo', '627', 'TB-VPCP', '2025-11-18', null],
      ['Văn bản', '10894', 'VPCP-CN', '2025-11-08', 'Văn phòng Chính phủ'],
      ['Văn bản', '8563', 'VPCP-CN', '2025-09-12', 'Văn phòng Chính phủ'],
    ]);
    expect(
      read('[1] **Các công điện:** số 217/CĐ-TTg ngày 16/11/2025; số 218/CĐ-TTg ngày 16/11/2025; số 219/CĐ-TTg.'),
    ).toEqual([
      ['Công điện', '217', 'CĐ-TTg', '2025-11-16', null],
      ['Công điện', '218', 'CĐ-TTg', '2025-11-16', null],
      ['Công điện', '219', 'CĐ-TTg', null, null],
    ]);
    expect(
      read(
        'Thực hiện văn bản số 16495/BTC-PTHT ngày 22/10/2025, số 13021/BTC-PTHT ngày 22/8/2025 của Bộ Tài chính; Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban Thường vụ Tỉnh ủy.',
      ),
    ).toEqual([
      ['Văn bản', '16495', 'BTC-PTHT', '2025-10-22', 'Bộ Tài chính'],
      ['Văn bản', '13021', 'BTC-PTHT', '2025-08-22', 'Bộ Tài chính'],
      ['Chỉ thị', '31', 'CT/TU', '2023-06-06', 'Ban Thường vụ Tỉnh ủy'],
      ['Kế hoạch', '134', 'KH/TU', '2023-12-29', 'Ban Thường vụ Tỉnh ủy'],
    ]);
  });

  it('reads numbers sharing one symbol, a sub-number, an ampersand part, and Cyrillic capitals in a symbol', () => {
    expect(
      read(
        'Căn cứ các Kết luận số 187, 188- KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư; Nghị quyết số 66.4/2025/NQ-CP; công văn số 3491/UB-KH &ĐT ngày 18 tháng 12 năm 2002; văn bản số 16495/BТС-PTHT.',
      ),
    ).toEqual([
      ['Kết luận', '187', 'KL/TW', null, 'Bộ Chính trị, Ban Bí thư'],
      ['Kết luận', '188', 'KL/TW', '2025-08-29', 'Bộ Chính trị, Ban Bí thư'],
      ['Nghị quyết', '66.4/2025', 'NQ-CP', null, null],
      ['Công văn', '3491', 'UB-KH&ĐT', '2002-12-18', null],
      ['Văn bản', '16495', 'BTC-PTHT', null, null],
    ]);
  });

  it('reads kinds of several words', () => {
    expect(
      read(
        'Căn cứ Thông báo kết luận số 196-TB/TW ngày 16 tháng 3 năm 2015; Chương trình hành động số 10-CTr/TU; Phương án số 728/PA-UBND; Kế hoạch thanh tra số 1505/KH-TTCP.',
      ).map((r) => r[0]),
    ).toEqual(['Thông báo kết luận', 'Chương trình hành động', 'Phương án', 'Kế hoạch thanh tra']);
  });

  it('fills what the first mention leaves out from a later one', () => {
    const refs = parseReferences([
      { text: 'Hỗ trợ người có công về nhà ở theo QĐ số 22/2013/QĐ-TTg.' },
      { text: 'Thực hiện Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ về hỗ trợ nhà ở.' },
    ]);
    expect(refs).toEqual([
      {
        kind: 'Quyết định',
        number: '22/2013',
        symbol: 'QĐ-TTg',
        date: '2013-04-26',
        issuer: 'Thủ tướng Chính phủ',
        role: 'cited',
      },
    ]);
    expect(mergeReferences([...refs, { ...refs[0], number: '23/2013' }]).map((r) => r.number)).toEqual([
      '22/2013',
      '23/2013',
    ]);
  });
});
