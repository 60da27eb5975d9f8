/**
 * Government resolutions and Prime Minister's decisions (wave 18): the articles that approve, adopt, state or take effect
 * are no tasks; those that assign are, with their lead. Phrases from dev cp-2025-11-nq-phaplenh-canhsat-moitruong (377/NQ-CP),
 * cp-2025-11-nq-duthao-nq136-danang (375/NQ-CP), cp-2025-12-nq-tiepthu-luat-baohiem-tiengui (388/NQ-CP),
 * ttg-2025-11-qd-chuyen-daihoc-congnghiep-hanoi (2536/QĐ-TTg) and ttg-2025-11-qd-giam-laisuat-nhcsxh (2553/QĐ-TTg).
 */
import { extractDirective } from './extract-directive.js';
import { findAssignees } from './assignees.js';
import { readsArticles, articleStatesOnly, unitActs, withoutStatements } from './resolution-articles.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;

const RESOLUTION = [
  'CHÍNH PHỦ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 377/NQ-CP',
  'Hà Nội, ngày 21 tháng 11 năm 2025',
  'NGHỊ QUYẾT',
  'VỀ DỰ ÁN PHÁP LỆNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA PHÁP LỆNH CẢNH SÁT MÔI TRƯỜNG',
  'CHÍNH PHỦ',
  'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
  'QUYẾT NGHỊ:',
];
const SIGNED = [
  'Nơi nhận:',
  '- Các Thành viên Chính phủ;',
  '- Lưu: VT, NC (2b).',
  'TM. CHÍNH PHỦ',
  'KT. THỦ TƯỚNG',
  'PHÓ THỦ TƯỚNG',
  'Nguyễn Hòa Bình',
];

