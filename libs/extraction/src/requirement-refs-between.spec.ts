/**
 * Refs of paragraphs printed between or after numbered items, read off real directives: each test quotes (shortened)
 * lines of a dev document of samples/corpus (its id in the test name); expectations follow the corpus README.
 */
import { extractDirective } from './extract-directive.js';

const refs = (lines: string[]) => extractDirective(lines.join('\n')).directive.requirements.map((r) => r.ref);

describe('a directing paragraph between numbered items', () => {
  const header = [
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số: 610/TB-VPCP',
    'Hà Nội, ngày 14 tháng 11 năm 2025',
    'THÔNG BÁO',
    'Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với thành phố Đà Nẵng',
  ];
  const items = [
    '1. Cấp ủy, chính quyền Thành phố phải xác định việc tổ chức và vận hành hiệu quả chính quyền địa phương 02 cấp là nhiệm vụ hết sức quan trọng.',
    'Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành tăng cường bám sát cơ sở, hướng dẫn kịp thời chính quyền cấp xã tháo gỡ khó khăn.',
  ];

  it('takes the ref of the item above it when the next item follows (dev vpcp-2025-11-tbkl-danang-chinhquyen-2cap)', () => {
    expect(
      refs([
        ...header,
        ...items,
        '2. Tăng cường hiệu quả hoạt động của bộ máy chính quyền cấp xã, nâng cao năng lực quản trị.',
      ]),
    ).toEqual(['1', '1', '2']);
  });

  it('keeps its position when it closes the items (dev vptw-2025-12-ketluan-congtac-vanphong)', () => {
    expect(refs([...header, ...items])).toEqual(['1', '2']);
  });
});

describe('dash lines are numbered as printed', () => {
  it('counts label lines and skips "+" lines (dev luongminh-2025-12-kehoach-tiepcongdan-baucu)', () => {
    expect(
      refs([
        'ỦY BAN MTTQ VIỆT NAM',
        'XÃ LƯƠNG MINH',
        'Số: 25/KH-MTTQ',
        'Lương Minh, ngày 10 tháng 12 năm 2025',
        'KẾ HOẠCH',
        'Tiếp công dân, xử lý đơn thư liên quan đến bầu cử',
        'II. NỘI DUNG THỰC HIỆN',
        '1. Tổ chức tiếp công dân về bầu cử',
        '- Địa điểm: Tại Phòng tiếp công dân của UBND xã.',
        '- Thời gian: Duy trì thường xuyên trong giờ hành chính suốt quá trình diễn ra bầu cử. Đặc biệt, phân công cán bộ trực (cả thứ Bảy, Chủ nhật) trong các thời điểm cao điểm.',
        '- Nhiệm vụ:',
        '+ Lắng nghe, ghi chép đầy đủ ý kiến, kiến nghị của cử tri.',
        '+ Giải thích, hướng dẫn công dân thực hiện quyền khiếu nại, tố cáo đúng quy định.',
        '2. Tiếp nhận và xử lý đơn thư khiếu nại, tố cáo, kiến nghị, cụ thể:',
        '- Đối với khiếu nại về danh sách cử tri: Hướng dẫn công dân hoặc chuyển đơn đến Ủy ban nhân dân xã để giải quyết.',
        '- Đối với đơn thư liên quan đến người ứng cử:',
        '+ Nếu liên quan đến tiêu chuẩn, hồ sơ người ứng cử: Chuyển ngay đến Ủy ban Bầu cử xã.',
        '+ Nếu liên quan đến người được MTTQ xã giới thiệu: Ban Thường trực UBMTTQ xã chủ trì xác minh.',
        '- Đối với kiến nghị về công tác tổ chức bầu cử: Chuyển đến Tổ bầu cử hoặc Ủy ban Bầu cử xã để khắc phục ngay trước ngày 15/3/2026.',
      ]),
    ).toEqual(['II.1.3.1', 'II.1.3.2', 'II.2.1', 'II.2.2.1', 'II.2.2.2', 'II.2.3']);
  });
});

