/**
 * Relative deadlines: the mined set (__fixtures__/relative-deadlines.tsv, sentences from legal and administrative texts
 * outside the corpus, labelled by hand before the rules were written) and the phrasings behind each rule.
 */
import { readFileSync } from 'node:fs';
import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string) =>
  parseDeadlines(text, '2025').map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

interface Row {
  id: string;
  expected: string;
  text: string;
}

const rows: Row[] = readFileSync(new URL('./__fixtures__/relative-deadlines.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [id, , , expected, text] = line.split('\t');
    return { id, expected, text };
  });

/** Recall over the deadlines, precision over everything read (a near-miss read is a false positive). */
function scoreMined(): { recall: number; precision: number; misses: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const { id, expected, text } of rows) {
    const got = keys(text);
    const hit = expected !== '-' && got.includes(expected);
    if (hit) tp++;
    else if (expected !== '-') fn++;
    const wrong = got.filter((k) => k !== expected);
    fp += wrong.length;
    if ((expected !== '-' && !hit) || wrong.length > 0) misses.push(`${id} ${expected} => ${got.join(' ') || '-'}`);
  }
  return { recall: tp / (tp + fn), precision: tp / (tp + fp || 1), misses };
}

describe('the mined relative deadlines', () => {
  it('holds 61 deadlines and 31 near-misses', () => {
    expect(rows.filter((r) => r.expected !== '-')).toHaveLength(61);
    expect(rows.filter((r) => r.expected === '-')).toHaveLength(31);
  });

  it('reads them with recall and precision above 0.95, no near-miss read', () => {
    const { recall, precision, misses } = scoreMined();
    // Left unread: "thông báo trước 30 ngày" (Bộ luật Lao động 2019: the event is only implied) and "kể từ ngày người ra
    // quyết định kiểm tra xem xét cho ý kiến đối với báo cáo" (Quyết định 1518/QĐ-BHXH: an event no rule names).
    expect(misses).toEqual(['r39 relative|-P30D@dismissal => -', 'r48 relative|P5D@report-review => -']);
    expect(recall).toBeGreaterThan(0.95);
    expect(precision).toBe(1);
  });
});

describe('the events a span counts from', () => {
  it.each([
    // Luật Cư trú 2020
    ['trong thời hạn 05 ngày làm việc kể từ ngày tiếp nhận thông tin khai báo', 'relative|P5D@receipt'],
    // Luật Khiếu nại 2011
    ['Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, kể từ ngày thụ lý', 'relative|P30D@acceptance'],
    ['Trong thời hạn 03 ngày làm việc, kể từ ngày có quyết định giải quyết khiếu nại', 'relative|P3D@decision'],
    ['cung cấp thông tin, tài liệu đó cho mình trong thời hạn 07 ngày, kể từ ngày có yêu cầu', 'relative|P7D@request'],
    // Luật Ngân sách nhà nước 2025
    [
      'chậm nhất là 10 ngày, kể từ ngày Hội đồng nhân dân cấp tỉnh quyết định dự toán và phân bổ ngân sách',
      'relative|P10D@decision',
    ],
    // Luật Xử lý vi phạm hành chính 2012
    [
      'phải ra quyết định xử phạt vi phạm hành chính trong thời hạn 07 ngày, kể từ ngày lập biên bản',
      'relative|P7D@record',
    ],
    ['trong thời hạn 02 ngày làm việc, kể từ ngày thu tiền phạt', 'relative|P2D@fine-collection'],
    ['trong thời hạn 03 ngày, kể từ ngày huỷ quyết định phải chuyển hồ sơ', 'relative|P3D@annulment'],
    [
      'Trong thời hạn 03 ngày, kể từ ngày quyết định áp dụng biện pháp xử lý hành chính có hiệu lực, Tòa án',
      'relative|P3D@entry-into-force',
    ],
    // Thông tư 07/2019/TT-BTC
    [
      'Trong thời gian 90 (chín mươi) ngày kể từ ngày kết thúc năm tài chính, doanh nghiệp nộp',
      'relative|P90D@fiscal-year-end',
    ],
    // Bộ luật Lao động 2019
    ['Trong thời hạn 14 ngày làm việc kể từ ngày chấm dứt hợp đồng lao động', 'relative|P14D@contract-termination'],
    [
      'thông báo công khai cho người lao động biết trong thời hạn 15 ngày kể từ ngày được thông qua',
      'relative|P15D@approval',
    ],
    // Luật Cư trú 2020
    ['trong thời hạn 12 tháng kể từ ngày đủ điều kiện đăng ký', 'relative|P12M@eligibility'],
    ['gửi báo cáo kết quả chậm nhất 05 ngày sau khi kết thúc đợt kiểm tra', 'relative|P5D@inspection'],
    // bodies dev hcm-snv-2025-chothuelai-laodong
    ['Trong thời hạn 30 ngày kể từ ngày rút tiền ký quỹ để thanh toán', 'relative|P30D@deposit-withdrawal'],
  ])('%s', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });

  it('reads "thông quan" (customs clearance) as no approval (corpus dev btc-2014-12-luathaiquan-huongdan)', () => {
    expect(
      keys('7.2. Đối với hàng hóa đã được thông quan: trong thời hạn 60 ngày kể từ ngày thông quan và trước thời điểm'),
    ).toEqual([]);
  });
});