describe("a Government resolution's articles", () => {
  it('reads a resolution printed in articles as a decision', () => {
    expect(
      readsArticles('Nghị quyết', [
        { text: 'Điều 1. Thông qua nội dung báo cáo', span: { start: 0, end: 1 }, marker: '1' },
      ]),
    ).toBe(true);
    expect(
      readsArticles('Nghị quyết', [{ text: 'I. ĐÁNH GIÁ TÌNH HÌNH', span: { start: 0, end: 1 }, marker: 'I' }]),
    ).toBe(false);
  });

  it('drops the approval, keeps the items under the lead-in with its lead, and drops the closing article (377/NQ-CP)', () => {
    const d = read([
      ...RESOLUTION,
      'Điều 1. Chính phủ cơ bản thống nhất với dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường do Bộ Công an trình tại văn bản số 661/TTr-BCA ngày 05 tháng 11 năm 2025. Giao Bộ Công an chủ trì, phối hợp với các bộ, cơ quan ngang bộ và các cơ quan có liên quan nghiên cứu, tiếp thu tối đa ý kiến Thành viên Chính phủ, khẩn trương hoàn thiện hồ sơ dự án Pháp lệnh theo đúng quy định, bảo đảm một số yêu cầu sau:',
      '1. Quán triệt và thể chế hóa đầy đủ các quan điểm, chủ trương, chính sách của Đảng, Nhà nước về việc sắp xếp, tinh, gọn tổ chức bộ máy nhà nước.',
      '2. Rà soát kỹ nội dung dự thảo Pháp lệnh, bảo đảm các nội dung được sửa đổi phù hợp, thống nhất với các quy định của pháp luật.',
      'Điều 2. Giao Bộ trưởng Bộ Công an thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình của Chính phủ về dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường, trình Ủy ban Thường vụ Quốc hội, bảo đảm thời hạn theo thời quy định.',
      'Điều 3. Phân công Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chỉ đạo Bộ Công an và các bộ, cơ quan liên quan trong quá trình chỉnh lý, hoàn thiện dự án Pháp lệnh này.',
      'Bộ trưởng Bộ Công an, các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan có liên quan chịu trách nhiệm thi hành Nghị quyết này./.',
      ...SIGNED,
    ]);
    expect(d.requirements.map((r) => [r.ref, r.assignees])).toEqual([
      ['1.1', ['Bộ Công an']],
      ['1.2', ['Bộ Công an']],
      ['2', ['Bộ trưởng Bộ Công an']],
      ['3', ['Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình']],
    ]);
  });

  it("splits an assignment that names only its addressee into its '(i)' items (375/NQ-CP)", () => {
    const d = read([
      ...RESOLUTION,
      'Điều 1. Thông qua: (i) Nội dung dự thảo Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nghị quyết số 136/2024/QH15; (ii) Nội dung dự thảo Tờ trình của Chính phủ trình Ủy ban Thường vụ Quốc hội, Quốc hội về dự thảo Nghị quyết.',
      'Điều 2. Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình của Chính phủ về dự thảo Nghị quyết, trình Ủy ban Thường vụ Quốc hội, Quốc hội xem xét, quyết định; (ii) Căn cứ ý kiến của cơ quan có thẩm quyền của Đảng để hoàn thiện hồ sơ dự thảo Nghị quyết và báo cáo, giải trình với Ủy ban Thường vụ Quốc hội, Quốc hội theo quy định.',
      'Điều 3. Bộ trưởng Bộ Tài chính và Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan có liên quan chịu trách nhiệm thi hành Nghị quyết này./.',
      ...SIGNED,
    ]);
    expect(d.requirements.map((r) => [r.ref, r.assignees])).toEqual([
      ['2.(i)', ['Bộ trưởng Bộ Tài chính']],
      ['2.(ii)', ['Bộ trưởng Bộ Tài chính']],
    ]);
  });

  it('drops the heading "Hiệu lực và trách nhiệm thi hành" and entry into force (388/NQ-CP)', () => {
    const d = read([
      ...RESOLUTION,
      'Điều 1. Thông qua nội dung báo cáo của Ngân hàng Nhà nước Việt Nam tại Mục II Tờ trình số 207/TTr-NHNN ngày 21 tháng 11 năm 2025.',
      'Điều 2. Thống đốc Ngân hàng Nhà nước Việt Nam tiếp thu, giải trình đầy đủ các ý kiến Thành viên Chính phủ, hoàn thiện hồ sơ trình; chịu trách nhiệm toàn diện về nội dung, số liệu báo cáo.',
      'Điều 3. Hiệu lực và trách nhiệm thi hành:',
      '1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.',
      '2. Thống đốc Ngân hàng Nhà nước Việt Nam, các Bộ trưởng, Thủ trưởng cơ quan, tổ chức liên quan chịu trách nhiệm thi hành Nghị quyết này.',
      ...SIGNED,
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['2']);
  });
});

describe('what an article states rather than asks', () => {
  it.each([
    // 377/NQ-CP Điều 1, 375/NQ-CP Điều 1, 2536/QĐ-TTg Điều 1, 2553/QĐ-TTg Điều 1, 388/NQ-CP Điều 3.
    'Chính phủ cơ bản thống nhất với dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường',
    'Thông qua: (i) Nội dung dự thảo Nghị quyết của Quốc hội',
    'Chuyển Trường Đại học Công nghiệp Hà Nội thành Đại học Công nghiệp Hà Nội',
    'Điều chỉnh giảm lãi suất cho vay đối với một số chương trình tín dụng chính sách tại Ngân hàng Chính sách xã hội như sau:',
    'Hiệu lực và trách nhiệm thi hành',
    // Nghị quyết 66.8/2025/NQ-CP (tnt305/tai_lieu_noi_bo 53a2def6c64d24fe.md) Điều 4's title.
    'Hiệu lực thi hành',
    // Quyết định 2500/QĐ-TTg (tnt305/tai_lieu_noi_bo 9a885bb50365e6f1.md) Điều 5's title.
    'Trách nhiệm thi hành',
    // 2536/QĐ-TTg Điều 2.3 (accountability without an action) and Điều 4 (a mandate restated).
    'Bộ Giáo dục và Đào tạo chịu trách nhiệm về nội dung báo cáo và đề xuất, kiến nghị tại Tờ trình số 1930/TTr-BGDĐT',
    'Điều khoản chuyển tiếp Hội đồng trường, Chủ tịch Hội đồng trường, Hiệu trưởng của Trường Đại học Công nghiệp Hà Nội tiếp tục thực hiện chức năng, nhiệm vụ, quyền hạn theo các quy định hiện hành',
  ])('%s', (text) => expect(articleStatesOnly(text)).toBe(true));

  it.each([
    // vpcp-2016-05-quyhoach-conmoong: the approval that assigns; 388/NQ-CP Điều 2: accountability as a clause of a task.
    'Đồng ý chủ trương giao Ủy ban nhân dân tỉnh Thanh Hóa chủ trì lập Quy hoạch tổng thể di tích quốc gia đặc biệt hang Con Moong',
    'Thống đốc Ngân hàng Nhà nước Việt Nam tiếp thu, giải trình đầy đủ các ý kiến Thành viên Chính phủ; chịu trách nhiệm toàn diện về nội dung, số liệu báo cáo',
    'Đại học Công nghiệp Hà Nội thực hiện tổ chức lại cơ cấu tổ chức và hoạt động trên cơ sở Trường Đại học Công nghiệp Hà Nội',
  ])('%s', (text) => expect(articleStatesOnly(text)).toBe(false));
});

describe('who acts in an article', () => {
  it('reads a university that opens the item as its actor, not a status (2536/QĐ-TTg Điều 2)', () => {
    const acts =
      'Đại học Công nghiệp Hà Nội thực hiện tổ chức lại cơ cấu tổ chức và hoạt động trên cơ sở Trường Đại học Công nghiệp Hà Nội theo quy định của Luật Giáo dục đại học';
    expect(unitActs(acts)).toBe(true);
    expect(findAssignees(acts)).toEqual(['Đại học Công nghiệp Hà Nội']);
    expect(unitActs('Đại học Công nghiệp Hà Nội là đơn vị sự nghiệp công lập, cơ sở giáo dục đại học công lập')).toBe(
      false,
    );
  });

  it("reads the office holders of a closing article whose last name runs past sixteen words with 'và' (2553/QĐ-TTg)", () => {
    expect(
      findAssignees(
        'Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Thống đốc Ngân hàng Nhà nước Việt Nam, Chủ tịch Hội đồng quản trị, Tổng Giám đốc Ngân hàng Chính sách xã hội và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Thống đốc Ngân hàng Nhà nước Việt Nam',
        'Chủ tịch Hội đồng quản trị, Tổng Giám đốc Ngân hàng Chính sách xã hội',
      ]),
    );
  });
});

