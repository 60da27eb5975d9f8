/**
 * Deadlines and report routes as real directives state them. Every sentence is quoted from an unlabelled
 * published directive (tnt305/tai_lieu_noi_bo, src/etl/dataset/<md5 of the page address>.md; none of them
 * in the corpus), shortened only where marked "...".
 */
import { extractDirective } from './extract-directive.js';
import { parseDeadlines } from './parse-deadlines.js';
import { reportRoutes } from './report-routes.js';

const deadlines = (text: string, year = '2025') => parseDeadlines(text, year).map(({ at: _at, ...d }) => d);
const keys = (text: string, year = '2025') =>
  deadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);
const targets = (text: string) => reportRoutes(text).map((r) => r.target);

describe('deadline phrasings of real directives', () => {
  it.each([
    [
      // Công điện 229/CĐ-TTg (2025): a weekday of each week, the hour written 15:00.
      'Văn phòng Chính phủ hướng dẫn các văn phòng bộ, ngành, địa phương mẫu báo cáo hàng tuần trước 15:00 ngày thứ Sáu hàng tuần và theo dõi, đôn đốc việc thực hiện Công điện này theo chức năng, nhiệm vụ được giao; kịp thời báo cáo Thủ tướng Chính phủ vào 15:00 ngày Chủ nhật hàng tuần để kịp thời chỉ đạo xử lý các vấn đề đột xuất phát sinh',
      ['recurring|FREQ=WEEKLY;BYDAY=FR', 'recurring|FREQ=WEEKLY;BYDAY=SU'],
    ],
    [
      // Công điện 225/CĐ-TTg (2025): within the day.
      'Bộ Tài chính xuất cấp, hỗ trợ gạo, vật tư theo đề nghị của các địa phương; ... hoàn thành ngay trong ngày 20 tháng 11 năm 2025.',
      ['absolute|2025-11-20'],
    ],
    [
      // Công điện 227/CĐ-TTg (2025): two deadlines in one item.
      'Bố trí chỗ ở tạm; huy động lực lượng quân đội, công an,... hỗ trợ Nhân dân sửa chữa nhà cửa, hoàn thành trước ngày 30/11/2025; xây mới, tái định cư cho các hộ có nhà bị sập đổ, trôi, hư hỏng nặng, hoàn thành trước ngày 31/01/2026.',
      ['absolute|2025-11-30', 'absolute|2026-01-31'],
    ],
    [
      // Kế hoạch 141/KH-UBND Bắc Ninh (2025): a day of each year in brackets after "hằng năm".
      'Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch triển khai thực hiện phù hợp với chức năng, nhiệm vụ, điều kiện thực tế của từng cơ quan, đơn vị, địa phương xong trong tháng 12/2025. Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11) hoặc theo đề nghị để tổng hợp, báo cáo theo quy định.',
      ['absolute|2025-12-31', 'recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15'],
    ],
    [
      // QĐ 2623/QĐ-TTg (2025), Kế hoạch: "Hằng năm" opening the reporting clause.
      'Hằng năm hoặc đột xuất báo cáo kết quả thực hiện về Bộ Công an để tổng hợp, báo cáo Thủ tướng Chính phủ.',
      ['recurring|FREQ=YEARLY'],
    ],
    [
      // Kế hoạch 624/KH-UBND Hà Tĩnh (2025): "Hằng năm," opening a yearly duty.
      'Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình trên địa bàn; tổ chức đánh giá sơ kết và tổng kết theo hướng dẫn của Sở Giáo dục và Đào tạo để tổng hợp, báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo.',
      ['recurring|FREQ=YEARLY'],
    ],
    [
      // Corpus dev dongthap-2025-11-kehoach-doimoi-congnghe: the frequency in brackets after "định kỳ".
      'Kiểm tra, đánh giá và điều chỉnh chính sách liên tục: định kỳ (hằng năm) đánh giá tiến độ và hiệu quả thực hiện các mục tiêu, nhiệm vụ',
      ['recurring|FREQ=YEARLY'],
    ],
    [
      // QĐ 1627/QĐ-UBND Quảng Ngãi (2025), Kế hoạch: the label after the task's sentence, a range of months.
      'Tham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho các thành viên Ban Chỉ đạo. Thời gian hoàn thành: Tháng 11 - 12/2025.',
      ['absolute|2025-12-31'],
    ],
    [
      // Same plan: a window under the label, read at its end.
      'Thời hạn hoàn thành: Từ ngày 01/01/2026 đến ngày 31/3/2026.',
      ['absolute|2026-03-31'],
    ],
    [
      // Kế hoạch 617/KH-UBND Đồng Tháp (2025), its table: "Quí" and a hyphen before the year.
      'Thời gian hoàn thành: Quí IV-2025',
      ['absolute|2025-12-31'],
    ],
    [
      // QĐ 2623/QĐ-TTg (2025), Kế hoạch: a span of years under the label.
      '- Thời gian thực hiện: năm 2026 - 2027.',
      ['absolute|2027-12-31'],
    ],
    [
      // Kế hoạch 141/KH-UBND Bắc Ninh (2025): a yearly duty under the label.
      '- Thời gian thực hiện: Hằng năm.',
      ['recurring|FREQ=YEARLY'],
    ],
    [
      // Công văn 171/CV-BCĐ (2025): "xong cuối tháng", "đến hết tháng", "đến hết năm".
      'Cấp ủy, chính quyền địa phương xác định đây là nhiệm vụ trọng tâm, cấp bách trước mắt và lâu dài, cần tập trung lãnh đạo, chỉ đạo, cơ bản tháo gỡ khó khăn xong cuối tháng 12 năm 2025 theo chỉ đạo của Tổng Bí thư Tô Lâm.',
      ['absolute|2025-12-31'],
    ],
    [
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương chỉ đạo thực hiện, bảo đảm đến hết tháng 12 năm 2025 giải quyết dứt điểm các khó khăn, vướng mắc ở cấp xã về 04 nội dung nêu trên.',
      ['absolute|2025-12-31'],
    ],
    [
      'Tập trung lãnh đạo, chỉ đạo thực hiện sát sao, đầy đủ, có hiệu quả các nhiệm vụ được phân cấp, phân quyền, phân định thẩm quyền ..., bảo đảm đến hết năm 2025 không còn có khó khăn, vướng mắc liên quan đến nhiệm vụ được phân cấp.',
      ['absolute|2025-12-31'],
    ],
    [
      // Công văn 6278/BVHTTDL-VP (2025): a quarter with a hyphen, and "trước" a bare date.
      'Khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định số 113/2013/NĐ-CP ngày 02/10/2013 của Chính phủ về hoạt động mỹ thuật để thực thi các phương án cắt giảm, đơn giản hóa TTHC đã được phê duyệt. Đảm bảo hoàn thành trong quý I/2026.',
      ['absolute|2026-03-31'],
    ],
    [
      'Tập trung số hóa 100% hồ sơ, tài liệu, kết quả giải quyết TTHC còn hiệu lực, hoàn thành trước 30/11/2025.',
      ['absolute|2025-11-30'],
    ],
    [
      // Chỉ thị 06/CT-UBND Quảng Trị (2025, dev): a day of each year.
      'Theo dõi, đôn đốc kết quả triển khai thực hiện của địa phương, đơn vị, tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.',
      ['recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25'],
    ],
    [
      // Kế hoạch 0130/KH-UBND Đắk Lắk (2025, dev): hours after the flood recedes, a range read at its end.
      'Xử lý các điểm nước tù đọng trong 24-48 giờ sau khi nước rút',
      ['relative|PT48H@floodwater-recession'],
    ],
    [
      // Kế hoạch giám sát bầu cử (2025, dev): a window ending at an hour.
      '- Công tác vận động bầu cử: Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026.',
      ['absolute|2026-03-14'],
    ],
    [
      // Công văn 10283/SNV-LĐTLBHXH TP.HCM (2025, bodies dev hcm-snv-2025-chothuelai-laodong): the half-yearly and the
      // yearly report's days, each a day of each year as the gold reads them.
      'Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12 theo đúng thời gian quy định.',
      ['recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20', 'recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20'],
    ],
    [
      // Công văn 174/CV-BCĐ (2025): a weekday between "trước" and the date, and a weekly report.
      'Ban Chỉ đạo của Chính phủ đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ quan tâm chỉ đạo thực hiện, kịp thời tháo gỡ khó khăn, vướng mắc cho địa phương và báo cáo kết quả thực hiện về Ban Chỉ đạo của Chính phủ (qua Bộ Nội vụ) trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần để tổng hợp, báo cáo cấp có thẩm quyền theo quy định.',
      ['absolute|2025-12-03', 'recurring|FREQ=WEEKLY'],
    ],
    [
      // Same letter: a term label without a colon.
      'các Bộ, cơ quan ngang Bộ khẩn trương rà soát, ban hành các văn bản hướng dẫn tổ chức thực hiện ... Thời hạn hoàn thành chậm nhất ngày 25/12/2025.',
      ['absolute|2025-12-25'],
    ],
    [
      // Kế hoạch 0129/KH-UBND Đắk Lắk (2025): an hour of each day, the minutes marked ’ (BYHOUR, as the gold of
      // corpus dev daklak-2025-11-kehoach-nhuyeupham-mualu reads it).
      'Phối hợp Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và UBND các xã, phường tổ chức vận chuyển hàng đến các cụm dân cư, thôn, buôn bị chia cắt; tổng hợp nhu cầu từ cơ sở, báo cáo UBND tỉnh trước 19h00’ hằng ngày và đột xuất khi cần thiết.',
      ['recurring|FREQ=DAILY;BYHOUR=19'],
    ],
    [
      // Kế hoạch 556/KH-UBND Đồng Tháp (2025).
      'Định kỳ hàng năm, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này về Bộ Nông nghiệp và Môi trường, đồng gửi Ủy ban nhân dân tỉnh theo dõi.',
      ['recurring|FREQ=YEARLY'],
    ],
    [
      // Công văn 4001/UBND-ĐT TP.HCM (2025) prints "ngày 04/ 11/2009": a space after the slash, here in a deadline.
      'gửi báo cáo về Sở Nông nghiệp và Môi trường trước ngày 04/ 11/2025.',
      ['absolute|2025-11-04'],
    ],
  ])('reads "%s"', (text, expected) => expect(keys(text)).toEqual(expected));

  it.each([
    // QĐ 1627/QĐ-UBND Quảng Ngãi (2025): the window ends at an event, no date.
    'Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.',
    // Kế hoạch 172/KH-UBND TP.HCM (2025): an open span.
    '- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.',
    // Kế hoạch 141/KH-UBND Bắc Ninh (2025): ongoing.
    'Thời gian thực hiện: Thường xuyên.',
    // Chỉ thị 09/CT-UBND Cần Thơ (2025): a yearly resolution is no duty.
    'đảm bảo duy trì tỷ lệ số dân nông thôn sử dụng nước hợp vệ sinh theo Nghị quyết hằng năm của Hội đồng nhân dân thành phố.',
    // Công điện 226/CĐ-TTg (2025): "24/24" is no date.
    'Chỉ đạo các đơn vị dự trữ quốc gia sẵn sàng phương tiện, nhân lực để vận chuyển, giao nhận hàng dự trữ quốc gia 24/24.',
  ])('finds no deadline in "%s"', (text) => expect(keys(text)).toEqual([]));

  it('reads "hoàn thành trong Quý IV-2025" as the fourth quarter, not the first', () => {
    expect(
      keys('Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp, hoàn thành trong Quý IV-2025.'),
    ).toEqual(['absolute|2025-12-31']);
  });
});

