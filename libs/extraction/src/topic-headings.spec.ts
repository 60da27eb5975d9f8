/**
 * A bold topic heading wrapped over several lines, an empty line, then a request of its own before the "(1)" notes
 * (bodies dev hcm-2025-kiemdiem-xeploai-canbo 1): the request is not glued to the heading, and it is a task of its own.
 */
import { extractDirective } from './extract-directive.js';

const letter = (heading: string[], request: string[], notes: string[]) =>
  extractDirective(
    [
      '**Kính gửi:**',
      '- Các cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố;',
      '- Ủy ban nhân dân các xã, phường.',
      '',
      'Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:',
      '',
      ...heading,
      '',
      ...request,
      '',
      ...notes,
      '',
      '**2. Về tổng hợp kết quả**',
      '',
      'Giao Sở Nội vụ tổng hợp, báo cáo kết quả đánh giá.',
    ].join('\n'),
  ).directive.requirements;

describe('a request under a long wrapped topic heading', () => {
  it('is read apart from the heading, with its addressees and deadline (bodies dev hcm-2025-kiemdiem-xeploai-canbo)', () => {
    const found = letter(
      [
        '**1. Về',
        'triển khai thực hiện đánh giá, xếp loại chất lượng đối với tập thể lãnh đạo, quản',
        'lý và cá nhân năm 2025**',
      ],
      [
        'Đề nghị các cơ quan chuyên',
        'môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố; Văn phòng Đoàn Đại',
        'biểu Quốc hội và Hội đồng nhân dân Thành phố: tổ chức triển khai, thực hiện công tác đánh giá',
        'tập thể lãnh đạo, quản lý và cá nhân theo Kế hoạch số 13-KH/TU và **hoàn thành trước ngày 05 tháng 12 năm 2025.**',
      ],
      [
        '*Một số vấn đề lưu ý:*',
        '',
        '(1) Người đứng đầu cơ quan chuyên môn xem xét, quyết định đánh giá, xếp loại chất lượng đối với công chức.',
        '',
        '(2) Chủ tịch Ủy ban nhân dân xã, phường xem xét, quyết định đánh giá, xếp loại chất lượng đối với công chức.',
      ],
    );
    expect(found[0].text).toMatch(/^Đề nghị các cơ quan chuyên môn, cơ quan hành chính khác/u);
    expect(found[0].assignees).toEqual([
      'các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố',
      'Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố',
    ]);
    expect(found[0].deadlines.map((d) => d.date)).toEqual(['2025-12-05']);
    expect(found.map((r) => r.text.slice(0, 12))).toEqual([
      'Đề nghị các ',
      'Người đứng đ',
      'Chủ tịch Ủy ',
      'Giao Sở Nội ',
    ]);
  });

  it('reads a paraphrase with "Yêu cầu" the same way', () => {
    const found = letter(
      [
        '**1. Về',
        'rà soát, cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị năm',
        '2025**',
      ],
      [
        'Yêu cầu các cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố rà soát, cập nhật cơ sở dữ liệu',
        'trước ngày 15 tháng 12 năm 2025.',
      ],
      ['(1) Ủy ban nhân dân các xã, phường phối hợp cung cấp thông tin.'],
    );
    expect(found[0].text).toMatch(/^Yêu cầu các cơ quan chuyên môn/u);
    expect(found[0].assignees).toEqual(['các cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố']);
    expect(found[1].text).toMatch(/^Ủy ban nhân dân các xã, phường phối hợp/u);
  });

  it('leaves a lead-in ending in ":" to its items', () => {
    const found = letter(
      [
        '**1. Về',
        'triển khai thực hiện đánh giá, xếp loại chất lượng đối với tập thể lãnh đạo, quản lý và cá nhân năm',
        '2025**',
      ],
      ['Đề nghị các cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố thực hiện các nội dung sau:'],
      ['(1) Tổ chức hội nghị kiểm điểm trước ngày 10 tháng 12 năm 2025.', '', '(2) Gửi hồ sơ về Sở Nội vụ.'],
    );
    expect(found.map((r) => r.text.slice(0, 12))).toEqual(['Tổ chức hội ', 'Gửi hồ sơ về', 'Giao Sở Nội ']);
  });
});
