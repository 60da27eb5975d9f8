/**
 * A ministry's guidance: rates it states are no tasks, the items of a budget-estimate guidance that say how to estimate
 * are, and items lettered "a/", "b/" are items. Texts quoted from dev documents of samples/corpus (folder named).
 */
import { ESTIMATING, informs } from './describes.js';
import { extractDirective } from './extract-directive.js';
import { parseReferences } from './parse-references.js';
import { slashMarkers } from './slash-markers.js';

const found = (lines: string[]) =>
  extractDirective(lines.join('\n')).directive.requirements.map((r) => `${r.ref} ${r.text}`);

describe('rates stated by a guidance (dev/bldtbxh-2013-06-dieuduong-nguoicocong)', () => {
  it('a label and an amount informs', () => {
    expect(informs('Tiền ăn sáng và 02 bữa chính: 1.600.000 đồng;')).toBe(true);
    expect(informs('Điều dưỡng tại gia đình: Mức chi điều dưỡng: 1.110.000 đồng/người/lần.')).toBe(true);
    expect(informs('Hỗ trợ 1.600.000 đồng cho mỗi hộ nghèo trước ngày 15/12/2025.')).toBe(false);
  });

  it('gives no requirement for the rates under "... hướng dẫn Sở ... thực hiện chế độ ... như sau:"', () => {
    expect(
      found([
        'Số: 1921/LĐTBXH-NCC',
        'Hà Nội, ngày 03 tháng 06 năm 2013',
        'Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương',
        'Bộ Lao động - Thương binh và Xã hội tạm thời hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương thực hiện chế độ điều dưỡng phục hồi sức khỏe đối với người có công kể từ ngày 01/6/2013 như sau:',
        '1. Điều dưỡng tập trung:',
        '1.1. Thời gian điều dưỡng phục hồi sức khỏe tối thiểu là 5 ngày, tối đa là 10 ngày (không kể thời gian đi và về).',
        '1.2. Mức chi điều dưỡng 2.220.000 đồng/người/lần, bao gồm:',
        '- Tiền ăn sáng và 02 bữa chính: 1.600.000 đồng;',
        '- Quà tặng đối tượng: 150.000 đồng;',
        '- Chi khác gồm khăn mặt, xà phòng, bàn chải, thuốc đánh răng, tham quan, chụp ảnh và phục hồi chức năng: 320.000 đồng.',
        '2. Điều dưỡng tại gia đình: Mức chi điều dưỡng: 1.110.000 đồng/người/lần.',
      ]),
    ).toEqual([]);
  });
});

describe('a budget-estimate guidance (dev/bldtbxh-2019-07-dutoan-nguoicocong)', () => {
  it('an item on how a budget line is estimated is an instruction, not a statement of funds', () => {
    expect(
      ESTIMATING.test(
        'Kinh phí điều dưỡng: căn cứ chế độ điều dưỡng theo quy định để xây dựng dự toán kinh phí thực hiện điều dưỡng',
      ),
    ).toBe(true);
    expect(
      informs(
        'Kinh phí điều trị: căn cứ đối tượng người có công đang được nuôi dưỡng để làm cơ sở tính toán kinh phí hỗ trợ',
      ),
    ).toBe(false);
    expect(informs('Kinh phí thực hiện: Từ nguồn ngân sách xã.')).toBe(true);
  });

  it('reads the budget lines of "II. Xây dựng dự toán" and "a/" items', () => {
    expect(
      found([
        'Số: 2638/LĐTBXH-KHTC',
        'Hà Nội, ngày 03 tháng 7 năm 2019',
        'Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương',
        'Bộ hướng dẫn Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố xây dựng dự toán ngân sách trung ương năm 2020 như sau:',
        '',
        'II. Xây dựng dự toán năm 2020',
        '',
        '1. Kinh phí chi trả trợ cấp thường xuyên:',
        '',
        'Kinh phí chi trả trợ cấp hàng tháng: Căn cứ tình hình quản lý đối tượng thực tế tại địa phương để xây dựng dự toán kinh phí năm 2020.',
        '',
        '2. Kinh phí chi trả trợ cấp 1 lần',
        '',
        'Xây dựng dự toán thực hiện trên cơ sở số hồ sơ của đối tượng còn tồn đọng.',
        '',
        '3. Kinh phí chi công việc phục vụ chế độ ưu đãi người có công',
        '',
        '3.1. Đối với kinh phí điều trị - điều dưỡng: Căn cứ lập dự toán theo Thông tư số 101/2018/TT-BTC, gồm:',
        '',
        'a/ Đối với kinh phí chi trả trang cấp dụng cụ chỉnh hình: căn cứ vào đối tượng, niên hạn cấp phát theo quy định.',
        '',
        'b/ Đối với kinh phí điều trị - điều dưỡng:',
        '',
        '- Kinh phí điều trị: căn cứ đối tượng người có công đang được nuôi dưỡng để làm cơ sở tính toán kinh phí hỗ trợ.',
        '',
        '- Kinh phí điều dưỡng: căn cứ chế độ điều dưỡng theo quy định để xây dựng dự toán kinh phí thực hiện điều dưỡng.',
        '',
        'Đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố dự toán đầy đủ các nội dung chi và có thuyết minh cụ thể theo quy định.',
      ]),
    ).toEqual([
      'II.1 Kinh phí chi trả trợ cấp thường xuyên: Kinh phí chi trả trợ cấp hàng tháng: Căn cứ tình hình quản lý đối tượng thực tế tại địa phương để xây dựng dự toán kinh phí năm 2020',
      'II.2 Xây dựng dự toán thực hiện trên cơ sở số hồ sơ của đối tượng còn tồn đọng',
      'II.3.1.a Đối với kinh phí chi trả trang cấp dụng cụ chỉnh hình: căn cứ vào đối tượng, niên hạn cấp phát theo quy định',
      'II.3.1.b.1 Kinh phí điều trị: căn cứ đối tượng người có công đang được nuôi dưỡng để làm cơ sở tính toán kinh phí hỗ trợ',
      'II.3.1.b.2 Kinh phí điều dưỡng: căn cứ chế độ điều dưỡng theo quy định để xây dựng dự toán kinh phí thực hiện điều dưỡng',
    ]);
  });

  it('"a/ " opening a line is a lettered marker, "b/c" in a line is not', () => {
    expect(slashMarkers('a/ Báo cáo số Trung tâm thực hiện công tác nuôi dưỡng.\n- Bộ trưởng (để b/c);')).toBe(
      'a) Báo cáo số Trung tâm thực hiện công tác nuôi dưỡng.\n- Bộ trưởng (để b/c);',
    );
  });
});

describe('references of an older guidance (dev/bldtbxh-2011-01-uudai-giaoduc-nguoicocong)', () => {
  it('reads "Thông tư Liên tịch" as printed and ends the issuer before "qui định"', () => {
    const refs = parseReferences([
      {
        text: 'Thông tư liên tịch hướng dẫn thực hiện một số điều của Nghị định số 49/2010/NĐ-CP ngày 14 tháng 5 năm 2010 của Chính phủ qui định về miễn, giảm học phí.',
      },
      {
        text: '- Các nội dung khác vẫn được thực hiện theo qui định của Thông tư Liên tịch số 16/2006/TTLT/BLĐTBXH-BGD-ĐT-BTC./.',
      },
    ]);
    expect(refs.map((r) => [r.kind, r.number, r.issuer])).toEqual([
      ['Nghị định', '49/2010', 'Chính phủ'],
      ['Thông tư Liên tịch', '16/2006', null],
    ]);
  });
});
