/** The verbs that find where an addressee ends (assignee-words.ts: where a unit's name starts). */

/** Verbs (and modal words) that end the addressee of a directive: "đề nghị <addressee> <verb> ...". */
export const VERBS = [
  'chủ trì',
  'phối hợp',
  'chỉ đạo',
  'thực hiện',
  'triển khai',
  'tổ chức(?! đảng(?! viên)| chính trị| thành viên| đoàn thể| tín dụng| xã hội)', // "cấp ủy, tổ chức đảng" names a body
  'báo cáo',
  'gửi',
  'rà soát',
  'xem xét',
  'nghiên cứu',
  'tham gia',
  'thông báo',
  'quan tâm',
  'khẩn trương',
  'tăng cường',
  'lên kế hoạch',
  'tiếp tục',
  'có trách nhiệm',
  'tập trung',
  'ưu tiên',
  'hướng dẫn',
  'đôn đốc',
  'kiểm tra',
  'vận động',
  'làm',
  'cử',
  'đăng ký',
  'nghiêm túc',
  'phổ biến',
  'quán triệt',
  'tuyên truyền',
  'chuẩn bị',
  'hoàn thành',
  'cung cấp',
  '(?<!đầu tư |chung về |lĩnh vực )xây dựng', // "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Vụ Các vấn đề chung về xây dựng pháp luật", "trong lĩnh vực xây dựng" name bodies
  'tham mưu',
  'căn cứ',
  'theo dõi',
  'bố trí',
  // "10. Bộ Tài chính" / "Cân đối nguồn ngân sách nhà nước hằng năm ..." (dev ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu VI.10).
  'cân đối',
  'đảm bảo',
  'bảo đảm',
  'ban hành',
  // "giám đốc các trung tâm giáo dục thường xuyên có trách nhiệm ..." (dev danang-sgddt-2020-07-phongchong-covid-thi-tnthpt
  // 3.b): continuing education names a kind of school.
  '(?<!giáo dục )thường xuyên',
  'kịp thời',
  'chủ động',
  // Not the second syllable of a noun: "Các Bộ chủ chương trình và các bộ, cơ quan ..." (dev
  // cp-2026-05-nq-phienhop-thuongky-thang4 PL.22.a); report-routes.ts skips the same nouns before "trình".
  '(?<!(?:chương|quy|tờ|lộ|tiến|giáo|công|phương) )trình',
  'cập nhật',
  'tổng hợp',
  'phân công',
  'giám sát',
  'phát động',
  // "Các trường đại học ngoài công lập" (dev danang-sgddt-2020-07-phongchong-covid-thi-tnthpt 4): "công lập" is a word of the name.
  '(?<!công )lập',
  'nộp',
  'duy trì',
  'sớm',
  'là đầu mối',
  // "Giao Bộ trưởng Bộ Công an thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình ..." (dev
  // cp-2025-11-nq-phaplenh-canhsat-moitruong): on whose behalf the office holder acts is no part of the office.
  'thừa (?:ủy|uỷ) quyền',
  'thay mặt',
  // "Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, ..." (dev hcm-2025-11-qd-kehoach-ruiro-thientai-congdong),
  // "... là đơn vị đầu mối" (samples/bodies).
  'là (?:cơ quan|đơn vị) (?:đầu mối|thường trực|chủ trì)',
  // "Bộ Xây dựng với vai trò là cơ quan thường trực Ban chỉ đạo, chủ động, phối hợp Bộ Nội vụ ..." (dev
  // vpcp-2025-11-tbkl-bcd-giaothong-phien21 III.5.g): the role the body acts in, no part of its name.
  'với (?:vai trò|tư cách)',
  // "Sở Tài chính định kỳ hằng quý tổng hợp báo cáo ..." (dev hcm-2025-11-qd-kehoach-csdl-quyhoach); not "Chủ tịch UBND
  // quận tiếp công dân định kỳ vào ngày 15 hằng tháng", where the verb came first.
  'định kỳ(?= h[aàằ]ng (?:tuần|tháng|quý|năm))',
  'khắc phục',
  'tạo điều kiện',
  'rà soát',
  'nắm',
  'xác minh',
  'xác định',
  'đánh giá',
  'công bố',
  'cho ý kiến',
  'góp ý',
  'dành', // "Chủ tịch Ủy ban nhân dân các tỉnh ... dành thời gian, trí tuệ nghiên cứu, góp ý ..."
  'có ý kiến',
  'nghiêm',
  'chấp hành',
  'tuân thủ', // "Các cơ sở sản xuất tuân thủ nghiêm các quy định ..." (Quyết định 2530/QĐ-TTg, IV.2.o)
  'dừng',
  'tạm dừng',
  'thống kê',
  'điều chỉnh',
  'giải quyết',
  'xử lý',
  'ra quân',
  'thành lập',
  'cài đặt',
  'thay đổi',
  'đề xuất',
  'hỗ trợ',
  'ứng phó',
  'sắp xếp',
  'giữ',
  'in',
  'phát hành',
  'treo',
  'đẩy mạnh',
  'đón',
  // Wave-24 letters: "Giao Phó Thủ tướng Chính phủ Vũ Khoan phát biểu Hội nghị ..." (dev vpcp-2003-05-hoinghi-cg-giuaky),
  // "Chủ tịch Uỷ ban nhân dân tỉnh An Giang ra Quyết định phê duyệt" (dev vpcp-2002-12-quyhoach-kktck-tinhbien), "... các chi
  // đoàn, câu lạc bộ, đội, nhóm nhanh chóng vận động ...", "kêu gọi toàn thể đoàn viên thanh niên quyên góp ủng hộ ..." (dev
  // vinhuni-doan-2019-04-quyengop-congtrinh-thanhnien).
  // (Not as an item's first word: "Phát biểu kết luận tại hội nghị, Phó Bí thư ... đề nghị ..." narrates who spoke.)
  '(?<=\\s)phát biểu',
  'ra(?= (?:quyết định|Quyết định|văn bản|thông báo|chỉ thị|công văn)(?=[\\s,.]))',
  'nhanh chóng',
  'quyên góp',
  // "Uỷ ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu bao phủ về bảo hiểm y tế vào nghị quyết, ..." (dev
  // ttg-2026-05-qd-kehoach-bhyt-toandan-ct52, II.1).
  'đưa(?= (?:các|những|vào|ra) )',
  'tiếp nhận',
  // "Sở Lao động - Thương binh và Xã hội giới thiệu đối tượng đi giám định ..." (dev bldtbxh-2012-04-chatdoc-hoahoc-hoso
  // 2.2). Not a job centre's name, nor who put a candidate forward: "Cơ quan, tổ chức, đơn vị có người được giới thiệu ứng
  // cử cung cấp ...", "cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm ..." (dev
  // luongminh-2026-01-kehoach-laykien-cutri).
  '(?<!được )giới thiệu(?! việc làm| người ứng cử| ứng cử)',
  'tham dự',
  // Not "Bên mời thầu" ("các đơn vị được giao nhiệm vụ Chủ đầu tư, Bên mời thầu, căn cứ ...", bodies dev
  // hanoi-2025-dauthau-quanly 3.2).
  '(?<![Bb]ên )mời',
  'trả lời',
  'giải trình',
  'bổ sung',
  'sửa đổi',
  'lấy ý kiến',
  'xác nhận',
  'thẩm định',
  'chuyển',
  'tiếp thu',
  'hoàn thiện',
  'phân bổ',
  'bàn giao',
  'chịu trách nhiệm',
  'chịu trách',
  'triệu tập',
  'trao đổi',
  // "- Mỗi tỉnh ủy, thành ủy chọn cử tối đa 05 người" (Hướng dẫn 40-HD/BTGDVTW, 2025).
  'chọn cử',
  // "... Chi Cục trưởng Chi cục Thuế thương mại điện tử quản lý Tổ chức chi trả thu nhập triển khai thực hiện:" (Công văn
  // 5435/CT-NVT, 2025): what the unit manages, named, follows it; "cơ quan quản lý nhà nước" is a name.
  'quản lý(?= \\p{Lu}\\p{Ll}*\\s(?!nước))',
  '(?<!tập thể )lãnh đạo', // "tập thể lãnh đạo cơ quan, đơn vị" names a body
  'trực tiếp(?! quản lý)', // "đơn vị trực tiếp quản lý người đó" names a unit
  'cụ thể hóa',
  'cụ thể hoá',
  'tiến hành',
  'huy động',
  'nâng cao',
  'tích cực',
  'điều phối',
  'bám sát',
  'phát huy',
  'liên tục',
  'sẽ',
  'tăng',
  'họp',
  'giúp',
  'đăng tải',
  'đẩy nhanh',
  'thu thập',
  'quyết liệt',
  'đổi mới',
  'kiểm soát',
  'mở',
  'tập huấn',
  'bồi dưỡng',
  'khảo sát',
  'niêm yết',
  'đưa tin',
  'sơ kết',
  // "Bộ Tài chính xuất cấp, hỗ trợ gạo ...", "Giao Phó Thủ tướng ... đi kiểm tra, đôn đốc ..." (Công điện 225/CĐ-TTg).
  'xuất cấp',
  'đi(?= (?:kiểm tra|khảo sát|thăm|làm việc|công tác)[\\s,])',
  'tổng kết',
  'lồng ghép',
  'thẩm tra',
  'điều tra',
  'biên soạn',
  'tuần tra',
  'ngăn chặn',
  'vận hành',
  'phê duyệt',
  'quyết định',
  'thanh toán',
  // "Đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố dự toán đầy đủ các nội dung chi ..." (dev
  // bldtbxh-2019-07-dutoan-nguoicocong): the act, not a word of the name; but "các đơn vị dự toán cấp I" names a kind of unit.
  '(?<!đơn vị |cấp |năm |kỳ )dự toán',
  'kiện toàn',
  '(?<!theo |tại |các |những |có )quy định', // "theo quy định", "các quy định" are no acts
  // "Giao Phó Thủ tướng ... trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra ...": a deadline before the verb, not the
  // name (a deadline closing the sentence is left alone).
  'trước ngày(?=[\\d\\s/.-]*(?:tháng[\\d\\s]*năm\\s*\\d+)?\\s+\\p{Ll})',
];

