/**
 * A directive cue or modal word: someone is told to act ("các yêu cầu", "đáp ứng yêu cầu": the noun, no cue; nor "giao" in
 * "giao thông", "giao dịch", "giao lưu", "giao ban", "giao nhận", "giao tiếp").
 */
export const DIRECTS =
  /(?:^|[\s,(])(?:đề nghị|(?<!(?:các|những|đáp ứng|theo|đúng|mục đích,?)\s)yêu cầu|giao(?!\s+(?:thông|dịch|lưu|ban|nhận|tiếp|diện|kết|thoa|hữu)(?=[\s,.;:]|$))|chỉ đạo|có trách nhiệm|chủ trì|khẩn trương|phải|cần)(?=[\s:,]|$)/iu;

/**
 * An item that describes instead of asking: the time, place, attendance or form of an event ("Thời gian:
 * ...", "Địa điểm: ...", "Thành phần dự hội nghị gồm ..."), a rule it follows ("Quy định về ..."), what
 * pays for it ("Kinh phí thực hiện: ..."), what is measured and how much ("Các thông số: pH, độ mặn ...", "Số lượng:
 * 5.000 cuốn"), who holds the power to decide ("Thẩm quyền quyết định đánh giá, xếp loại chất lượng: Ban Thường vụ Đảng
 * ủy cấp xã", samples/bodies hcm-2025-kiemdiem-xeploai-canbo), unless it also directs someone ("Thành phần: đề nghị các
 * đơn vị cử ...").
 */
export const ATTRIBUTE =
  /^(?:[^:]{1,60}:\s*)?(?:thời gian|thời hạn|trong (?:khoảng )?thời gian|địa điểm|thành phần|hình thức|đối tượng|quy định về|kinh phí|trình tự|khách mời|đại biểu mời|(?:các )?thông số|tần suất|số lượng|quy mô|thẩm quyền)(?=[\s:,]|$)/iu;
/**
 * A rule stated in the passive about an event ("Hội nghị cử tri nơi cư trú được tổ chức theo hình thức hội nghị
 * trực tiếp") or about how a product is laid out ("Bản tin sinh hoạt chi bộ ... được kết cấu theo hướng ..."): how it is
 * held or built, not who must do what.
 */
const PASSIVE_RULE =
  /^(?:hội nghị|cuộc họp|buổi|lễ|đại hội|kỳ họp|việc)\s[^,;:]{0,80}?\s(?:được|sẽ được)\s(?:tổ chức|tiến hành|thực hiện)\b|^(?:bản tin|tài liệu|ấn phẩm|chương trình|nội dung|hồ sơ|sản phẩm)\s[^,;:]{0,100}?\s(?:được|sẽ được)\s(?:kết cấu|thiết kế|trình bày|bố cục|chia|xây dựng theo hướng)\b/iu;
/** "Trưởng đoàn: Đại diện ...", "Thành viên đoàn: ...": who makes up a team, not what it must do. */
const MEMBER = /^(?:trưởng đoàn|phó trưởng đoàn|thành viên(?: đoàn)?|thư ký(?: đoàn)?)\s*:/iu;
/**
 * A guidance's rate: a label and an amount, nothing else ("Tiền ăn sáng và 02 bữa chính: 1.600.000 đồng", "Điều dưỡng tại
 * gia đình: Mức chi điều dưỡng: 1.110.000 đồng/người/lần"): what is paid, no one is told to do anything.
 */
const AMOUNT =
  /^[^:]{1,200}:\s*(?:[^:]{1,80}:\s*)?(?:là\s+|bằng\s+)?\d{1,3}(?:[.,]\d{3})*(?:,\d+)?\s*(?:đồng|đ|nghìn đồng|triệu đồng|tỷ đồng|%)(?:\s*\/\s*\p{L}+(?:\s\p{L}+)?)*\s*[.;]?$/iu;
/**
 * How a budget line is to be estimated ("Kinh phí điều dưỡng: căn cứ chế độ điều dưỡng ... để xây dựng dự toán kinh phí
 * ...", "Xây dựng dự toán thực hiện trên cơ sở số hồ sơ ..."): an instruction to the unit drawing up the estimate, though
 * it opens with the funds it is about.
 */
export const ESTIMATING =
  /(?:^|:\s*|\s(?:để|làm cơ sở)\s+(?:làm cơ sở\s+)?)(?:xây dựng|lập|tính toán|rà soát, xây dựng)\s+(?:dự toán|kế hoạch|kinh phí)/iu;
export function informs(text: string): boolean {
  return (
    (ATTRIBUTE.test(text) || MEMBER.test(text) || PASSIVE_RULE.test(text) || AMOUNT.test(text)) &&
    !DIRECTS.test(text) &&
    !ESTIMATING.test(text)
  );
}

/**
 * An item that decides instead of asking: permits, approves or commends ("Cho phép bổ sung Bệnh viện Tim mạch An
 * Giang vào quy hoạch ...", "Đồng ý với đề xuất ...", "Biểu dương ..."), unless it names a unit ("Cho phép UBND tỉnh
 * ...") or tells someone to act ("Đồng ý chủ trương giao ..."). "Đồng ý tổ chức Hội nghị ..." approves what the
 * recipient is to do: a task.
 */
/**
 * A conclusion's commendation ("Ghi nhận, đánh giá cao và biểu dương sự nỗ lực ... của Bộ Y tế", "Đánh giá cao nỗ lực
 * của Chủ đầu tư ...", "Thay mặt Thủ tướng Chính phủ, ghi nhận và đánh giá cao ..."): it assesses work done, asks nothing.
 */
const COMMENDS =
  /^(?:thay mặt [^,;:]{3,80},\s*)?(?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh|khen ngợi|trân trọng ghi nhận)(?:,|\s+(?:và|,)\s+(?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh))*[,\s]/iu;

/**
 * The issuing body's own view of a report or of work done, told in its name: "Chính phủ thống nhất thông qua báo cáo tình
 * hình ...", "Bộ Chính trị ghi nhận, đánh giá cao những nỗ lực của ...", "Ban Chỉ đạo cơ bản thống nhất với ..." (in our
 * words; the gold's approvals and background: "Chính phủ cơ bản thống nhất với dự án ...", dev
 * cp-2025-11-nq-phaplenh-canhsat-moitruong): it approves or assesses, asks nothing, unless it goes on to direct.
 */
const ISSUER_VIEW =
  /^(?:chính phủ|bộ chính trị|ban bí thư|ban chấp hành trung ương|thủ tướng(?: chính phủ)?|phó thủ tướng(?: chính phủ)?|ban chỉ đạo|hội nghị|thường trực [^,;:]{3,60}?|ban thường vụ [^,;:]{3,60}?)\s+(?:đã\s+)?(?:cơ bản\s+)?(?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh|(?:thống nhất|nhất trí)(?: thông qua| với)?|thông qua|tán thành|đồng ý với|nhận thấy)(?=[\s,])/iu;

/** Whether the item opens with the issuing body's view (ISSUER_VIEW): its own name is then no assignee of a task. */
export const issuerView = (text: string) => ISSUER_VIEW.test(text);

export function decides(text: string): boolean {
  // "Biểu dương, nhân rộng gương người có công ... điển hình tiên tiến": a plan's activity, commending and spreading.
  if (/^biểu dương(?:,|\s+và)?\s+nhân rộng\b/iu.test(text)) return false;
  return (
    (/^(?:cho phép|chấp thuận|phê duyệt|ghi nhận|biểu dương|hoan nghênh|khen ngợi|(?:không )?đồng ý (?:với|về))\s(?!(?:UBND|Ủy ban|Uỷ ban|Bộ|Sở|Ban|Phòng|các)\s)/iu.test(
      text,
    ) ||
      COMMENDS.test(text) ||
      ISSUER_VIEW.test(text)) &&
    // "Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường tại Công văn số 12252/SNNMT-TNNKS ..." (samples/bodies
    // hcm-2025-11-mo-khoangsan-nq664): the proposal approved is a noun, no one is asked.
    !/(?:^|\s)(?:giao|(?:đề nghị|yêu cầu)(?!\s+(?:của|tại)\s)|có trách nhiệm|chịu trách nhiệm|chủ trì|khẩn trương|phải)\s/iu.test(
      text,
    )
  );
}

/**
 * The closing call to carry the document out ("Đề nghị các đơn vị nghiêm túc thực hiện", "Bộ Tài chính yêu cầu các Cục
 * Hải quan tỉnh, thành phố triển khai thực hiện", "... triển khai thực hiện nghiêm túc Chỉ thị này", "... yêu cầu UBND
 * huyện, thị, thành phố khẩn trương tổ chức thực hiện", "... quan tâm thực hiện", "Đề nghị các tổ chức ... thực hiện các
 * nội dung ... theo đúng Kế hoạch đề ra"): its only action is to carry out this
 * document, it asks nothing the items do not. Following it up ("Văn phòng Chính phủ theo dõi, đôn đốc các Bộ ... thực hiện
 * nghiêm túc Công điện này") is a task of its own; so is a call that names what to do ("... báo cáo kết quả thực hiện").
 */
// "... yêu cầu các sở, ban, ngành, cơ quan, đơn vị liên quan triển khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế
// hoạch." (nghean-2025-11-kehoach-5g-iot-kcn) is the call too: the tasks were given by the items.
export const CARRY_OUT =
  /^trên đây là|nghiêm túc\s+(?:(?:tổ chức|triển khai)\s+)?thực hiện|quan tâm (?:chỉ đạo )?thực hiện|(?<!(?:theo dõi|đôn đốc)[^.;]*)(?:thực hiện|triển khai)(?:\s+nghiêm túc(?:,\s*(?:có\s+)?hiệu quả)?)?\s+(?:kế hoạch|hướng dẫn|công văn|công điện|chỉ thị|thông báo|văn bản|kết luận|quyết định)\s+này|(?:yêu cầu|đề nghị)\s[^.;:]{3,120}?\s(?:thực hiện|triển khai)\s[^.;:]{0,60}?theo đúng (?:kế hoạch|hướng dẫn|quyết định|chỉ thị)(?:\s+(?:này|đề ra|đã đề ra))?\s*(?:\.\/\.|\.)?$|(?:yêu cầu|đề nghị)\s(?![^.;:]*(?:theo dõi|đôn đốc|kiểm tra|báo cáo))[^.;:]{3,160}?\s(?:(?:khẩn trương|kịp thời|tích cực)\s+(?:(?:triển khai|tổ chức)\s+)?thực hiện|(?:triển khai|tổ chức)\s+thực hiện)\s*(?:\.\/\.|\.)?\s*$|(?:thực hiện|triển khai)(?:\s+(?:kịp thời|nghiêm túc|đầy đủ|có hiệu quả|hiệu quả),?)*\s+(?:các|những)\s+nhiệm vụ(?:,\s*giải pháp)?\s+(?:đã\s+)?(?:được giao|đề ra)\s+(?:tại|trong)\s+(?:kế hoạch|quyết định|chỉ thị|công văn|văn bản)(?:\s+này)?\s*(?:\.\/\.|\.)?\s*$/iu;

/**
 * A reply's call on the taxpayer it answers to apply the law it was pointed to: "Đề nghị Công ty nghiên cứu quy định tại
 * các văn bản nêu trên để thực hiện" (dev chq-2025-11-traloi-thue-dncx-giacong), "Đề nghị Công ty căn cứ các quy định nêu
 * trên để thực hiện" (dev chq-2025-12-traloi-phuongtien-quayvong-khongoaiquan). Like CARRY_OUT it asks nothing of an
 * office (samples/corpus/README.md, wave 16); a tax office asked to act ("Đề nghị Thuế tỉnh Hà Tĩnh căn cứ ... để hướng
 * dẫn đơn vị thực hiện") is a task.
 */
export const APPLY_LAW =
  /^(?:[^,.;:]{0,40},\s*)?đề nghị\s+(?:quý\s+)?(?:công ty|doanh nghiệp|hội đồng|hiệp hội|chi nhánh)(?=\s)[^;]*?\s(?:căn cứ|nghiên cứu|tham khảo|đối chiếu)\s[^;]*?\sđể(?:\s+(?:tham khảo|tổ chức))?\s+thực hiện(?:\s+(?:(?:đảm bảo|bảo đảm)\s+)?(?:đúng|theo|thống nhất))?(?:\s+(?:các\s+)?quy định(?:\s+(?:của pháp luật|hiện hành))?)?\s*(?:\.\/\.|\.)?\s*$/iu;

/**
 * "Ủy ban nhân dân xã Đức Hợp thông báo như sau:": the items after it announce, only those that direct are tasks. So do
 * those after "... Bộ Tài chính xây dựng kế hoạch tổ chức 06 hội nghị ... Thông tin cụ thể như sau:" (samples/bodies
 * btc-2025-11-taphuan-thue-capxa: "1. Đối tượng", "2. Thời gian", "3. Nội dung", "4. Cách thức thực hiện"): the event told.
 */
export const ANNOUNCES =
  /(?:^|\s)(?:thông báo(?:\s+(?:như sau|các nội dung sau|nội dung sau))?|thông tin\s+(?:cụ thể|chi tiết)\s+như sau)\s*:\s*$/iu;

/**
 * "Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:": the issuer states rules (which provision applies, what the time
 * limits are, who holds which power); the items after it are tasks only where they direct someone.
 */
export const GUIDES =
  /(?:^|\s)hướng dẫn(?:\s+(?:cụ thể|chi tiết|thực hiện|thống nhất))*(?:\s+(?:một số|các|những)\s+(?:nội dung|vấn đề|điểm))?(?:\s+(?:cụ thể|chi tiết))?\s+(?:như sau|sau đây)\s*:\s*$/iu;

/** A slogan ("Nhiệt liệt chào mừng ... !"): printed to be displayed, not a task. */
export const SLOGAN = /!["”]?\s*$/u;

/**
 * A heading over the order of business of a meeting or over slogans ("3. Trình tự tổ chức hội nghị",
 * "III. KHẨU HIỆU TUYÊN TRUYỀN"): the items under it describe what happens or what is displayed, they
 * ask no unit for anything. So is a meeting's agenda under "III. NỘI DUNG HỘI NGHỊ" ("1. Báo cáo tổng kết công tác năm
 * 2025 ...", "2. Các đơn vị tham luận", "3. Lãnh đạo UBND tỉnh phát biểu chỉ đạo"): the work it needs is under the plan's
 * "Phân công". Not "NỘI DUNG HỘI NGHỊ VÀ PHÂN CÔNG ...". Text without accents, marker removed.
 */
export const PROCEDURE_HEADING =
  /^(?:trinh tu(?!,? thoi gian)|khau hieu|kich ban|dien bien|(?:chuong trinh|noi dung) (?:hoi nghi|dai hoi|buoi|le|ky hop|phien|cuoc hop|hoi thao|toa dam)(?! va\b))\b/;

/**
 * A heading over the rules of a plan rather than its tasks (text without accents, marker removed): who takes part or
 * may be rewarded ("II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA"), what the emulation covers and its targets, principles, forms and
 * criteria of commendation ("III. ĐỐI TƯỢNG, NGUYÊN TẮC, HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG", "3. Tiêu chí đánh giá, xếp
 * loại", "4. Cách thức xếp hạng"), quotas, dossiers and routes ("IV. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG", "V. THỦ TỤC, HỒ SƠ VÀ
 * THỜI GIAN KHEN THƯỞNG"), the award itself ("IV. KHEN THƯỞNG"), a guidance's definitions and conditions, the rules a
 * plan restates ("5. Quy định về hình thức biểu quyết và kết quả tín nhiệm", dev luongminh-2025-11-kehoach-hiepthuong).
 */
export const RULES_HEADING =
  /^(?:ve\s+)?(?:doi tuong|nguyen tac|tieu chuan|tieu chi|chi tieu|noi dung thi dua|hinh thuc (?:khen thuong|thi dua|ky luat)|khen thuong|so luong|co cau giai|giai thuong|muc thuong|danh hieu|thu tuc|ho so|tuyen trinh|thoi gian (?:thi dua|trinh khen|to chuc phong trao)|cach thuc (?:xep|danh gia|cham)|xep (?:loai|hang)|thang diem|dieu kien|pham vi (?:dieu chinh|ap dung)|giai thich tu ngu|quy dinh (?:ve|chung)\b)/;
/** Words of a heading over work to be done: a mixed heading ("III. NỘI DUNG THI ĐUA, PHƯƠNG ÁN TRIỂN KHAI, ...") is no rules part. */
export const TASKS_HEADING =
  /(?:to chuc thuc hien|nhiem vu|giai phap|phuong an trien khai|hoat dong|phan cong|trach nhiem)/;
