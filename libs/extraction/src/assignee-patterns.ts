/**
 * The regular expressions that find where a unit's name starts and ends in a requirement's sentence, and which
 * phrases name a lead, a partner or every recipient (used by assignees.ts).
 */
import { JOINED_VERB, VERBS } from './assignee-verbs.js';
import { BODY_HEADS, HEADS } from './assignee-words.js';

// Nouns that look like verbs: "các tổ chức", "những ...", "cơ quan, tổ chức, đơn vị", "Ủy ban bầu cử", "người ứng
// cử", "Đoàn kiểm tra".
// "quá trình", "Ban chấp hành", "Đoàn kiểm tra, giám sát" are nouns too.
/**
 * "các Bộ", "các tỉnh, thành phố trực thuộc Trung ương" before ":": the bodies or places listed after the colon belong
 * to the name ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, ...", "Các Bộ, cơ
 * quan: Tài chính, Xây dựng, ...", "đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, ..."), "Ủy ban nhân dân các thành
 * phố: Hà Nội, Cần Thơ" (dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5 III.5.l).
 */
export const LISTED = String.raw`[Cc]ác\s+(?:Tập đoàn|Tổng [Cc]ông ty|thành phố|\p{L}+)(?:,\s+(?:thành phố|cơ quan))?(?:\s+trực thuộc\s+[Tt]rung ương)?`;
/**
 * Where the units before a clause's act end. Not after "ban" ("Ban chỉ đạo" names a body), but after "Ủy ban" ("đề nghị
 * Quý Ủy ban gửi báo cáo ...", Công văn 17809/BTC-CTK, 2025); nor after "Hội đồng" ("Hội đồng thẩm định Nhà nước thẩm
 * định Báo cáo ...", Thông báo 655/TB-VPCP, 2025), as report-routes.ts reads it; nor after "đội ngũ", nor a verb that
 * names a person by "viên" ("đội ngũ tuyên truyền viên, báo cáo viên của tỉnh", baothuathienhue.vn). A verb after "việc" is a noun ("Các sở, ban, ngành tỉnh có liên quan tới việc
 * thực hiện Kế hoạch này có trách nhiệm ...", Kế hoạch 556/KH-UBND tỉnh Đồng Tháp, tnt305/tai_lieu_noi_bo bffd9da6f0d38031.md).
 * "tổ chức" after "cơ quan,", "đơn vị," or "doanh nghiệp," is the noun of a catch-all ("... và các doanh nghiệp, tổ chức,
 * cá nhân có liên quan chịu trách nhiệm thi hành Nghị định này", Nghị định 180/2024/NĐ-CP), not the act.
 * "Đoàn" before a verb heads a delegation named by its task ("Đoàn kiểm tra"); as the last syllable of a body's name it
 * ends the name like any other: "Giao Công đoàn, Đoàn thanh niên và Hội sinh viên lên kế hoạch ..." (dev
 * lachong-2011-09-gopda-truongsa), "các Đoàn viện, Liên chi đoàn, các chi đoàn ... nhanh chóng vận động ..." (dev
 * vinhuni-doan-2019-04-quyengop-congtrinh-thanhnien), "Các tỉnh, thành đoàn ..." (dev twdoan-2013-10-qd-banhanh-vanban).
 */