describe('an article that answers for a submission, then assigns', () => {
  it('keeps the task sentence alone (Quyết định 2581/QĐ-TTg, tnt305/tai_lieu_noi_bo d600829aa1fa6596.md, Điều 2)', () => {
    const r = withoutStatements({
      text: 'Bộ Nông nghiệp và Môi trường, Bộ Công Thương và Ủy ban nhân dân các tỉnh: Lào Cai, Đồng Nai và Thái Nguyên chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính chính xác của thông tin, số liệu báo cáo. Bộ Nông nghiệp và Môi trường phối hợp với các bộ, ngành liên quan thực hiện cấp phép hoạt động khoáng sản đối với khu vực khoáng sản quy định tại Điều 1 của Quyết định này',
      assignees: ['Bộ Nông nghiệp và Môi trường'],
    });
    expect(r.text).toBe(
      'Bộ Nông nghiệp và Môi trường phối hợp với các bộ, ngành liên quan thực hiện cấp phép hoạt động khoáng sản đối với khu vực khoáng sản quy định tại Điều 1 của Quyết định này',
    );
    expect(r.assignees).toEqual([]);
  });
});

describe("a Government resolution's programme printed after its signature", () => {
  it("gives the programme's tasks, not the closing article (Nghị quyết 12/NQ-CP, 2023, abridged)", () => {
    const d = read([
      'CHÍNH PHỦ',
      'Số: 12/NQ-CP',
      'Hà Nội, ngày 07 tháng 02 năm 2023',
      'NGHỊ QUYẾT',
      'BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW',
      'QUYẾT NGHỊ:',
      'Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Nghị quyết số 15-NQ/TW ngày 05 tháng 5 năm 2022 của Bộ Chính trị.',
      'Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày ký ban hành.',
      'Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị quyết này./.',
      'Nơi nhận:',
      '- Ban Bí thư Trung ương Đảng;',
      '- Lưu: VT, QHĐP.',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'Phạm Minh Chính',
      'CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ',
      '(Ban hành kèm theo Nghị quyết số 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ)',
      'I. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU',
      '1. Các bộ, cơ quan liên quan và tỉnh, thành phố trong cả nước chủ động phối hợp tốt với các cơ quan thông tấn, báo chí để tuyên truyền, phổ biến thông tin về Nghị quyết số 15-NQ/TW.',
    ]);
    expect(d.requirements.map((r) => r.ref)).toEqual(['I.1']);
  });
});
