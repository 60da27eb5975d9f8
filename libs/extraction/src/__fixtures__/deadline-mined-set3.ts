/**
 * Mined set 3 (2 December 2026): deadline sentences and near-misses from published Vietnamese directives that are not in
 * samples/ (checked by number and symbol against samples/corpus/index.md and samples/bodies/README.md) and not quoted in
 * deadline-phrases.ts or relative-deadlines.tsv. Quoted as printed, line breaks kept (OCR slips of the scans kept too);
 * "..." marks a cut. Each was labelled by hand, after the gold conventions of samples/corpus/README.md ("How gold is
 * written", deadlines), before the parser was run on it: `absolute|YYYY-MM-DD`, `recurring|RRULE`,
 * `relative|OFFSET@anchor`, or nothing. `year` is the document's year; `near` marks a near-miss (a date that is no
 * deadline: a cited document's date, an entry into force, an event, a period, a count "đến ngày" ...).
 *
 * Sources:
 * - CT11: Chỉ thị 11/CT-TTg of 4/3/2020 (OCR of the signed scan), teije05-art/clone-pjj-tax-legal-22dec
 *   data/tax_legal/tax_database/08_Tax_Administration/Documents/Doc_Undated_Chi_thi_11_2019_CTTTgGiai.md
 * - NQ95HG: Nghị quyết 95/NQ-HĐND of Hà Giang (chất vấn, kỳ họp thứ Năm khóa XVII, 2017), hoangmd2410/RAG_DEMO
 *   data/95-nq-hđnd.md (also whole, __fixtures__/nq95-hdnd-hagiang-2017.txt)
 * - NQ94HG: Nghị quyết 94/NQ-HĐND of Hà Giang (chương trình giám sát 2018), hoangmd2410/RAG_DEMO data/94-nq-hđnd.md
 * - NQ89HG: Nghị quyết 89/NQ-HĐND of Hà Giang (quy hoạch tài nguyên nước, 2017), hoangmd2410/RAG_DEMO data/89-nq-hđnd.md
 * - NQ80GL: Nghị quyết of HĐND tỉnh Gia Lai (chương trình giám sát 2018, 13/7/2017), hoangmd2410/RAG_DEMO data/80-nq-hđnd.md
 * - QĐ35HN: Quyết định 35/2024/QĐ-UBND of Hà Nội (Quy chế "Công dân Thủ đô ưu tú"), hoangmd2410/RAG_DEMO data/35.2024.md
 * - QĐ64HN: Quyết định 64/2024/QĐ-UBND of Hà Nội, hoangmd2410/RAG_DEMO data/VanBanGoc_64.2024.md
 * - QĐ22: Quyết định 22/2013/QĐ-TTg (hỗ trợ nhà ở người có công), TuanHuu168/CongBot data/22_2013_QĐ_TTg/chunk_8.md,
 *   chunk_9.md
 * - CV4302: Công văn 4302/TCT-TTr of 5/11/2018 (OCR), teije05-art/clone-pjj-tax-legal-22dec
 *   .../CV_2018_11_05_CV_4302_05112018_TCT_Bao_cao.md
 * - CV1046: Công văn 1046/TCT-TTKT of 12/3/2020 (OCR), teije05-art/clone-pjj-tax-legal-22dec
 *   .../CV_2020_03_12_CV_104612032020TCTTrien_khai.md
 * - BRVT: Công văn 2539/UBND-SNV of Bà Rịa - Vũng Tàu (8/5/2012) as listed at
 *   http://cchc.baria-vungtau.gov.vn/tin-tuc-su-kien/-/view_content/content/203311/xay-dung-ke-hoach-cai-cach-hanh-chinh-hang-nam-va-bao-cao-cai-cach-hanh-chinh
 * - GDHCM: a Sở GDĐT TP. Hồ Chí Minh letter (January 2019) as quoted at
 *   http://thanhhoa24h.net.vn/tphcm-hau-het-cac-don-vi-chua-bao-cao-chi-tieu-tuyen-sinh-nam-hoc-2019-2020-theo-quy-dinh-a134822.html
 * - GDQT: a Sở GDĐT Quảng Trị letter (8/10/2020) as reported at https://tinhuyquangtri.vn/Article/ViewList.aspx?mid=2560&pageid=420&pagenumber=317
 * - BNVXA: a Bộ Nội vụ direction on the new communes (2025) as reported at https://thanhnienonline.com/tag/hanh-chinh
 * - LCAI: https://baolaocai.vn/phieu-lay-y-kien-tag33502.html (2025)
 * - CT16: Chỉ thị 16/2001/CT-TTg, https://luatvietnam.vn/tai-chinh/chi-thi-16-2001-ct-ttg-thu-tuong-chinh-phu-12132-d1.html
 * - QĐ1421: Quyết định 1421/QĐ-BTC of 15/7/2022 (OCR), teije05-art/clone-pjj-tax-legal-22dec
 *   data/tax_legal/tax_database/02_VAT/E-Invoice/Doc_Undated_QD_1421_15722_BTC_Danh_muc.md
 * - CV4800: Công văn 4800/TCT-TTr of October 2016 (OCR), teije05-art/clone-pjj-tax-legal-22dec
 *   .../CV_1016_01_17_CV_4800171016TCTTang_cuong.md
 * - NQ26BRVT: Nghị quyết 26/NQ-HĐND of Bà Rịa - Vũng Tàu (chất vấn, 13/7/2017), hoangmd2410/RAG_DEMO data/26-nq-hđnd.md
 * - TTG2008: a Prime Minister's direction before Tết Mậu Tý (2008) as reported at
 *   http://plo.vn/thoi-su/chinh-tri/cac-bo-nganh-dia-phuong-bao-cao-thu-tuong-truoc-ngay-122-272472.html
 * - HCM2021: a TP. Hồ Chí Minh direction (April 2021) as reported at
 *   https://thanhnien.vn/thoi-su/tphcm-doi-ten-de-an-chuyen-mot-so-huyen-thanh-quan-1367651.html
 * - CV6202QT: Công văn 6202/UBND-KT of Quảng Trị (23/11/2023) as quoted at https://www.quangtri.gov.vn (Đối thoại doanh
 *   nghiệp, question 1701398290308)
 * - VNN2026: https://vietnamnet.vn/ban-tin-vietnamnet-4-1-tu-1-3-bat-dong-san-co-ma-dinh-danh-dien-tu-pre2478594.html
 * - CDTT: https://chuyendongthitruong.vn/c/tai-chinh-ngan-hang?page=2 (2025)
 * - NQCP2025: a Government resolution of August 2025 as reported at
 *   https://phapluatphattrien.vn/chi-dao-moi-cua-chinh-phu-ve-trien-khai-thuc-hien-van-hanh-mo-hinh-chinh-quyen-dia-phuong-02-cap-d4408.html
 */
