/**
 * Deadline phrasings met in unlabelled published directives that are not in the corpus (tnt305/tai_lieu_noi_bo,
 * src/etl/dataset/<md5 of the page address>.md), quoted as printed, shortened only where marked "...".
 */
import { extractDirective } from './extract-directive.js';
import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string, year: string | null = '2025') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('the date an act takes place is no deadline', () => {
  it('Công điện 234/CĐ-TTg (692e12b0ab77712a): "triển khai ngay ... vào ngày 01/12/2025" dates the launch', () => {
    expect(
      keys(
        'Tổ chức xây dựng kế hoạch cụ thể, phát động và triển khai ngay "Chiến dịch Quang Trung" vào ngày 01/12/2025 để huy động tổng lực, thần tốc xây dựng lại và sửa chữa nhà ở',
      ),
    ).toEqual([]);
  });

  it('Công điện 224/CĐ-TTg (1095764e502a89b8): "lễ khánh thành ... vào ngày 19 tháng 12 năm 2025" dates the ceremony', () => {
    expect(
      keys(
        'chuẩn bị tổ chức lễ khánh thành, khởi công trực tuyến đồng thời các công trình, dự án trên cả nước vào ngày 19 tháng 12 năm 2025 nhân kỷ niệm 79 năm ngày toàn quốc kháng chiến',
      ),
    ).toEqual([]);
  });

  it('keeps "vào ngày" after a verb that hands in or finishes ("gửi ... vào ngày", "hoàn thành vào ngày")', () => {
    expect(keys('gửi báo cáo về Sở Nội vụ vào ngày 15/12/2025 để tổng hợp')).toEqual(['absolute|2025-12-15']);
    expect(keys('hoàn thành vào ngày 30 tháng 11 năm 2025')).toEqual(['absolute|2025-11-30']);
  });
});

