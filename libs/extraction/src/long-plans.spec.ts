/**
 * Long plans, programmes and decisions approving them, written for these tests (no published text: the words are ours,
 * the shape is the genre's): Quan điểm / Mục tiêu / Chỉ tiêu parts before the tasks, items with a lead-in and dash
 * bullets, "Tổ chức thực hiện" giving ministries and provinces their duties, and annex task tables as web copies flatten
 * them. The requirements each test expects were written by hand, by "How gold is written" (samples/corpus/README.md),
 * before the extractor ran on the text.
 */
import { readFileSync } from 'node:fs';
import { extractDirective } from './extract-directive.js';
import { isPlanAside } from './plan-asides.js';

const read = (name: string) =>
  extractDirective(readFileSync(new URL(`./__fixtures__/long-plans/${name}`, import.meta.url), 'utf8')).directive;
const refs = (name: string) => read(name).requirements.map((r) => r.ref);

describe('a Government resolution issuing a programme with an annex table (resolution-programme-annex.txt)', () => {
  it('reads the tasks and the annex rows, not the Quan điểm / Mục tiêu part nor the standing clause on amendments', () => {
    expect(refs('resolution-programme-annex.txt')).toEqual([
      'II.1.a',
      'II.1.b',
      'II.2.1',
      'II.2.2',
      'II.2.3',
      'II.3',
      'III.1',
      'III.2',
      'III.3',
      'PL.I.1',
      'PL.I.2',
      'PL.II.1',
    ]);
  });

  it('gives each annex row its lead and its completion date', () => {
    const rows = read('resolution-programme-annex.txt').requirements.filter((r) => r.ref.startsWith('PL.'));
    expect(rows.map((r) => [r.assignees, r.deadlines.map((d) => d.date)])).toEqual([
      [['Bộ Nông nghiệp và Môi trường'], ['2026-12-31']],
      [['Bộ Tài chính'], ['2027-12-31']],
      [['Bộ Công Thương'], ['2028-06-30']],
    ]);
  });
});

describe('a decision approving a scheme printed in Roman parts inside its first article (decision-scheme-roman.txt)', () => {
  it('reads the tasks and the duties, not the viewpoints, the targets nor the funding', () => {
    expect(refs('decision-scheme-roman.txt')).toEqual([
      'III.1.a',
      'III.1.b',
      'III.2.a',
      'III.2.b',
      'IV.1.a',
      'IV.1.b',
      'IV.2',
      'IV.3',
      'IV.4.a',
      'IV.4.b',
    ]);
  });
});

describe('a decision approving a programme printed in numbered parts inside its first article', () => {
  // The same content as dev ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu ("Điều 1. Phê duyệt Đề án ... với các nội dung
  // sau đây:" / "I. QUAN ĐIỂM" / ... / "IV. NHIỆM VỤ VÀ GIẢI PHÁP"), its parts numbered "1. Quan điểm:" ... "4. Nhiệm vụ,
  // giải pháp:" as many Prime Minister's decisions print them: the tasks of part 4 are tasks even with no unit or date.
  it('reads every task of "4. Nhiệm vụ, giải pháp", and neither the viewpoints, the targets nor the scope', () => {
    expect(refs('decision-programme-numbered.txt')).toEqual([
      '1.4.a',
      '1.4.b',
      '1.4.c',
      '2.1.a',
      '2.1.b',
      '2.2',
      '2.3.a',
      '2.3.b',
    ]);
  });
});

describe("a programme's standing clause on its own amendment", () => {
  // Dev cp-2026-04-nq-chuongtrinh-ct49-phichinhphu III.6: "Trong quá trình tổ chức thực hiện, nếu có những nội dung cụ thể,
  // phát sinh cần sửa đổi, bổ sung ..., các bộ, ngành, địa phương chủ động đề xuất gửi Bộ Ngoại giao để tổng hợp ...".
  it('"nếu cần sửa đổi, bổ sung ..., ... chủ động báo cáo ..." is no task either', () => {
    const texts = read('resolution-programme-annex.txt').requirements.map((r) => r.text);
    expect(texts.some((t) => t.startsWith('Trong quá trình thực hiện'))).toBe(false);
  });
});

