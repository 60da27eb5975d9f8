/** A directive cue or modal word: someone is told to act. */
export const DIRECTS =
  /(?:^|[\s,(])(?:đề nghị|yêu cầu|giao|chỉ đạo|có trách nhiệm|chủ trì|khẩn trương|phải|cần)(?=[\s:,]|$)/iu;

/**
 * An item that describes instead of asking: the time, place, attendance or form of an event ("Thời gian:
 * ...", "Địa điểm: ...", "Thành phần dự hội nghị gồm ..."), a rule it follows ("Quy định về ..."), what
 * pays for it ("Kinh phí thực hiện: ..."), unless it also directs someone ("Thành phần: đề nghị các đơn
 * vị cử ...").
 */
export const ATTRIBUTE =
  /^(?:[^:]{1,60}:\s*)?(?:thời gian|trong (?:khoảng )?thời gian|địa điểm|thành phần|hình thức|đối tượng|quy định về|kinh phí)(?=[\s:,]|$)/iu;
/** "Trưởng đoàn: Đại diện ...", "Thành viên đoàn: ...": who makes up a team, not what it must do. */
const MEMBER = /^(?:trưởng đoàn|phó trưởng đoàn|thành viên(?: đoàn)?|thư ký(?: đoàn)?)\s*:/iu;
export function informs(text: string): boolean {
  return (ATTRIBUTE.test(text) || MEMBER.test(text)) && !DIRECTS.test(text);
}

/** A slogan ("Nhiệt liệt chào mừng ... !"): printed to be displayed, not a task. */
export const SLOGAN = /!["”]?\s*$/u;

/**
 * A heading over the order of business of a meeting or over slogans ("3. Trình tự tổ chức hội nghị",
 * "III. KHẨU HIỆU TUYÊN TRUYỀN"): the items under it describe what happens or what is displayed, they
 * ask no unit for anything. Text without accents, marker removed.
 */
export const PROCEDURE_HEADING =
  /^(?:trinh tu|khau hieu|kich ban|dien bien|chuong trinh (?:hoi nghi|dai hoi|buoi|le|ky hop|phien))\b/;
