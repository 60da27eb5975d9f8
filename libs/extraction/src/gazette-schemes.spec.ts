/**
 * A decision approving a scheme printed inside its article, as the Official Gazette (Công báo) prints it. Lines quoted from
 * dev/ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu (Quyết định 893/QĐ-TTg).
 */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;

describe('a decision approving a scheme printed inside its article (dev/ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu)', () => {
  const d = read([
    'THỦ TƯỚNG CHÍNH PHỦ',
    'Số: 893/QĐ-TTg',
    'Hà Nội, ngày 20 tháng 5 năm 2026',
    'QUYẾT ĐỊNH',
    'Phê duyệt Đề án “Đào tạo, bồi dưỡng và phát triển nguồn nhân lực trong lĩnh vực năng lượng nguyên tử”',
    'QUYẾT ĐỊNH:',
    'Điều 1. Phê duyệt Đề án “Đào tạo, bồi dưỡng và phát triển nguồn nhân lực',
    'quản lý nhà nước, nghiên cứu - phát triển, ứng dụng và hỗ trợ kỹ thuật trong lĩnh',
    'vực năng lượng nguyên tử” (sau đây gọi là Đề án) với các nội dung sau đây:',
    'I. QUAN ĐIỂM',
    '1. Đào tạo, bồi dưỡng và phát triển nguồn nhân lực trong lĩnh vực năng',
    'lượng nguyên tử phải bám sát chủ trương của Đảng, chính sách, pháp luật của',
    'Nhà nước; triển khai đồng bộ với chiến lược, quy hoạch phát triển, ứng dụng',
    'năng lượng nguyên tử.',
    'II. MỤC TIÊU',
    '1. Mục tiêu tổng quát',
    'Đào tạo, bồi dưỡng và phát triển nhân lực quản lý nhà nước, nghiên cứu -',
    'phát triển, hỗ trợ kỹ thuật và ứng dụng năng lượng nguyên tử bảo đảm đủ số',
    'lượng, cơ cấu hợp lý và chất lượng.',
    'III. ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC ĐÀO TẠO,',
    'BỒI DƯỠNG',
    '3. Hình thức đào tạo, bồi dưỡng',
    'a) Bồi dưỡng ngắn hạn.',
    'IV. NHIỆM VỤ VÀ GIẢI PHÁP',
    '1. Về cơ chế, chính sách đào tạo, bồi dưỡng và phát triển nguồn nhân lực',
    'a) Rà soát, hoàn thiện cơ chế, chính sách, pháp luật về đào tạo, phát triển',
    'nguồn nhân lực trong lĩnh vực năng lượng nguyên tử.',
    'V. KINH PHÍ THỰC HIỆN',
    '1. Kinh phí thực hiện Đề án được bảo đảm từ nguồn ngân sách nhà nước',
    '(bao gồm cả nguồn chi lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và',
    'chuyển đổi số), bảo đảm tuân thủ đúng quy định của pháp luật về ngân sách',
    'nhà nước và pháp luật khác liên quan.',
    'VI. TỔ CHỨC THỰC HIỆN',
    '1. Bộ Khoa học và Công nghệ',
    'a) Chủ trì, phối hợp với các bộ, ngành triển khai thực hiện Đề án.',
    '2. Bộ Giáo dục và Đào tạo',
    'Chỉ đạo các cơ sở đào tạo trọng điểm quy định tại Đề án này, thuộc quyền',
    'quản lý tham gia phối hợp với Bộ Khoa học và Công nghệ và các bộ, ngành,',
    'địa phương liên quan trong việc đào tạo, bồi dưỡng nguồn nhân lực của Đề án.',
    '10. Bộ Tài chính',
    'Cân đối nguồn ngân sách nhà nước hằng năm cho lĩnh vực khoa học, công',
    'nghệ, đổi mới sáng tạo và chuyển đổi số theo quy định pháp luật về ngân sách.',
    '11. Các bộ, cơ quan ngang bộ, địa phương và các cơ quan liên quan',
    'a) Bố trí kinh phí theo thẩm quyền để thực hiện các nhiệm vụ đào tạo, bồi',
    'dưỡng thuộc phạm vi quản lý.',
    'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
    'Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban',
    'nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành',
    'Quyết định này.',
    'KT. THỦ TƯỚNG',
    'PHÓ THỦ TƯỚNG',
    'Hồ Quốc Dũng',
  ]);

  it('reads the scheme as a plan: refs of its parts, principles no task, its tasks with no actor kept', () => {
    expect(d.requirements.map((r) => r.ref)).toEqual(['IV.1.a', 'VI.1.a', 'VI.2', 'VI.10', 'VI.11.a']);
  });

  it('gives a unit heading the paragraph under it, printed with no empty line between', () => {
    expect(d.requirements.map((r) => r.assignees)).toEqual([
      [],
      ['Bộ Khoa học và Công nghệ'],
      ['Bộ Giáo dục và Đào tạo'],
      ['Bộ Tài chính'],
      // Every ministry and every locality: the general wording.
      [],
    ]);
    expect(d.requirements[2].text).toMatch(/^Chỉ đạo các cơ sở đào tạo trọng điểm/u);
  });
});