export const VERB = new RegExp(
  String.raw`(?<!\svà)(?<!(?:^|\s)(?:các|Các|những|Những|bầu|ứng|(?<=đội )ngũ|(?<!(?:Thành|Tỉnh|Trung ương|[Cc]ông|[Cc]hi|[Ll]iên|[Tt]ập|thành|tỉnh|[Hh]uyện|[Qq]uận|Đảng) )(?:đoàn|Đoàn)|tổ|Tổ|quá|(?<!(?:Ủy|Uỷ|ủy|uỷ)\s)(?:ban|Ban)|Hội đồng|là))(?<![Cc]ơ quan,|[Đđ]ơn vị,|[Dd]oanh nghiệp,|kiểm tra,|\sđang|\sđã|\sviệc)(?<![ỦUủu][ỷy] ban(?=\s+kiểm tra\s+\p{Lu}))\s+(?:${VERBS.join('|')})(?=[\s,.;:]|$)(?!\s+viên(?!\p{L}))|\s+(?:sau khi|trước khi|(?<!hoạt động\s+)trong|nếu|khi|phải|cần|định kỳ(?! (?:vào|hằng|hàng|mỗi|trong))|trên tinh thần|bằng (?:nhiều|các) hình thức)\s|\s+(?:theo|căn cứ|trên cơ sở|trong phạm vi)\s+(?:chức năng|nhiệm vụ|thẩm quyền)|,\s+(?:nhất là|đặc biệt là|trong đó)\s|${JOINED_VERB}|,?\s+để\s|(?<!(?:^|\s)${LISTED})\s*:\s`,
  'u',
);
// "Các sở, ban, ngành, Ủy ban nhân dân xã, phường định kỳ kiểm tra, đánh giá ..." (dev dongthap-2025-11-kehoach-doimoi-congnghe
// VI.1.2), "... các Đoàn thể tỉnh bằng nhiều hình thức ..., tổ chức tuyên truyền" (bodies dev kh-dongthap-2025-11-kehoach-
// tainguyen-bien VI.3), "..., các nhà đầu tư, nhà thầu trên tinh thần “...”, ..." (dev vpcp-2025-11-tbkl-bcd-giaothong-phien21
// II.1): how often or in what spirit the units act ends their names, as "phải" and "cần" do.
// "Ủy ban kiểm tra Huyện ủy theo dõi ..." (Huyện ủy Tuy Phong, 2020): the Party's inspection committee, not a verb.
/** A unit's head word: where " và " joins two units, not two words of one name ("Lao động - Thương binh và Xã hội"). */
// ("Đoàn đại biểu Quốc hội và đại biểu Quốc hội tỉnh Lai Châu", dev ubtvqh-2025-06-nq-sapxep-capxa-laichau 3.3: the deputies.)
// ("... Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành", dev
// ttg-2025-11-congdien-lu-khanhhoa-daklak-gialai 1: the leaders of a kind of body are another entry.)
export const UNIT_HEAD = new RegExp(
  String.raw`^(?:các|những|toàn thể|tổ chức|hệ thống|chính quyền|lãnh đạo(?=\s+các\s)|đại biểu(?=\s+(?:Quốc hội|Hội đồng nhân dân)(?!\p{L}))|${HEADS})\s`,
  'u',
);
/**
 * The directive verbs that name an addressee after them. Capitalised only where a sentence, an item or a clause
 * after ":" opens: "Ban Chỉ đạo Dân số ...", "Sở Giao thông vận tải" are names, not cues. "giao trách nhiệm cho Sở Văn hóa
 * và Thể thao phối hợp ..." (svhtt.thuathienhue.gov.vn, UBND tỉnh Thừa Thiên Huế): "giao (trách nhiệm, nhiệm vụ) cho" too.
 * An item that opens "Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng Nai chỉ đạo ..." (Kế hoạch 179/KH-UBND
 * Đồng Nai, VI.16) asks the body it names to act, as "Đề nghị" does; "Khuyến khích các doanh nghiệp đầu tư ..." (dev
 * hanoi-2025-11-kehoach-5g-iot-khucongnghiep III.4.c) is a policy that names no actor. "Phân công Phó Thủ tướng Thường trực
 * Chính phủ Nguyễn Hòa Bình chỉ đạo ..." (dev cp-2025-11-nq-phaplenh-canhsat-moitruong Điều 3) names the office holder who acts.
 * An appeal names whom it calls on: "Ban Thường vụ Đoàn Trường Đại học Vinh kêu gọi toàn thể đoàn viên thanh niên quyên góp
 * ..." (dev vinhuni-doan-2019-04-quyengop-congtrinh-thanhnien).
 */
export const CUE = new RegExp(
  String.raw`(?:^|[\s,(])((?:kính |trân trọng )?(?:đề nghị|yêu cầu|giao(?:\s+(?:trách nhiệm|nhiệm vụ))?(?:\s+cho)?|chỉ đạo|đồng ý|kêu gọi)|(?<=^|[:;.]\s*|^[-–+•*]\s*|^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]\s*|^\((?:\d{1,2}|[ivx]{1,4})\)\s*)(?:(?:Kính|Trân trọng) (?:đề nghị|yêu cầu)|Đề nghị|Yêu cầu|Giao(?:\s+(?:trách nhiệm|nhiệm vụ))?(?:\s+cho)?|Chỉ đạo|Đồng ý|Khuyến khích(?=\s+\p{Lu})|Phân công(?=\s+\p{Lu})|ĐỀ NGHỊ|YÊU CẦU|GIAO|CHỈ ĐẠO))\s+`,
  'u',
);
/**
 * A noun phrase that names a unit or group: what may follow a cue ("đề nghị đội ngũ tuyên truyền viên, ..."); in lower
 * case also a province or city by name ("đề nghị tỉnh Đắk Lắk ..."), the local government, deputies, an office holder
 * ("Đề nghị người đứng đầu cấp ủy; ...", dev bacninh-2025-11-kehoach-nangluc-xdpl III.3.2) and a project's investors.
 */
