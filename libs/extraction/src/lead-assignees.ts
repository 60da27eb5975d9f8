import { findAssignees, UNIT_START } from './assignees.js';

/**
 * "giao Văn phòng Ban Chỉ đạo ...:", "đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo:" → that unit, for the
 * items under it; "đề nghị các đơn vị ...:" → none (every recipient).
 */
export function leadAssignees(text: string): string[] {
  const giao = /(?:^|\s)giao\s+(.+?)\s*:\s*$/iu.exec(text);
  if (giao && !/\s(?:thực hiện|triển khai|như sau)/u.test(giao[1])) return findAssignees(`Giao ${giao[1]} thực hiện`);
  const asked = /(?:^|\s)(?:đề nghị|yêu cầu)\s+(.+?)\s*:\s*$/iu.exec(text);
  if (!asked || giao || !UNIT_START.test(asked[1])) return [];
  return findAssignees(`Đề nghị ${asked[1]} thực hiện`);
}