describe('report routes of real directives', () => {
  it.each([
    [
      // Công điện 225/CĐ-TTg (2025): two bodies after "báo cáo", the first followed by a comma.
      'Bộ Nông nghiệp và Môi trường phối hợp chặt chẽ với các địa phương, khẩn trương thống kê toàn bộ thiệt hại về người, tài sản, hạ tầng để tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ.',
      ['Chính phủ', 'Thủ tướng Chính phủ'],
    ],
    [
      // QĐ 2623/QĐ-TTg (2025): what the receiver does next ("để tổng hợp, báo cáo ...") is not this route.
      'Hằng năm hoặc đột xuất báo cáo kết quả thực hiện về Bộ Công an để tổng hợp, báo cáo Thủ tướng Chính phủ.',
      ['Bộ Công an'],
    ],
    [
      // Công điện (dev ttg-2025-11): a body and a list of ministries after "các Bộ:".
      'Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính, Nông nghiệp và Môi trường trước 17 giờ ngày 27/11/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ.',
      ['Văn phòng Chính phủ', 'các Bộ: Tài chính, Nông nghiệp và Môi trường'],
    ],
    [
      // Công điện 229/CĐ-TTg (2025): the name ends before when ("vào 15:00 ...").
      'kịp thời báo cáo Thủ tướng Chính phủ vào 15:00 ngày Chủ nhật hàng tuần để kịp thời chỉ đạo xử lý các vấn đề đột xuất phát sinh',
      ['Thủ tướng Chính phủ'],
    ],
    [
      // Chỉ thị cải cách TTHC (dev daklak-2025-11): the name ends before what is reported ("về tình hình").
      'Theo dõi, quản lý, kiểm tra, đôn đốc và báo cáo Chủ tịch UBND tỉnh về tình hình, kết quả công tác triển khai',
      ['Chủ tịch UBND tỉnh'],
    ],
    [
      // Kế hoạch quan trắc (dev thanhhoa-2025-11): ... and before what the body then submits onward.
      'Lập dự toán kinh phí báo cáo Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền xem xét, phê duyệt',
      ['Sở Nông nghiệp và Môi trường'],
    ],
    [
      // Kế hoạch 172/KH-UBND TP.HCM (2025; dev/hcm-2025-11-kehoach-luat-vieclam): "(thông qua ...)" is the channel,
      // kept as written (its gold).
      'Thủ trưởng các sở, ban, ngành và Ủy ban nhân dân phường, xã, đặc khu chịu trách nhiệm triển khai, thực hiện Kế hoạch này và báo cáo kết quả thực hiện về Ủy ban nhân dân Thành phố (thông qua Sở Nội vụ để tổng hợp).',
      ['Ủy ban nhân dân Thành phố (thông qua Sở Nội vụ)'],
    ],
    [
      // Kế hoạch 141/KH-UBND Bắc Ninh (2025).
      'Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp) kết quả thực hiện Kế hoạch hằng năm (trước ngày 15 tháng 11) hoặc theo đề nghị để tổng hợp, báo cáo theo quy định.',
      ['UBND tỉnh (qua Sở Tư pháp)'],
    ],
    [
      // Kế hoạch 0125/KH-UBND Đắk Lắk (2025).
      'Hồ sơ trình, đề nghị Thủ tướng Chính phủ, Chủ tịch UBND tỉnh xem xét tặng Bằng khen cho các tập thể, cá nhân gửi về Sở Nội vụ (qua Phòng Xây dựng chính quyền) trước ngày 31/3/2026 để tổng hợp, thẩm định.',
      ['Sở Nội vụ (qua Phòng Xây dựng chính quyền)'],
    ],
    [
      // Chỉ thị 09/CT-UBND Cần Thơ (2025).
      'Thực hiện rà soát, thống kê tất cả các công trình khai thác nước dưới đất trên địa bàn, hoàn thành trước ngày 31/12/2025 và tổng hợp báo cáo về Sở Nông nghiệp và Môi trường.',
      ['Sở Nông nghiệp và Môi trường'],
    ],
    [
      // QĐ 1627/QĐ-UBND Quảng Ngãi (2025): a copy to others in brackets is not part of the name, but a route of its own.
      'Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê theo từng loại tài sản theo đúng hướng dẫn của Bộ Tài chính; báo cáo kết quả bằng văn bản gửi về Sở Tài chính (đồng gửi các cơ quan quan tham mưu quản lý ngành, lĩnh vực tại Mục 1.3).',
      ['Sở Tài chính', 'các cơ quan quan tham mưu quản lý ngành, lĩnh vực tại Mục 1.3'],
    ],
    [
      // Đại hội chi bộ (dev vnua-2020-04): the name ends before "việc".
      'Chi bộ đăng ký lại lịch đại hội với Văn phòng Đảng ủy (trước ngày 2/5/2020) và báo cáo Đảng ủy việc tổ chức đại hội.',
      ['Văn phòng Đảng ủy', 'Đảng ủy'],
    ],
    [
      // Công văn 174/CV-BCĐ (2025): "(qua ...)" kept, the route ends before the weekday and date.
      'báo cáo kết quả thực hiện về Ban Chỉ đạo của Chính phủ (qua Bộ Nội vụ) trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần để tổng hợp, báo cáo cấp có thẩm quyền theo quy định.',
      ['Ban Chỉ đạo của Chính phủ (qua Bộ Nội vụ)'],
    ],
    [
      // Kế hoạch 160/KH-UBND Cần Thơ (2025): "Chương trình" inside a name is no submission ("trình").
      'Báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường về kết quả giám sát, đánh giá theo quy định.',
      ['Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố', 'Sở Nông nghiệp và Môi trường'],
    ],
    [
      // Same plan: the route ends before what the receiver does ("tổng hợp, báo cáo ...").
      'Báo cáo kết quả thực hiện đối với các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình do Sở, ngành chủ trì, quản lý, tham gia thực hiện gửi Sở Nông nghiệp và Môi trường tổng hợp, báo cáo theo quy định.',
      ['Sở Nông nghiệp và Môi trường'],
    ],
    [
      // Công văn 4169/UBND-VX TP.HCM (2025): a long object between "gửi" and "về".
      'Các cơ quan, tổ chức, đơn vị gửi hồ sơ đề nghị đánh giá, xếp loại chất lượng đối với các tập thể lãnh đạo, quản lý và các chức danh thuộc diện Ban Thường vụ Thành ủy quản lý (theo hướng dẫn của Ban Tổ chức Thành ủy) về Sở Nội vụ trước ngày 05 tháng 12 năm 2025 để tổng hợp, trình cấp có thẩm quyền theo quy định.',
      ['Sở Nội vụ'],
    ],
    [
      // Kế hoạch 556/KH-UBND Đồng Tháp (2025): a copy sent to a second body ("đồng gửi").
      'Định kỳ hàng năm, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này về Bộ Nông nghiệp và Môi trường, đồng gửi Ủy ban nhân dân tỉnh theo dõi.',
      ['Bộ Nông nghiệp và Môi trường', 'Ủy ban nhân dân tỉnh'],
    ],
    [
      // Kế hoạch 171/KH-UBND TP.HCM (2025): the receiver's onward report after "để tổng hợp" is not the route.
      'Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo công tác Bình đẳng giới năm 2025 và báo cáo kết quả thực hiện Tháng hành động năm 2025 về Sở Nội vụ trước ngày 16 tháng 12 năm 2025 để tổng hợp báo cáo Bộ Nội vụ, Ủy ban nhân dân Thành phố theo quy định.',
      ['Sở Nội vụ'],
    ],
  ])('reads "%s"', (text, expected) => expect(targets(text)).toEqual(expected));

  it('keeps "Ngân hàng Nhà nước" whole (a route ends before "hằng năm", not at "hàng")', () => {
    expect(targets('Định kỳ gửi báo cáo về Ngân hàng Nhà nước Việt Nam hằng năm.')).toEqual([
      'Ngân hàng Nhà nước Việt Nam',
    ]);
  });
});

