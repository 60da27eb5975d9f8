/**
 * Deadline sentences mined from published Vietnamese administrative texts that are not in samples/corpus (neither split),
 * quoted as printed (line breaks of the source kept where they fall inside a phrase), with what the gold conventions of
 * samples/corpus/README.md ("How gold is written", deadlines) make of them: `absolute|YYYY-MM-DD`, `recurring|RRULE`,
 * `relative|OFFSET@anchor`, or nothing for an event's date, a cited document's date, an entry into force or a period that
 * a report covers. `year` is the document's year (what a date without a year takes).
 *
 * Sources (tnt305/tai_lieu_noi_bo, src/etl/dataset/<first 16 hex of the MD5 of the page address>.md; web pages by address):
 * - CĐ219: Công điện 219/CĐ-TTg of 17/11/2025, 3143124c69d932d4.md
 * - CV6386: Công văn 6386/BVHTTDL-KHCNĐTMT of 25/11/2025, f0a3d9f100d0791b.md
 * - KH980: Kế hoạch 980/KH-UBND of Nghệ An, 18/11/2025, c5d930a5fc8373cd.md (completion column of its annex table)
 * - CV17899: Công văn 17899/BTC-VP of 18/11/2025, 6a58c855aa6d465c.md
 * - CV17809: Công văn 17809/BTC-CTK of 17/11/2025, 2d737276bf416017.md
 * - CV5526: Công văn 5526/CT-CS of 25/11/2025, c3581fb6fc76bf57.md
 * - CĐ221: Công điện 221/CĐ-TTg of 2025, c2fb3a9578fcdb7e.md
 * - CV7197: Công văn 7197/BKHCN-CĐSQG of 2025, 04a1d4cd730e7afe.md
 * - CV6225: Công văn 6225/BVHTTDL-VP of 18/11/2025, 987cadc82373c854.md (the completion column of its annex table)
 * - CV171: Công văn 171/CV-BCĐ of 21/11/2025, 65c9ecb9e2fa82c1.md (the crawl's emphasis marks kept)
 * - CV6278: Công văn 6278/BVHTTDL-VP of 20/11/2025, 7f6efa59099bb33b.md (the crawl's bold marks kept)
 * - KH982: Kế hoạch 982/KH-UBND of Nghệ An, 19/11/2025, 99c7d8fff9e4572e.md
 * - CV9162: Công văn 9162/BCT-TTTN of 20/11/2025, 0ef954a9d915b261.md
 * - NQ380: Nghị quyết 380/NQ-CP of 25/11/2025, a69069ae524315d9.md
 * - CĐ225: Công điện 225/CĐ-TTg of 20/11/2025, ac3686f6b1d64932.md
 * - CV4001: Công văn 4001/UBND-ĐT of Thành phố Hồ Chí Minh, 24/11/2025, 76415b3ed5295e94.md (its annex table)
 * - QNAM: http://baoquangnam.vn/cai-cach-hanh-chinh/tap-trung-xu-ly-dut-diem-cac-nhiem-vu-qua-han-90184.html (a Chủ tịch
 *   UBND tỉnh Quảng Nam directive quoted, 2020)
 * - TT02: Thông tư 02/2023/TT-BTTTT as quoted at https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/47277/thoi-han-gui-bao-cao-dinh-ky-trong-linh-vuc-thong-tin-truyen-thong
 * - TT03: Thông tư 03/2015/TT-BTTTT as quoted at https://ppdvn.gov.vn/web/guest/nhap-khau-thiet-bi-in?tab=2
 * - NLD: https://nld.com.vn/phap-luat/so-gtcc-noi-mang-thong-tin-giai-quyet-nguyen-vong-cu-tri-120709.htm
 * - PLO: http://plo.vn/thoi-su/chinh-phu-hop-thuong-ky-han-che-cu-nguoi-di-hop-thay-691303.html (a Văn phòng Chính phủ
 *   letter quoted)
 * - NQ86: Nghị quyết 86/NQ-CP of 4/11/2025 as quoted at https://baothanhhoa.vn/chinh-phu-trien-khai-nhiem-vu-trong-tam-de-hoan-thanh-cao-nhat-cac-chi-tieu-phat-trien-kinh-te-xa-hoi-2025-267767.htm
 * - NQ406: Nghị quyết 406/NQ-CP of 10/12/2025, https://uat.nhansu.vn/van-ban-phap-luat/Nghi-quyet-406-NQ-CP-2025-Phien-hop-Chinh-phu-thuong-ky-thang-11-684387.html
 * - TB304: Thông báo 304/TB-VPCP of 02/8/2023, https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-bao-304-TB-VPCP-2023-ket-luan-tai-Phien-hop-thu-nam-ngay-19-thang-7-574519.aspx
 * - QĐ41QT: Quyết định 41/2019/QĐ-UBND of Quảng Trị, https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html
 * - QĐ102ĐN: Quyết định 102/2006/QĐ-UBND of Đà Nẵng, https://caselaw.vn/van-ban-phap-luat/220323-quyet-dinh-so-102-2006-qd-ubnd-ngay-22-11-2006-ve-quy-dinh-ve-quan-ly-nha-nuoc-doi-voi-chi-nhanh-van-phong-dai-dien-cac-co-quan-don-vi-khac-cua-cac-to-chuc-thuoc-bo-nganh-trung-uong-va-cac-dia-phuong-khac-dong-tren-dia-ban-thanh-pho-da-nang-do-uy-ban-nhan-dan-thanh-pho-da-nang-ban-hanh-van-ban-het-hieu-luc
 * - QĐ1209HG: Quyết định 1209/QĐ-UBND of Hà Giang, https://thuviennhadat.vn/vbpl/quyet-dinh-1209-qd-ubnd-2013-quy-che-ban-chi-dao-cong-tac-dan-so-tinh-ha-giang-208300.html
 * - CT06: Chỉ thị 06/CT-TTg of 23/2/2026 as quoted at https://www.vietnamplus.vn/thu-tuong-don-doc-thuc-hien-nhiem-vu-trong-tam-sau-ky-nghi-tet-binh-ngo-post1095430.vnp
 * - ND126: Nghị định 126/2020/NĐ-CP, Điều 10 khoản 9, as quoted in a retrieval report (find_string "chậm nhất là ngày")
 * - TT02BTNMT: Thông tư 02/2022/TT-BTNMT, Điều 16, https://www.luatmoitruong.vn/thong-tu-02-2022-tt-btnmt/chuong-iii.-noi-dung-bvmt-trong-quy-hoach-tinh-dmc-dtm-gpmt-va-dkmt/muc-2.-danh-gia-tac-dong-moi-truong/dieu-16.-thoi-han-lay-y-kien-phe-duyet-ket-qua-tham-dinh-bao-cao-dtm-doi-doi-voi-du-an-dau-tu-co-ho
 * - DVCBĐ: a procedure of the Bình Định public-service portal, https://dichvucong.binhdinh.gov.vn/dichvucong/bothutuc/chiTietThuTuc?maThuTuc=34822
 * - DBK: Kế hoạch of Trường THCS và THPT Đốc Binh Kiều (Đồng Tháp) 2026, quoted in nmtric3docbinhkieu/windsurf-vanban-bot
 */