describe('a provincial plan: aims, targets, tasks, duties by unit (plan-aims-tasks.txt)', () => {
  const found = read('plan-aims-tasks.txt').requirements;

  it('reads nothing of "I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", the funding item nor the closing courtesy', () => {
    expect(found.filter((r) => /^(?:I|II)\.|^III\.4/u.test(r.ref))).toEqual([]);
    expect(found.some((r) => /khó khăn, vướng mắc/u.test(r.text))).toBe(false);
  });

  // "4. Sở Văn" / "hóa, ..." and "2. Bộ Giáo dục và Đào tạo" / "Chỉ đạo ..." (dev ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu
  // VI.2) were the known forms; a duty may also open with its ground ("Trên cơ sở ...") or its time ("Hằng năm, ...").
  it('ends a unit heading where its duty opens with its ground: "3. Sở Tài chính" / "Trên cơ sở dự toán ..."', () => {
    const duty = found.find((r) => r.ref === 'IV.3');
    expect(duty?.assignees).toEqual(['Sở Tài chính']);
    expect(duty?.text).toMatch(/^Trên cơ sở dự toán/u);
  });

  it('gives each unit heading of "IV. TỔ CHỨC THỰC HIỆN" its items', () => {
    expect(found.filter((r) => r.ref.startsWith('IV.')).map((r) => [r.ref, r.assignees])).toEqual([
      ['IV.1.1', ['Sở Công Thương']],
      ['IV.1.2', ['Sở Công Thương']],
      ['IV.2', ['Sở Nông nghiệp và Môi trường']],
      ['IV.3', ['Sở Tài chính']],
      ['IV.4', ['Ủy ban nhân dân các xã, phường']],
    ]);
  });
});

describe('a programme of action with a markdown annex (programme-markdown-annex.txt)', () => {
  const directive = read('programme-markdown-annex.txt');

  it('reads "CHƯƠNG TRÌNH HÀNH ĐỘNG" as its type line', () => {
    expect(directive.docType).toBe('Chương trình hành động');
  });

  it('reads the tasks, the duty under "III. TỔ CHỨC THỰC HIỆN" without its heading, and the annex rows; not the assessment', () => {
    expect(directive.requirements.map((r) => r.ref)).toEqual(['II.1', 'II.2', 'III', 'PL.1', 'PL.2', 'PL.3']);
    expect(directive.requirements[2].text).toMatch(/^Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ/u);
    expect(directive.requirements.slice(3).map((r) => r.assignees)).toEqual([
      ['Sở Giáo dục và Đào tạo'],
      ['Sở Khoa học và Công nghệ'],
      ['Sở Tài chính'],
    ]);
  });
});

