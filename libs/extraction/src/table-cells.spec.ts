/**
 * Rows of a Phụ lục task table as the web copy of dev hcm-2025-11-qd-kehoach-csdl-quyhoach (Quyết định 2820/QĐ-UBND of
 * Hồ Chí Minh City, its Phụ lục "NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU") prints them: one cell per line
 * run, cells parted by lines holding only "|". Cells quoted from its text (long task cells shortened).
 */
import { extractDirective } from './extract-directive.js';
import { beyondOngoing, cellRoutes } from './table-cells.js';
import { readTaskTables } from './task-tables.js';
import { prepareText } from './text-utils.js';

const cells = (...values: string[]) => values.join('\n|\n');
const HEADER = cells(
  '**TT**',
  '**Nhiệm vụ**',
  '**Cơ quan chủ trì**',
  '**Cơ quan phối hợp**',
  '**Thời gian dự kiến hoàn thành**',
  '**Kết quả dự kiến**',
  '**Nguồn kinh phí**',
);

const read = (body: string) => {
  const [table] = readTaskTables(prepareText(`|\n${HEADER}\n|\n|\n${body}\n|\n|`), Infinity, '2025');
  return table.requirements.map((r) => ({
    ref: r.ref,
    assignees: r.assignees,
    deadlines: r.deadlines.map((d) => d.date ?? d.rrule),
    reportTo: r.reportTo.map((t) => t.target),
  }));
};

describe('task table rows the web copy prints with cells missing', () => {
  it("reads a second task under a row, with its own chủ trì cell, as the row's (same ref and completion time)", () => {
    const found = read(
      [
        cells('** II**', '**Xây dựng hạ tầng công nghệ thông tin đảm bảo triển khai Hệ thống thông tin**'),
        cells(
          '1',
          'Xây dựng hạ tầng công nghệ thông tin, trang thiết bị tại Sở Tài chính để vận hành, khai thác và chia sẻ cơ sở dữ liệu quốc gia về quy hoạch',
          'Trung tâm Chuyển đổi số Thành phố',
          'Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu',
          'Quý IV/2026',
          'Cổng thông tin cơ sở dữ liệu quốc gia về quy hoạch',
          'Đầu tư công hoặc nguồn vốn hợp pháp khác (nếu có)',
        ),
        cells(
          'Xây dựng hạ tầng kỹ thuật dự phòng phục vụ triển khai cơ sở dữ liệu quốc gia hoạt động song song, đảm bảo năng lực sao lưu dữ liệu và có khả năng phục hồi sau sự cố.',
          'Trung tâm Chuyển đổi số Thành phố',
        ),
        cells(
          '2',
          'Đầu tư trang thiết bị hiện đại, công cụ tiện ích đảm bảo việc xây dựng, thu thập, cập nhật, xử lý, phân tích dữ liệu.',
          'Sở Tài chính',
          'Các sở, ngành, UBND xã, phường, đặc khu',
          'Quý IV/2026',
          'Các thiết bị phần cứng, phần mềm ứng dụng',
        ),
      ].join('\n|\n|\n'),
    );
    expect(found).toEqual([
      { ref: '1', assignees: ['Trung tâm Chuyển đổi số Thành phố'], deadlines: ['2026-12-31'], reportTo: [] },
      { ref: '1', assignees: ['Trung tâm Chuyển đổi số Thành phố'], deadlines: ['2026-12-31'], reportTo: [] },
      { ref: '2', assignees: ['Sở Tài chính'], deadlines: ['2026-12-31'], reportTo: [] },
    ]);
  });

  it('reads rows whose last cells are empty ("Hằng năm." / "|" / "|" / "|" / "|" / "2") and a time cell with a report', () => {
    const found = read(
      `${cells('**VI**', '**Các nhiệm vụ khác**')}\n|\n|\n` +
        [
          cells(
            '1',
            'Tuyên truyền, nâng cao nhận thức về xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
            'Sở Khoa học và Công nghệ, Viện Nghiên cứu phát triển Thành phố',
            'Các sở, ngành, UBND xã, phường, đặc khu',
            'Hằng năm.',
          ),
          cells(
            '2',
            'Tổng hợp kế hoạch thực hiện Đề án của các sở, ngành, UBND xã, phường, đặc khu.',
            'Sở Tài chính',
            'Các sở, ngành, UBND xã, phường, đặc khu',
            'Hằng năm.',
          ),
          cells(
            '5',
            'Thực hiện trách nhiệm giải trình về việc cung cấp, cập nhật, chuẩn hóa dữ liệu.',
            'Các sở, ngành, UBND xã, phường, đặc khu',
            'Sở Tài chính',
            'Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính',
            'Dữ liệu được cập nhật đầy đủ, chính xác, kịp thời',
          ),
        ].join('\n|\n|\n|\n|\n'),
    );
    expect(found.map((r) => [r.ref, r.deadlines])).toEqual([
      ['1', ['FREQ=YEARLY']],
      ['2', ['FREQ=YEARLY']],
      ['5', ['FREQ=MONTHLY;INTERVAL=3']],
    ]);
    expect(found[1].assignees).toEqual(['Sở Tài chính']);
    expect(found[2].reportTo).toEqual(['Sở Tài chính']);
  });
});

describe('a time cell', () => {
  it('says nothing when it only says "Thường xuyên"', () => {
    expect(beyondOngoing('Thường xuyên')).toBe('');
    expect(beyondOngoing('Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính')).toBe(
      'định kỳ hằng quý báo cáo về Sở Tài chính',
    );
  });
  it('names a route only when it reports', () => {
    expect(cellRoutes('Quý IV/2026')).toEqual([]);
    expect(cellRoutes('định kỳ hằng quý báo cáo về Sở Tài chính').map((r) => r.target)).toEqual(['Sở Tài chính']);
  });
});

describe('the task table of a plan a decision issues', () => {
  it('gives its rows once, none of its cells as an item of the plan (dev hcm-2025-11-qd-kehoach-csdl-quyhoach)', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
      '-------',
      'Số: 2820/QĐ-UBND',
      'Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025',
      '',
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch',
      '',
      'QUYẾT ĐỊNH:',
      '',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
      '',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn A',
      '',
      'KẾ HOẠCH',
      'Triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch',
      '(Ban hành kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố)',
      '',
      'I. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Tài chính chủ trì xây dựng, tổ chức thực hiện, theo dõi, đôn đốc thực hiện Kế hoạch.',
      '',
      'PHỤ LỤC',
      '',
      '|',
      HEADER,
      '|',
      '|',
      cells(
        '3',
        'Phối hợp góp ý Thông tư quy định yêu cầu về cấu trúc, kỹ thuật, giải pháp công nghệ của Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
        'Sở Tài chính',
        'Các sở, ngành, UBND xã, phường, đặc khu',
        'Năm 2025 - 2026',
        'Thông tư',
      ),
      '|',
      '|',
      cells(
        '4',
        'Tham gia rà soát, đơn giản hóa các thủ tục hành chính liên quan đến quy hoạch dựa trên việc khai thác, tái sử dụng dữ liệu.',
        'Các sở, ngành, UBND xã, phường, đặc khu',
        'Sở Tài chính',
        'Quý II/2027',
        'Báo cáo',
      ),
      '|',
      '|',
    ].join('\n');
    const { requirements } = extractDirective(text).directive;
    expect(requirements.map((r) => r.ref)).toEqual(['I.1', 'PL.3', 'PL.4']);
    expect(requirements[2].deadlines.map((d) => d.date)).toEqual(['2027-06-30']);
  });
});
