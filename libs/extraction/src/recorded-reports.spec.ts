/**
 * A meeting resolution's record of the reports made at the meeting is no task (dev cp-2026-05-nq-phienhop-thuongky-thang4
 * III and its gold notes); paraphrases in our own words, and lead-ins that direct, whose items stay tasks.
 */
import { extractDirective } from './extract-directive.js';
import type { Paragraph } from './parse-body.js';
import { recordedItems } from './recorded-reports.js';

const paragraph = (text: string, marker: string | null = null): Paragraph => ({
  text,
  marker,
  span: { start: 0, end: 0 },
});

describe('recorded reports', () => {
  it('takes the items under the record of the Government meeting (dev cp-2026-05-nq-phienhop-thuongky-thang4 III)', () => {
    const items = [
      paragraph('1. Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý, hoàn thiện các dự thảo:', '1'),
      paragraph('Nghị quyết Quốc hội về kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030.'),
      paragraph('2. Bộ Giáo dục và Đào tạo báo cáo về thay đổi quy định hiệu lực của Hiệp định về hợp tác ...', '2'),
    ];
    const after = paragraph(
      'Văn phòng Chính phủ theo dõi, đôn đốc, tổng hợp, báo cáo Chính phủ kết quả thực hiện Nghị quyết này.',
    );
    const recorded = recordedItems([
      paragraph(
        'Thực hiện Quy chế làm việc của Chính phủ (khoản 4 Điều 3), tại Phiên họp Chính phủ, các Bộ đã có báo cáo Chính phủ như sau:',
      ),
      ...items,
      after,
    ]);
    expect([...recorded]).toEqual(items);
  });

  it.each([
    [
      'a lead-in joined to its part (paraphrase)',
      'III. Về các báo cáo tại Phiên họp Tại Phiên họp, các Bộ đã báo cáo như sau:',
      'III',
    ],
    ['a lead-in of a ministry meeting (paraphrase)', 'Tại cuộc họp, các đơn vị đã trình bày báo cáo sau đây:', null],
  ])('takes the items under %s', (_name, lead, marker) => {
    const item = paragraph('1. Cục Quản lý giá báo cáo về diễn biến giá xăng dầu trong tháng.', '1');
    expect([...recordedItems([paragraph(lead, marker), item])]).toEqual([item]);
  });

  it.each([
    ['a lead-in that directs (paraphrase)', 'Các Bộ đã báo cáo tại cuộc họp; Phó Thủ tướng kết luận như sau:'],
    ['a lead-in that asks for reports (paraphrase)', 'Các Bộ báo cáo Chính phủ các nội dung như sau:'],
  ])('leaves the items under %s', (_name, lead) => {
    const item = paragraph(
      '1. Bộ Công Thương báo cáo về phương án điều hành giá điện trước ngày 15 tháng 7 năm 2026.',
      '1',
    );
    expect(recordedItems([paragraph(lead), item]).size).toBe(0);
  });

  it('keeps an item of the record that asks a unit (paraphrase)', () => {
    const item = paragraph(
      '2. Bộ Nội vụ báo cáo về dự thảo Nghị định; giao Bộ Tư pháp thẩm định theo trình tự rút gọn.',
      '2',
    );
    expect(recordedItems([paragraph('Tại Phiên họp, các Bộ đã có báo cáo như sau:'), item]).size).toBe(0);
  });

  it('reads the tasks of a meeting resolution and not its record (paraphrase)', () => {
    const text = [
      'CHÍNH PHỦ',
      'Số: 131/NQ-CP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 08 tháng 6 năm 2026',
      'NGHỊ QUYẾT',
      'Phiên họp Chính phủ thường kỳ tháng 5 năm 2026',
      'QUYẾT NGHỊ:',
      'I. Về nhiệm vụ, giải pháp trọng tâm thời gian tới',
      '1. Bộ Tài chính theo dõi sát diễn biến giá cả thị trường, kịp thời đề xuất giải pháp bình ổn giá.',
      'II. Về việc báo cáo Chính phủ tại Phiên họp',
      'Tại Phiên họp, các Bộ đã có báo cáo Chính phủ như sau:',
      '1. Bộ Công Thương báo cáo về việc điều chỉnh Quy hoạch phát triển điện lực quốc gia.',
      '2. Bộ Nội vụ báo cáo về dự thảo Nghị định quy định chế độ tiền lương đối với cán bộ, công chức.',
      'Văn phòng Chính phủ theo dõi, tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện Nghị quyết này./.',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'Trần Văn Minh',
    ].join('\n');
    expect(extractDirective(text).directive.requirements.map((r) => r.text)).toEqual([
      'Bộ Tài chính theo dõi sát diễn biến giá cả thị trường, kịp thời đề xuất giải pháp bình ổn giá',
      'Văn phòng Chính phủ theo dõi, tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện Nghị quyết này',
    ]);
  });
});
