import { DIRECTS } from './describes.js';

/**
 * A plan's target: a year and the share to reach by then ("Đến năm 2020, phấn đấu đạt 100% gia đình người có công ... có
 * mức sống bằng hoặc cao hơn ...", "Đến năm 2020, 100% người có công với cách mạng được lập hồ sơ theo dõi sức khỏe ..."):
 * figures the tasks are to achieve, no task itself.
 */
const TARGET =
  /^(?:phấn đấu\s+)?(?:đến|trong|từ nay đến)\s+(?:hết\s+)?năm\s+\d{4}\s*,\s*(?:phấn đấu\s+)?(?:(?:đạt|có)\s+)?(?:(?:trên|khoảng|ít nhất|tối thiểu)\s+)?\d{1,3}(?:[.,]\d+)?\s*%/iu;

export function isTarget(text: string): boolean {
  return TARGET.test(text) && !DIRECTS.test(text);
}