describe('an annex table flattened to one cell per paragraph (plan-cell-lines-annex.txt)', () => {
  // The bordered copies of dev (hcm-2025-11-qd-kehoach-csdl-quyhoach: cells parted by "|" lines) and the gazette's
  // borderless PDF text (cp-2026-04-nq-chuongtrinh-ct49-phichinhphu) were read; a copy that keeps only the empty line
  // between cells gave the gazette reader its rows, whose narrow cells it cut by width ("Văn phòng HĐND và", no lead).
  it('reads each row with its lead and completion', () => {
    const rows = read('plan-cell-lines-annex.txt').requirements.filter((r) => r.ref.startsWith('PL.'));
    expect(rows.map((r) => [r.ref, r.assignees, r.deadlines.map((d) => d.date)])).toEqual([
      ['PL.1', ['Văn phòng HĐND và UBND huyện'], ['2026-03-31']],
      ['PL.2', ['Phòng Nội vụ'], ['2026-10-31']],
      ['PL.3', ['Phòng Nội vụ'], ['2026-09-30']],
    ]);
  });

  it('reads a part row over its rows, stops at the paragraph after the table, and drops the lead-in to it', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN HÒA',
      'Số: 21/KH-UBND',
      'Tân Hòa, ngày 03 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Phòng, chống thiên tai năm 2026',
      '',
      'I. NHIỆM VỤ',
      'Các nhiệm vụ cụ thể như bảng sau:',
      '',
      'TT',
      '',
      'Nội dung',
      '',
      'Đơn vị thực hiện',
      '',
      'Thời hạn',
      '',
      'I',
      '',
      'Chuẩn bị lực lượng',
      '',
      '1',
      '',
      'Kiện toàn Ban Chỉ huy phòng chống thiên tai của xã',
      '',
      'Văn phòng Ủy ban nhân dân xã',
      '',
      'Tháng 4/2026',
      '',
      '2',
      '',
      'Rà soát danh sách hộ dân ở vùng sạt lở',
      '',
      'Công an xã',
      '',
      'Tháng 5/2026',
      '',
      'II. TỔ CHỨC THỰC HIỆN',
      'Văn phòng Ủy ban nhân dân xã theo dõi, tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân xã trước ngày 15/12/2026.',
    ].join('\n');
    const found = extractDirective(text).directive.requirements;
    // A body table's rows print their own number (corpus README, "Task tables"); the lead-in to the table is no task.
    expect(found.map((r) => [r.assignees, r.deadlines.map((d) => d.date)])).toEqual([
      [['Văn phòng Ủy ban nhân dân xã'], ['2026-04-30']],
      [['Công an xã'], ['2026-05-31']],
      [['Văn phòng Ủy ban nhân dân xã'], ['2026-12-15']],
    ]);
    expect(found.slice(0, 2).map((r) => r.ref)).toEqual(['1', '2']);
  });
});

describe('a lead-in that points to the table or annex holding the tasks', () => {
  // Dev ttg-2025-11-qd-kehoach-luat-baove-dulieu-canhan's kind: "Phân công cụ thể ... tại Phụ lục I và Phụ lục II kèm theo
  // Quyết định này." (plan-asides.ts); the same pointer names a table or an annex in other words.
  it.each([
    'Các nhiệm vụ cụ thể như bảng sau:',
    'Nội dung chi tiết theo Biểu kèm theo Kế hoạch này.',
    'Các hoạt động cụ thể tại Phụ lục kèm theo.',
  ])('%s', (sentence) => {
    expect(isPlanAside(sentence)).toBe(true);
  });

  it('keeps a task that only mentions an annex', () => {
    expect(
      isPlanAside('Sở Nội vụ tổng hợp kết quả thực hiện các nhiệm vụ tại Phụ lục, báo cáo Ủy ban nhân dân tỉnh.'),
    ).toBe(false);
  });
});

describe('a numbered topic heading over a sentence that opens with its ground', () => {
  it('"2. Điểm đọc sách ở cơ sở" / "Trên cơ sở nhiệm vụ được giao, Ủy ban nhân dân các xã ..." gives the task without the heading', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'HUYỆN ĐÔNG SƠN',
        'Số: 140/KH-UBND',
        'Đông Sơn, ngày 02 tháng 3 năm 2026',
        'KẾ HOẠCH',
        'Xây dựng thư viện cộng đồng năm 2026',
        'II. NHIỆM VỤ',
        '1. Phòng Văn hóa và Thông tin hướng dẫn các xã lựa chọn địa điểm đặt thư viện.',
        '2. Điểm đọc sách ở cơ sở',
        'Trên cơ sở nhiệm vụ được giao, Ủy ban nhân dân các xã bố trí phòng đọc và kinh phí mua sách trong năm 2026.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.text.slice(0, 8)])).toEqual([
      ['II.1', 'Phòng Vă'],
      ['II.2', 'Trên cơ '],
    ]);
  });
});