describe('the words before a span', () => {
  it.each([
    // Nghị định 67/2019/NĐ-CP
    ['trong thời hạn không quá 10 ngày làm việc kể từ ngày nhận được văn bản phê duyệt', 'relative|P10D@receipt'],
    // Thông tư 07/2019/TT-BTC: the number spelled out in brackets
    ['trong thời hạn 05 (năm) ngày làm việc kể từ ngày nhận được văn bản đề nghị', 'relative|P5D@receipt'],
    [
      'Thời gian ra quyết định hoàn thuế không quá 01 (một) ngày làm việc kể từ ngày nhận được hồ sơ',
      'relative|P1D@receipt',
    ],
    // Luật Xử lý vi phạm hành chính 2012: a term of an act
    ['Thời hạn thi hành quyết định là 10 ngày, kể từ ngày nhận quyết định xử phạt', 'relative|P10D@receipt'],
    ['thì thời hạn ra quyết định xử phạt tối đa là 30 ngày, kể từ ngày lập biên bản', 'relative|P30D@record'],
    ['Trong thời hạn 24 giờ, kể từ khi lập biên bản, người lập biên bản phải báo cáo', 'relative|PT24H@record'],
  ])('%s', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });
});

describe('Luật Phá sản 2014 and Luật Đầu tư 2020 (the second batch)', () => {
  it('reads who receives named before "nhận được"', () => {
    expect(keys('nhưng không quá 10 ngày làm việc kể từ ngày người nộp đơn nhận được thông báo')).toEqual([
      'relative|P10D@receipt',
    ]);
  });

  it('reads "kể từ ngày được phân công" as an assignment', () => {
    expect(
      keys('Trong thời hạn 03 ngày làm việc kể từ ngày được phân công, Thẩm phán phải xem xét đơn yêu cầu'),
    ).toEqual(['relative|P3D@assignment']);
  });

  it('reads a list item that opens with the span ("trong thời hạn sau đây: a) 05 ngày làm việc kể từ ...")', () => {
    expect(keys('a) 05 ngày làm việc kể từ ngày nhận được văn bản chấp thuận chủ trương đầu tư;')).toEqual([
      'relative|P5D@receipt',
    ]);
  });

  it('reads no deadline in a span that frames a right, and keeps one that frames a duty', () => {
    expect(
      keys(
        'Trong thời hạn 03 ngày làm việc kể từ ngày nhận được quyết định chuyển đơn thì người nộp đơn hoặc Tòa án nhân dân được chuyển đơn có quyền đề nghị Chánh án Tòa án nhân dân cấp trên trực tiếp xem xét lại việc chuyển đơn.',
      ),
    ).toEqual([]);
    expect(
      keys(
        'Trong thời hạn 03 ngày làm việc kể từ ngày nhận được đơn, Chánh án phải ra quyết định; người nộp đơn có quyền khiếu nại.',
      ),
    ).toEqual(['relative|P3D@receipt']);
  });
});