describe('a deadline sentence after the requirement', () => {
  /** Body lines under a minimal header (a 2025 document to the units). */
  const body = (lines: string[]) =>
    extractDirective(
      ['Số: 1/SNV', 'Hà Nội, ngày 02 tháng 12 năm 2025', 'Kính gửi: Các doanh nghiệp.', ...lines].join('\n'),
    ).directive;

  it('closes the requirement when the report is named before "gửi trước ngày"', () => {
    // Công văn 10283/SNV-LĐTLBHXH TP.HCM (2025), its reporting duty and the sentence that dates it.
    const d = body([
      'Sở Nội vụ đề nghị các doanh nghiệp thực hiện báo cáo định kỳ 6 tháng, hàng năm tình hình hoạt động cho thuê lại lao động theo Mẫu số 09/PLIII Phụ lục III ban hành kèm theo Nghị định số 145/2020/NĐ-CP gửi Chủ tịch Ủy ban nhân dân cấp tỉnh, Sở Nội vụ nơi doanh nghiệp đặt trụ sở chính. Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12 theo đúng thời gian quy định.',
    ]);
    expect(d.requirements).toHaveLength(1);
    expect(d.requirements[0].deadlines.map((x) => x.date ?? x.rrule)).toEqual([
      'FREQ=MONTHLY;INTERVAL=6',
      'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20',
      'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20',
    ]);
  });

  it('closes the requirement with "Đảm bảo hoàn thành trong ..."', () => {
    // Công văn 6278/BVHTTDL-VP (2025), item 4 as one paragraph.
    const d = body([
      'Đề nghị Cục Mỹ thuật, Nhiếp ảnh và Triển lãm khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định số 113/2013/NĐ-CP ngày 02/10/2013 của Chính phủ về hoạt động mỹ thuật để thực thi các phương án cắt giảm, đơn giản hóa TTHC đã được phê duyệt. Đảm bảo hoàn thành trong quý I/2026.',
    ]);
    expect(d.requirements).toHaveLength(1);
    expect(d.requirements[0].deadlines.map((x) => x.date)).toEqual(['2026-03-31']);
  });
});
