/**
 * Plans read as prose (samples/corpus/README.md, "Precision study 2 (plans)"): the aims part states aims, not tasks, also
 * when the plan's items are dashes and the text goes to the prose reading.
 */
import { isCatchAll } from './assignee-tidy.js';
import { findAssignees } from './assignees.js';
import { extractDirective } from './extract-directive.js';

const requirements = (lines: string[]) => extractDirective(lines.join('\n')).directive.requirements;

// Opening of Kế hoạch 24/KH-UBND of Thừa Thiên Huế, 23 January 2021, as a legal-document site prints it.
const TTHUE_24 = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỪA THIÊN HUẾ',
  '-------',
  'Số: 24/KH-UBND',
  'Thừa Thiên Huế, ngày 23 tháng 01 năm 2021',
  'KẾ HOẠCH',
  'TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “XÂY DỰNG NẾP SỐNG VĂN MINH ĐÔ THỊ VÀ NÔNG THÔN-TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ GIAI ĐOẠN 2021-2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030”',
  'Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 13 tháng 11 năm 2020 của HĐND tỉnh về việc thông qua Đề án “Xây dựng nếp sống văn minh đô thị và nông thôn trên địa bàn tỉnh Thừa Thiên Huế giai đoạn 2021-2025, định hướng đến năm 2030”:',
  'UBND tỉnh Thừa Thiên Huế ban hành Kế hoạch triển khai thực hiện Đề án “Xây dựng nếp sống văn minh đô thị và nông thôn (sau đây gọi tắt là NSVMĐT&NT) trên địa bàn tỉnh Thừa Thiên Huế giai đoạn 2021-2025, định hướng đến năm 2030” như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích:',
  '- Tạo chuyển biến mạnh mẽ trong nhận thức, ý thức về xây dựng NSVMĐT&NT; xây dựng lối sống văn minh, tiến bộ, giàu bản sắc văn hóa tốt đẹp của địa phương trong cán bộ, công chức, viên chức và nhân dân.',
  '2. Yêu cầu:',
  '- Các sở, ngành, Mặt trận tổ quốc các cấp, UBND các huyện, thị xã, thành phố Huế cần nêu cao vai trò trách nhiệm trong chỉ đạo, điều hành triển khai.',
];

describe('the aims part of a plan read as prose (Kế hoạch 24/KH-UBND of Thừa Thiên Huế, 2021)', () => {
  it('"2. Yêu cầu:" and its dash item naming units are aims, not a task', () => {
    expect(requirements(TTHUE_24)).toEqual([]);
  });
});

describe("a province's districts, towns and its one city named after the kinds (Kế hoạch 24/KH-UBND of Thừa Thiên Huế, 2021)", () => {
  it('"UBND các huyện, thị xã, thành phố Huế" is one group, not the districts and a city', () => {
    expect(
      findAssignees(
        'Các sở, ngành, Mặt trận tổ quốc các cấp, UBND các huyện, thị xã, thành phố Huế cần nêu cao vai trò trách nhiệm trong chỉ đạo, điều hành triển khai',
      ),
    ).toEqual(['Các sở, ngành', 'Mặt trận tổ quốc các cấp', 'UBND các huyện, thị xã, thành phố Huế']);
  });
});

describe('a catch-all whose nouns include "tổ chức" (Nghị định 180/2024/NĐ-CP, the article on who carries it out)', () => {
  it('"các doanh nghiệp, tổ chức, cá nhân có liên quan" stays one catch-all, not the group "các doanh nghiệp"', () => {
    const found = findAssignees(
      'Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và các doanh nghiệp, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị định này',
    );
    expect(found.slice(0, 4)).toEqual([
      'Các Bộ trưởng',
      'Thủ trưởng cơ quan ngang bộ',
      'Thủ trưởng cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương',
    ]);
    // The last pass (assignee-tidy.ts) drops it beside the units named.
    expect(found.slice(4).every(isCatchAll)).toBe(true);
  });
});

describe("a plan's principles (Kế hoạch 258/KH-UBND of Lào Cai, 7 June 2021)", () => {
  const LAOCAI_258 = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LÀO CAI',
    'Số: 258/KH-UBND',
    'Lào Cai, ngày 07 tháng 06 năm 2021',
    'KẾ HOẠCH',
    'TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TRỒNG MỘT TỶ CÂY XANH GIAI ĐOẠN 2021-2025” TRÊN ĐỊA BÀN TỈNH LÀO CAI',
    'Thực hiện Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Trồng một tỷ cây xanh giai đoạn 2021-2025”; Kế hoạch số 2616/KH-BNN-TCLN ngày 07/5/2021 của Bộ Nông nghiệp và PTNT, triển khai Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng. UBND tỉnh Lào Cai ban hành Kế hoạch triển khai thực hiện Đề án “Trồng một tỷ cây xanh giai đoạn 2021-2025” trên địa bàn tỉnh, cụ thể như sau:',
    'I. QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU',
    '1. Quan điểm',
    '- Nâng cao nhận thức, trách nhiệm của các cấp ủy, chính quyền, cộng đồng dân cư và người dân đối với công tác phát triển rừng và trồng cây xanh; phát huy được vai trò của cây xanh đối với sự phát triển kinh tế - xã hội, bảo vệ môi trường sinh thái và hạn chế ảnh hưởng tiêu cực của biến đổi khí hậu.',
    '- Phát huy truyền thống trồng cây do Bác Hồ khởi xướng; đưa việc trồng cây xanh trở thành phong trào thi đua của các cấp, các ngành, trong từng khu dân cư với sự tham gia tích cực của mọi người dân; là hành động thiết thực học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
  ];
  it('"I. QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU" / "1. Quan điểm" states principles, not tasks', () => {
    expect(requirements(LAOCAI_258)).toEqual([]);
  });
});
