import { CUE, findAssignees, UNIT_START } from './assignees.js';
import { ACTS, MODAL } from './prose-openers.js';

/*
 * What one sentence does: a courtesy line, a basis it opens with, a cue that directs someone, a unit that must act. Read
 * by the prose reader (prose-requirements.ts) and by the structure's readers of items and paragraphs.
 */

/**
 * The closing courtesy and contact lines: never a requirement. A reply's referral of the petitioner to another body is one:
 * "Theo đó, đề nghị Hội đồng Kinh doanh Hoa kỳ - ASEAN liên hệ với Bộ Khoa học và Công nghệ ... để được hướng dẫn" (dev
 * chq-2025-12-traloi-ghinhan-hanghoa-usabc).
 */
export const COURTESY =
  /^(?:trân trọng|rất mong|[^,.;:]{2,60}?\s(?:trân trọng cảm ơn|rất mong)\s|kính báo|kính mong|xin trân trọng|mọi chi tiết|chi tiết (?:xin )?liên hệ|thông báo để|trong quá trình|quá trình thực hiện|nếu có|đây là|mọi (?:vướng mắc|thắc mắc)|(?:[^,.;:]{0,40},\s*)?đề nghị\s+(?:quý\s+)?(?:công ty|doanh nghiệp|hội đồng|hiệp hội|chi nhánh)\s[^;]{0,200}?\sliên hệ\s[^;]{2,200}?\sđể được\s+(?:hướng dẫn|giải đáp)|.*\b(?:nếu|trường hợp|khi) có (?:phát sinh )?(?:khó khăn|vướng mắc|phát sinh|thắc mắc))/iu;
/** Basis and background openers: "Căn cứ ...", "Thực hiện Công văn ...", "Ngày 09/02/2021, ..." (whole words: not "Quan tâm ...", "Theo dõi ..."). */
export const BACKGROUND =
  /^(?:căn cứ|thực hiện|theo(?! dõi)|tiếp theo|triển khai|nhằm|để|ngày \d|hiện nay|qua|tuy nhiên|trên cơ sở|nhận được|từ ngày)(?=[\s,]|$)/iu;

/** A sentence that opens with a unit and says what it must do by when. */
export const UNIT_SUBJECT =
  /^(?:Các\s|UBND|Ủy ban|Uỷ ban|Sở\s|Phòng\s|Ban\s|Trung tâm|Tổng [Cc]ục\s|Cục\s|Chi bộ|Đảng ủy|Đảng uỷ|Công an|Thủ trưởng|Giám đốc|Hiệu trưởng|Chủ tịch|Trưởng\s|Văn phòng|Bộ\s|Trường\s(?!hợp)|MTTQ|Mặt trận|Đảng bộ\s)/u;

/** A sentence that directs someone: a cue verb followed by an addressee, not in the past tense. */
export function directs(text: string): boolean {
  // "... theo công văn chỉ đạo của Ban Thường vụ Tỉnh đoàn Nghệ An, Ban Thường vụ Đoàn Trường Đại học Vinh kêu gọi toàn thể
  // đoàn viên thanh niên ..." (dev vinhuni-doan-2019-04-quyengop-congtrinh-thanhnien): a cue that names no one may come first.
  // Not a later cue in a clause that narrates another document: "Ngày 19 tháng 9 năm 2013, Văn phòng Chính phủ có văn bản
  // số 349/TB-VPCP thông báo ý kiến chỉ đạo ... yêu cầu quý Bộ ..." (dev vpcp-2013-10-dondoc-baocao-dioxin).
  return [...text.matchAll(new RegExp(CUE.source, 'gu'))].some((cue, i) => {
    const before = text.slice(0, cue.index + 1);
    if (/(?:đã|được|theo|của|có|ý kiến)\s*.?$/iu.test(before)) return false;
    if (i > 0 && /(?:\ssố\s*:?\s*\d|\s(?:đã|được)\s)[^,;]*$/u.test(before)) return false;
    // "Thực hiện Công văn ... đề nghị" opens with a basis: it directs only from its main clause on.
    if (BACKGROUND.test(text) && !before.includes(',')) return false;
    return UNIT_START.test(text.slice(cue.index + cue[0].length));
  });
}

