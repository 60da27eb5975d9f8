import { DIRECTS } from './describes.js';

/**
 * A plan's target: a year and the share to reach by then ("Đến năm 2020, phấn đấu đạt 100% gia đình người có công ... có
 * mức sống bằng hoặc cao hơn ...", "Đến năm 2020, 100% người có công với cách mạng được lập hồ sơ theo dõi sức khỏe ..."):
 * figures the tasks are to achieve, no task itself.
 */
const TARGET =
  /^(?:phấn đấu\s+)?(?:đến|trong|từ nay đến)\s+(?:hết\s+)?năm\s+\d{4}\s*,\s*(?:phấn đấu\s+)?(?:(?:đạt|có)\s+)?(?:(?:trên|khoảng|ít nhất|tối thiểu)\s+)?\d{1,3}(?:[.,]\d+)?\s*%/iu;

/**
 * "Trong đó:" / "+ Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT: 25 trạm, Viettel: 33 trạm);" / "+ Chuyển đổi từ trạm
 * 3G/4G sang trạm 5G: 125 trạm (...), nâng tổng số trạm 5G: 188 trạm." (nghean-2025-11-kehoach-5g-iot-kcn): a plan's
 * figure, a count of things to reach by a label, no task (not "...: 100% khu công nghiệp ... triển khai ...", a share).
 */
const FIGURE =
  /^[^:;.]{3,80}:\s*(?:khoảng\s+|trên\s+|tối thiểu\s+)?\d[\d.,]*\s+\p{L}+(?:\s+\p{L}+)?\s*(?:\([^()]*\))?(?:,\s*[^;:]{3,60}:\s*\d[\d.,]*\s+\p{L}+(?:\s+\p{L}+)?)?\s*[.;]?$/u;

/**
 * A norm stated as a range of figures: "Hệ số quy hoạch từ 1,0 - 1,5 lần so với số lượng cấp ủy, ban thường vụ cấp ủy ..."
 * (dev btctw-2025-11-huongdan-quydinh377-canbo), "Tỷ lệ ... từ 15% đến 20% ...": how many, no one told to act.
 */
const RATIO =
  /^(?:hệ số|tỷ lệ|tỉ lệ|định mức|mức)\s[^,;:]{0,80}?\s(?:từ\s+)?(?:khoảng\s+)?\d+(?:[.,]\d+)?\s*(?:%|lần)?\s*(?:-|–|đến)\s*\d+(?:[.,]\d+)?\s*(?:%|lần)/iu;

/**
 * A share to reach, without a year: "Phấn đấu tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học đạt tối
 * thiểu 30%, gắn với nhu cầu phát triển nguồn nhân lực số ..." (Kế hoạch 144/KH-UBND Bắc Ninh, VI.19.c).
 */
const SHARE =
  /^phấn đấu\s+(?:tỷ trọng|tỷ lệ|tối thiểu|ít nhất|có|đạt)\s[^.;:]{0,160}?(?:đạt|lên|chiếm)\s+(?:(?:trên|khoảng|ít nhất|tối thiểu)\s+)?\d{1,3}(?:[.,]\d+)?\s*%/iu;

export function isTarget(text: string): boolean {
  return (TARGET.test(text) || FIGURE.test(text) || RATIO.test(text) || SHARE.test(text)) && !DIRECTS.test(text);
}
