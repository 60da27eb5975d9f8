/** Items printed in two paragraphs: Kế hoạch 144/KH-UBND Bắc Ninh (VI.5) and 179/KH-UBND Đồng Nai (VI.18), wave 15 of samples/bodies. */
import { joinContinuations } from './continued-items.js';
import { extractDirective } from './extract-directive.js';

const texts = (text: string) => extractDirective(text).directive.requirements.map((r) => `${r.ref} ${r.text}`);

describe('a numbered item printed in two paragraphs', () => {
  it('is one requirement when the second paragraph names no actor', () => {
    const text = [
      '**VI. TỔ CHỨC THỰC HIỆN**',
      '',
      '**5. Sở Công Thương**',
      '',
      'Chủ trì triển khai các nhiệm vụ',
      'tại mục (IV) (3) của Kế hoạch.',
      '',
      'Tăng cường quản lý, thanh tra,',
      'kiểm tra, tuyên truyền về thương mại điện tử, bảo vệ người tiêu dùng.',
      '',
      '**6. Sở Giáo dục và Đào tạo**',
      '',
      'Chủ trì triển khai các nhiệm vụ tại mục (IV) (4.1) (4.2) và Phụ lục của Kế hoạch.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'VI.5 Chủ trì triển khai các nhiệm vụ tại mục (IV) (3) của Kế hoạch. Tăng cường quản lý, thanh tra, kiểm tra, tuyên truyền về thương mại điện tử, bảo vệ người tiêu dùng',
      'VI.6 Chủ trì triển khai các nhiệm vụ tại mục (IV) (4.1) (4.2) và Phụ lục của Kế hoạch',
    ]);
  });

  it('keeps a paragraph that names an actor, and the paragraphs of a longer item, apart', () => {
    const make = (ref: string, text: string, start: number) => ({
      ref,
      text,
      deadlines: [],
      assignees: ['Bộ Tài chính'],
      reportTo: [],
      span: { start, end: start + 9 },
    });
    const page = ' '.repeat(100);
    const none = () => false;
    // Corpus dev vpcp-2025-11-tbkl-daklak III.1: the second paragraph names its actor again.
    const named = [
      make('III.1', 'Giao Bộ Tài chính khẩn trương hoàn thiện báo cáo sơ kết 03 năm', 0),
      make('III.1', 'Sau khi phương án phân vùng mới được thông qua, Bộ Tài chính khẩn trương báo cáo Thủ tướng', 20),
    ];
    expect(joinContinuations(named, page, none)).toHaveLength(2);
    // Corpus dev btgdvtw-2025-11-huongdan-bantin-chibo IV.2: an item over four paragraphs lists its tasks.
    const long = [
      make('IV.2', 'Cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương, đơn vị', 0),
      make('IV.2', 'Chỉ đạo hướng dẫn đảng viên sử dụng việc khai thác Bản tin', 20),
      make('IV.2', 'Bố trí kinh phí, trang bị phương tiện, tài liệu phục vụ công tác biên soạn', 40),
    ];
    expect(joinContinuations(long, page, none)).toHaveLength(3);
    // A line with a marker of its own is a new item.
    const marked = [make('3.2', 'Tổng hợp, báo cáo kịp thời các khó khăn', 0), make('3.2', 'Tiếp nhận thông tin', 20)];
    expect(joinContinuations(marked, `${' '.repeat(20)}3.2. Tiếp nhận thông tin`, none)).toHaveLength(2);
    expect(joinContinuations(marked, page, none)).toHaveLength(1);
  });
});
