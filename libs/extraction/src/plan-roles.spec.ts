import { extractDirective } from './extract-directive.js';
import { roleUnits, splitEntries } from './plan-roles.js';

// Sentences from dev/bcdqg1237-2013-11-kehoach-haicot-lietsi (Kế hoạch 252/KH-BCĐQG1237), a task plan written as text.
const plan = (part: string[]) =>
  extractDirective(
    [
      'BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ',
      'Số: 252/KH-BCĐQG1237',
      'Hà Nội, ngày 11 tháng 11 năm 2013',
      'KẾ HOẠCH',
      'TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG',
      '',
      ...part,
    ].join('\n'),
  ).directive.requirements.map((r) => [r.text, r.assignees]);

describe('a plan written as text: "Nội dung, biện pháp" / "Cơ quan chủ trì, phối hợp" / "Thời gian thực hiện"', () => {
  it('the lettered tasks are led by the "Cơ quan chủ trì" entries; partners and the role item give no task', () => {
    expect(
      plan([
        'III. ĐẨY MẠNH THÔNG TIN, TUYÊN TRUYỀN VỀ CÔNG TÁC TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ',
        '',
        '1. Nội dung, biện pháp',
        '',
        'a) Tổ chức các diễn đàn, trao đổi, chia sẻ thông tin;',
        '',
        'b) Lập các chuyên trang, chuyên mục về công tác tìm kiếm, quy tập hài cốt liệt sĩ và thông tin về liệt sĩ, mộ liệt sĩ;',
        '',
        '2. Cơ quan chủ trì, phối hợp',
        '',
        'a) Cơ quan chủ trì',
        '',
        '- Ban Chỉ đạo quốc gia.',
        '',
        '- Bộ Thông tin và Truyền thông; Ban Tuyên giáo Trung ương; Bộ Ngoại giao.',
        '',
        '- Ban Chỉ đạo các quân khu, Ban Chỉ đạo các tỉnh.',
        '',
        '- Các cơ quan báo chí Trung ương, địa phương, quân đội.',
        '',
        'b) Cơ quan phối hợp',
        '',
        '- Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến binh, Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp.',
        '',
        '3. Thời gian thực hiện: Từ tháng 11/2013 trở đi.',
        '',
        'VIII. BẢO ĐẢM PHƯƠNG TIỆN, TRANG BỊ, KINH PHÍ, CHẾ ĐỘ, CHÍNH SÁCH CHO NHIỆM VỤ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ',
        '',
        '1. Nội dung, biện pháp',
        '',
        'a) Hoàn thành việc xây dựng nhà tạm cho các Đội quy tập ở Lào, Campuchia;',
        '',
        '2. Cơ quan chủ trì, phối hợp',
        '',
        'a) Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.',
        '',
        'b) Cơ quan phối hợp',
        '',
        '- Các đơn vị, địa phương.',
        '',
        '3. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.',
      ]),
    ).toEqual([
      [
        'Tổ chức các diễn đàn, trao đổi, chia sẻ thông tin',
        expect.arrayContaining(['Ban Chỉ đạo quốc gia', 'Bộ Ngoại giao', 'Ban Chỉ đạo các tỉnh']),
      ],
      [
        'Lập các chuyên trang, chuyên mục về công tác tìm kiếm, quy tập hài cốt liệt sĩ và thông tin về liệt sĩ, mộ liệt sĩ',
        [
          'Ban Chỉ đạo quốc gia',
          'Bộ Thông tin và Truyền thông',
          'Ban Tuyên giáo Trung ương',
          'Bộ Ngoại giao',
          'Ban Chỉ đạo các quân khu',
          'Ban Chỉ đạo các tỉnh',
          'Các cơ quan báo chí Trung ương, địa phương, quân đội',
        ],
      ],
      ['Hoàn thành việc xây dựng nhà tạm cho các Đội quy tập ở Lào, Campuchia', ['Bộ Quốc phòng', 'Bộ Tài chính']],
    ]);
  });

  it('splits entries at ";" and at a comma before a named body, not inside a group name', () => {
    expect(
      splitEntries('- Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.'),
    ).toEqual(['Tư lệnh các quân khu', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(splitEntries('- Các Quân khu, Ủy ban nhân dân các tỉnh.')).toEqual([
      'Các Quân khu',
      'Ủy ban nhân dân các tỉnh',
    ]);
    expect(splitEntries('- Bộ Quốc phòng; các Bộ, ngành, cơ quan liên quan.')).toEqual([
      'Bộ Quốc phòng',
      'các Bộ, ngành, cơ quan liên quan',
    ]);
  });
});

// Adapted from dev/hcm-2025-11-kehoach-luat-vieclam (Kế hoạch 172/KH-UBND): numbered tasks with labelled lines.
describe('a task with labelled lines: "- Nội dung thực hiện: ..." / "- Cơ quan chủ trì: ..." / "- Cơ quan phối hợp: ..."', () => {
  it('the task is led by the units of its "Cơ quan chủ trì" or "Cơ quan thực hiện" line, not by the partners', () => {
    const found = plan([
      'II. NỘI DUNG',
      '',
      '1. Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ',
      '',
      '- Nội dung thực hiện: Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ cho cán bộ, công chức trực tiếp làm công tác việc làm.',
      '',
      '- Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính.',
      '',
      '- Cơ quan phối hợp: Bảo hiểm xã hội Thành phố, Ủy ban nhân dân xã, phường, đặc khu.',
      '',
      '- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.',
      '',
      '2. Tổ chức kiểm tra việc thi hành Luật Việc làm và các văn bản quy định chi tiết',
      '',
      '- Cơ quan thực hiện: Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan, tổ chức khác có liên quan.',
      '',
      '- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.',
    ]);
    expect(found.map(([, assignees]) => assignees)).toEqual([
      ['Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính'],
      ['Sở Nội vụ', 'các sở, ban, ngành Thành phố'],
    ]);
  });

  it('a role line that says what each does gives the subjects of its clauses, not the partners', () => {
    expect(
      roleUnits(
        'Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch; Sở Tư pháp và các sở, ban, ngành Thành phố chủ động tổ chức triển khai Luật.',
      ),
    ).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'các sở, ban, ngành Thành phố']);
    expect(roleUnits('Sở Y tế chủ trì; Sở Tài chính phối hợp.')).toEqual(['Sở Y tế']);
  });
});
