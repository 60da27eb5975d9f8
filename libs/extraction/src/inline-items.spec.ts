/**
 * Items numbered "(1)", "(2)" inside one paragraph of a conclusion notice: each phrase below is quoted from dev
 * vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5 (Thông báo 624/TB-VPCP) unless the test names another document.
 */
import { extractDirective } from './extract-directive.js';
import { splitInlineItems } from './inline-items.js';

const HEADER = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 624/TB-VPCP', 'Hà Nội, ngày 16 tháng 11 năm 2025', 'THÔNG BÁO'];

const extract = (lines: string[]) =>
  extractDirective([...HEADER, ...lines].join('\n')).directive.requirements.map((r) => ({
    ref: r.ref,
    text: r.text,
    assignees: r.assignees,
    deadlines: r.deadlines.map((d) => d.date ?? d.rrule),
  }));

describe('items numbered inside a paragraph', () => {
  it('gives one requirement per "(n)" after a heading\'s colon, ref "3.(1)"', () => {
    const found = extract([
      'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ',
      '3. Khẩn trương xây dựng và ban hành chiến lược chuyển đổi số và chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) Bộ Công an chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng dẫn để các bộ, ngành, địa phương thực hiện việc rà soát, đánh giá và xếp hạng chất lượng các cơ sở dữ liệu; hoàn thành việc ban hành hướng dẫn trước ngày 25 tháng 11 năm 2025.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['III.3.(1)', 'III.3.(2)']);
    expect(found[0]).toMatchObject({
      text: 'Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025',
      assignees: ['Thanh tra Chính phủ'],
      deadlines: ['2025-11-25'],
    });
    expect(found[1].assignees).toEqual(['Bộ Công an']);
  });

  it('gives the unit a lettered lead-in names ("a) Bộ Tài chính: (1) ...; (2) ...") to its items', () => {
    const found = extract([
      'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ',
      '6. Bảo đảm kinh phí từ nguồn ngân sách và đầu tư',
      'a) Bộ Tài chính: (1) Chủ trì, phối hợp với Bộ Khoa học và Công nghệ và các bộ, ngành liên quan nghiên cứu, đề xuất cơ chế, chính sách tài chính phù hợp, bảo đảm nguyên tắc “giao nhiệm vụ phải giao kinh phí”, hoàn thành trong tháng 12 năm 2025; (2) Phân bổ và bố trí đủ vốn NSNN cho hoạt động KHCN, ĐMST, CĐS và ĐA06 theo quy định, trong đó ưu tiên vốn cho các dự án trọng điểm, liên ngành, liên vùng (Như: Trung tâm dữ liệu quốc gia, sàn dữ liệu, phòng thí nghiệm trọng điểm quốc gia, trung tâm nghiên cứu, các dự án phát triển công nghệ chiến lược và CSDL trọng yếu,...).',
    ]);
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['III.6.a.(1)', ['Bộ Tài chính']],
      // The units after "(Như:" are examples of projects, not who acts.
      ['III.6.a.(2)', ['Bộ Tài chính']],
    ]);
    expect(found[0].deadlines).toEqual(['2025-12-31']);
  });

  it('splits an item\'s own "(i)" list after "tập trung:" but not the five functions "với 05 chức năng chính:"', () => {
    const found = extract([
      'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ',
      '4. Đẩy mạnh cắt giảm, đơn giản hóa thủ tục hành chính: (1) Các bộ, ngành, khẩn trương rà soát, sửa đổi và thống nhất quy trình tái cấu trúc dịch vụ công trực tuyến, hoàn thành trong tháng 11 năm 2025; (2) các bộ, ngành, địa phương tập trung: (i) Sửa đổi, bổ sung 322 văn bản quy phạm pháp luật theo phương án đã được Thủ tướng Chính phủ phê duyệt; (ii) Rà soát, sửa đổi các quy định không phù hợp với việc thực hiện TTHC không phụ thuộc địa giới hành chính và DVC trực tuyến toàn trình.',
      '5. Nhiệm vụ về phát triển KHCN, ĐMST, CĐS và ĐA06',
      'b) Bộ Công an: (1) Tham mưu ban hành Nghị quyết quy phạm pháp luật của Chính phủ về phát triển công dân số; hoàn thành trước ngày 10 tháng 12 năm 2025; (2) Phát triển VNeID thành Nền tảng số quốc gia với 05 chức năng chính: (i) Lưu trữ dữ liệu số của công dân; (ii) Định danh xác thực điện tử; (iii) Thực hiện dịch vụ công trực tuyến và giải quyết thủ tục hành chính, nhiệm vụ thường xuyên.',
    ]);
    expect(found.map((r) => r.ref)).toEqual([
      'III.4.(1)',
      'III.4.(2).(i)',
      'III.4.(2).(ii)',
      'III.5.b.(1)',
      'III.5.b.(2)',
    ]);
    expect(found[1].text).toBe(
      'Sửa đổi, bổ sung 322 văn bản quy phạm pháp luật theo phương án đã được Thủ tướng Chính phủ phê duyệt',
    );
    expect(found[4].assignees).toEqual(['Bộ Công an']);
  });

  it('keeps the steps under "Đối với ...:" one task (dev luongminh-2025-12-huongdan-gioithieu-ungcu)', () => {
    const text =
      '3.1. Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo dự kiến người giới thiệu, Biên bản họp Ban lãnh đạo dự kiến giới thiệu (Mẫu số 02/BCĐBHĐND-MT); (2) Hội nghị lấy ý kiến cử tri nơi công tác, Biên bản Hội nghị Cử tri Nơi Công tác (Mẫu số 01/HNCT).';
    const paragraph = { text, marker: '3.1', span: { start: 0, end: text.length } };
    expect(splitInlineItems([paragraph])).toEqual([paragraph]);
    // The same run under a heading that is no case splits.
    const heading = { ...paragraph, text: text.replace('Đối với cơ quan, tổ chức, đơn vị', 'Quy trình giới thiệu') };
    expect(splitInlineItems([heading]).map((p) => p.marker)).toEqual(['3.1', '(1)', '(2)']);
  });

  it('leaves a figure in brackets inside a sentence alone', () => {
    const found = extract([
      'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ',
      '2. Các bộ khẩn trương trình Chính phủ ban hành (2) Nghị định hướng dẫn; (3) văn bản khác, hoàn thành trong tháng 12 năm 2025.',
    ]);
    expect(found.map((r) => r.ref)).toEqual(['III.2']);
  });
});