describe('the closing call to carry a letter out', () => {
  const letter = [
    'BỘ NỘI VỤ',
    'Số: 9900/BNV-KHTC',
    'Hà Nội, ngày 20 tháng 11 năm 2025',
    'V/v chi phí quản lý chính sách ưu đãi người có công',
    'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.',
    'Bộ Nội vụ có ý kiến như sau:',
    '1. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trình Hội đồng nhân dân cấp tỉnh quy định tỷ lệ chi phí quản lý.',
  ];

  it('is no task, nor the courtesy after it (dev bnv-2025-11-chiphi-quanly-nguoicocong)', () => {
    expect(
      refs([
        ...letter,
        'Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy định, đảm bảo thực hiện nhiệm vụ được giao, thực hành tiết kiệm. Trong quá trình thực hiện, nếu phát sinh vướng mắc đề nghị phản ánh kịp thời về Bộ Nội vụ (qua Vụ Kế hoạch - Tài chính) để nghiên cứu, hướng dẫn giải quyết./.',
      ]),
    ).toEqual(['1']);
  });

  it('is a task when it asks for a report by a date', () => {
    expect(
      refs([
        ...letter,
        'Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy định, báo cáo kết quả về Bộ Nội vụ trước ngày 15/12/2025./.',
      ]),
    ).toEqual(['1', '2']);
  });
});

describe('an accountability statement', () => {
  it('is no task, a duty stated the same way is (dev quangtri-2025-11-chithi-lanchiem-rung)', () => {
    expect(
      refs([
        'ỦY BAN NHÂN DÂN',
        'TỈNH QUẢNG TRỊ',
        'Số: 25/CT-UBND',
        'Quảng Trị, ngày 25 tháng 11 năm 2025',
        'CHỈ THỊ',
        'Về tăng cường ngăn chặn tình trạng phá rừng, lấn chiếm đất lâm nghiệp',
        '5. Các chủ rừng là tổ chức:',
        '- Tổ chức tuần tra, kiểm tra thường xuyên trên diện tích được giao quản lý; báo cáo kết quả trước ngày 25/12 hàng năm.',
        '- Chịu trách nhiệm về những nội dung thẩm định thuộc lĩnh vực quản lý theo quy định.',
        '- Chịu trách nhiệm trước pháp luật nếu để xảy ra tình trạng phá rừng, lấn chiếm đất lâm nghiệp trên diện tích được giao quản lý.',
      ]),
    ).toEqual(['5.1', '5.2']);
  });
});

