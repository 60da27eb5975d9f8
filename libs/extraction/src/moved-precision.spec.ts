/**
 * Paragraphs of provincial plans (Nov 2025) that read like tasks but are not, per samples/corpus/README.md "How gold is
 * written": the present state, a plan's figures, the closing call and its courtesy. Phrases quoted from dev documents.
 */
import { CARRY_OUT } from './describes.js';
import { extractDirective } from './extract-directive.js';
import { toParagraphs } from './parse-body.js';
import { isTarget } from './plan-targets.js';
import { splitLines } from './text-utils.js';

const texts = (lines: string[]) => extractDirective(lines.join('\n')).directive.requirements.map((r) => r.text);
const HEAD = ['UỶ BAN NHÂN DÂN', 'TỈNH NGHỆ AN', 'Số: 1/KH-UBND', 'Nghệ An, ngày 20 tháng 11 năm 2025', 'KẾ HOẠCH'];

describe('the present state under a numbered heading inside a part (dev/nghean-2025-11-kehoach-5g-iot-kcn)', () => {
  it('"1. Hiện trạng" describes; the items of "2. ..." are the tasks', () => {
    // Headings bold as printed on the page; paragraphs apart.
    const found = extractDirective(
      [
        ...HEAD,
        'PHÁT TRIỂN HỆ THỐNG SÓNG VIỄN THÔNG 5G TẠI CÁC KHU CÔNG NGHIỆP',
        'Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh Nghệ An về việc thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị trên địa bàn tỉnh; Kế hoạch số 348/KH-UBND ngày 14/5/2025 của UBND tỉnh về triển khai thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch hành động số 328-KH/TU, ngày 24/4/2025 của Tỉnh ủy; Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06 về Kế hoạch hành động triển khai thực hiện Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển hệ thống sóng viễn thông 5G, Internet vạn vật (IoT) tại các Khu công nghiệp trên địa bàn tỉnh giai đoạn 2026 - 2030, tầm nhìn đến năm 2045 như sau:',
        '**I. MỤC ĐÍCH, YÊU CẦU**',
        'Phát triển hạ tầng viễn thông hiện đại trong các khu công nghiệp.',
        '**II. NỘI DUNG THỰC HIỆN**',
        '**1. Hiện trạng**',
        'Nghệ An hiện có nhiều KCN với tốc độ lấp đầy nhanh, hội tụ nhiều doanh nghiệp có trình độ công nghệ cao.',
        'Tuy nhiên, việc triển khai 5G và IoT vẫn còn ở giai đoạn đầu, chưa đồng bộ và toàn diện. Một số KCN lớn có thể được ưu tiên triển khai trước, tạo hiệu ứng lan tỏa.',
        '**2. Kế hoạch phát triển giai đoạn 2026 - 2030**',
        '2.1. Xây dựng trạm 5G, mạng lõi',
        '- Nâng cấp hoặc xây dựng mạng lõi: Đảm bảo khả năng xử lý dữ liệu lớn và độ trễ thấp của mạng 5G.',
      ].join('\n\n'),
    ).directive.requirements.map((r) => r.text);
    expect(found).toEqual([
      'Nâng cấp hoặc xây dựng mạng lõi: Đảm bảo khả năng xử lý dữ liệu lớn và độ trễ thấp của mạng 5G',
    ]);
  });
});

describe("a plan's figures (dev/nghean-2025-11-kehoach-5g-iot-kcn)", () => {
  it('a count reached by a label is no task; a share with its action stays one', () => {
    expect(isTarget('Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT: 25 trạm, Viettel: 33 trạm)')).toBe(true);
    expect(
      isTarget(
        'Chuyển đổi từ trạm 3G/4G sang trạm 5G: 125 trạm (Trong đó: MobiFone: 22 trạm, VNPT: 56 trạm, Viettel: 47 trạm), nâng tổng số trạm 5G: 188 trạm',
      ),
    ).toBe(true);
    // A gold requirement of dev/hcm-2025-11-qd-* ("Đổi mới công nghệ trong khu công nghiệp: 100% khu công nghiệp ...").
    expect(
      isTarget(
        'Đổi mới công nghệ trong khu công nghiệp: 100% khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ, gắn với chuyển đổi số',
      ),
    ).toBe(false);
  });
});

describe('the closing call and its courtesy', () => {
  it('"triển khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế hoạch" is the call (dev/nghean-2025-11-kehoach-5g-iot-kcn)', () => {
    expect(
      CARRY_OUT.test(
        'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, cơ quan, đơn vị liên quan triển khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế hoạch.',
      ),
    ).toBe(true);
    expect(
      CARRY_OUT.test('Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ được giao tại Kế hoạch cho các đơn vị.'),
    ).toBe(false);
  });

  it('"...; kịp thời báo cáo UBND tỉnh (qua ...) để xem xét, chỉ đạo giải quyết" asks nothing new (dev/daklak-2025-11-kehoach-nhuyeupham-mualu)', () => {
    const found = texts([
      ...HEAD,
      '1. Sở Công Thương chủ trì theo dõi nguồn cung hàng hóa thiết yếu.',
      'Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao, khẩn trương phối hợp triển khai thực hiện Kế hoạch này; kịp thời báo cáo UBND tỉnh (qua Sở Công Thương) để xem xét, chỉ đạo giải quyết./.',
    ]);
    expect(found).toEqual(['Sở Công Thương chủ trì theo dõi nguồn cung hàng hóa thiết yếu']);
  });
});

