/**
 * A decision with its plan printed after the signature, the plan's titled sub-items naming who acts and a time line under
 * each dash task. Lines quoted from samples/corpus/dev/quangngai-2025-11-qd-kehoach-kiemke-taisancong (Quyết định
 * 1627/QĐ-UBND of Quảng Ngãi, 21/11/2025, with its Kế hoạch).
 */
import { extractDirective } from './extract-directive.js';
import { titleUnits } from './titled-items.js';

/** The plan's title as the decision prints it, its "(Kèm theo Quyết định ...)" line five lines under "KẾ HOẠCH". */
const TITLE = [
  'TRIỂN KHAI THỰC HIỆN TỔNG KIỂM KÊ',
  'TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ, TÀI SẢN KẾT CẤU HẠ TẦNG DO NHÀ NƯỚC',
  'ĐẦU TƯ, QUẢN LÝ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NGÃI THỜI ĐIỂM 0H00 NGÀY',
  '01 THÁNG 01 NĂM 2026',
  '(Kèm theo Quyết định số: 1627/QĐ-UBND ngày 21/11/2025 của Chủ tịch Ủy ban',
  'nhân dân tỉnh)',
];

const decision = (plan: string[], title = TITLE) =>
  extractDirective(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'Số: 1627/QĐ-UBND',
      'Quảng Ngãi, ngày 21 tháng 11 năm 2025',
      'QUYẾT ĐỊNH',
      'Về việc ban hành Kế hoạch kiểm kê tài sản công',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Tổng kiểm kê tài sản công.',
      'Điều 2. Giám đốc Sở Tài chính; Thủ trưởng các sở, ban, ngành, đơn vị trực thuộc Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận:',
      '- Như Điều 2;',
      '- Lưu: VT, KTTHVTD.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Ngọc Sâm',
      'KẾ HOẠCH',
      ...title,
      ...plan,
    ].join('\n'),
  ).directive;