describe('a task item that turns to another unit after "; Trên cơ sở đó,"', () => {
  it('gives that unit its own requirement, same ref (dev vpcp-2025-11-chongbuonlau-tet)', () => {
    const found = extractDirective(
      [
        'VĂN PHÒNG CHÍNH PHỦ',
        'Số: 11500/VPCP-KTTH',
        'Hà Nội, ngày 25 tháng 11 năm 2025',
        'V/v chống buôn lậu, gian lận thương mại dịp Tết Nguyên đán',
        'Kính gửi: Các Bộ, cơ quan ngang Bộ.',
        '3. Bộ trưởng Bộ Tài chính tập trung lãnh đạo, chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:',
        '3.1. Hoàn thiện Kế hoạch cao điểm chống buôn lậu dịp Tết Nguyên đán Bính Ngọ 2026; báo cáo Phó Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025; Trên cơ sở đó, Ban Chỉ đạo 389 các bộ, ngành, địa phương xây dựng kế hoạch, tổ chức quán triệt, chỉ đạo triển khai thực hiện nghiêm túc các nội dung trong Kế hoạch.',
        '3.2. Khẩn trương hoàn thành việc tổng kết, đánh giá việc thực hiện Chỉ thị số 30/CT-TTg.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => r.ref)).toEqual(['3.1', '3.1', '3.2']);
    expect(found[0].deadlines.map((d) => d.date)).toEqual(['2025-11-30']);
    expect(found[1].text).toMatch(/^Trên cơ sở đó, Ban Chỉ đạo 389/u);
  });
});

describe('dash lines under a "(1)" item', () => {
  it('are its sub-items, "2.(1).1" (dev vpcp-2025-11-tbkl-benhvien-coso2-ninhbinh)', () => {
    expect(
      refs([
        'VĂN PHÒNG CHÍNH PHỦ',
        'Số: 637/TB-VPCP',
        'Hà Nội, ngày 20 tháng 11 năm 2025',
        'THÔNG BÁO',
        'Kết luận của Thủ tướng Chính phủ về dự án Bệnh viện cơ sở 2',
        '2. Để đảm bảo chất lượng, tiến độ hoàn thành 02 công trình dự án, yêu cầu các bộ, cơ quan thực hiện:',
        '(1) Bộ Y tế chỉ đạo Ban Quản lý dự án khẩn trương hoàn thiện hồ sơ, hoàn thành việc xây dựng trước ngày 30 tháng 11 năm 2025.',
        '- Chỉ đạo Ban Quản lý dự án, Bệnh viện Bạch Mai thúc đẩy công tác mua sắm, đấu thầu thiết bị.',
        '- Chủ trì, phối hợp với Bộ Tài chính tập trung hoàn thiện hồ sơ trình cấp có thẩm quyền.',
        '(2) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế và các nhà thầu.',
      ]),
    ).toEqual(['2.(1)', '2.(1).1', '2.(1).2', '2.(2)']);
  });
});

describe('a dash line left out as a rule', () => {
  it('still counts in the numbering of the lines after it (dev bcdqg1237-2013-11-kehoach-haicot-lietsi)', () => {
    expect(
      refs([
        'BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ',
        'Số: 252/KH-BCĐQG1237',
        'Hà Nội, ngày 11 tháng 11 năm 2013',
        'KẾ HOẠCH',
        'Triển khai thực hiện Đề án tìm kiếm, quy tập hài cốt liệt sĩ',
        '6. Văn phòng Ban Chỉ đạo quốc gia 1237',
        '- Chủ trì, phối hợp với các cơ quan chức năng có liên quan đề xuất các chủ trương chính sách.',
        '7. Kinh phí thực hiện',
        '- Kinh phí thực hiện Đề án thực hiện theo quy định của Thủ tướng Chính phủ.',
        '- Bộ Quốc phòng chỉ đạo, hướng dẫn các cơ quan, đơn vị, địa phương lập dự toán sử dụng và quyết toán ngân sách.',
      ]),
    ).toEqual(['6.1', '7.2']);
  });
});

describe('"+" lines under a dash line over its members', () => {
  it('count under that dash line, members included (dev baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
    expect(
      refs([
        'ỦY BAN MTTQ VIỆT NAM',
        'PHƯỜNG BA NGÒI',
        'Số: 12/KH-MTTQ',
        'Cam Ranh, ngày 20 tháng 11 năm 2025',
        'KẾ HOẠCH',
        'Kiểm tra, giám sát công tác bầu cử',
        'IV. HÌNH THỨC KIỂM TRA, GIÁM SÁT',
        '3. Tổ chức đoàn kiểm tra, giám sát',
        '- Ban Thường trực Ủy ban MTTQ Việt Nam phường chủ trì tổ chức đoàn kiểm tra, giám sát công tác bầu cử trên địa bàn.',
        '- Ban hành quyết định thành lập Đoàn kiểm tra, giám sát bao gồm:',
        '+ Trưởng đoàn: Đại diện Ban Thường trực Ủy ban MTTQ Việt Nam phường',
        '+ Thành viên đoàn: Đại diện lãnh đạo một số tổ chức chính trị - xã hội',
        '+ Lựa chọn địa điểm kiểm tra, giám sát, tập trung kiểm tra, giám sát ở những nơi có dấu hiệu phức tạp.',
        '- Đoàn kiểm tra, giám sát làm việc với đối tượng giám sát bằng hình thức trực tiếp trước ngày 15/5/2026.',
      ]),
    ).toEqual(['IV.3.1', 'IV.3.2', 'IV.3.2.3', 'IV.3.3']);
  });
});
