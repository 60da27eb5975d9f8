/**
 * Plans numbered "II." / "1." / "1.1." / "(1)" with labelled dash lines, as real commune plans print
 * them. Lines quoted from samples/corpus/dev/luongminh-2025-11-kehoach-baucu (Kế hoạch 16/KH-MTTQ-BTT
 * of Ban Thường trực UBMTTQ xã Lương Minh, 18/11/2025).
 */
import { extractDirective } from './extract-directive.js';

const plan = (body: string[]) =>
  extractDirective(
    [
      'Số: 16/KH-MTTQ-BTT',
      'Lương Minh, ngày 18 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'Thực hiện công tác bầu cử',
      ...body,
    ].join('\n'),
  ).directive;

const LEAD = '- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội';
const PARTNERS =
  '- Đơn vị phối hợp: Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã.';

describe('plan tasks', () => {
  it('reads a sub-item as a task: its title, the month of its time label, its lead (not its partners)', () => {
    const d = plan([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Thực hiện nghiêm túc, dân chủ, công khai, minh bạch, đúng quy định của pháp luật.',
      'II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN',
      '1. Xây dựng, ban hành các văn bản chỉ đạo, hướng dẫn và tài liệu phục vụ công tác bầu cử',
      '1.1. Xây dựng và ban hành Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam xã về việc MTTQ Việt Nam tham gia công tác bầu cử.',
      '- Bảo đảm thống nhất với hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam cấp trên.',
      '- Thời gian hoàn thành: Dự kiến tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn).',
      LEAD,
      PARTNERS,
      '- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.',
    ]);
    expect(d.requirements).toHaveLength(1);
    const [task] = d.requirements;
    expect(task.ref).toBe('II.1.1');
    expect(task.text).toMatch(/^Xây dựng và ban hành Hướng dẫn .* tham gia công tác bầu cử$/u);
    expect(task.deadlines.map((x) => [x.kind, x.date])).toEqual([['absolute', '2025-11-30']]);
    expect(task.assignees).toEqual(['Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội']);
    // "- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.": the result goes to the Ban Thường trực.
    expect(task.reportTo).toEqual([{ target: 'Ban Thường trực', forGroups: [] }]);
  });

  it('gives "(1)" lines their own requirement and deadline, and quarters their last day', () => {
    const d = plan([
      'II. NỘI DUNG',
      '2. Tổ chức các hội nghị hiệp thương',
      '2.1. Chuẩn bị các văn bản về nhân sự và tổ chức 3 Hội nghị hiệp thương công tác bầu cử.',
      '(1) Tổ chức hiệp thương lần thứ nhất: Chậm nhất ngày 10/12/2025 (trước ngày bầu cử 95 ngày).',
      '(2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026 (trước ngày bầu cử 40 ngày).',
      '- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;',
      LEAD,
    ]);
    expect(d.requirements.map((r) => [r.ref, r.deadlines.map((x) => x.date)])).toEqual([
      ['II.2.1', ['2025-12-31', '2026-03-31']],
      ['II.2.1.(1)', ['2025-12-10']],
      ['II.2.1.(2)', ['2026-02-03']],
    ]);
  });

  it('reads a window under a time label at its end, and lets it hold for the unlabelled tasks before it', () => {
    const d = plan([
      'II. NỘI DUNG',
      '3. Tổ chức theo dõi, tổng hợp, kiểm tra, giám sát công tác bầu cử của Ủy ban MTTQ Việt Nam xã',
      '3.1. Tham gia các đoàn kiểm tra, giám sát công tác bầu cử do MTTQ cấp trên tổ chức khi có yêu cầu.',
      '3.3. Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử.',
      '- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.',
      LEAD,
    ]);
    expect(d.requirements.map((r) => [r.ref, r.deadlines.map((x) => x.date), r.assignees.length])).toEqual([
      ['II.3.1', ['2026-03-31'], 1],
      ['II.3.3', ['2026-03-31'], 1],
    ]);
  });

  it('takes the dash lines under a heading that ends in ":" as the requirements', () => {
    const d = plan([
      'II. NỘI DUNG',
      '6. Phối hợp với Ủy ban bầu cử xã',
      '6.1. Tham gia thực hiện các nhiệm vụ:',
      '- Tham gia các phiên họp của Ủy ban bầu cử xã và thực hiện các nhiệm vụ theo sự phân công, chỉ đạo của Ủy ban bầu cử xã.',
      '- Thời gian thực hiện: Từ tháng 11/2025 đến tháng 4/2026.',
    ]);
    expect(d.requirements.map((r) => [r.ref, r.deadlines.map((x) => x.date)])).toEqual([['II.6.1.1', ['2026-04-30']]]);
  });

  it('gives the dash items under a heading that names a unit to that unit', () => {
    const d = plan([
      'III. TỔ CHỨC THỰC HIỆN',
      '6. Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội',
      '- Chủ trì xây dựng kế hoạch và tổ chức thực hiện các nhiệm vụ cụ thể được phân công tại mục II Kế hoạch này.',
      '- Hướng dẫn, giải đáp các vướng mắc liên quan đến công tác tuyên truyền, vận động nhân dân tham gia bầu cử.',
    ]);
    expect(d.requirements.map((r) => [r.ref, r.assignees])).toEqual([
      ['III.6.1', ['Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội']],
      ['III.6.2', ['Phó chủ tịch phụ trách lĩnh vực Công tác Xã hội']],
    ]);
  });
  // Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân (kèm Quyết định 2623/QĐ-TTg, 29/11/2025), a fresh text:
  // https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/86367f2ddb2225cd.md
  it('gives a labelled task its "Cơ quan chủ trì", not its "Cơ quan phối hợp" (Quyết định 2623/QĐ-TTg, Kế hoạch II.2, II.7)', () => {
    const d = plan([
      'II. NỘI DUNG',
      '2. Tổ chức tập huấn chuyên sâu, bồi dưỡng kiến thức pháp luật, nghiệp vụ bảo vệ dữ liệu cá nhân',
      '- Cơ quan chủ trì: Bộ Công an.',
      '- Cơ quan phối hợp: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.',
      '- Thời gian thực hiện: năm 2025 và các năm tiếp theo.',
      '7. Xây dựng Quyết định của Thủ tướng Chính phủ ban hành Chương trình quốc gia về bảo vệ dữ liệu cá nhân',
      '- Cơ quan chủ trì: Bộ Công an.',
      '- Cơ quan phối hợp: Văn phòng Chính phủ và các cơ quan có liên quan.',
      '- Thời hạn ban hành: trước ngày 31 tháng 12 năm 2026.',
    ]);
    expect(d.requirements.map((r) => [r.ref, r.assignees])).toEqual([
      ['II.2', ['Bộ Công an']],
      ['II.7', ['Bộ Công an']],
    ]);
    expect(d.requirements[1].deadlines.map((x) => x.date)).toEqual(['2026-12-31']);
  });
});
