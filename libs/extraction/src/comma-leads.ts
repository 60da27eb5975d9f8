import { findAssignees } from './assignees.js';

/** A clause after a comma that opens with an office or a unit (capitalised) and then leads: "..., Bộ trưởng Bộ X chủ trì ...". */
const LEADS = /,\s+(\p{Lu}[^,;.:]{2,120}?\schủ trì(?=[\s,.;]|$)[^,;.]*)/gu;

/**
 * "Giao Phó Thủ tướng Chính phủ Vũ Khoan phát biểu Hội nghị CG giữa kỳ năm 2003, Bộ trưởng Bộ Kế hoạch và Đầu tư chủ trì
 * và Diễn đàn doanh nghiệp Việt Nam" (dev vpcp-2003-05-hoinghi-cg-giuaky): tasks chained by commas in one sentence, each
 * office holder with its own act; the one a later clause makes lead is an assignee too (the lead of its own task, as a
 * ";" clause would be). Not a partner after the lead ("Sở Y tế chủ trì, Sở Tài chính phối hợp": no "chủ trì").
 */
export function addCommaLeads<T extends { text: string; assignees: string[] }>(requirements: T[]): void {
  for (const requirement of requirements) {
    if (requirement.assignees.length === 0) continue;
    for (const match of requirement.text.matchAll(LEADS)) {
      const [unit] = findAssignees(match[1]);
      if (!unit || !match[1].startsWith(unit) || !/^\s*chủ trì/u.test(match[1].slice(unit.length))) continue;
      if (!requirement.assignees.some((a) => a.toLowerCase() === unit.toLowerCase())) requirement.assignees.push(unit);
    }
  }
}
