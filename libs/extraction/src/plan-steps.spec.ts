/**
 * A plan's procedure in steps ("2. Trình tự, thời gian lập và phê duyệt danh sách" / "2.1. Bước 1:" / "2.1.a. ...:" /
 * sentences / "Thời gian hoàn tất: trước ngày ..."): each sentence under a step is a task, and the completion line closes
 * every task of its step. Lines quoted from samples/corpus/dev/hcm-2014-06-qd-kehoach-nhao-nguoicocong (Kế hoạch issued
 * with Quyết định 3210/QĐ-UBND of Hồ Chí Minh City, 2014).
 */
import { extractDirective } from './extract-directive.js';
import { reportRoutes } from './report-routes.js';

const plan = (body: string[]) =>
  extractDirective(
    ['Số: 3210/KH-UBND', 'Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014', 'KẾ HOẠCH', 'Hỗ trợ nhà ở', ...body].join(
      '\n\n',
    ),
  ).directive;

const steps = [
  'II. NỘI DUNG',
  '2. Trình tự, thời gian lập và phê duyệt danh sách hỗ trợ nhà ở',
  '2.1. Bước 1:',
  '2.1.a. Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng:',
  'Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng, gồm đại diện chính quyền cấp xã, đại diện Mặt trận Tổ quốc cấp xã, đại diện Hội Cựu chiến binh.',
  '2.1.b. Hướng dẫn và tiếp nhận hồ sơ:',
  'Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố, hướng dẫn các đối tượng đủ điều kiện được hỗ trợ nhà ở làm đơn đề nghị được hỗ trợ; Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố, tập hợp đơn và danh sách gửi Ủy ban nhân dân xã, phường, thị trấn nơi có nhà ở.',
  'Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.',
  '2.2. Bước 2: Kiểm tra hiện trạng nhà ở của từng đối tượng có đơn đề nghị hỗ trợ nhà ở.',
  'Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công với cách mạng tổ chức kiểm tra hiện trạng nhà ở của từng đối tượng có đơn đề nghị hỗ trợ nhà ở. Sau khi kiểm tra, Ủy ban nhân dân xã, phường, thị trấn lập danh sách đối tượng được hỗ trợ nhà ở trên địa bàn gửi Ủy ban nhân dân quận, huyện.',
  'Thời gian hoàn tất: trước ngày 25 tháng 7 năm 2014.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính triển khai Kế hoạch này.',
];

describe('a plan’s procedure in steps', () => {
  it('reads the tasks under "Trình tự, thời gian ..." (a schedule of steps, not the order of business of a meeting)', () => {
    const d = plan(steps);
    expect(d.requirements.map((r) => r.ref)).toEqual(['II.2.1.a', 'II.2.1.b', 'II.2.2', 'II.2.2', 'III.1']);
    expect(d.requirements[0].text).toMatch(/^Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo/u);
  });

  it('gives a step’s "Thời gian hoàn tất: trước ngày ..." to every task of the step, the titled ones before it too', () => {
    const d = plan(steps);
    expect(d.requirements.map((r) => r.deadlines.map((x) => x.date))).toEqual([
      ['2014-06-27'],
      ['2014-06-27'],
      ['2014-07-25'],
      ['2014-07-25'],
      [],
    ]);
  });

  it('takes the paragraph under "Bước 2: <title>." as the step’s tasks, though the title ends in a full stop', () => {
    const d = plan(steps);
    expect(d.requirements.filter((r) => r.ref === 'II.2.2').map((r) => r.text.slice(0, 30))).toEqual([
      'Ban Chỉ đạo thực hiện hỗ trợ n',
      'Sau khi kiểm tra, Ủy ban nhân ',
    ]);
  });
});

describe('a time line under a numbered task of a plan', () => {
  const d = plan([
    'II. NỘI DUNG THỰC HIỆN',
    '1. Rà soát, lập danh sách đối tượng',
    'Ủy ban nhân dân các xã, phường rà soát, lập danh sách đối tượng trên địa bàn, gửi Phòng Văn hóa - Xã hội.',
    'Thời gian hoàn thành: trước ngày 15/12/2025.',
    '2. Giai đoạn 2: Tổng kết.',
    'Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.',
    'Thời hạn: trước ngày 30/6/2026.',
  ]);

  it('gives "Thời hạn: ..." to the task above it, as "Thời gian hoàn thành: ...", not a task of its own', () => {
    expect(d.requirements.map((r) => [r.ref, r.deadlines.map((x) => x.date)])).toEqual([
      ['II.1', ['2025-12-15']],
      ['II.2', ['2026-06-30']],
    ]);
  });

  it('reads the paragraph under "Giai đoạn 2: <title>." as the task, not the title', () => {
    expect(d.requirements[1].text).toBe('Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh');
  });
});

describe('a route to a group of local bodies listed by level', () => {
  it.each([
    [
      'lập danh sách đối tượng được hỗ trợ nhà ở trên địa bàn gửi Ủy ban nhân dân quận, huyện',
      ['Ủy ban nhân dân quận, huyện'],
    ],
    [
      'tập hợp đơn và danh sách gửi Ủy ban nhân dân xã, phường, thị trấn nơi có nhà ở',
      ['Ủy ban nhân dân xã, phường, thị trấn nơi có nhà ở'],
    ],
    ['báo cáo kết quả về UBND tỉnh, Sở Tài chính trước ngày 15/12/2025', ['UBND tỉnh', 'Sở Tài chính']],
  ])('%s', (text, expected) => {
    expect(reportRoutes(text).map((r) => r.target)).toEqual(expected);
  });
});
