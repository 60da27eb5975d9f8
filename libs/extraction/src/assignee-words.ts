/** The head words that find where a unit's name starts (assignee-verbs.ts: where an addressee ends). */

/**
 * Head words of the bodies a directive names (state, Party, Front, press, forces, enterprises): "Sở ...", "Đài Truyền
 * hình ...", "Cấp ủy ...", "Thông tấn xã ...". Each is followed by a space in a name.
 */
const BODY_WORDS = [
  'Ban(?! hành)',
  'Sở',
  // "Vụ Pháp chế chủ trì phối hợp với Trung tâm công nghệ thông tin ..." (Quyết định 225/QĐ-BLĐTBXH 2.1, dev
  // bldtbxh-2024-03-qd-congbo-hethonghoa-vbqppl): a ministry's department; not a crop season nor a case.
  'Vụ(?! (?:việc|án|mùa|lúa|[Đđ]ông|[Hh]è|[Tt]hu|[Xx]uân)(?: |$))',
  'Phòng(?! chống| ngừa| tránh| cháy)',
  'UBND',
  'HĐND',
  'Ủy ban',
  'Uỷ ban',
  'Hội đồng',
  'Hội(?! nghị| thảo| thi| diễn)',
  'Đoàn',
  'Công đoàn',
  'Công an',
  'Trung tâm',
  'Văn phòng',
  'Chi bộ',
  'Chi ủy',
  'Chi uỷ',
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng bộ',
  // "2.1. Để thể chế hoá ..., Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:" (dev ddqh-2025-01-kehoach-nq57-khcn).
  'Đảng đoàn',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Thành ủy',
  'Thành [Đđ]oàn',
  'Tỉnh [Đđ]oàn',
  'Thành uỷ',
  'Huyện ủy',
  'Huyện uỷ',
  'Quận ủy',
  'Quận uỷ',
  'Cấp ủy',
  'Cấp uỷ',
  'Cấp có thẩm quyền',
  'Chính quyền',
  'Mặt trận',
  'MTTQ',
  'Thường trực',
  'Bộ(?! hồ sơ| tiêu chí| [Cc]hỉ số| câu hỏi| tài liệu| mã| máy)',
  'Cục',
  'Tổng cục',
  'Chi [Cc]ục', // "Chi Cục trưởng Chi cục Thuế ..." (Công văn 5435/CT-NVT, 2025) prints the title with a capital
  'Viện',
  'Trường(?! hợp)',
  'Bệnh viện',
  'Đài',
  'Báo(?! cáo)',
  'Cổng [Tt]hông tin',
  'Thông tấn xã',
  'Tổ(?! chức\\s(?!đoàn thể|chính trị|thành viên|cơ sở))',
  'Kho bạc',
  'Tòa án',
  'Toà án',
  'Liên đoàn',
  // "Tổng Liên đoàn Lao động Việt Nam tăng cường tuyên truyền ..." (dev ubtvqh-2022-03-nq-giolamthem-covid 3.5).
  'Tổng [Ll]iên đoàn',
  // "Chính phủ, Bộ Lao động - Thương binh và Xã hội và các Bộ, ngành, ... hướng dẫn, tổ chức thi hành Nghị quyết này" (dev
  // ubtvqh-2022-03-nq-giolamthem-covid 3.4): the Government tasked by the Standing Committee.
  'Chính phủ',
  'Hiệp hội',
  'Liên minh',
  'Tập đoàn',
  'Tổng công ty',
  'Quân sự',
  'Bộ Chỉ huy',
  'Bộ đội',
  'Ngân hàng',
  'Bảo hiểm xã hội',
  'Hạt Kiểm lâm',
  'Kiểm lâm',
  'Lực lượng',
  'Cơ quan',
  'Đơn vị',
  'Bộ phận',
  // Commune and provincial bodies of the two-level local government: "Trạm Y tế xã", "Thuế tỉnh", "Công ty Điện lực".
  'Trạm',
  'Đội(?! ngũ)',
  'Thuế(?= tỉnh| thành phố| Tỉnh| Thành phố| cơ sở)',
  // "1.2. Thanh tra Thành phố:", as a city's names are printed in Hà Nội and Thành phố Hồ Chí Minh (Công văn 6397/UBND-KT,
  // tnt305/tai_lieu_noi_bo 88b7667d728aef13.md).
  'Thanh tra(?= (?:Chính phủ|Bộ|[Tt]ỉnh|[Tt]hành phố|Sở|[Hh]uyện)(?!\\p{L}))',
  'Công ty',
  'Hợp tác xã',
  'Học viện',
  // "Đại học Công nghiệp Hà Nội thực hiện tổ chức lại ..." (dev ttg-2025-11-qd-chuyen-daihoc-congnghiep-hanoi).
  'Đại học',
  'Chi nhánh',
  'Điện lực',
  'Bưu điện',
  // "Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu ..." (dev
  // vpcp-2025-11-tb-duan-dien-hcm-dongnai 1.b.(ii)): a project's investor, told what to do by a kết luận.
  'Chủ đầu tư',
  'Nhà đầu tư',
  'Viettel',
  'VNPT',
  // Heads a directive prints as well, short or long (issue 12, the dev stress check of unit names): "UBMTTQ Việt Nam tỉnh",
  // "BHXH tỉnh", "LĐLĐ tỉnh", "VKSND tỉnh", "TAND tỉnh", "BQL Khu kinh tế", "Đồn Biên phòng ...", "Cảng vụ Hàng hải ...",
  // "Quỹ Đầu tư phát triển tỉnh", "Kiểm toán Nhà nước", "Chi hội Phụ nữ thôn", "Viễn thông Gia Lai".
  'UBMTTQ',
  'BHXH',
  'LĐLĐ',
  'VKSND',
  'TAND',
  'BQL',
  'BCH',
  'Đồn(?!\\p{L})',
  'Cảng vụ',
  'Quỹ',
  'Kiểm toán(?= Nhà nước| nhà nước| khu vực)',
  'Chi hội',
  'Viễn thông(?= \\p{Lu})',
  // "Liên hiệp các Hội Khoa học và Kỹ thuật" (dev dongthap-2025-11-kehoach-doimoi-congnghe V), "Doanh nghiệp viễn thông bảo
  // đảm kinh phí ..." (dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep III.4.b), "Trung ương Hội Cựu chiến binh Việt Nam"
  // (dev bcdqg1237-2013-11-kehoach-haicot-lietsi).
  'Liên hiệp',
  'Doanh nghiệp',
  'Trung ương(?= (?:Hội|Đoàn)(?!\\p{L}))',
];

