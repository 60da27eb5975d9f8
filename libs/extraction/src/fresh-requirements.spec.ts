/**
 * Requirement detection on texts outside the corpus: each text is quoted from a real document kept in the public
 * repository tnt305/tai_lieu_noi_bo (src/etl/dataset/<file>.md, named by the MD5 of the legal-document page it crawled;
 * the document is named in each test). None of them is in samples/corpus; what is expected follows the corpus README
 * ("requirements").
 */
import { decides } from './describes.js';
import { extractDirective } from './extract-directive.js';

const requirements = (lines: string[]) =>
  extractDirective(lines.join('\n')).directive.requirements.map((r) => ({ ref: r.ref, text: r.text }));

const VPCP_HEADER = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 653/TB-VPCP', 'Hà Nội, ngày 28 tháng 11 năm 2025', 'THÔNG BÁO'];

describe('a conclusion commends before it directs', () => {
  it('"Ghi nhận, đánh giá cao và biểu dương ..." asks nothing (Thông báo 637/TB-VPCP, 75a0867a09525909.md)', () => {
    expect(
      decides(
        'Ghi nhận, đánh giá cao và biểu dương sự nỗ lực, cố gắng rất lớn của Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan trong việc xử lý khó khăn, vướng mắc tại 02 công trình dự án',
      ),
    ).toBe(true);
  });

  it('"Đánh giá cao nỗ lực của Chủ đầu tư ..." asks nothing (Thông báo 653/TB-VPCP, ad0066b8d39e5c85.md)', () => {
    expect(
      decides(
        'Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn thành xây dựng dự án và sẵn sàng đưa Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4 vào vận hành thương mại',
      ),
    ).toBe(true);
  });

  it('a commendation that also assigns is a task', () => {
    expect(decides('Ghi nhận đề xuất của tỉnh; giao Bộ Tài chính nghiên cứu, báo cáo Thủ tướng Chính phủ')).toBe(false);
  });
});

describe('"(i)", "(ii)" items under a lettered lead-in (Thông báo 653/TB-VPCP, ad0066b8d39e5c85.md)', () => {
  it('each "(i)" item is a requirement, the commendation and the lead-in are not', () => {
    const found = requirements([
      ...VPCP_HEADER,
      'Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã có ý kiến chỉ đạo như sau:',
      '**1. Về Dự án Nhà máy điện Nhơn',
      'Trạch 3 và Nhơn Trạch 4**',
      'a) Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn',
      'thành xây dựng dự án và sẵn sàng đưa Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4',
      'vào vận hành thương mại.',
      'b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:',
      '(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt',
      'Nam báo cáo Thủ tướng Chính phủ xem xét về thời gian khánh thành dự án Nhà máy',
      'điện Nhơn Trạch 3 và Nhơn Trạch 4.',
      '(ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên',
      'quan hoàn thành nghiệm thu các hạng mục còn lại của Nhà máy điện Nhơn Trạch 4.',
      'Văn phòng Chính phủ thông báo để các bộ, cơ quan và',
      'địa phương biết, thực hiện./.',
    ]);
    expect(found).toEqual([
      {
        ref: '1.b.(i)',
        text: 'Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo Thủ tướng Chính phủ xem xét về thời gian khánh thành dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4',
      },
      {
        ref: '1.b.(ii)',
        text: 'Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu các hạng mục còn lại của Nhà máy điện Nhơn Trạch 4',
      },
    ]);
  });
});