describe('a scope part that also names the plan of action (dev/daklak-2025-11-kehoach-nhuyeupham-mualu)', () => {
  it('"III. PHẠM VI, ĐỐI TƯỢNG, NHU CẦU, PHƯƠNG ÁN HỖ TRỢ": the items of "4. Phương án ..." are tasks, the scope is not', () => {
    const found = extractDirective(
      [
        '**UỶ BAN NHÂN DÂN**',
        'TỈNH ĐẮK LẮK',
        '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 0129/KH-UBND',
        '*Đắk Lắk, ngày 21 tháng 11 năm 2025*',
        '**KẾ HOẠCH**',
        'CUNG ỨNG NHU YẾU PHẨM CHO NHÂN DÂN BỊ ẢNH HƯỞNG MƯA LŨ',
        'Căn cứ Nghị định số 200/2023/NĐ-CP ngày 28/12/2023 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:',
        '**I. MỤC ĐÍCH, YÊU CẦU**',
        'Bảo đảm không để người dân bị đói, khát.',
        '**II. NGUYÊN TẮC**',
        '- Hỗ trợ kịp thời, đúng đối tượng.',
        '**III. PHẠM VI, ĐỐI TƯỢNG, NHU CẦU, PHƯƠNG ÁN HỖ TRỢ**',
        '**1. Phạm vi**',
        '- Các xã, phường bị ảnh hưởng mưa lũ trên địa bàn tỉnh.',
        '**4. Phương án tổ chức cấp phát**',
        '- *Giai đoạn 48-72 giờ:* Tổ chức bếp ăn cộng đồng tại các điểm sơ tán, điểm tập trung dân cư, cấp cơm nóng.',
        '- UBND xã, phường thực hiện trực ban phòng chống thiên tai 24/24.',
        '**IV. TỔ CHỨC THỰC HIỆN**',
        '**1. Sở Công Thương**',
        '- Chủ trì điều phối toàn bộ nguồn hàng hỗ trợ.',
      ].join('\n\n'),
    ).directive.requirements.map((r) => r.ref);
    expect(found).toEqual(['III.4.1', 'III.4.2', 'IV.1.1']);
  });
});

describe('a number wrapped to the head of a line (dev/daklak-2025-11-kehoach-nhuyeupham-mualu)', () => {
  it('"... ưu tiên các địa bàn cấp độ" / "1. Cấp ngay ..." stays one paragraph where items stand after empty lines', () => {
    const items = [
      '- Tổ chức lực lượng, phương tiện tiếp cận ngay các vùng ngập sâu, chia cắt bằng ca nô, xuồng máy, phương',
      'tiện cơ động, ưu tiên các địa bàn cấp độ',
      '1. Cấp ngay mì tôm, lương khô, nước uống, thuốc men thiết yếu cho Nhân dân.',
      '',
      '- Tổ chức bếp ăn cộng đồng tại các điểm sơ tán,',
      'điểm tập trung dân cư, cấp cơm nóng.',
      '',
      '- Hỗ trợ tấm lợp, vật liệu sửa nhà cho các hộ',
      'dân bị tốc mái, sập nhà, hư hỏng nặng.',
      '',
      '- UBND xã, phường thực hiện trực ban phòng chống',
      'thiên tai 24/24.',
      '',
      '- Khi vận chuyển nhu yếu phẩm vào các khu vực ngập sâu,',
      'phối hợp lực lượng chức năng đánh giá an toàn tuyến đường.',
      '',
      '- Cấp nước sạch, hóa chất khử khuẩn nước cho',
      'các hộ dân vùng ngập.',
      '',
      '- Hỗ trợ giống cây trồng, vật nuôi để từng bước',
      'khôi phục sinh kế.',
      '',
      '- Thu gom rác thải, chất thải sau lũ tại',
      'các khu dân cư.',
      '',
      '- Khơi thông cống rãnh, kênh mương tại',
      'các khu dân cư.',
      '',
      '- Bảo đảm an toàn vệ sinh thực phẩm tại',
      'các điểm sơ tán.',
    ];
    const paragraphs = toParagraphs(splitLines(items.join('\n')));
    expect(paragraphs.map((p) => p.marker)).toEqual(Array(10).fill('-'));
    expect(paragraphs[0].text).toContain('cấp độ 1. Cấp ngay mì tôm');
  });
});