describe('titled sub-items of a plan', () => {
  it('reads the plan when the page wraps "(Kèm theo" away from "Quyết định" and the title over many lines', () => {
    // The same plan as a PDF's text gives it at 60 characters a line (bench/experiments/format-stress.mjs).
    const wrapped = decision(
      [
        'III. NỘI DUNG THỰC HIỆN',
        '1. Thành lập mới hoặc kiện toàn Ban chỉ đạo kiểm kê của địa phương.',
        '2. Tập huấn, hướng dẫn thực hiện kiểm kê, báo cáo kết quả kiểm kê.',
      ],
      [
        'TRIỂN KHAI THỰC HIỆN TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN,',
        'TỔ CHỨC, ĐƠN VỊ, TÀI SẢN KẾT CẤU HẠ TẦNG DO NHÀ NƯỚC ĐẦU TƯ,',
        'QUẢN LÝ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NGÃI THỜI ĐIỂM',
        '0H00 NGÀY 01 THÁNG 01 NĂM 2026 TRÊN ĐỊA BÀN CÁC XÃ, PHƯỜNG,',
        'ĐẶC KHU VÀ CÁC CƠ QUAN, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA',
        'TỈNH, BAO GỒM CẢ TÀI SẢN CÔNG GIAO CHO DOANH NGHIỆP QUẢN LÝ',
        'VÀ TÀI SẢN DỰ ÁN SỬ DỤNG VỐN NHÀ NƯỚC (Kèm theo',
        'Quyết định số: 1627/QĐ-UBND ngày 21/11/2025 của Chủ tịch',
        'Ủy ban nhân dân tỉnh)',
      ],
    );
    expect(wrapped.requirements.map((r) => r.ref)).toEqual(expect.arrayContaining(['III.1', 'III.2']));
  });

  it('reads the plan attached "(Kèm theo Quyết định số ...)" five lines under its type name', () => {
    const d = decision([
      'III. NỘI DUNG THỰC HIỆN',
      '1. Thành lập mới hoặc kiện toàn Ban chỉ đạo kiểm kê của địa phương.',
      '2. Tập huấn, hướng dẫn thực hiện kiểm kê, báo cáo kết quả kiểm kê.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(expect.arrayContaining(['III.1', 'III.2']));
  });

  it('gives each dash task the time line under it and the unit its title names', () => {
    const d = decision([
      'IV. NHIỆM VỤ CỤ THỂ',
      '1. Nhiệm vụ của thành viên Ban Chỉ đạo',
      '1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo',
      '- Tuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị, doanh nghiệp thực hiện nghiêm túc các quy định về quản lý, sử dụng tài sản công.',
      'Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.',
      '- Phối hợp với các cơ quan chuyên môn có liên quan hướng dẫn chỉ tiêu, biểu mẫu kiểm kê.',
      'Thời gian hoàn thành: Tháng 12/2025.',
      '- Làm đầu mối tổ chức tập huấn, hướng dẫn thực hiện tổng kiểm kê cho các cơ quan, tổ chức, đơn vị, UBND các phường, xã, đặc khu.',
      'Thời gian thực hiện: Tháng 11 - 12/2025.',
      '1.4. Ủy ban nhân dân các phường, xã, đặc khu',
      '- Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã để chỉ đạo, đôn đốc, kiểm tra các cơ quan, tổ chức, đơn vị.',
      'Thời gian hoàn thành: Trước ngày 15/11/2025.',
      '- Hướng dẫn, tập huấn cho các đối tượng kiểm kê là cơ quan, tổ chức, đơn vị.',
      'Thời gian thực hiện: Tháng 11 - 12/2025.',
      '- Đôn đốc, kiểm tra, giám sát việc thực hiện các nội dung cụ thể.',
      'Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.',
    ]);
    const read = d.requirements.map((r) => [r.ref, r.assignees, r.deadlines.map((x) => x.date)]);
    expect(read).toEqual([
      ['IV.1.2.1', ['Sở Tài chính'], []],
      ['IV.1.2.2', ['Sở Tài chính'], ['2025-12-31']],
      ['IV.1.2.3', ['Sở Tài chính'], ['2025-12-31']],
      ['IV.1.4.1', ['Ủy ban nhân dân các phường, xã, đặc khu'], ['2025-11-15']],
      ['IV.1.4.2', ['Ủy ban nhân dân các phường, xã, đặc khu'], ['2025-12-31']],
      ['IV.1.4.3', ['Ủy ban nhân dân các phường, xã, đặc khu'], []],
    ]);
  });

  it('under a title ending in ":" each task keeps its own completion line, not all of them', () => {
    const d = decision([
      'IV. NHIỆM VỤ CỤ THỂ',
      '1. Nhiệm vụ của thành viên Ban Chỉ đạo',
      '1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:',
      '- Thành lập Tổ kiểm kê do Thủ trưởng đối tượng thực hiện kiểm kê quyết định cụ thể.',
      'Thời hạn hoàn thành: Trước ngày 30/11/2025.',
      '- Thực hiện kiểm kê tài sản thuộc phạm vi kiểm kê do mình đang trực tiếp quản lý.',
      'Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026.',
      '1.6. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu của doanh nghiệp):',
      '- Đôn đốc, hướng dẫn đối tượng thực hiện kiểm kê là cơ quan, tổ chức, đơn vị, doanh nghiệp cấp dưới thực hiện kiểm kê.',
      'Thời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc kiểm kê.',
      '- Tổng hợp kết quả kiểm kê của các cơ quan, tổ chức, đơn vị, doanh nghiệp cấp dưới.',
      'Thời hạn hoàn thành: Trước ngày 15/4/2026.',
    ]);
    const read = d.requirements.map((r) => [r.ref, r.assignees, r.deadlines.map((x) => x.date)]);
    expect(read).toEqual([
      ['IV.1.5.1', ['đối tượng thực hiện kiểm kê'], ['2025-11-30']],
      ['IV.1.5.2', ['đối tượng thực hiện kiểm kê'], ['2026-03-31']],
      ['IV.1.6.1', ['các cơ quan quản lý cấp trên'], []],
      ['IV.1.6.2', ['các cơ quan quản lý cấp trên'], ['2026-04-15']],
    ]);
  });

  it('names the group of a title without its role or the list of its members', () => {
    expect(titleUnits('1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo')).toEqual(['Sở Tài chính']);
    expect(
      titleUnits(
        '1.3. Các cơ quan quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Nông nghiệp và Môi trường, Công Thương)',
      ),
    ).toEqual(['Các cơ quan quan tham mưu quản lý ngành, lĩnh vực']);
    expect(titleUnits('1.1. Trưởng Ban Chỉ đạo')).toEqual(['Trưởng Ban Chỉ đạo']);
  });
});

describe("the rest of a decision's plan (Quyết định 1627/QĐ-UBND of Quảng Ngãi)", () => {
  const d = decision([
    'II. PHẠM VI, ĐỐI TƯỢNG',
    '1. Phạm vi: Tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Quảng Ngãi theo điểm 1 Mục III Quyết định số 213/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ.',
    'IV. NHIỆM VỤ CỤ THỂ',
    '1. Nhiệm vụ của thành viên Ban Chỉ đạo',
    '1.3. Các cơ quan quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công Thương)',
    '- Phối hợp hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê. Trong đó:',
    '+ Sở Văn hóa, Thể thao và Du lịch: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê, rà soát thông tin số liệu tài sản kết cấu hạ tầng thuộc thiết chế văn hóa, thiết chế thể thao ở cơ sở (*cấp xã, cấp thôn*), làng văn hóa.',
    'VI. TỔ CHỨC THỰC HIỆN',
    '1. Trên cơ sở nội dung Kế hoạch nêu trên, các sở, ban, ngành tỉnh, Ủy ban nhân dân các phường, xã, đặc khu ban hành Kế hoạch triển khai thực hiện đảm bảo đúng tiến độ.',
    '2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, tổ chức, doanh nghiệp phản hồi về Ban Chỉ đạo (*qua Sở Tài chính, Phòng Kinh tế cấp xã*) để xem xét, chỉ đạo thực hiện./.',
  ]);

  it('leaves out the scope of the plan and the closing courtesy printed as its last item', () => {
    expect(d.requirements.map((r) => r.ref)).toEqual(['IV.1.3.1.1', 'VI.1']);
  });

  it('drops the italics marks inside brackets, without a space', () => {
    expect(d.requirements[0].text).toMatch(/ở cơ sở \(cấp xã, cấp thôn\), làng văn hóa$/u);
    expect(d.requirements[0].assignees).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('the article naming who carries a decision out (Quyết định 2639/QĐ-TTg, 1147-QĐ/BTGDVTW)', () => {
  const articles = (body: string[]) =>
    extractDirective(
      [
        'THỦ TƯỚNG CHÍNH PHỦ',
        'Số: 2639/QĐ-TTg',
        'Hà Nội, ngày 03 tháng 12 năm 2025',
        'QUYẾT ĐỊNH',
        'Về việc bổ sung có mục tiêu từ ngân sách trung ương cho ngân sách địa phương',
        'QUYẾT ĐỊNH:',
        ...body,
        'Nơi nhận:',
        '- Như Điều 4;',
        '- Lưu: VT, KTTH.',
        'KT. THỦ TƯỚNG',
        'PHÓ THỦ TƯỚNG',
        'Hồ Đức Phớc',
      ].join('\n'),
    ).directive.requirements.map((r) => r.ref);

  it('is no task when another article assigns one', () => {
    expect(
      articles([
        'Điều 1. Bổ sung có mục tiêu 1.000 tỷ đồng từ ngân sách trung ương cho các tỉnh.',
        // The real Điều 2 of 2639/QĐ-TTg (dev ttg-2025-12-qd-bosung-ngansach-capxa); "Bộ Tài chính chịu trách nhiệm về tính
        // chính xác của số liệu ..." alone answers for a submission and is no task (wave 18, resolution-articles.ts).
        'Điều 2. Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1 căn cứ tình hình thực tế để quyết định mức hỗ trợ chi tiết cho các xã, đặc khu trên địa bàn.',
        'Điều 3. Quyết định này có hiệu lực từ ngày ký.',
        'Điều 4. Bộ trưởng Bộ Tài chính; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1 và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.',
      ]),
    ).toEqual(['2']);
  });

  it('is the one task when nothing else directs anyone', () => {
    expect(
      articles([
        'Điều 1. Bổ sung có mục tiêu 1.000 tỷ đồng từ ngân sách trung ương cho các tỉnh.',
        'Điều 2. Quyết định này có hiệu lực từ ngày ký.',
        'Điều 3. Bộ trưởng Bộ Tài chính và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.',
      ]),
    ).toEqual(['3']);
  });
});

describe("a decision's authority line over a basis the web copy wraps (Quyết định 1627/QĐ-UBND)", () => {
  const d = extractDirective(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NGÃI',
      'Số: 1627/QĐ-UBND',
      'Quảng Ngãi, ngày 21 tháng 11 năm 2025',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ',
      'CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NGÃI',
      '**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**',
      '*Căn',
      'cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025*',
      '*Căn',
      'cứ Quyết định số 213/QĐ-TTg ngày 01 tháng 3 năm 2024 của Thủ tướng Chính phủ phê duyệt Đề án tổng kiểm kê tài sản công;*',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Tổng kiểm kê tài sản công.',
    ].join('\n'),
  ).directive;

  it('ends the subject and the body does not open with it', () => {
    expect(d.subject).toBe(
      'BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH QUẢNG NGÃI',
    );
    expect(d.references.find((r) => r.number === '213')?.role).toBe('basis');
  });
});
