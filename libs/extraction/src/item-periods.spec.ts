/** Time lines printed under one item of a heading (item-periods.ts); a plan's tasks written as a provincial kế hoạch. */
import { extractDirective } from './extract-directive.js';

const plan = (body: string[]) =>
  extractDirective(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐẮK LẮK',
      'Số: 120/KH-UBND',
      'Đắk Lắk, ngày 20 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'Triển khai công tác chuyển đổi số năm 2025',
      'I. NHIỆM VỤ',
      ...body,
    ].join('\n\n'),
  ).directive;
const dates = (d: ReturnType<typeof plan>) => d.requirements.map((r) => r.deadlines.map((x) => x.date));

describe('time lines of single items', () => {
  it('gives each item the completion date or the end of the execution window printed under it', () => {
    const d = plan([
      '1. Sở Khoa học và Công nghệ',
      '- Xây dựng kế hoạch chuyển đổi số của tỉnh.',
      'Thời gian hoàn thành: tháng 12/2025.',
      '- Tổ chức tập huấn cho cán bộ các xã, phường.',
      'Thời gian thực hiện: từ tháng 12/2025 đến quý I/2026.',
    ]);
    expect(dates(d)).toEqual([['2025-12-31'], ['2026-03-31']]);
  });

  it('reads dash time lines the same way', () => {
    const d = plan([
      '1. Sở Khoa học và Công nghệ:',
      '- Xây dựng kế hoạch chuyển đổi số của tỉnh.',
      '- Thời gian hoàn thành: tháng 12/2025.',
      '- Tổ chức tập huấn cho cán bộ các xã, phường.',
      '- Thời gian hoàn thành: tháng 3/2026.',
    ]);
    expect(dates(d)).toEqual([['2025-12-31'], ['2026-03-31']]);
  });

  it('gives no deadline to an item whose own line says it is ongoing', () => {
    const d = plan([
      '1. Sở Khoa học và Công nghệ:',
      '- Tuyên truyền về chuyển đổi số trên các phương tiện thông tin đại chúng.',
      '- Thời gian thực hiện: Thường xuyên.',
      '- Tổ chức tập huấn cho cán bộ các xã, phường.',
      '- Thời gian hoàn thành: Quý IV/2025.',
    ]);
    expect(dates(d)).toEqual([[], ['2025-12-31']]);
  });

  it('keeps a period printed once after the last item for every item', () => {
    const d = plan([
      '1. Sở Khoa học và Công nghệ',
      '- Xây dựng kế hoạch chuyển đổi số của tỉnh.',
      '- Tổ chức tập huấn cho cán bộ các xã, phường.',
      'Thời gian thực hiện: Quý IV/2025.',
    ]);
    expect(dates(d)).toEqual([['2025-12-31'], ['2025-12-31']]);
  });
});

describe('time lines of single items in a letter without numbered items', () => {
  it('gives each dash item under a lead-in the time line printed under it', () => {
    const d = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH ĐẮK LẮK',
        'Số: 1120/UBND-KT',
        'V/v triển khai chuyển đổi số',
        'Đắk Lắk, ngày 20 tháng 11 năm 2025',
        'Kính gửi: Các sở, ban, ngành.',
        'Để triển khai công tác chuyển đổi số, UBND tỉnh đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:',
        '- Xây dựng kế hoạch chuyển đổi số của đơn vị.',
        'Thời gian hoàn thành: tháng 12/2025.',
        '- Tổ chức tập huấn cho cán bộ, công chức.',
        'Thời gian thực hiện: từ tháng 12/2025 đến quý I/2026.',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
      ].join('\n\n'),
    ).directive;
    expect(d.requirements.map((r) => r.text)).toEqual([
      'Xây dựng kế hoạch chuyển đổi số của đơn vị',
      'Tổ chức tập huấn cho cán bộ, công chức',
    ]);
    expect(dates(d)).toEqual([['2025-12-31'], ['2026-03-31']]);
  });
});