/**
 * Acts that open a sentence and never stand inside a unit's name, so a capitalised one in mid-sentence is where a heading
 * with no colon was joined to the paragraph under it: "3. Cục Điện ảnh, Cục Du lịch Quốc gia Việt Nam" / "Phối hợp với Vụ
 * Pháp chế ...", "4. Cục Mỹ thuật, Nhiếp ảnh và Triển lãm" / "Khẩn trương hoàn thiện ..." (Công văn 6278/BVHTTDL-VP,
 * tnt305/tai_lieu_noi_bo 7f6efa59099bb33b.md). Not "Phối hợp tìm kiếm" ("Trung tâm Phối hợp tìm kiếm, cứu nạn").
 */
const GLUED_VERBS =
  'Khẩn trương|Tăng cường|Tiếp tục|Chủ động|Chủ trì|Phối hợp(?! tìm kiếm)|Tham mưu|Triển khai|Thực hiện|Có trách nhiệm|Rà soát|Nghiêm túc';

/**
 * A heading joined to the paragraph under it when a copy's wrapped lines are rejoined ("4. Đề nghị Hội Nông dân tỉnh" /
 * "Phối hợp tuyên truyền ..." → "Hội Nông dân tỉnh Phối hợp tuyên truyền ..."): after the place that closes a unit's
 * name, a capitalised verb is the act. Not inside a name ("Ủy ban Kiểm tra", "Sở Xây dựng": no place before the verb).
 */
export const JOINED_VERB = String.raw`(?<=\s(?:tỉnh|thành phố|xã|phường|thị trấn|huyện|quận|thị xã|đặc khu))\s+(?:${VERBS.filter(
  (v) => /^\p{Ll}[\p{L} ]*$/u.test(v),
)
  .map((v) => v.charAt(0).toUpperCase() + v.slice(1))
  .join('|')})(?=[\s,.;:]|$)|\s+(?:${GLUED_VERBS})(?=[\s,.;:]|$)`;