/**
 * A sentence that opens with a unit and says what it must do ("Bộ Giáo dục và Đào tạo báo cáo ...", "Sở Y tế có trách
 * nhiệm ..."), or by when (`due`); "Sở Y tế đã phối hợp với ...": what was done, not what must be.
 */
export function unitMustAct(text: string, due = false): boolean {
  return (
    UNIT_SUBJECT.test(text) &&
    !/^[^,;]{0,120}?\s(?:đã|đang|vừa)\s/u.test(text) &&
    // "Bộ Lao động - Thương binh và Xã hội nhận được Công văn số 1879/UBND-VX ... , Bộ ... có ý kiến như sau:": a reply's
    // opening tells what it answers.
    !/^[^,;]{0,120}?\snhận được\s/u.test(text) &&
    !/^(?:đã|đang|vừa)\s/u.test(afterSubject(text)) &&
    (due ||
      /có trách nhiệm|có nhiệm vụ|chịu trách nhiệm (?:thi hành|thực hiện|tổ chức thực hiện)|khẩn trương|chủ trì|phối hợp với|\bphải\b/u.test(
        text,
      ) ||
      ACTS.test(afterSubject(text)) ||
      MODAL.test(text))
  );
}

/** "Trên cơ sở ..., Bộ Xây dựng làm việc ..." → "Bộ Xây dựng làm việc ...": the clause after the basis, from its unit on. */
export function mainClause(text: string): string | null {
  // "..., các đơn vị ... phải ...", "Trường hợp ... thì Công an thành phố, UBND các quận ... xử lý ...": the subject after
  // the comma or the "thì" of a condition, "các" raised as a sentence would open.
  // "Theo đó các cơ quan, đơn vị liên quan tổng hợp ..." (Sở Y tế Bà Rịa - Vũng Tàu): a link word with no comma after it.
  for (const match of text.matchAll(/,\s+|\sthì\s+|^(?:theo đó|do đó|vì vậy)\s+/giu)) {
    const rest = text.slice(match.index + match[0].length).replace(/^các\s/u, 'Các ');
    if (UNIT_SUBJECT.test(rest)) return rest;
  }
  return null;
}

/** The words after the unit that opens a sentence: "Bộ Giáo dục và Đào tạo báo cáo ..." → "báo cáo ...". */
function afterSubject(text: string): string {
  // "Ủy ban Nhân dân các cấp (tỉnh, huyện, xã ...) cử ...", "Ủy ban kế hoạch Nhà nước, các Bộ ..., Ngân hàng Nhà nước Việt
  // Nam... giải quyết ...": past the asides and the whole list of units that opens it.
  const bare = text.replace(/\s*\([^()]{0,120}\)/gu, '').replace(/\.{2,}|…/gu, ' ');
  let end = 0;
  for (const unit of findAssignees(bare)) {
    const at = bare.indexOf(unit, end);
    if (at < 0 || !/^[\s,;]*(?:và\s+)?$/u.test(bare.slice(end, at))) break;
    end = at + unit.length;
  }
  if (end > 0) return bare.slice(end).replace(/^[\s,;]+/u, '');
  // "Các Đơn vị bố trí, phân công trực hợp lý ..." (Công văn 1232/UBND-VP tỉnh Hải Dương, 2020): every recipient, no unit
  // of its own to find, yet the sentence's subject.
  const everyone =
    /^(?:Các|các)\s+(?:cơ quan|đơn vị|địa phương)(?:(?:,\s*|\s+và\s+|\s+)(?:cơ quan|đơn vị|địa phương))*\s+/iu.exec(
      bare,
    );
  return everyone ? bare.slice(everyone[0].length) : '';
}
