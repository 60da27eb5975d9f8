/** A directive cue or modal word: someone is told to act. */
export const DIRECTS =
  /(?:^|[\s,(])(?:đề nghị|yêu cầu|giao|chỉ đạo|có trách nhiệm|chủ trì|khẩn trương|phải|cần)(?=[\s:,]|$)/iu;

/**
 * An item that describes instead of asking: the time, place, attendance or form of an event ("Thời gian:
 * ...", "Địa điểm: ...", "Thành phần dự hội nghị gồm ..."), a rule it follows ("Quy định về ..."), unless
 * it also directs someone ("Thành phần: đề nghị các đơn vị cử ...").
 */
export const ATTRIBUTE =
  /^(?:[^:]{1,60}:\s*)?(?:thời gian|địa điểm|thành phần|hình thức|đối tượng|quy định về)(?=[\s:,]|$)/iu;
export function informs(text: string): boolean {
  return ATTRIBUTE.test(text) && !DIRECTS.test(text);
}