describe('a report due every week or month, its receiver named between', () => {
  it.each([
    [
      // Thông báo 637/TB-VPCP (75a0867a09525909).
      'chỉ đạo tiếp tục thực hiện nghiêm việc báo cáo Thủ tướng Chính phủ hằng tuần về tiến độ, tình hình, kết quả thực hiện các nhiệm vụ được giao',
      ['recurring|FREQ=WEEKLY'],
    ],
    [
      // Công văn 6316/BVHTTDL-VP (77bf894e2b13c72c).
      'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện hiệu quả chương trình mục tiêu quốc gia về phát triển văn hoá giai đoạn 2025 - 2035, tổng hợp kết quả thực hiện, trình Lãnh đạo Bộ báo cáo Thủ tướng Chính phủ hằng tháng.',
      ['recurring|FREQ=MONTHLY'],
    ],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('does not reach past a comma or over more than five words ("báo cáo ..., Nghị quyết hằng năm")', () => {
    expect(keys('báo cáo kết quả, thực hiện Nghị quyết hằng năm của Hội đồng nhân dân')).toEqual([]);
    expect(keys('báo cáo cấp có thẩm quyền xem xét việc bố trí ngân sách hằng năm')).toEqual([]);
  });
});

describe('a heading whose date an item restates', () => {
  it('Thông báo 637/TB-VPCP (75a0867a09525909): the date is the item’s that restates it, not every item’s', () => {
    const { directive } = extractDirective(
      [
        'Số: 637/TB-VPCP',
        'Hà Nội, ngày 24 tháng 11 năm 2025',
        'THÔNG BÁO',
        'Kết luận của Phó Thủ tướng Chính phủ Lê Thành Long',
        '2. Để đảm bảo chất lượng, tiến độ hoàn thành 02 công trình dự án, phấn đấu hoàn thành xây dựng trước ngày 30 tháng 11 năm 2025 theo đúng chỉ đạo của Đồng chí Tổng Bí thư Tô Lâm, ..., yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan ... hoàn thành các công việc, nhiệm vụ còn lại tại 02 công trình dự án, trong đó lưu ý một số nội dung trọng tâm như sau:',
        '(1) Bộ Y tế chỉ đạo Ban Quản lý dự án ... tập trung thực hiện các hạng mục cụ thể, các dự án thành phần của 02 công trình dự án, hoàn thành việc xây dựng trước ngày 30 tháng 11 năm 2025 và tổ chức nghiệm thu, bàn giao, hướng dẫn vận hành theo quy định.',
        '(3) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà thầu để thực hiện hiệu quả các phương án, giải pháp đã được các cơ quan thống nhất.',
        '(5) Bộ Tài chính chỉ đạo các cơ quan liên quan tiếp tục phối hợp, hướng dẫn Bộ Y tế trong việc hoàn thiện hồ sơ về các cơ chế đảm bảo việc vận hành hoạt động của 02 bệnh viện, bảo đảm chất lượng, tiến độ.',
        'Văn phòng Chính phủ thông báo để các Bộ ... biết, thực hiện./.',
      ].join('\n\n'),
    );
    expect(directive.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2025-11-30'], [], []]);
  });

  it('still gives a heading’s period to the items under it when none restates it', () => {
    const { directive } = extractDirective(
      [
        'Số: 637/TB-VPCP',
        'Hà Nội, ngày 24 tháng 11 năm 2025',
        'THÔNG BÁO',
        'Kết luận của Phó Thủ tướng Chính phủ Lê Thành Long',
        '2. Để đảm bảo chất lượng, tiến độ hoàn thành 02 công trình dự án, phấn đấu hoàn thành xây dựng trước ngày 30 tháng 11 năm 2025, yêu cầu các bộ, cơ quan liên quan ... như sau:',
        '(3) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà thầu để thực hiện hiệu quả các phương án, giải pháp đã được các cơ quan thống nhất.',
        '(5) Bộ Tài chính chỉ đạo các cơ quan liên quan tiếp tục phối hợp, hướng dẫn Bộ Y tế trong việc hoàn thiện hồ sơ về các cơ chế đảm bảo việc vận hành hoạt động của 02 bệnh viện, bảo đảm chất lượng, tiến độ.',
        'Văn phòng Chính phủ thông báo để các Bộ ... biết, thực hiện./.',
      ].join('\n\n'),
    );
    expect(directive.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2025-11-30'], ['2025-11-30']]);
  });
});

describe('a list of days that "hằng năm" closes', () => {
  it.each([
    [
      // Kế hoạch 617/KH-UBND Đồng Tháp (8718801c503045f9).
      'Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, xây dựng kế hoạch, chương trình cụ thể để triển khai thực hiện; định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ',
      ['recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1', 'recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15'],
    ],
    [
      // The report on fire prevention as a public checklist quotes it ("Gửi trước 15/6 và 15/12 hàng năm").
      'Báo cáo kết quả thực hiện công tác PCCC: Gửi trước 15/6 và 15/12 hàng năm',
      ['recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', 'recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
    ],
    [
      'trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm',
      ['recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', 'recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
    ],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('leaves days that no "hằng năm" closes to the document’s year', () => {
    const found = keys('gửi báo cáo trước ngày 01/6 và 15/11 để tổng hợp');
    expect(found).toContain('absolute|2025-06-01');
    expect(found.filter((k) => k.startsWith('recurring'))).toEqual([]);
  });
});

describe('an hour of each day with the part of the day', () => {
  it('Công văn 6356/UBND-NNMT Hà Nội (b5734329c729abb9): "trước 6h sáng hàng ngày"', () => {
    expect(
      keys(
        'Hoạt động rửa đường, hút bụi cần được ưu tiên thực hiện vào khung giờ thấp điểm (đêm và sáng sớm, trước 6h sáng hàng ngày) để đảm bảo hiệu quả',
      ),
    ).toEqual(['recurring|FREQ=DAILY;BYHOUR=6']);
  });
});

describe('the latest time allowed: "không muộn hơn"', () => {
  it('Công văn 9634/BCT-TTTN (4276ec4c940451d6): "không muộn hơn 15 giờ 00’ ngày 04 tháng 12 năm 2025"', () => {
    expect(
      keys(
        'Điều chỉnh giá bán các mặt hàng xăng dầu: Do thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu quy định nhưng không muộn hơn 15 giờ 00’ ngày 04 tháng 12 năm 2025 đối với mặt hàng giảm giá, không sớm hơn 15 giờ 00’ ngày 04 tháng 12 năm 2025 đối với mặt hàng tăng giá.',
      ),
    ).toEqual(['absolute|2025-12-04']);
  });

  it('reads "không chậm hơn ngày" with a numeric date, and not "không sớm hơn" (the earliest time)', () => {
    expect(keys('triển khai chương trình không chậm hơn ngày 30/6/2021')).toEqual(['absolute|2021-06-30']);
    expect(keys('không sớm hơn 15 giờ 00’ ngày 20 tháng 11 năm 2025 đối với mặt hàng tăng giá')).toEqual([]);
  });
});

describe('the time left before a date, said to urge, is no deadline', () => {
  it('Thông báo 627/TB-VPCP (50f694478a35aefd): "Từ nay đến hết năm 2025 chỉ còn gần 2 tháng"', () => {
    expect(
      keys(
        'Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, một số dự án hiện còn khối lượng công việc lớn; do vậy, yêu cầu các bộ, ngành, địa phương, đơn vị, cá nhân liên quan:',
      ),
    ).toEqual([]);
  });

  it('Công điện 224/CĐ-TTg (dev ttg-2025-11-congdien-khanhthanh-khoicong): "Từ nay đến ngày 19 tháng 12 năm 2025 chỉ còn 01 tháng"', () => {
    expect(
      keys(
        'Từ nay đến ngày 19 tháng 12 năm 2025 chỉ còn 01 tháng, thời gian rất gấp, để bảo đảm công tác chuẩn bị tốt nhất cho sự kiện quan trọng này, Thủ tướng Chính phủ yêu cầu:',
      ),
    ).toEqual([]);
  });

  it('keeps "từ nay đến hết năm 2025" that bounds a task', () => {
    expect(keys('Thời gian thực hiện: Từ nay đến hết năm 2025.')).toEqual(['absolute|2025-12-31']);
    expect(keys('tập trung hoàn thành dứt điểm từ nay đến hết năm 2025, không để kéo dài')).toEqual([
      'absolute|2025-12-31',
    ]);
  });
});

describe('items under a lead-in that only says how much time is left', () => {
  it('Thông báo 627/TB-VPCP (50f694478a35aefd): the items keep only their own deadlines', () => {
    const { directive } = extractDirective(
      [
        'Số: 627/TB-VPCP',
        'Hà Nội, ngày 18 tháng 11 năm 2025',
        'THÔNG BÁO',
        'III. NHIỆM VỤ TRỌNG TÂM',
        'Từ nay đến hết năm 2025 chỉ còn gần 2 tháng, một số dự án hiện còn khối lượng công việc lớn; do vậy, yêu cầu các bộ, ngành, địa phương, đơn vị, cá nhân liên quan:',
        '2. Đối với dự án cảng hàng không quốc tế Long Thành giai đoạn 1',
        'a) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61%, ... yêu cầu các bộ, ngành, cơ quan chủ quản, nhất là ACV cần khẩn trương có giải pháp phù hợp để đẩy nhanh tiến độ thi công.',
        'c) Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra, đôn đốc các bộ, cơ quan liên quan, kịp thời giải quyết những vướng mắc để đẩy nhanh tiến độ Dự án.',
      ].join('\n\n'),
    );
    expect(directive.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([[], ['2025-11-15']]);
  });
});

describe('several weekdays of each week', () => {
  it('Nghị quyết 394/NQ-CP (7cfc6fdf6d7a5f5d): "vào ngày thứ Bảy hoặc Chủ nhật hàng tuần"', () => {
    expect(
      keys(
        'Triển khai đồng bộ các đợt ra quân tổng vệ sinh môi trường tại khu vực công cộng vào ngày thứ Bảy hoặc Chủ nhật hàng tuần tại các khu dân cư, tổ dân phố',
      ),
    ).toEqual(['recurring|FREQ=WEEKLY;BYDAY=SA,SU']);
  });

  it('reads "vào các ngày Thứ Bảy và Chủ Nhật hàng tuần" and keeps a single weekday as before', () => {
    expect(
      keys('Địa điểm tập trung: Nhà sinh hoạt cộng đồng Thôn 6 vào các ngày Thứ Bảy và Chủ Nhật hàng tuần'),
    ).toEqual(['recurring|FREQ=WEEKLY;BYDAY=SA,SU']);
    expect(keys('báo cáo trước 15:00 ngày thứ Sáu hàng tuần')).toEqual(['recurring|FREQ=WEEKLY;BYDAY=FR']);
  });
});

describe('the top-level deadlines are the union of the requirements’ deadlines', () => {
  it('Công điện 234/CĐ-TTg (dev ttg-2025-11-congdien-chiendich-quangtrung, 1.c): two reports due the same day are two deadlines', () => {
    const { directive } = extractDirective(
      [
        'THỦ TƯỚNG CHÍNH PHỦ',
        'Số: 234/CĐ-TTg',
        'Hà Nội, ngày 30 tháng 11 năm 2025',
        'CÔNG ĐIỆN',
        '1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố bị thiệt hại do mưa lũ:',
        'c) Phát huy tinh thần tự lực, tự cường của địa phương và của người dân, ... để tập trung xây dựng lại, sửa chữa nhà ở, hỗ trợ các gia đình bị thiệt hại sớm ổn định lại đời sống. Báo cáo kế hoạch thực hiện cụ thể và nhu cầu hỗ trợ từ ngân sách trung ương (nếu có) để xây dựng, sửa chữa nhà cửa bị thiệt hại do đợt mưa lũ từ ngày 16-22/11/2025, gửi Văn phòng Chính phủ và Bộ Tài chính trước ngày 03/12/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ. Đồng thời thống kê báo cáo Thủ tướng Chính phủ (qua Văn phòng Chính phủ, Bộ Tài chính, Bộ Nông nghiệp và Môi trường) số hộ gia đình bị ảnh hưởng bởi trận bão, mưa lũ vừa qua, trừ các hộ gia đình đã được hỗ trợ xây dựng lại nhà, sửa chữa nhà bị hư hỏng nặng trước ngày 03/12/2025.',
      ].join('\n\n'),
    );
    expect(directive.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2025-12-03', '2025-12-03']]);
    expect(directive.deadlines.map((d) => d.date)).toEqual(['2025-12-03', '2025-12-03']);
  });
});