/** Head words of the office holders a directive names: "Chủ tịch ...", "Giám đốc Sở ...", "Đồng chí ...". */
const HOLDER_WORDS = [
  'Chủ tịch',
  'Phó [Cc]hủ tịch',
  // "các Ủy ban của Quốc hội, Chủ nhiệm Văn phòng Quốc hội, ..." (dev ddqh-2025-01-kehoach-nq57-khcn III.1).
  'Chủ nhiệm',
  'Phó Thủ tướng',
  'Phó [Gg]iám đốc',
  'Thứ trưởng',
  'Tư lệnh',
  'Tổng [Gg]iám đốc',
  'Thủ trưởng',
  'Giám đốc',
  'Thống đốc',
  'Hiệu trưởng',
  'Trưởng',
  'Bí thư',
  'Người đứng đầu',
  'Đồng chí',
  'Bộ trưởng',
  'Chánh',
  'Ủy viên',
  'Uỷ viên',
  'Công chức(?= \\p{Lu})', // "Công chức Địa chính - Xây dựng xã", not "Công chức được cấp tài khoản"
];

/** The head word of a body's name, as alternatives of a pattern. */
export const BODY_HEADS = BODY_WORDS.join('|');

/** The head word of an office holder's title, as alternatives of a pattern. */
export const HOLDER_HEADS = HOLDER_WORDS.join('|');

/** The head word of a body's or an office holder's name: the one list every reading of unit names builds on. */
export const HEADS = [...BODY_WORDS, ...HOLDER_WORDS].join('|');