export interface MinedPhrase {
  source: string;
  text: string;
  year: string;
  expected: string[];
}

export const MINED_DEADLINES: MinedPhrase[] = [
  // ---- Dated deadlines ----
  {
    source: 'CV6386',
    year: '2025',
    text: 'Bộ VHTTDL yêu cầu các cơ sở đào tạo gửi báo cáo kết quả công\ntác tuyển sinh, tốt nghiệp năm 2024, 2025 (theo Phụ lục đính kèm Công văn này)\nvà phương hướng, kế hoạch triển khai nhiệm vụ năm học 2025 - 2026 về Vụ\nKHCNĐTMT, trước ngày 20/12/2025.',
    expected: ['absolute|2025-12-20'],
  },
  {
    source: 'CV6386',
    year: '2025',
    text: 'Kết quả các hoạt động gửi về Vụ KHCNĐTMT, trước ngày 31/12/2025.',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CV6386',
    year: '2025',
    text: 'báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026 gửi về Bộ\nVHTTDL số 51 đường Ngô Quyền, phường Cửa Nam, TP. Hà Nội trước ngày\n31/8/2026./.',
    expected: ['absolute|2026-08-31'],
  },
  {
    source: 'KH980',
    year: '2025',
    text: 'Thời gian hoàn thành: Trước ngày\n30/11/2025',
    expected: ['absolute|2025-11-30'],
  },
  {
    source: 'KH980',
    year: '2025',
    text: 'Thời gian hoàn thành: 2025',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CV17899',
    year: '2025',
    text: 'tổng hợp các câu hỏi của\ncấp xã về nội dung quản lý thuế trong thực thi công vụ gửi về Trường Bồi dưỡng\ncán bộ Kinh tế - Tài chính; đồng thời gửi thông tin theo hình thức trực tuyến *(hướng\ndẫn chi tiết tại các Phụ lục kèm theo Công văn)* **trước ngày 24/11/2025.**',
    expected: ['absolute|2025-11-24'],
  },
  {
    source: 'CV17809',
    year: '2025',
    text: 'đề nghị Quý Ủy ban gửi báo cáo đánh giá và các biểu số liệu về Bộ Tài chính (Cục\nThống kê)[1] qua Hệ thống quản lý\nvăn bản và hồ sơ công việc (edoc.gso.gov.vn), đồng thời gửi bản mềm qua địa chỉ\nemail *chậm nhất ngày 22/11/2025**.*',
    expected: ['absolute|2025-11-22'],
  },
  {
    source: 'QNAM',
    year: '2020',
    text: 'khẩn trương rà soát, triển khai ngay các nhiệm vụ UBND tỉnh đã giao theo đúng nội dung, tiến độ, chất lượng và báo cáo kết quả về Chủ tịch UBND tỉnh bằng văn bản trước ngày 20.7.2020.',
    expected: ['absolute|2020-07-20'],
  },
  {
    source: 'NQ86',
    year: '2025',
    text: 'khẩn trương hoàn thiện bảo đảm chất lượng, đúng tiến độ trình Trung ương, Bộ Chính trị, Ban Bí thư đối với 23 Đề án phải trình năm 2025; hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025 theo các kết luận của Lãnh đạo chủ chốt.',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CĐ221',
    year: '2025',
    text: 'Nghiên cứu, xây dựng các phương án hỗ trợ cụ thể\ncho doanh nghiệp bị ảnh hưởng bởi chính sách thuế đối ứng của Hoa Kỳ; hoàn\nthành trong tháng 11 năm 2025.',
    expected: ['absolute|2025-11-30'],
  },
  { source: 'CV6225', year: '2025', text: 'Thời hạn hoàn thành: Tháng 12/2025', expected: ['absolute|2025-12-31'] },
  { source: 'CV6225', year: '2025', text: 'Thời hạn hoàn thành: Tháng 11/2025', expected: ['absolute|2025-11-30'] },
  { source: 'CV6225', year: '2025', text: 'Thời hạn hoàn thành: 01/01/2026', expected: ['absolute|2026-01-01'] },
  { source: 'CV6225', year: '2025', text: 'Thời hạn hoàn thành: 01/03/2026', expected: ['absolute|2026-03-01'] },
  { source: 'CV6225', year: '2025', text: 'Thời hạn hoàn thành: 31/12/2025', expected: ['absolute|2025-12-31'] },
  {
    source: 'CV171',
    year: '2025',
    text: 'tăng cường toàn diện cho cấp xã, bảo đảm đến\n*hết năm 2025* không còn có khó khăn, vướng mắc liên quan đến nhiệm\nvụ được phân cấp',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CV171',
    year: '2025',
    text: 'cần tập trung lãnh đạo, chỉ\nđạo, cơ bản tháo gỡ khó khăn xong cuối tháng 12 năm 2025 theo chỉ đạo của Tổng\nBí thư Tô Lâm.',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CV171',
    year: '2025',
    text: 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực\nthuộc Trung ương khẩn trương chỉ đạo thực hiện, bảo đảm đến *hết tháng 12\nnăm 2025* giải quyết dứt điểm các khó khăn, vướng mắc ở cấp xã về 04 nội\ndung nêu trên./.',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CV6278',
    year: '2025',
    text: 'có quy định TTHC liên quan đến hoạt động\nsản xuất, kinh doanh thuộc phạm vi quản lý của Bộ VHTTDL, đảm bảo **hoàn thành\ntrong tháng 12/2025**.',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CV6278',
    year: '2025',
    text: 'Phối hợp với Bộ Tài chính\nđưa nội dung thực thi Phương án vào Luật sửa đổi bổ sung một số điều của 37 Luật\ncó liên quan đến quy hoạch. Đảm bảo **hoàn thành thực thi trong năm 2026.**',
    expected: ['absolute|2026-12-31'],
  },
  {
    source: 'CV6278',
    year: '2025',
    text: 'để thực thi các phương án cắt giảm, đơn giản hóa TTHC đã được phê duyệt.\nĐảm bảo **hoàn thành trong quý I/2026.**',
    expected: ['absolute|2026-03-31'],
  },
  {
    source: 'CV6278',
    year: '2025',
    text: 'Khẩn trương hoàn thành thực\nthi phương án đơn giản hóa TTHC đã được phê duyệt tại Quyết định số 1015/QĐ-TTg\ncủa Thủ tướng Chính phủ theo đúng lộ trình được giao hoàn thành trong năm 2025.',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CV6278',
    year: '2025',
    text: 'Trường hợp có\nđề xuất khác, khẩn trương báo cáo cấp có thẩm quyền xem xét, phê duyệt, đảm bảo\n**hoàn thành nhiệm vụ trước ngày 15/12/2025.**',
    expected: ['absolute|2025-12-15'],
  },
  {
    source: 'CV6278',
    year: '2025',
    text: 'Tập trung số hóa 100% hồ\nsơ, tài liệu, kết quả giải quyết TTHC còn hiệu lực, **hoàn thành trước\n30/11/2025.**',
    expected: ['absolute|2025-11-30'],
  },
  {
    source: 'CV9162',
    year: '2025',
    text: 'Điều chỉnh giá bán các mặt hàng xăng dầu: Do\nthương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu quy định\nnhưng không sớm hơn 15 giờ 00’ ngày 20 tháng 11 năm 2025 đối với mặt hàng tăng\ngiá, không muộn hơn 15 giờ 00’ ngày 20 tháng 11 năm 2025 đối với mặt hàng giảm\ngiá.',
    expected: ['absolute|2025-11-20'],
  },
  {
    source: 'NQ380',
    year: '2025',
    text: 'b) Thời gian hỗ trợ: Từ nay đến\nhết ngày 31 tháng 12 năm 2025.',
    expected: ['absolute|2025-12-31'],
  },
  {
    source: 'CĐ225',
    year: '2025',
    text: 'trước mắt cho tỉnh Khánh Hòa, Lâm Đồng\nmỗi tỉnh khoảng 200 tỷ đồng; Gia Lai, Đắk Lắk mỗi tỉnh khoảng 150 tỷ đồng, hoàn\nthành ngay trong ngày 20 tháng 11 năm 2025.',
    expected: ['absolute|2025-11-20'],
  },
  // ---- Recurring deadlines ---- (an hour of each day is BYHOUR, as corpus dev daklak-2025-11-kehoach-nhuyeupham-mualu's
  // gold reads it)
  {
    source: 'CĐ219',
    year: '2025',
    text: 'Cập nhật tình hình, gửi Văn phòng Chính phủ, Bộ\nNông nghiệp và Môi trường, Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia trước\n13 giờ hằng ngày để tổng hợp báo cáo cấp thẩm quyền.',
    expected: ['recurring|FREQ=DAILY;BYHOUR=13'],
  },
  {
    source: 'CĐ219',
    year: '2025',
    text: 'Chủ trì, phối hợp với các Bộ, cơ quan có liên\nquan tổng hợp, cập nhật tình hình, công tác ứng phó, khắc phục hậu quả mưa lũ,\ngửi Văn phòng Chính phủ trước 15 giờ hằng ngày để tổng hợp, báo cáo cấp có thẩm\nquyền.',
    expected: ['recurring|FREQ=DAILY;BYHOUR=15'],
  },
  {
    source: 'KH980',
    year: '2025',
    text: 'Hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy Phòng thủ dân sự\ntỉnh qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp, báo cáo.',
    expected: ['recurring|FREQ=YEARLY'],
  },
  {
    source: 'KH980',
    year: '2025',
    text: 'Thời gian hoàn thành: Tháng 12 hằng năm',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31'],
  },
  {
    source: 'CV5526',
    year: '2025',
    text: 'Cập nhật, báo cáo Cục hàng ngày kết\nquả xử lý, đồng thời gửi Ban Chính sách, Thuế quốc tế',
    expected: ['recurring|FREQ=DAILY'],
  },
  {
    source: 'TT02',
    year: '2023',
    text: 'Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng;',
    expected: ['recurring|FREQ=MONTHLY;BYMONTHDAY=15'],
  },
  {
    source: 'TT02',
    year: '2023',
    text: 'Chậm nhất ngày 06 (sáu) của tháng cuối quý đối với báo cáo định kỳ hằng quý,',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=6'],
  },
  {
    source: 'TT02',
    year: '2023',
    text: 'Chậm nhất ngày 25 (hai mươi lăm) tháng 11 (mười một) đối với báo cáo định kỳ hằng năm.',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25'],
  },
  {
    source: 'TT02',
    year: '2023',
    text: 'Chậm nhất ngày 08 (tám) tháng 06 (sáu) đối với báo cáo định kỳ 06 (sáu) tháng',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=8'],
  },
  {
    source: 'TT03',
    year: '2015',
    text: 'Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=10'],
  },
  {
    source: 'TT03',
    year: '2015',
    text: 'Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm báo cáo.',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10'],
  },
  {
    source: 'NLD',
    year: '2012',
    text: 'Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị và phòng ban được phân công phải cập nhật kết quả giải quyết nguyện vọng cử tri trên mạng của tháng trước',
    // A window of days of each month, read at its end (as "từ ngày ... đến ngày 15/12/2025").
    expected: ['recurring|FREQ=MONTHLY;BYMONTHDAY=5'],
  },
  {
    source: 'NLD',
    year: '2012',
    text: 'từ ngày 5 đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra, xác nhận giải quyết và tổng hợp báo cáo kết quả cho giám đốc sở.',
    expected: ['recurring|FREQ=MONTHLY;BYMONTHDAY=10'],
  },
  {
    source: 'PLO',
    year: '2016',
    text: 'chủ động chuẩn bị báo cáo, đề án được phân công theo chương trình công tác của Chính phủ, Thủ tướng Chính phủ, gửi về Văn phòng Chính phủ chậm nhất ngày 25 của tháng trước tháng tổ chức phiên họp.',
    expected: ['recurring|FREQ=MONTHLY;BYMONTHDAY=25'],
  },
  {
    source: 'ND126',
    year: '2020',
    text: 'Lệ phí môn bài: a) Thời hạn nộp lệ phí môn bài chậm nhất là ngày 30 tháng 01 hàng năm.',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=30'],
  },
  // ---- Relative deadlines ----
  {
    source: 'TT02BTNMT',
    year: '2022',
    text: 'Trong thời hạn tối đa 05 ngày làm việc, kể từ ngày nhận được văn bản lấy ý kiến của cơ quan thẩm định báo cáo đánh giá tác động môi trường, cơ quan nhà nước quản lý công trình thủy lợi có trách nhiệm có ý kiến bằng văn bản',
    expected: ['relative|P5D@receipt'],
  },
  {
    source: 'DVCBĐ',
    year: '2025',
    text: 'Trường hợp hồ sơ theo đúng quy định, trong thời hạn không quá 01 ngày làm việc kể từ ngày nhận được hồ sơ, Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính thuộc Ủy ban nhân dân cấp huyện ban hành văn bản tiếp nhận',
    expected: ['relative|P1D@receipt'],
  },
  {
    source: 'DVCBĐ',
    year: '2025',
    text: 'Trường hợp hồ sơ chưa đúng quy định, trong thời hạn không quá 03 ngày làm việc kể từ ngày nhận được hồ sơ, Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính thuộc Ủy ban nhân dân cấp huyện có trách nhiệm hướng dẫn một lần bằng văn bản',
    expected: ['relative|P3D@receipt'],
  },
  {
    source: 'DVCBĐ',
    year: '2025',
    text: 'Không quá 10 ngày làm việc kể từ nhận được đầy đủ hồ sơ theo quy định, Phòng Nông nghiệp và Môi trường có trách nhiệm thẩm định xong hồ sơ',
    expected: ['relative|P10D@receipt'],
  },
  // ---- No deadline: events, cited documents, entry into force, periods covered ----
  {
    source: 'CĐ219',
    year: '2025',
    text: 'do ảnh hưởng của không khí lạnh và gió đông hoạt động mạnh, từ 07\ngiờ ngày 16 đến 13 giờ ngày 17/11/2025 tại các địa phương từ Hà Tĩnh đến Khánh\nHòa đã có mưa rất to',
    expected: [],
  },
  {
    source: 'CĐ219',
    year: '2025',
    text: 'Theo tổng hợp\ncủa cơ quan chức năng đến tối ngày 17/11/2025, mưa lũ và sạt lở đất đã làm 12\nngười chết và mất tích',
    expected: [],
  },
  {
    source: 'CĐ219',
    year: '2025',
    text: 'Tiếp theo các Công điện số 217/CĐ-TTg ngày\n16/11/2025 và số 218/CĐ-TTg ngày 17/11/2025, để chủ động ứng phó',
    expected: [],
  },
  {
    source: 'CĐ219',
    year: '2025',
    text: 'khôi phục hoạt động hoạt động sản xuất kinh\ndoanh ngay sau khi lũ rút.',
    expected: [],
  },
  {
    source: 'CV6386',
    year: '2025',
    text: 'Thực\nhiện Thông báo số 460/TB-VPCP ngày 04/9/2025 về Kết luận của Thủ tướng Chính phủ\nPhạm Minh Chính tại Hội nghị tổng kết năm học 2024 - 2025',
    expected: [],
  },
  {
    source: 'CV6386',
    year: '2025',
    text: 'Quyết định số 3399/QĐ-BVHTTDL ngày 23/9/2025 của Bộ trưởng Bộ\nVHTTDL phê duyệt Chương trình mục tiêu quốc gia về phát triển văn hóa giai đoạn\n2025 - 2035, giai đoạn I: từ năm 2025 đến năm 2030.',
    expected: [],
  },
  {
    source: 'CV6386',
    year: '2025',
    text: 'Tổ\nchức ít nhất một sự kiện, hoạt động văn hóa/nghệ thuật/thể thao hoặc công bố\ncông trình nghiên cứu/sản phẩm sáng tạo có tính lan tỏa cao trong 70 ngày thi\nđua, nhằm phục vụ công tác truyền thông chính sách',
    expected: [],
  },
  {
    source: 'KH980',
    year: '2025',
    text: 'Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025\ncủa Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Nghị định số\n200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ',
    expected: [],
  },
  {
    source: 'KH980',
    year: '2025',
    text: 'Kinh phí thực hiện Kế hoạch được bố trí trong dự\ntoán chi ngân sách hàng năm của sở, ban, ngành, tổ chức chính trị - xã hội',
    expected: [],
  },
  { source: 'KH980', year: '2025', text: 'Thời gian hoàn thành: Thường xuyên', expected: [] },
  { source: 'KH980', year: '2025', text: 'Thời gian hoàn thành: Sau khi có Quy chế\ncủa TW', expected: [] },
  { source: 'KH980', year: '2025', text: 'Thời gian hoàn thành: Theo Kế hoạch\nriêng', expected: [] },
  {
    source: 'CV17899',
    year: '2025',
    text: 'Thời gian: 01 buổi sáng, ngày 26/11/2025, bắt đầu\ntừ 08h00’.',
    expected: [],
  },
  {
    source: 'CV17899',
    year: '2025',
    text: 'Thời gian: 01 buổi chiều, ngày 27/11/2025, bắt đầu từ 13h30’.',
    expected: [],
  },
  {
    source: 'CV17809',
    year: '2025',
    text: 'Đối với số liệu ước tính quý IV năm 2025: là số\nliệu từ ngày 01/10 đến ngày 20/11 của năm báo cáo',
    expected: [],
  },
  {
    source: 'CV17809',
    year: '2025',
    text: 'Đối với số liệu ước tính năm 2025: là số liệu từ\nngày 01/01 đến ngày 20/11 của năm báo cáo',
    expected: [],
  },
  {
    source: 'CV17809',
    year: '2025',
    text: 'cung cấp số liệu theo đơn vị hành chính cấp tỉnh cũ (63 tỉnh, thành phố) về Bộ\nTài chính (Cục Thống kê) phục vụ rà soát, biên soạn số liệu GDP, GRDP sơ bộ quý\nIII, 9 tháng và ước tính quý IV, cả năm 2025',
    expected: [],
  },
  {
    source: 'CV5526',
    year: '2025',
    text: 'hướng\ndẫn tại công văn số 4328/CT-CS ngày 10/10/2025, công văn số 4952/CT-CS ngày 05/11/2025\ncủa Cục Thuế gửi Thuế các tỉnh, thành phố',
    expected: [],
  },
  {
    source: 'TT03',
    year: '2015',
    text: 'Số liệu báo cáo 6 tháng đầu năm tính từ ngày 01/01 đến ngày 30/06 của năm báo cáo',
    expected: [],
  },
  {
    source: 'TT03',
    year: '2015',
    text: 'Số liệu báo cáo cả năm tính từ ngày 01/01 đến 31/12 của năm báo cáo',
    expected: [],
  },
  {
    source: 'TT02',
    year: '2023',
    text: 'Xem chi tiết tại Thông tư 02/2023/TT-BTTTT có hiệu lực từ ngày 01/6/2023.',
    expected: [],
  },
  {
    source: 'PLO',
    year: '2016',
    text: 'Thời gian tổ chức phiên họp Chính phủ thường kỳ sẽ được bố trí vào khoảng thời gian từ ngày 1 đến ngày 3 hằng tháng.',
    expected: [],
  },
  {
    source: 'NQ406',
    year: '2025',
    text: 'kết luận của Thủ tướng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 11 năm 2025, tổ chức vào ngày 06 tháng 12 năm 2025.',
    expected: [],
  },
  {
    source: 'TB304',
    year: '2023',
    text: 'Ngày 19 tháng 7 năm 2023, tại trụ sở Chính phủ, Thủ\ntướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính (CCHC)\ncủa Chính phủ đã chủ trì Phiên họp thứ năm của Ban Chỉ đạo',
    expected: [],
  },
  {
    source: 'TB304',
    year: '2023',
    text: 'trình bày báo cáo công tác CCHC 6 tháng đầu năm 2023 và\nphương hướng, nhiệm vụ 6 tháng cuối năm 2023 của Ban Chỉ đạo',
    expected: [],
  },
  {
    source: 'QĐ41QT',
    year: '2019',
    text: 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019, thay thế Quyết định số 1090/QĐ-UBND ngày 01/6/2015 của UBND tỉnh Quảng Trị',
    expected: [],
  },
  {
    source: 'QĐ102ĐN',
    year: '2008',
    text: 'Kể từ ngày 22-12-2008, Quyết định số 102/2006/QĐ-UBND ngày 22/11/2006 Về Quy định về quản lý nhà nước đối với chi nhánh, văn phòng đại diện ... bị bãi bỏ, thay thế bởi Quyết định số 54/2008/QĐ-UBND ngày 12/12/2008',
    expected: [],
  },
  {
    source: 'QĐ1209HG',
    year: '2013',
    text: 'Quyết định này có hiệu lực kể từ ngày\nký ban hành./.',
    expected: [],
  },
  {
    source: 'CT06',
    year: '2026',
    text: 'Thủ tướng Chính phủ Phạm Minh Chính ký ban hành Chỉ thị số 06/CT-TTg ngày 23/2/2026 về việc đôn đốc thực hiện nhiệm vụ trọng tâm sau kỳ nghỉ Tết Nguyên đán Bính Ngọ năm 2026.',
    expected: [],
  },
  {
    source: 'CT06',
    year: '2026',
    text: 'các bộ, cơ quan, địa phương, các lực lượng chức năng đã tổ chức thực hiện nghiêm Chỉ thị số 55-CT/TW ngày 22/12/2025 của Ban Bí thư, các Nghị quyết của Chính phủ và Chỉ thị số 36/CT-TTg ngày 31/12/2025 của Thủ tướng Chính phủ',
    expected: [],
  },
  {
    source: 'DBK',
    year: '2026',
    text: 'Kế hoạch này có hiệu lực thi hành kể từ ngày ký và được áp dụng trong toàn thể cán bộ quản lý, giáo viên, nhân viên và học sinh Trường THCS và THPT Đốc Binh Kiều trong năm học 2026 - 2027.',
    expected: [],
  },
  {
    source: 'CĐ221',
    year: '2025',
    text: 'Từ đầu năm 2025 đến nay, Chính phủ, Thủ tướng Chính\nphủ đã có nhiều văn bản chỉ đạo, các Bộ, cơ quan, địa phương đã nỗ lực, cố gắng',
    expected: [],
  },
  {
    source: 'CĐ221',
    year: '2025',
    text: 'giải quyết các vướng mắc về các hiệp định FTA hiện có và\nkhẩn trương đàm phán, ký kết các FTA mới trong cuối năm 2025 và đầu năm 2026\n(với Pakistan, Kuwait, Trung Đông, Brazil, Nam Mỹ, Algeria...).',
    expected: [],
  },
  {
    source: 'CĐ221',
    year: '2025',
    text: 'xây dựng kế hoạch sản xuất kinh doanh, xuất nhập khẩu hiệu\nquả, linh hoạt trong những tháng cuối năm',
    expected: [],
  },
  {
    source: 'CV7197',
    year: '2025',
    text: 'Ngày 15/10/2025, Cơ\nquan thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi\nmới sáng tạo và chuyển đổi số đã có văn bản số 07-TB/CQTTBCĐ',
    expected: [],
  },
  {
    source: 'CV7197',
    year: '2025',
    text: 'tại Hội nghị sơ kết tình\nhình triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trong quý\nIII/2025 và nhiệm vụ, giải pháp trọng tâm cuối năm 2025.',
    expected: [],
  },
  {
    source: 'CV6225',
    year: '2025',
    text: 'Thời hạn hoàn thành: Theo lộ trình được giao tại Kế hoạch số\n02-KH/BCĐTW',
    expected: [],
  },
  {
    source: 'CV6225',
    year: '2025',
    text: 'Công văn số 3430/BVHTTDL-VP ngày 14/7/2025 của Bộ Văn hóa, Thể thao và Du lịch\nvề việc tập trung ưu tiên nguồn lực, phấn đấu hoàn thành nhiệm vụ trọng tâm 6\ntháng cuối năm 2025 về phát triển khoa học, công nghệ',
    expected: [],
  },
  {
    source: 'CV6225',
    year: '2025',
    text: 'xác định kết quả thực\nhiện nhiệm vụ là một trong những tiêu chí hàng đầu để đánh giá, xếp loại mức độ\nhoàn thành nhiệm vụ của tập thể, cá nhân, nhất là người đứng đầu trong năm\n2025.',
    expected: [],
  },
  {
    source: 'CV6225',
    year: '2025',
    text: 'DANH MỤC CÁC NHIỆM VỤ, GIẢI\nPHÁP TRỌNG TÂM TRIỂN KHAI TRONG NHỮNG THÁNG CUỐI NĂM 2025',
    expected: [],
  },
  {
    source: 'CV171',
    year: '2025',
    text: 'ý kiến chỉ đạo của Đồng\nchí Tổng Bí thư Tô Lâm tại cuộc họp Bộ Chính trị ngày 14/11/2025, Ban chỉ đạo của\nChính phủ về sắp xếp đơn vị hành chính các cấp',
    expected: [],
  },
  {
    source: 'CV6278',
    year: '2025',
    text: 'Thủ tướng Chính phủ đã ban\nhành Công điện số 220/CĐ-TTg ngày 18/11/2025 chỉ đạo tập trung hoàn thành thực\nthi các phương án cắt giảm, đơn giản hóa thủ tục hành chính (TTHC), điều kiện\nkinh doanh (ĐKKD) năm 2025.',
    expected: [],
  },
  {
    source: 'KH982',
    year: '2025',
    text: 'Đợt thi đua được triển khai thực hiện từ ngày ban\nhành Kế hoạch đến khi tổ chức thành công Đại hội đại biểu toàn quốc lần thứ XIV\ncủa Đảng.',
    expected: [],
  },
  {
    source: 'KH982',
    year: '2025',
    text: 'chào mừng “Kỷ niệm 80 năm ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam”\n(06/01/1946 - 06/01/2026); Phong trào thi đua đổi mới sáng tạo và chuyển đổi số...',
    expected: [],
  },
  {
    source: 'KH982',
    year: '2025',
    text: 'quyết tâm phấn đấu hoàn thành toàn\ndiện các nhiệm vụ kinh tế - xã hội năm 2025 và giai đoạn 2021 - 2025, lập thành\ntích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    expected: [],
  },
  {
    source: 'CV9162',
    year: '2025',
    text: 'Căn cứ thực tế diễn biến giá thành phẩm xăng dầu thế\ngiới kể từ ngày 13 tháng 11 năm 2025 đến hết ngày 19 tháng 11 năm 2025 (sau đây\ngọi tắt là kỳ công bố) và căn cứ nguyên tắc tính giá cơ sở',
    expected: [],
  },
  {
    source: 'CV9162',
    year: '2025',
    text: 'Trích lập và chi sử dụng Quỹ Bình ổn giá xăng dầu\nđối với các mặt hàng xăng dầu tại Mục 1 nêu trên: Áp dụng từ 15 giờ 00’ ngày 20\ntháng 11 năm 2025.',
    expected: [],
  },
  {
    source: 'CV9162',
    year: '2025',
    text: 'Kể từ 15 giờ 00’ ngày 20 tháng 11 năm 2025, là thời\nđiểm Bộ Công Thương công bố giá cơ sở kỳ công bố tại Công văn này cho đến trước\nngày Bộ Công Thương công bố giá cơ sở kỳ kế tiếp',
    expected: [],
  },
  {
    source: 'NQ380',
    year: '2025',
    text: 'Ủy ban nhân dân thành phố Hà\nNội, thành phố Hồ Chí Minh, thành phố Hải Phòng và tỉnh Quảng Ninh trực tiếp hỗ\ntrợ chi viện ... theo chỉ đạo của Bộ Chính trị tại\nThông báo Kết luận số 99- TB/TW ngày 21 tháng 11 năm 2025.',
    expected: [],
  },
  {
    source: 'NQ380',
    year: '2025',
    text: 'tại các địa bàn thuộc khu vực miền Trung bị ảnh hưởng bởi bão số 12, 13 và mưa\nlũ tháng 10, tháng 11 năm 2025, bao gồm các tỉnh, thành phố trực thuộc Trung\nương',
    expected: [],
  },
  {
    source: 'NQ380',
    year: '2025',
    text: 'phấn đấu tăng trưởng kinh tế cả năm 2025 đạt trên 8% và năm 2026 đạt từ\n10% trở lên',
    expected: [],
  },
  {
    source: 'CĐ225',
    year: '2025',
    text: 'tiếp tục\ntập trung chỉ đạo ứng phó và khắc phục nhanh hậu quả mưa lũ theo chỉ đạo của\nThủ tướng Chính phủ tại các Công điện số 217/CĐ-TTg ngày 16/11/2025; số\n218/CĐ-TTg ngày 16/11/2025; số 219/CĐ-TTg ngày 17/11/2025',
    expected: [],
  },
  {
    source: 'CV4001',
    year: '2025',
    text: 'Giấy phép thăm dò số 01/GP-UBND ngày 12/01/2007 của UBND TP, thời hạn\n06 tháng',
    expected: [],
  },
];
