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