describe('a span before the event', () => {
  it('Luật Ngân sách nhà nước 2025: "chậm nhất là 20 ngày trước ngày khai mạc kỳ họp"', () => {
    expect(keys('được gửi đến các đại biểu Quốc hội chậm nhất là 20 ngày trước ngày khai mạc kỳ họp Quốc hội')).toEqual(
      ['relative|-P20D@meeting'],
    );
  });

  it('bodies dev hcm-snv-2025-chothuelai-laodong: "trước ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc"', () => {
    expect(
      keys(
        'gửi hồ sơ đề nghị gia hạn giấy phép đến Sở Nội vụ trước ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc.',
      ),
    ).toEqual(['relative|-P60D@licence-expiry']);
  });
});

describe('no deadline', () => {
  it.each([
    // Luật Xử lý vi phạm hành chính 2012: how long a measure lasts
    'Thời hạn hoãn thi hành quyết định xử phạt không quá 03 tháng, kể từ ngày có quyết định hoãn.',
    'Thời hạn tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề là 07 ngày, kể từ ngày tạm giữ.',
    // Luật Khiếu nại 2011: a limitation period and a date of effect
    'Thời hiệu khiếu nại là 90 ngày, kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính.',
    'Quyết định giải quyết khiếu nại lần hai có hiệu lực pháp luật sau 30 ngày, kể từ ngày ban hành',
    // "ngay sau khi ..." gives no span (as the gold of luongminh-2025-11-kehoach-hiepthuong)
    'Ngay sau khi nhận được quyết định, cơ quan Công an phải tổ chức áp giải đối tượng.',
  ])('%s', (text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('spans written in other ways (phrase variants of the convention, sources named where quoted)', () => {
  it.each([
    // The event in brackets after the span.
    [
      'Đề nghị các đơn vị gửi báo cáo trong vòng 10 ngày làm việc (kể từ ngày nhận được văn bản này).',
      ['relative|P10D@receipt'],
    ],
    // The number spelled out first, its figures in brackets (a services contract: "Bên A sẽ thanh toán cho Bên B trong
    // vòng mười lăm (15) ngày kể từ ngày nhận được hóa đơn hợp lệ").
    [
      'Bên A sẽ thanh toán cho Bên B trong vòng mười lăm (15) ngày kể từ ngày nhận được hóa đơn hợp lệ và các tài liệu nghiệm thu liên quan.',
      ['relative|P15D@receipt'],
    ],
    // The event first, the span after it.
    [
      'Kể từ ngày nhận được Công văn này, trong vòng 07 ngày, các đơn vị báo cáo kết quả về Sở.',
      ['relative|P7D@receipt'],
    ],
    // The document named before its approval.
    [
      'Trong thời hạn 10 ngày kể từ ngày Nghị quyết này được thông qua, Ủy ban nhân dân tỉnh ban hành kế hoạch.',
      ['relative|P10D@approval'],
    ],
    ['Hoàn thành trong thời hạn 03 tháng kể từ ngày Kế hoạch được phê duyệt.', ['relative|P3M@approval']],
    // Given a task rather than assigned a case.
    [
      'Trong thời hạn 03 ngày làm việc kể từ ngày được giao nhiệm vụ, các đơn vị cử cán bộ tham gia Tổ công tác.',
      ['relative|P3D@assignment'],
    ],
    // The span under a label.
    ['Thời hạn hoàn thành: 30 ngày kể từ ngày ký Quyết định.', ['relative|P30D@issue']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('reads no span from a label that names how long a state lasts', () => {
    expect(keys('Thời hạn tạm giữ: 07 ngày, kể từ ngày tạm giữ.')).toEqual([]);
  });
});