export const UNIT_START =
  /^(?:các|toàn thể|mỗi|từng|những|đội ngũ|đồng chí|ông|bà|\p{Lu}|thường trực|ban thường vụ|cán bộ|đảng viên|cấp ủy|chi bộ|đoàn viên|hội viên|giáo viên|học sinh|quý\s|sở\s|phòng\s|ban\s(?!hành)|ủy ban|uỷ ban|trung tâm|cơ quan|đơn vị|(?:tỉnh|thành phố)\s+\p{Lu}|chính quyền|đại biểu|lãnh đạo|người đứng đầu|thủ trưởng|chủ tịch|giám đốc|hiệu trưởng|tổ dân phố|nhà đầu tư|nhà thầu|chủ đầu tư)/u;

/**
 * "các đơn vị", "Thủ trưởng các cơ quan, đơn vị": every recipient, so no assignee of its own; so is the polite address of
 * the recipient ("đề nghị quý Bộ khẩn trương có báo cáo ...", "Quý cơ quan"), and the one firm a tax or customs reply
 * speaks to, named by its kind ("Đề nghị Công ty căn cứ vào tình hình thực tế ...", dev thuetayninh-2025-12-traloi-thuesuat-gtgt).
 */
export const GENERIC =
  /^(?:(?:(?:thủ trưởng|lãnh đạo|trưởng)\s+)?(?:các|toàn thể|quý|mỗi)\s+(?:cơ quan|đơn vị|địa phương|ban|ngành|phòng|tổ chức)(?:[\s,]+(?:cơ quan|đơn vị|địa phương|ban|ngành|phòng|tổ chức|và))*|quý\s+(?:bộ|sở|ủy ban|uỷ ban|cục|tổng cục|ban|trường|viện|hội|công ty|doanh nghiệp|tổ chức)|Công ty|Doanh nghiệp|Đơn vị|Hợp tác xã|Chi nhánh)$/iu;

/**
 * Everyone a Government notice speaks to: "các bộ, ngành, địa phương", "các Bộ, cơ quan", "Các Bộ, ngành, các địa phương"
 * (Thông báo 661/TB-VPCP, 2025) (not "các bộ, ngành" alone, a particular group).
 */
export const ALL_MINISTRIES =
  /^các\s+bộ,\s*(?:ngành,\s*)?(?:các\s+)?(?:cơ quan|địa phương)(?:,\s*(?:các\s+)?(?:cơ quan|địa phương))*$/iu;

/**
 * The formal enumeration of every ministry and every province over a plan's items: "các bộ, cơ quan ngang bộ, cơ quan thuộc
 * Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương cần cụ thể hóa và tổ chức triển khai thực hiện các
 * nhiệm vụ sau đây:" (Kế hoạch hành động of Quyết định 844/QĐ-TTg, dev ttg-2026-05-qd-kehoach-bhyt-toandan-ct52), "11. Các
 * bộ, cơ quan ngang bộ, địa phương và các cơ quan liên quan" (Quyết định 893/QĐ-TTg, dev
 * ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu): everyone the plan speaks to, in general words. Read on the units joined
 * with ", " (a catch-all after them dropped).
 */
export const EVERY_MINISTRY_AND_PROVINCE =
  /^(?:các\s+)?(?:bộ(?:\s+trưởng)?,\s*(?:thủ trưởng\s+)?(?:các\s+)?cơ quan ngang bộ(?:,\s*(?:thủ trưởng\s+)?(?:các\s+)?cơ quan (?:trực\s+)?thuộc chính phủ)?|bộ,\s*ngành)(?:,|;|\s+và)\s*(?:(?:chủ tịch\s+)?(?:ủy|uỷ) ban nhân dân\s+các\s+tỉnh,\s*thành phố(?:\s+trực thuộc\s+trung ương)?|(?:các\s+)?địa phương)(?:,?\s+(?:và\s+)?(?:các\s+)?(?:cơ quan|đơn vị)(?:,\s*(?:cơ quan|đơn vị|tổ chức))*\s+(?:có\s+)?liên quan)?$/iu;