export interface MinedDeadline {
  source: string;
  year: string;
  text: string;
  expected: string[];
  /** A near-miss: the sentence prints a date (or a month, quarter, year) that is no deadline. */
  near?: boolean;
}

export const MINED_SET_3: MinedDeadline[] = [
  // ---- CT11: a Prime Minister's directive, tasks closed by "trong tháng 3 năm 2020" and "trước ngày ..." ----
  {
    source: 'CT11',
    year: '2020',
    text: '- Trình Chính phủ ban hành Nghị định về gia hạn nộp thuế và tiền thuê\nđất cho déi tượng chịu ảnh hưởng bởi dịch Covid-19, báo cáo Chính phủ, Thủ\ntướng Chính phủ trong tháng 3 năm 2020.',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: '- Rà soát, đề xuất cấp có thẩm quyền các giải pháp. về thuế và chỉ ngân\nsách nhà nước, trước hết. là gói hỗ trợ khoảng 30 nghìn tỷ đồng dé góp phần tháo\ngỡ khó khăn cho sản xuất kinh doanh, bảo đảm an sinh xã hội ứng phó với dịch\nCovid-19, trình Thủ tướng Chính phủ trong tháng 3 năm 2020.',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'd) Bảo hiểm xã hội Việt Nam chủ trì, phối hợp với các cơ quan liên quan\nhướng dẫn thực hiện tạm dừng đóng bảo hiểm xã hội đối với các đối tượng bị\nảnh hưởng bởi dịch Covid-19 đến hết : tháng 6 hoặc thang 12 năm 2020 và không\ntính lãi phạt chậm nộp theo thấm quyền và quy định của pháp luật.',
    expected: [],
    near: true,
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'a) Bộ Giao thông vận tải chủ trì, phối hợp với các cơ quan liên quan chỉ\nđạo, hướng dẫn ngay các đơn vị kinh doanh cắt giảm thủ tục hành chính, giảm\nchi phi logistics hàng hải, hàng không, đường bộ, đường thủy nội địa, đường\nsắt..., báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: '- Chỉ đạo cơ quan thuế, cơ quan hải quan xem xét không tổ chức kiểm tra\nđịnh kỳ trong năm 2020 đối với các doanh nghiệp không có dấu hiệu vi phạm để\ntạo điều kiện cho doanh nghiệp tập trung giải quyết khó khăn, duy trì hoạt dong\nsản xuất kinh doanh; đồng thời không dé doanh nghiệp lợi dụng chủ trương này\nvi phạm pháp luật.',
    expected: [],
    near: true,
  },
  {
    source: 'CT11',
    year: '2020',
    text: '- Khan trương báo cáo Chính phủ trong tháng 3 năm 2020 để trình Ủy ban\nThường vụ Quốc hội dự thảo Nghị quyết điều chỉnh nâng mức giảm trừ gia cảnh\ncủa thuế thu nhập cá nhân, góp phần giảm nghĩa vụ thuế cho người dân.',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: '- Xây dựng hồ sơ dự án Nghị quyết của Quốc hội về một số chính sách\nthuế thu nhập doanh nghiệp, hỗ trợ doanh nghiệp nhỏ và vừa, trình Chính phủ\ntrong tháng 3 năm 2020.',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'c) Thanh tra Chính phủ, Thanh tra các Bộ, ngành, địa phương thực hiện\nnghiêm Chi thị sô 20/CT-TTg ngày 17 tháng 5 năm 2017 của Thủ tướng Chính\nphủ, không thanh tra ngoài kê hoạch, trừ trường hợp đặc biệt được giao.',
    expected: [],
    near: true,
  },
  {
    source: 'CT11',
    year: '2020',
    text: '- Trong phạm vi và lĩnh vực quản lý, rà soát để ban hành theo thẩm quyền\nviệc giảm phí, lệ phí đối với các đối tượng chịu ảnh hưởng bởi dịch bệnh, hoặc\nđề xuất phương án giảm phí, lệ phí và gửi về Bộ Tài chính trước ngày 15 tháng\n3 năm 2020 để tông hợp, xử lý.',
    expected: ['absolute|2020-03-15'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: '- Chưa thực hiện điều chỉnh tăng giá trong Quý I và Quý II năm 2020 đối\nvới các mặt hàng là đầu vào cho sản xuất của doanh nghiệp do Nhà nước định\ngiá thuộc lĩnh vực quản lý.',
    expected: [],
    near: true,
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'động bán lẻ; báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'kiện cần thiết, chủ động triển khai các kế hoạch, giải pháp xuất khẩu hàng hoá\nsang thị tường EU sau khi Hiệp định EVFTA có hiệu lực (từ giữa năm 2020),\nbáo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'khẩu chính ngạch sang thị trường Trung Quốc và các nước khác; nghiên cứu cơ hội\nvà chuyên đôi phương thức kinh doanh tiêu thụ, xuất khẩu các ngành nông, lâm,\nthủy sản chủ lực; trình Thủ tướng Chính phủ trước ngày 20 tháng 3 năm 2020.',
    expected: ['absolute|2020-03-20'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'b) Bộ Ngoại giao chủ trì, phối hợp các Bộ: Văn hóa, Thể thao và Du lich,\nCông An, Tài chính và các cơ quan liên quan mở rộng diện xét và cải tiên thủ\ntục cấp thị thực điện tử, đề xuất việc miễn phí thị thực đối với khách du lịch đi\ntheo Chương trình du lịch trọn gói đến hết năm 2020, trước hết là các vùng,\nquốc gia không có dịch, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.',
    // "đến hết năm 2020" is how long the visa waiver would last, not when the proposal is due.
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'a) Các bộ, cơ quan trung ương và địa phương khẩn trương hoàn thiện thủ\ntục đầu tư, giao hết kế hoạch vốn đầu tư nguồn ngân sách nha nước năm 2020\nngay trong tháng 3 năm 2020; đây nhanh tiến độ thực hiện và giải ngân kế hoạch\nvốn đầu tư công còn lại của năm 2019 và năm 2020 (bao gồm vốn ODA)',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: '- Chủ trì, phối hợp với Bộ Tài chính và các cơ quan liên quan chuẩn bị tổ\nchức Hội nghị trực tuyên toàn quốc của Chính phủ về đây. mạnh thực hiện giải\nngân vốn. đầu tư công trong tháng 3 năm 2020; trong đó thể hiện rõ trách nhiệm',
    // When the conference is held, not a due date (README: an event's date is no deadline).
    expected: [],
    near: true,
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'đoạn 2017 - 2020; xem xét việc áp dụng hình thức chỉ định nhà đầu tư, chỉ định\nthầu, bảo đảm chặt chẽ, đúng quy định của pháp luật để đây nhanh tiến độ thực\nhiện dự án, báo cáo Chính phủ trước ngày 15 tháng 3 năm 2020 để báo cáo cấp\ncó thâm quyền theo quy định.',
    expected: ['absolute|2020-03-15'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'xử lý các vướng mắc trong quá trình thực hiện; không được để thiếu điện cho\nsản xuất và đời sống trong giai đoạn 2021 - 2025.',
    expected: [],
    near: true,
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan,\nđịa phương khẩn trương tập trung xử lý, giải quyết các vướng mắc về lao động,\nbáo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020 các vân dé sau:',
    expected: ['absolute|2020-03-31'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'động phối hợp với các bộ, cơ quan liên quan xử lý những vướng mắc phát sinh,\nđịnh kỳ hàng thang báo cáo tình hình thực hiện, dé xuất giải pháp, gửi Bộ Kế\nhoạch và Đầu tư và Văn phòng Chính phủ trước ngày 20 hàng tháng để tổng\nhợp, báo cáo Chính phủ, Thủ tướng Chính phủ.',
    expected: ['recurring|FREQ=MONTHLY;BYMONTHDAY=20'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: '1. Quán triệt sâu sắc tỉnh thần chỉ đạo của Ban Bí thư Trung ương Đảng\ntại Công văn số 79-CV/TW ngày 30 tháng 01 năm 2020, chỉ đạo của Thủ tướng\nChính phủ tại Chỉ thị số 05/CT-TTg ngày 28 tháng 01 năm 2020, Chỉ thị số\n06/CT-TTg ngày 31 tháng 01 năm 2020',
    expected: [],
    near: true,
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'giải pháp cải thiện môi trường đầu tu kinh doanh, nâng cao năng lực cạnh tranh\ntheo tinh thần Nghị quyết sô 02/NQ-CP ngày 01 tháng 01 năm 2020 của Chính\nphủ; công bố công khai việc giải quyết thủ tục hành chính cho người dân, doanh\nnghiệp dé biết và giám sát thực hiện.',
    expected: [],
    near: true,
  },

  // ---- NQ95HG: an HĐND's questioning resolution, works to finish by a month, a quarter, a date ----
  {
    source: 'NQ95HG',
    year: '2017',
    text: '- Xem xét sớm phê duyệt quy\nhoạch điều chỉnh Kế hoạch sử dụng đất giai đoạn 2016 - 2020 của tỉnh, ngay sau\nkhi các danh mục dự án có thu hồi đất năm 2018 được HĐND tỉnh thông qua vào Kỳ\nhọp thứ Sáu HĐND tỉnh, khóa XVII (dự kiến tổ chức vào tháng 12/2017).',
    expected: [],
    near: true,
  },
  {
    source: 'NQ95HG',
    year: '2017',
    text: 'khẩn trương, đôn đốc\nđơn vị thi công đẩy nhanh tiến độ thi công hoàn thành công trình dự án hỗ trợ đồng bào dân tộc Cờ Lao, xã\nTúng Sán, huyện Hoàng Su Phì đưa vào sử dụng trong Quý IV năm 2018.',
    expected: ['absolute|2018-12-31'],
  },
  {
    source: 'NQ95HG',
    year: '2017',
    text: '+ Thực hiện việc nghiệm thu, bàn\ngiao công trình dự án kè bờ tây Sông\nLô đoạn từ cầu Yên Biên II tới giáp kè Trường Cao đẳng Sư phạm Hà Giang\nđưa vào sử dụng trong tháng 7/2017.',
    expected: ['absolute|2017-07-31'],
  },
  {
    source: 'NQ95HG',
    year: '2017',
    text: '+ Có phương án khắc phục, sửa chữa\ntuyến kè khu giao đất dân cư giáp danh giữa thôn Mè Thượng, xã Phương Thiện và\nthôn Núp, xã Phương Độ thành phố Hà Giang, đảm bảo chất\nlượng và hoàn thành đi vào sử dụng trong Quý 4 năm 2017.',
    expected: ['absolute|2017-12-31'],
  },
  {
    source: 'NQ95HG',
    year: '2017',
    text: '+ Yêu cầu đơn vị thi công tiến hành\nngay việc tu sửa, tổ chức nghiệm thu, bàn giao công trình dự án sắp xếp dân cư gắn với hạ sơn vùng nguy cơ thiên tai thôn Cốc Pại\nII, xã Niêm Tòng, huyện Mèo Vạc cho chính quyền xã quản lý và đưa các hộ di\nchuyển đến nơi ở mới hoàn thành trong Quý 4 năm 2017; công trình\nthủy lợi Ngọc Linh, huyện Vị Xuyên hoàn thành và đưa vào sử dụng trong tháng 3\nnăm 2018; khẩn trương sửa chữa, khắc phục hiện tượng rò rỉ đối với công trình hồ thủy lợi thôn Mã Tẻn, xã Bản Máy,\nhuyện Hoàng Su Phì xong trước ngày 30/8/2017.',
    expected: ['absolute|2017-12-31', 'absolute|2018-03-31', 'absolute|2017-08-30'],
  },
  {
    source: 'NQ95HG',
    year: '2017',
    text: 'phối hợp với Sở Tài\nnguyên và Môi trường hoàn thiện thủ tục thu hồi đất và bố trí tái định\ncư, ổn định đời sống cho bà con nhân dân thôn Nậm Moòng,\nxã Việt Vinh, huyện Bắc Quang và báo cáo kết quả thực hiện tại Kỳ\nhọp thứ Sáu, HĐND tỉnh (dự kiến tổ chức tháng 12/2017).',
    expected: [],
    near: true,
  },

  // ---- NQ94HG, NQ89HG, NQ80GL: resolutions' dates that are no deadlines ----
  {
    source: 'NQ94HG',
    year: '2017',
    text: 'Điều 2.\nNghị quyết này có hiệu lực thi hành\nkể từ ngày 14 tháng 7 năm 2017.',
    expected: [],
    near: true,
  },
  {
    source: 'NQ94HG',
    year: '2017',
    text: 'Xét Tờ trình số 02/TTr-HĐND, ngày\n30 tháng 6 năm 2017 của Thường trực Hội đồng nhân dân tỉnh về ban hành Chương\ntrình giám sát năm 2018 của Hội đồng nhân dân tỉnh Hà Giang khóa XVII',
    expected: [],
    near: true,
  },
  {
    source: 'NQ94HG',
    year: '2017',
    text: 'xem xét kết quả hoạt động giám sát của các Đoàn giám sát theo quy định của\npháp luật; báo cáo kết quả giám sát giữa hai kỳ họp trình Hội đồng nhân dân vào\nkỳ họp giữa năm 2019',
    expected: [],
    near: true,
  },
  {
    source: 'NQ89HG',
    year: '2017',
    text: '+ Đến năm 2025 xây dựng 22 điểm quan trắc giám\nsát chất lượng nước mặt và 10 điểm quan trắc nước dưới đất.',
    // A planning target under "Mục tiêu cụ thể", no task's due date.
    expected: [],
    near: true,
  },
  {
    source: 'NQ80GL',
    year: '2017',
    text: 'Nghị quyết này đã được Hội đồng nhân\ndân tỉnh khóa XI, Kỳ họp thứ Ba thông qua ngày 13 tháng 7 năm 2017 và có hiệu\nlực từ ngày thông qua./.',
    expected: [],
    near: true,
  },
  {
    source: 'NQ80GL',
    year: '2017',
    text: 'tỉnh thực hiện Nghị quyết số 23/2016/NQ-HĐND ngày 08/12/2016 của Hội đồng nhân\ndân tỉnh khóa XI, Kỳ họp thứ Hai về việc trồng mới 7.000 ha rừng.',
    expected: [],
    near: true,
  },

  // ---- QĐ35HN, QĐ64HN: a regulation's yearly time limit, its dates that are none ----
  {
    source: 'QĐ35HN',
    year: '2024',
    text: 'Sở, ban, ngành; Mặt trận Tổ quốc và các tổ chức chính trị - xã hội Thành phố; Ủy \nban nhân dân các quận, huyện, thị xã; các cơ quan, đơn vị thuộc Thành phố; cơ quan, \nđơn vị đóng trên địa bản Thành phố gửi hồ sơ về Ủy ban nhân dân Thành phố qua Sở \nNội vụ (Ban Thi đua - Khen thưởng Thành phố) trước ngày 31 tháng 3 hàng năm.',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31'],
  },
  {
    source: 'QĐ35HN',
    year: '2024',
    text: '2. Thành phố tổ chức biểu dương, khen thưởng các cá nhân đạt danh hiệu “Công \ndân Thủ đô ưu tú” vào dịp kỷ niệm ngày Giải phóng Thủ đô (10/10) hàng năm.',
    expected: [],
    near: true,
  },
  {
    source: 'QĐ35HN',
    year: '2024',
    text: 'Điều 2. Quyết định này có hiệu lực kể từ ngày 08 tháng 6 năm 2024, thay thế Quyết định số 03/2018/QĐ-UBND ngày 16 tháng 01 năm 2018 của Ủy ban nhân dân thành phố Hà Nội về việc ban hành Quy chế xét tặng danh hiệu “Công dân Thủ đô ưu tú”.',
    expected: [],
    near: true,
  },
  {
    source: 'QĐ35HN',
    year: '2024',
    text: 'c) Thực hiện công khai danh sách các cá nhân dự kiến tặng thưởng trên các báo, đài, phương tiện thông tin, tuyên truyền và cơ quan báo chí Thành phố để lấy ý kiến nhân dân (trong thời hạn 07 ngày làm việc);',
    // How long the list stays posted, counted from no event: no deadline.
    expected: [],
    near: true,
  },
  {
    source: 'QĐ64HN',
    year: '2024',
    text: '**Điều 3.** Quyết định có hiệu lực kể từ ngày 07 tháng 11 năm 2024.',
    expected: [],
    near: true,
  },

  // ---- QĐ22: a year fronted before the task, reports each month and each three months ----
  {
    source: 'QĐ22',
    year: '2013',
    text: '1. Trong năm 2013, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương phải thực hiện cơ bản xong việc hỗ trợ về nhà ở cho hộ gia đình người có công với cách mạng theo đúng quy định của Quyết định này đối với khoảng 71.000 hộ (theo danh sách các địa phương đã báo cáo đoàn giám sát của Ủy ban thường vụ Quốc hội năm 2012).',
    expected: ['absolute|2013-12-31'],
  },
  {
    source: 'QĐ22',
    year: '2013',
    text: '2. Trong năm 2014, các địa phương tiếp tục thực hiện hỗ trợ theo quy định tại Quyết định này đối với các hộ thuộc diện được hỗ trợ nhưng các địa phương mới rà soát, thống kê, báo cáo năm 2013.',
    // The year support goes on, no completion: "trong năm 2014" is when, not by when.
    expected: [],
    near: true,
  },
  {
    source: 'QĐ22',
    year: '2013',
    text: 'h) Hàng tháng có báo cáo nhanh, 3 tháng một lần có báo cáo định kỳ kết quả thực hiện chính sách gửi về Bộ Xây dựng và Bộ Tài chính để tổng hợp, báo cáo Thủ tướng Chính phủ.',
    expected: ['recurring|FREQ=MONTHLY', 'recurring|FREQ=MONTHLY;INTERVAL=3'],
  },

  // ---- CV4302, CV1046: a tax letter's counts "đến hết ngày" and its citations ----
  {
    source: 'CV4302',
    year: '2018',
    text: 'Đến hết ngày 23/10/2018, toàn ngành Thuế đã thực hiện 70.102 cuộc thanh\ntra, kiểm tra, đạt 78,58% kế hoạch năm 2018 (70.102 DN/89.212 DN), bằng\n97,33% so với cùng kỳ năm 2017',
    expected: [],
    near: true,
  },
  {
    source: 'CV4302',
    year: '2018',
    text: '(Số liệu được khai thác trên ứng dụng hỗ trợ công tác thanh tra kiểm tra —\nTTR đến hết ngày 23/10/2018).',
    expected: [],
    near: true,
  },
  {
    source: 'CV4302',
    year: '2018',
    text: '- Đánh giá trên cơ sở kết quả thanh tra, kiểm tra đến hết ngày 23/10/2018,\nmột số Cục Thuế có kết quả thanh tra đánh giá trên số thu bình quan/1 cuộc thanh\ntra thấp dưới 100 triệu/cuộc thanh tra như: Cục Thuế tỉnh Lai Châu, Lào Cai',
    expected: [],
    near: true,
  },
  {
    source: 'CV4302',
    year: '2018',
    text: 'kịp thời đề ra các\nbiện pháp tập trung nguồn nhân lực cho công tác thanh tra, kiểm tra trong 2 tháng\ncuối năm 2018 để đảm bảo quyết tâm hoàn thành và vượt mức kế hoạch.',
    expected: [],
    near: true,
  },
  {
    source: 'CV4302',
    year: '2018',
    text: '- Trên cơ sở danh sách doanh nghiệp thuộc kế hoạch thanh tra, kiểm tra năm\n2018 đã được phê duyệt; và kế hoạch điều chỉnh tại Quyết định số 1774/QĐ-TCT\nngày 22/10/2018, tiến hành rà soát, tập trung thanh tra, kiểm tra ngay đối với\ndoanh nghiệp có rủi ro cao về thuế',
    expected: [],
    near: true,
  },
  {
    source: 'CV1046',
    year: '2020',
    text: 'Ngày 10/1/2019 Tổng cục Thuế đã ban hành Quyết định số 41/QD-TCT về\nviệc giao Cục Thuế các tỉnh, thành phố trực thuộc Trung ương chỉ tiéu kế hoạch\nthanh tra, kiểm tra doanh nghiệp năm 2020',
    expected: [],
    near: true,
  },

  // ---- BRVT: a province's report calendar, a time limit each month, quarter, half-year, year ----
  {
    source: 'BRVT',
    year: '2012',
    text: 'Ban hành kế hoạch cải cách hành chính năm là trước ngày 20/11 hàng năm',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20'],
  },
  {
    source: 'BRVT',
    year: '2012',
    text: 'Báo cáo tháng gửi trước ngày 15 của tháng',
    expected: ['recurring|FREQ=MONTHLY;BYMONTHDAY=15'],
  },
  {
    source: 'BRVT',
    year: '2012',
    text: 'Báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=5'],
  },
  {
    source: 'BRVT',
    year: '2012',
    text: 'Báo cáo 6 tháng gửi trước ngày 05/6',
    // The half-year report of a standing calendar: each year, not only 2012.
    expected: ['recurring|FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=5'],
  },
  {
    source: 'BRVT',
    year: '2012',
    text: 'Báo cáo năm gửi trước ngày 25/11 hàng năm',
    expected: ['recurring|FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25'],
  },
  {
    source: 'BRVT',
    year: '2012',
    text: 'Ngày 08/05/2012, UBND tỉnh Bà Rịa – Vũng Tàu ban hành văn bản số 2539/UBND- SNV về việc xây dựng kế hoạch cải cách hành chính hàng năm và báo cáo cải cách hành chính',
    expected: [],
    near: true,
  },

  // ---- News reports quoting a directive: a labelled term, counts "đến ngày", a closure's end, sentences of their own ----
  {
    source: 'GDHCM',
    year: '2018',
    text: 'Thời hạn nộp báo cáo: Trước ngày 26/12/2018.',
    expected: ['absolute|2018-12-26'],
  },
  {
    source: 'GDHCM',
    year: '2019',
    text: 'Tuy nhiên đến ngày 02/01/2019 vẫn còn nhiều đơn vị chưa nộp báo cáo về Sở.',
    expected: [],
    near: true,
  },
  {
    source: 'GDHCM',
    year: '2019',
    text: 'Theo công văn Sở GDĐT TP. Hồ Chí Minh gửi Trưởng phòng Giáo dục và Đào tạo 24 quận, huyện; Hiệu trưởng các trường Trung học phổ thông; Giám đốc Trung tâm GDNN-GDTX; Phân hiệu BTVH; Thủ trưởng các đơn vị trực thuộc Sở, đến ngày 02/01/2019 vẫn còn nhiều đơn vị chưa thực hiện cung cấp số liệu chỉ tiêu tuyển sinh năm học 2019-2020 về Sở',
    expected: [],
    near: true,
  },
  {
    source: 'GDQT',
    year: '2020',
    text: 'Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương đã ký văn bản hỏa tốc đề nghị các phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố, các đơn vị trực thuộc sở, Trung tâm GDNN- GDTX các huyện, thị xã, thành phố tiếp tục cho học sinh nghỉ học đến ngày 10/10/2020.',
    // How long schools stay closed, no task due.
    expected: [],
    near: true,
  },
  {
    source: 'BNVXA',
    year: '2025',
    text: 'UBND cấp tỉnh rà soát, xác định diện tích tự nhiên của các đơn vị hành chính cấp xã mới. Số liệu phải được gửi về Bộ Nội vụ trước 30/8. Bộ Nội vụ sẽ tổng hợp, báo cáo Chính phủ, Thủ tướng trước 30/9.',
    expected: ['absolute|2025-08-30', 'absolute|2025-09-30'],
  },
  {
    source: 'LCAI',
    year: '2025',
    text: 'Theo báo cáo nhanh của Sở Nội vụ, tính đến 9 giờ ngày 22/4 có 8/9 địa phương hoàn thành lấy ý kiến Nhân dân về sắp xếp đơn vị hành chính các cấp, chỉ còn thành phố Lào Cai đang tiếp tục tổng hợp.',
    expected: [],
    near: true,
  },
  {
    source: 'CT16',
    year: '2001',
    text: 'Tuy nhiên, tình hình\nkinh tế - xã hội vẫn còn nhiều khó khăn và diễn biến phức tạp, nhiệm vụ còn lại\ncủa những tháng cuối năm 2001 hết sức nặng nề.',
    expected: [],
    near: true,
  },

  // ---- QĐ1421, CV4800, NQ26BRVT: a labelled frequency, a year of work, a meeting's month ----
  {
    source: 'QĐ1421',
    year: '2022',
    text: '1.3. Tần suất thực hiện báo cáo: Theo quý',
    expected: ['recurring|FREQ=MONTHLY;INTERVAL=3'],
  },
  {
    source: 'QĐ1421',
    year: '2022',
    text: '4.3. Tần suất thực hiện báo cáo: Theo tháng',
    expected: ['recurring|FREQ=MONTHLY'],
  },
  {
    source: 'CV4800',
    year: '2016',
    text: 'Các Cục Thuế lựa chọn các doanh nghiệp có số hoàn thuế\nlớn hoặc có dấu hiệu rủi ro đã được kiểm tra trước khi hoàn thuế để thực hiện\nthanh tra toàn diện trong năm 2016.',
    // A bare "trong năm 2016": the year the inspections take place (README), no deadline.
    expected: [],
    near: true,
  },
  {
    source: 'CV4800',
    year: '2016',
    text: 'Trong 9 tháng đầu năm 2016, toàn ngành đã thanh tra, kiểm tra được 55.713\ndoanh nghiệp, đạt 62,15% kế hoạch năm 2016 bằng 107,73% cùng kỳ năm 2015',
    expected: [],
    near: true,
  },
  {
    source: 'NQ26BRVT',
    year: '2017',
    text: '- Đề nghị Ủy ban nhân dân tỉnh báo cáo Thường trực Hội\nđồng nhân dân tỉnh các nội dung có liên quan đến dự án Trùng Dương - Thái Sơn\ntại Núi Nhỏ, phường 2, thành phố Vũng Tàu, trong đó làm rõ nguồn gốc đất của dự\nán, cơ sở để cho phép chuyển đổi từ đất rừng sang đất dự án tại phiên họp\nThường trực Hội đồng nhân dân tỉnh lần thứ Chín tổ chức vào tháng 8 năm 2017.',
    // The month a meeting is held, at which the report is given: an event's date.
    expected: [],
    near: true,
  },
  {
    source: 'NQ26BRVT',
    year: '2017',
    text: '- Ủy ban nhân dân tỉnh rà soát nguồn lực, bố trí vốn\ncho Sở Nông nghiệp và Phát triển nông thôn đẩy nhanh tiến độ triển khai trồng\nrừng trong năm 2017 và những năm tiếp theo',
    expected: [],
    near: true,
  },

  // ---- More reports of directives: a date with a hyphen, a lunar day with its solar date, a quarter in figures ----
  {
    source: 'TTG2008',
    year: '2008',
    text: 'Các bộ, ngành, địa phương tổng hợp, báo cáo ngắn gọn tình hình Tết về Văn phòng Chính phủ trước ngày 12-2 (mùng 6 Tết Mậu Tý).',
    expected: ['absolute|2008-02-12'],
  },
  {
    source: 'TTG2008',
    year: '2008',
    text: 'Riêng các bộ Công an, Quốc phòng, Công thương, Tài chính, Giao thông Vận tải, Y tế, Ngoại giao, Lao động-Thương binh và Xã hội; UBND TP Hà Nội, UBND TP.HCM, Thủ tướng yêu cầu có báo cáo hỏa tốc về Văn phòng Chính phủ vào mùng 2 Tết Mậu Tý (8-2) để tổng hợp tình hình ba ngày Tết, sau đó gửi tiếp báo cáo đầy đủ.',
    expected: ['absolute|2008-02-08'],
  },
  {
    source: 'HCM2021',
    year: '2021',
    text: 'TP.HCM yêu cầu 5 đề án nhánh nêu trên hoàn thành trong quý 3/2021.',
    expected: ['absolute|2021-09-30'],
  },
  {
    source: 'CV6202QT',
    year: '2023',
    text: 'Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023./.',
    expected: ['absolute|2023-12-10'],
  },
  {
    source: 'VNN2026',
    year: '2026',
    text: 'Trong năm 2025, cả nước tổ chức 3 đợt khánh thành, khởi công, thông xe kỹ thuật các công trình, dự án hạ tầng lớn vào các mốc 19/4, 19/8 và 19/12.',
    expected: [],
    near: true,
  },
  {
    source: 'CDTT',
    year: '2025',
    text: 'Bộ Tài chính cho biết đến ngày 26/12, cả nước đã xử lý được 19.658 cơ sở nhà, đất dôi dư, tương đương khoảng 78% tổng số cơ sở cần sắp xếp theo phương án được phê duyệt.',
    expected: [],
    near: true,
  },
  {
    source: 'NQCP2025',
    year: '2025',
    text: 'Về thể chế, từ ngày 01\ntháng 6 năm 2025 đến ngày 23 tháng 8 năm 2025, Chính phủ đã ban hành 112 Nghị định,\nNghị quyết quy phạm pháp luật',
    expected: [],
    near: true,
  },
  {
    source: 'QĐ35HN',
    year: '2024',
    text: '3. Trong thời hạn 15 ngày sau khi phát hiện vi phạm của cá nhân được các cơ \nquan có thẩm quyền kết luận, Sở Nội vụ (Ban Thi đua - Khen thưởng Thành phố) có \ntrách nhiệm tham mưu Chủ tịch Ủy ban nhân dân Thành phố thực hiện các quy trình \ntheo quy định',
    expected: ['relative|P15D@violation-finding'],
  },
  {
    source: 'CT11',
    year: '2020',
    text: 'kịp thời chấn chỉnh, xử lý nghiêm các hành vi lợi dụng chính sách kiểm soát\ndịch bệnh dé gây khó khăn cho doanh nghiệp trong hoạt động thông quan, xuất\nnhập khẩu hàng hóa, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020.',
    expected: ['absolute|2020-03-31'],
  },
];
