/**
 * Deadlines the corpus dev gold carries that the rules did not read (bench: "gold deadlines on their requirement"), each
 * with the document's sentence, and the same shapes in other published texts (source named beside each), with
 * near-misses that must stay unread.
 */
import { parseDeadlines } from './parse-deadlines.js';

const keys = (text: string, year: string | null = '2025') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('an hour of each day', () => {
  it.each([
    [
      // Corpus dev daklak-2025-11-kehoach-nhuyeupham-mualu, IV.1.3.
      'Phối hợp Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và UBND các xã, phường tổ chức vận chuyển hàng đến các cụm dân cư, thôn, buôn bị chia cắt; tổng hợp nhu cầu từ cơ sở, báo cáo UBND tỉnh trước 19h00’ hằng ngày và đột xuất khi cần thiết',
      ['recurring|FREQ=DAILY;BYHOUR=19'],
    ],
    [
      // Same plan, IV.10.2: twice a day, the hours in brackets.
      'Huy động nguồn lực xã hội hóa tại chỗ; báo cáo 02 lần/ngày (trước 9h00’ và 16h00’) về tình hình tiếp nhận, cấp phát gửi UBND tỉnh (qua Sở Công Thương)',
      ['recurring|FREQ=DAILY;BYHOUR=9,16'],
    ],
    [
      // Công điện of the Prime Minister on floods (route-mined.spec.ts): a whole hour.
      'Cập nhật tình hình, gửi Văn phòng Chính phủ, Bộ Nông nghiệp và Môi trường, Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia trước 13 giờ hằng ngày để tổng hợp báo cáo cấp thẩm quyền',
      ['recurring|FREQ=DAILY;BYHOUR=13'],
    ],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('reads an afternoon hour on the 24-hour clock and keeps the minutes', () => {
    expect(keys('Gửi báo cáo trước 4 giờ chiều hằng ngày.')).toEqual(['recurring|FREQ=DAILY;BYHOUR=16']);
    expect(keys('Báo cáo hằng ngày (trước 15 giờ 30) về Sở Y tế.')).toEqual([
      'recurring|FREQ=DAILY;BYHOUR=15;BYMINUTE=30',
    ]);
  });

  it('reads no hour where none is printed', () => {
    expect(keys('- Báo cáo tổng hợp hàng ngày gửi UBND tỉnh, Ban Chỉ huy Phòng chống thiên tai.')).toEqual([
      'recurring|FREQ=DAILY',
    ]);
  });
});

describe('a first report by a date, then one every month', () => {
  it('reads both (corpus dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5, III.5.h)', () => {
    expect(
      keys(
        'Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại cổ phần quyết liệt triển khai hiệu quả, đúng trọng tâm, trọng điểm Chương trình tín dụng 500 nghìn tỷ đồng, nhằm hỗ trợ, thúc đẩy phát triển hạ tầng chiến lược và công nghệ số, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 11 năm 2025 và hàng tháng; rà soát điều kiện, tiêu chuẩn, tiêu chí thanh tra kiểm soát chặt chẽ dòng tiền đi đúng mục tiêu',
      ),
    ).toEqual(['absolute|2025-11-20', 'recurring|FREQ=MONTHLY']);
  });

  it('reads no recurrence from "và" before a year that is no date', () => {
    expect(keys('Tổng kết giai đoạn 2021 - 2025 và hàng năm tổ chức hội nghị.')).toEqual([]);
  });
});

describe('the yearly report beside the half-yearly one', () => {
  it('reads "và năm (trước ngày ...)" after "6 tháng (trước ngày ...)"', () => {
    // The shape of "Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12" (bodies dev
    // hcm-snv-2025-chothuelai-laodong), with the days in brackets.
    expect(keys('Định kỳ báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) về Sở Nội vụ.')).toEqual([
      'recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15',
      'recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15',
    ]);
  });

  it('reads "báo cáo tổng kết năm trước ngày ..."', () => {
    expect(keys('Báo cáo sơ kết 6 tháng trước ngày 10/6 và báo cáo tổng kết năm trước ngày 10/12.')).toEqual([
      'recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10',
      'recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10',
    ]);
  });

  it('reads "trước ngày ... đối với báo cáo năm" (Cục Trợ giúp pháp lý, thông báo of 20/3/2017)', () => {
    expect(
      keys(
        'Báo cáo gửi về Cục TGPL theo 02 hình thức: bằng văn bản có chữ ký, đóng dấu của đơn vi hoặc văn bản điện tử dạng ảnh (định dạng pdf) và thư điện tử: ctgpl@moj.gov.vn trước ngày 25/06 đối với báo cáo 06 tháng; trước ngày 28/11 đối với báo cáo năm.',
        '2017',
      ),
    ).toEqual(['recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=25', 'recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=28']);
  });

  it('keeps the report of a given year a date', () => {
    expect(keys('Gửi báo cáo năm 2025 trước ngày 15/12/2025.')).toEqual(['absolute|2025-12-15']);
  });
});

describe('a term named before "là ngày"', () => {
  it.each([
    ['Hạn gửi báo cáo là ngày 15/12/2025.', ['absolute|2025-12-15']],
    ['Thời hạn hoàn thành là ngày 30 tháng 11 năm 2025.', ['absolute|2025-11-30']],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));

  it('reads no term of a state ("Thời hạn sử dụng là ngày ...")', () => {
    expect(keys('Thời hạn sử dụng là ngày 30/11/2025.')).toEqual([]);
  });
});

describe("a task's goal and the year it must be met by", () => {
  it.each([
    [
      // Corpus dev dongthap-2025-11-kehoach-doimoi-congnghe, III.1.4.
      'Tập trung hỗ trợ các doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến, công nghệ số trong sản xuất, kinh doanh, phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực hiện',
      ['absolute|2030-12-31'],
    ],
    [
      // Corpus dev ttg-2026-05-qd-kehoach-bhyt-toandan-ct52, II.5.1: two goals, two years.
      'Tập trung phát triển đối tượng tham gia bảo hiểm y tế, đẩy mạnh bao phủ bảo hiểm y tế theo hộ gia đình để đạt mục tiêu tới năm 2026 tỷ lệ bao phủ bảo hiểm y tế đạt trên 95,5% dân số, đến năm 2030 đạt mục tiêu bao phủ bảo hiểm y tế toàn dân',
      ['absolute|2026-12-31', 'absolute|2030-12-31'],
    ],
  ])('%s', (text, expected) => expect(keys(text, '2026')).toEqual(expected));

  it.each([
    // Corpus dev vpcp-2025-11-tbkl-daklak: a plan's horizon.
    'Thực hiện Quy hoạch mạng lưới đường bộ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt',
    // Corpus dev hanoi-2025-11-kehoach-5g-iot-kcn: the name of a plan.
    'Xây dựng Kế hoạch phát triển hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030',
  ])('reads no goal in "%s"', (text) => expect(keys(text)).toEqual([]));
});

describe('a report due in the year in brackets', () => {
  it('reads each year (corpus dev dongthap-2025-11-kehoach-doimoi-congnghe, VI.2.2)', () => {
    expect(
      keys(
        'Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ trước ngày 30/11 hằng năm. Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035), gửi Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ',
      ),
    ).toEqual(['recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30', 'absolute|2030-12-31', 'absolute|2035-12-31']);
  });

  it('reads no period a review covers ("Tổng kết 10 năm thực hiện Nghị quyết (từ năm 2015 đến năm 2025)")', () => {
    expect(keys('Tổng kết 10 năm thực hiện Nghị quyết (từ năm 2015 đến năm 2025)')).toEqual([]);
  });
});

describe('what is organised every year, "hằng năm" closing the clause', () => {
  it.each([
    // Corpus dev hcm-2025-11-qd-kehoach-csdl-quyhoach, II.5.2.
    'Lập kế hoạch sao lưu, phục hồi dữ liệu và tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố hàng năm',
    // Corpus dev ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu, VI.1.c.
    'Chủ trì điều tra, đánh giá nhu cầu đào tạo, bồi dưỡng nhân lực trong lĩnh vực năng lượng nguyên tử theo từng năm, làm cơ sở xây dựng, phê duyệt, rà soát, điều chỉnh và tổ chức thực hiện kế hoạch đào tạo, bồi dưỡng hằng năm và trung hạn',
    // Corpus dev hcm-2025-11-qd-kehoach-ruiro-thientai-congdong, V.1.8.
    'Tổ chức đánh giá, báo cáo kết quả thực hiện Đề án hàng năm và tổng kết sau khi kết thúc Đề án',
  ])('%s', (text) => expect(keys(text)).toEqual(['recurring|FREQ=YEARLY']));

  it.each([
    // Corpus dev hcm-2025-11-qd-kehoach-ruiro-thientai-congdong: a yearly course others attend.
    'Tổ chức phổ biến nội dung nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng trong phòng, chống thiên tai cho cán bộ, công chức, viên chức, người lao động tham gia bồi dưỡng kiến thức quốc phòng và an ninh hàng năm',
    // Corpus dev cantho-2025-11-kehoach-phongchong-matuy: "tổ chức" the noun.
    'huy động sức mạnh của toàn xã hội, sự vào cuộc quyết liệt của cả hệ thống chính trị, các tổ chức kinh tế - xã hội và toàn dân tham gia phòng, chống ma túy; lấy hiệu quả công tác phòng, chống ma túy trên địa bàn được giao phụ trách là một chỉ tiêu quan trọng để đánh giá, xếp loại cán bộ hằng năm',
    // Quyết định 35/2024/QĐ-UBND Hà Nội (mined set 3): an occasion's ceremony.
    '2. Thành phố tổ chức biểu dương, khen thưởng các cá nhân đạt danh hiệu “Công dân Thủ đô ưu tú” vào dịp kỷ niệm ngày Giải phóng Thủ đô (10/10) hàng năm.',
    // Corpus dev ttg-2018-06-qd-kehoach-chithi14-nguoicocong: the yearly plan.
    'Chủ trì chỉ đạo, tổ chức các hoạt động văn hóa, nghệ thuật, theo kế hoạch hàng năm và dài hạn',
  ])('reads no yearly duty in "%s"', (text) => expect(keys(text)).toEqual([]));
});

describe('the day a text the task makes must take effect, and a time that opens a task', () => {
  it.each([
    [
      // Corpus dev cp-2026-05-nq-phienhop-thuongky-thang4, PL.18.b.
      'Khẩn trương trình 06 Nghị định hướng dẫn các Luật và 01 Quyết định của Thủ tướng Chính phủ về ban hành danh mục bí mật nhà nước ngành Thanh tra để có hiệu lực từ 01 tháng 7 năm 2026',
      ['absolute|2026-07-01'],
    ],
    [
      // Same resolution, II.3.c.
      'Tập trung rà soát hệ thống pháp luật chuyên ngành liên quan đến các nội dung đã được phân cấp, phân quyền, phân định thẩm quyền để kịp thời sửa đổi, bổ sung hoặc ban hành mới và có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2027 theo quy định tại Luật Tổ chức Chính phủ',
      ['absolute|2027-03-01'],
    ],
    [
      // Same resolution, PL.3.k: the quarter that opens the task, before its comma.
      'Trong quý II năm 2026, nghiên cứu, ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành và triển khai hiệu quả các giải pháp',
      ['absolute|2026-06-30'],
    ],
    // Near-misses: which laws take effect (same resolution, II.3.b), a law's history.
    [
      'Khẩn trương xây dựng các văn bản quy định chi tiết các luật, nghị quyết có hiệu lực từ ngày 01 tháng 7 năm 2026',
      [],
    ],
    ['Luật hải quan được Quốc hội thông qua ngày 23/6/2014 và có hiệu lực thi hành từ ngày 01/01/2015', []],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));
});

describe('a result published, a share that must be reached, the whole done in a year', () => {
  it.each([
    [
      // Corpus dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5, III.3.(2).
      'Bộ Công an tổng hợp, thẩm định, đánh giá lại và xếp hạng chất lượng các cơ sở dữ liệu trên phạm vi toàn quốc; công bố kết quả trong năm 2026',
      ['absolute|2026-12-31'],
    ],
    [
      // Same notice, III.5.a.(4).
      'đôn đốc các doanh nghiệp viễn thông phủ sóng 5G trên phạm vi toàn quốc, phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%)',
      ['absolute|2025-12-31'],
    ],
    [
      // Same notice, III.5.e.
      'hướng dẫn các bộ, ngành, địa phương thực hiện số hoá bằng cấp, chứng chỉ, số hoá 100% dữ liệu văn bằng, chứng chỉ trong năm 2026',
      ['absolute|2026-12-31'],
    ],
    // Near-misses: a growth target (dev vpcp-2025-11-tbkl-daklak), a saving aimed at (dev
    // cp-2026-05-nq-phienhop-thuongky-thang4 PL.2.d), a task carried out in a year (dev khcn-phien5 III.5.đ).
    ['đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025 của Tỉnh', []],
    ['phấn đấu tiết kiệm điện tối thiểu 3,0% tổng điện năng tiêu thụ toàn quốc trong năm 2026', []],
    ['Khẩn trương thành lập đoàn công tác hỗ trợ 6 thành phố, triển khai thực hiện trong năm 2026', []],
  ])('%s', (text, expected) => expect(keys(text)).toEqual(expected));
});