/**
 * ", " before another unit's head word, or before the deputies themselves ("Đoàn đại biểu Quốc hội, đại biểu Quốc hội", dev
 * ubtvqh-2025-05-nq-bhxh-chuhokinhdoanh 2.2), but not after a committee named by its kind of place ("UBND huyện, thành
 * phố Cà Mau", Chủ tịch UBND tỉnh Cà Mau on tranvanthoi.camau.dcs.vn, is the committees of the district and of the city);
 * "Bộ Văn hóa, Thể thao và Du lịch" is one name, and so are the enterprises' "Chủ tịch Hội đồng thành viên, Tổng giám
 * đốc các Tập đoàn, Tổng Công ty" (two offices of the bodies named once after them). The ministers' formula "Bộ trưởng
 * các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ" is two offices, two entries (corpus README, "A list of
 * bodies is one entry per body", 3 December 2026): "Bộ trưởng các Bộ", "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính
 * phủ" (the lower-case "cơ quan thuộc" is a kind under the same "Thủ trưởng"); so is a body beside its own head: "Chính
 * phủ, Thủ tướng Chính phủ". "UBND các huyện, thị xã, thành phố Huế" (Kế hoạch 24/KH-UBND of
 * Thừa Thiên Huế, 2021) is one group too: the province's districts, towns and its one city, named after the kinds.
 */
export const LIST_COMMA = new RegExp(
  String.raw`(?<!Chủ tịch Hội đồng (?:thành viên|quản trị)|các Tập đoàn|(?:UBND|[ỦU][ỷy] ban nhân dân)\s+(?:các\s+)?(?:huyện|quận|thị xã|xã|phường|thị trấn))(?<!\scác\s+(?:(?:huyện|quận|thị xã),\s*)*(?:huyện|quận|thị xã)),\s*(?=(?:các|Các|Tổng|Thủ tướng|Lãnh đạo(?=\s+(?:các\s|\p{Lu}))|(?:Trung ương\s+)?(?:${HEADS}))(?:\s|$)|\p{Lu}{2,}|(?:tỉnh|thành phố)\s+\p{Lu}|đại biểu\s+(?:Quốc hội|Hội đồng nhân dân)(?![\p{L}]))`,
  'u',
);

/**
 * A comma inside a body's name: "Sở Văn hóa, Thể thao và Du lịch", "Phòng Kinh tế, Hạ tầng và Đô thị" (the commune's
 * department since 1 July 2025): after a head word and one field, a capitalised field that opens no unit's name, then
 * "và" and the field that closes the name. "Sở Tài chính, Sở Xây dựng và UBND các xã" lists bodies (a head word after
 * the comma).
 */
export const NAME_COMMA = new RegExp(
  String.raw`(?<=(?:^|\s)(?:${BODY_HEADS})\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}),(?=\s+(?!(?:${HEADS})(?!\p{L}))\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}\s+và\s+\p{Lu})`,
  'gu',
);

/**
 * A sentence's subject when it opens with a unit: "Sở Nông nghiệp và Phát triển nông thôn phối hợp với ...", "Mỗi huyện,
 * thành, thị ủy, đảng ủy trực thuộc chỉ đạo ..." (baonghean.vn, Kế hoạch 207-KH/TU của Ban Thường vụ Tỉnh ủy Nghệ An).
 */
export const SUBJECT_START = new RegExp(
  String.raw`^(?:Các\s|Mỗi\s|(?:Thành phố|Tỉnh)\s\p{Lu}\p{Ll}*\s\p{Lu}|Tỉnh\s(?=căn cứ|chủ động|thực hiện|tiếp tục|khẩn trương|có trách nhiệm|cần|phải|tập trung|phối hợp|rà soát|làm việc)|[Cc]ơ quan, tổ chức|Phó [Cc]hủ tịch|Trưởng Ban|Lãnh đạo\s(?=các\s|\p{Lu})|Tổ chức (?:đoàn thể|chính trị|thành viên|cơ sở)|Đại biểu (?:Quốc hội|Hội đồng nhân dân)(?!\p{L})|Toàn thể\s|Ban\s(?!hành)|(?:${HEADS})[\s,]|các (?:[Đđ]ồng chí|[Cc]huyên viên|[Tt]ổ chức|[Cc]hi bộ|[Đđ]ơn vị|[Cc]ơ quan|[Cc]ấp (?:ủy|uỷ)|[Ss]ở|[Bb]ộ|[Đđ]ảng bộ|[Tt]rung tâm)[\s,])`,
  'u',
);

/**
 * An opening phrase of time, basis, purpose, condition or direction before the subject ("Dưới sự chỉ đạo của cấp ủy, các
 * đảng bộ trực thuộc tiến hành tự kiểm tra ...", baothainguyen.vn, Ban Thường vụ Tỉnh ủy Thái Nguyên, 2009): "Kết thúc cuộc bầu cử, Ban Thường trực ...",
 * "Để bảo đảm tiến độ, Sở Xây dựng ...", "Thực hiện Kế hoạch số 12/KH-UBND, Ủy ban nhân dân xã ...", "Trong tháng 12/2025, ...".
 */
