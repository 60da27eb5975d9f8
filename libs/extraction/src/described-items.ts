import { CUE } from './assignees.js';
import { directs, unitMustAct } from './directing-sentences.js';
import { parseDeadlines } from './parse-deadlines.js';
import { MODAL } from './prose-openers.js';
import { splitSentences } from './text-utils.js';

/**
 * A numbered item that only describes: it opens with a thing or a situation and says what it is, was or still is ("2. Dự
 * án có ý nghĩa đặc biệt quan trọng ... Tuy nhiên, tiến độ một số gói thầu còn chậm ...", "1. ... Chủ trương lớn này đã được
 * Trung ương Đảng, Quốc hội, Chính phủ nghiên cứu ...", dev bnv-2025-11-tuyentruyen-sapxep-dvhc), and no sentence of it
 * asks anything: no cue, no unit that must act, no "cần" / "phải", no date, no sentence that opens with an action. The
 * corpus README ("How gold is written") leaves background and the description of the situation out; the numbered walk keeps
 * every leaf item, so the item is read for what it does, not only for the kinds of non-task listed one by one.
 */

/**
 * The actions an imperative item opens with ("Xây dựng ...", "Rà soát ...", "Căn cứ ... để ..."). ACTS (prose-openers.ts)
 * lists the verbs that follow a unit; this is the wider set an item may open with, the unit left to its heading.
 */
export const ACTION_OPENING =
  /^(?:xây dựng|tổ chức|rà soát|thực hiện|triển khai|tăng cường|tiếp tục|đẩy mạnh|đẩy nhanh|nâng cao|hoàn thiện|hoàn thành|kiểm tra|giám sát|theo dõi|đôn đốc|hướng dẫn|chỉ đạo|phối hợp|chủ trì|chủ động|nghiên cứu|tham mưu|đề xuất|báo cáo|tổng hợp|tuyên truyền|phổ biến|quán triệt|bố trí|huy động|hỗ trợ|đánh giá|cập nhật|ban hành|sửa đổi|bổ sung|phát triển|phát huy|bảo đảm|đảm bảo|tạo|khuyến khích|ưu tiên|tập trung|quan tâm|duy trì|củng cố|kiện toàn|lập|cử|gửi|nộp|xem xét|giải quyết|xử lý|thanh tra|khảo sát|thống kê|cung cấp|chuẩn bị|phân công|phân bổ|lựa chọn|thẩm định|phê duyệt|trình|vận động|biểu dương|khen thưởng|đổi mới|ứng dụng|chuyển đổi|kết nối|tích hợp|số hóa|số hoá|mở rộng|thúc đẩy|thu hút|đào tạo|bồi dưỡng|nắm|siết chặt|kiên quyết|nghiêm túc|khẩn trương|kịp thời|thường xuyên|định kỳ|chú trọng|lồng ghép|tích cực|chăm lo|đưa|tránh|không|cấm|áp dụng|tuân thủ|bám sát|kiểm soát|quản lý|vận hành|niêm yết|công khai|tiếp nhận|tiếp xúc|lấy|làm|dừng|tạm dừng|sắp xếp|bảo vệ|phòng|ngăn chặn|khắc phục|sẵn sàng|trực|mời|tham gia|tham dự|cân đối|xác định|xét|chọn|giữ|thiết lập|thành lập|hiệp thương|phát động|diễn tập|tập huấn|căn cứ|đa dạng hóa|đa dạng hoá|nhân rộng|tôn vinh|tiến hành|nhận|học tập|biên soạn|bắt đầu|ra quân|cải cách|giảm|hạn chế|nghiêm cấm|thiết kế|quyết định|trao|giúp|ký|khơi dậy|khơi thông|chia sẻ|lắp đặt|lắng nghe|sửa chữa|tự|nhắn tin|đăng tải|đăng ký|phát hành|tìm kiếm|quy tập|giám định|điều tra|điều chỉnh|điều động|bàn giao|chi trả|thu|hoàn tất|chấp hành|tổng kết|sơ kết|mua|cấp|cấp phát|vệ sinh|phun|tiêm|di dời|sơ tán|tiêu hủy|tiêu huỷ|kê khai|thông báo|liên hệ|phản ánh|xác minh|thẩm tra|kiến nghị|tiếp thu|giải trình|chỉnh lý|hoàn chỉnh)(?=[\s,;.:]|$)/iu;

/** What a sentence of description says after its subject: was, is being, still is, is not yet, is. */
const DESCRIBES = /^(?:[^,;:]{0,60},\s*)?[^,;:]{2,40}?\s(?:đã|đang|còn(?!\s+lại)|vẫn|chưa|là|có ý nghĩa|có vai trò)\s/u;

/** Words that ask for or bear on action anywhere in a sentence; a unit's role ("Bộ Nội vụ là cơ quan đầu mối ..."). */
const ACTS_HERE =
  /(?:^|\s)(?:phải|cần|tiếp tục|khẩn trương|chủ động|tăng cường|đẩy mạnh|kịp thời)\s|\slà\s+(?:(?:cơ quan|đơn vị)\s+)?(?:đầu mối|thường trực|chủ trì|chủ đầu tư)(?=[\s,.;]|$)/iu;

const acts = (sentence: string) =>
  directs(sentence) ||
  unitMustAct(sentence) ||
  MODAL.test(sentence) ||
  CUE.test(sentence) ||
  ACTS_HERE.test(sentence) ||
  ACTION_OPENING.test(sentence) ||
  parseDeadlines(sentence, null).length > 0;

/** True when the item (marker removed) describes and asks nothing. */
export function describesOnly(text: string): boolean {
  // "Kinh phí điều trị: căn cứ ...": the label is no subject; what follows it is read.
  const body = text.replace(/^[^:]{1,200}:\s*(?=\S)/u, '');
  // "(3) các bộ, ngành, địa phương tập trung: **(i)** Sửa đổi, bổ sung ..." (dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5):
  // the inline markers and emphasis are no words of the sentence.
  const sentences = splitSentences(body.replace(/\*+/gu, ''))
    .map((s) => s.trim().replace(/^(?:\((?:\d{1,2}|[ivx]{1,4}|[a-zđ])\)|[-–+•])\s*/u, ''))
    .filter(Boolean);
  if (sentences.length === 0 || sentences.some(acts)) return false;
  return DESCRIBES.test(sentences[0]);
}