export const OPENING =
  /^(?:Định kỳ|H[aàằ]ng (?:năm|quý|tháng|tuần|ngày)|Kết thúc|Sau khi|Sau|Trước khi|Trước|Trong thời gian|Trong thời hạn|Trong quá trình|Trong (?:tháng|quý|năm|tuần)|Từ nay đến|Từ ngày|Đến ngày|Chậm nhất|Khi|Trên cơ sở|Căn cứ|Trường hợp|Trong trường hợp|Nếu|Ngay sau khi|Đồng thời|Bên cạnh đó|Ngoài ra|Trong đó|Để|Nhằm|Đối với|Dưới sự (?:chỉ đạo|lãnh đạo)|[Vv]ới (?:vai trò|tư cách)|Theo (?:chức năng|đó|nhiệm vụ|thẩm quyền|kế hoạch)|Thực hiện (?:Kế hoạch|Công văn|Chỉ thị|Nghị quyết|Quyết định|Thông báo|Kết luận|Văn bản|Hướng dẫn|Chương trình|Công điện|ý kiến|chỉ đạo))[\s,]/u;

/** A unit named after a verb's preposition just before a comma: "... gửi về Bộ Xây dựng, ...", "... báo cáo cho Sở Y tế, ...". */
export const OBJECT_LIST = /\s(?:về|cho|với|đến|tới|gửi)\s+(?:các\s+)?\p{Lu}[^,;:()]*$/u;

/** A bare head noun that a verb completes into a name: "Cơ quan đăng ký đầu tư", "các tổ chức cung cấp dịch vụ". */
export const BARE_HEAD = /^(?:[Cc]ác\s+)?(?:[Cc]ơ quan|[Tt]ổ chức)$/u;
/**
 * A group in general words that the tasks it leads name: "các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao gửi
 * Bộ Nông nghiệp và Môi trường báo cáo ..." (bodies dev kh-ttg-2025-11-qd-kehoach-onhiem-khongkhi p), "Cơ quan chủ trì giải
 * quyết thủ tục đầu tư dự án ..." (the heading of dev daklak-2025-11-chithi-thamdinh-dautu II.3).
 */
export const LEAD_GROUP = /^(?:[Cc]ác\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị|[Tt]ổ chức)(?:,\s*(?:cơ quan|đơn vị|tổ chức))*$/u;
/** The lead role and the task it names the group by: " chủ trì thực hiện ", " chủ trì giải quyết ". */
export const LEADS_TASK = /^\s+chủ trì\s+(?:thực hiện|triển khai|xây dựng|giải quyết|tổ chức thực hiện|tổ chức)(?=\s)/u;
/** The verbs that name such a body by its role ("cơ quan chủ trì", "tổ chức cung cấp dịch vụ"). */
export const NAMING_VERB = /^\s+(?:đăng ký|phối hợp|chủ trì|cung cấp|thẩm định)$/u;

/**
 * "Tổ chức tập huấn ..., do Sở Y tế chủ trì, phối hợp với ...", "... (Sở Y tế, Sở Tài chính chủ trì)": the lead named after
 * the task. Not "các hội nghị do Ban Thường trực chủ trì" (no comma: the meetings it chairs) nor "(... các Bộ chủ trì dự án,
 * ...)" (those that lead the projects).
 */
export const LED_BY =
  /(?:,\s*do\s+|\((?:do\s+)?)((?:\p{Lu}|các\s)[^;()]{2,160}?)\s+chủ trì(?=\s*(?:[,.;)]|$)|\s+(?:thực hiện|phối hợp)(?:[\s,.;)]|$))/u;

/** A clause's verb that makes its subject a partner: "Sở Tài chính (cùng) phối hợp ...". */
export const PARTNERS = /^\s*(?:cùng\s+|tham gia\s+)?phối hợp(?:[\s,.;]|$)/u;

/** An item that opens with its act, its actor unnamed: "Tăng cường ...", "Định hướng, chỉ đạo ...". */
export const ACT_START = new RegExp(String.raw`^(?:${VERBS.join('|')})[\s,]`, 'iu');

/**
 * "Báo cáo sơ kết (theo đề cương gửi kèm) của các đảng bộ bộ phận, chi bộ gửi về Ban Thường vụ Đảng ủy ...": the units
 * whose report or file is sent.
 */
export const SENT_BY =
  /^(?:Báo cáo|Văn bản|Hồ sơ|Danh sách|Kế hoạch|Biên bản)\s[^.;:]{0,160}?\scủa\s+((?:các\s+)?[^.;:()]{2,120}?)\s+(?:gửi|nộp)\s/u;
