/**
 * A decision's closing article: "Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở ... và các tổ chức, cá nhân liên
 * quan chịu trách nhiệm thi hành Quyết định này." It names who carries the decision out.
 */
const EXECUTES_DECISION =
  /(?:chịu trách nhiệm|có trách nhiệm)\s+(?:tổ chức\s+)?(?:thi hành|thực hiện)\s+(?:quyết định|QĐ|nghị quyết) này/iu;

/**
 * When the decision's other articles, or the plan it issues, assign the tasks, the closing article asks nothing they do
 * not (it would repeat them for every unit): it is no requirement. When it is the only sentence directing anyone (a
 * decision that announces procedures or admits a member), it is the task.
 */
export function dropClosingArticle<T extends { text: string }>(requirements: T[]): T[] {
  const others = requirements.filter((r) => !closingArticle(r.text));
  return others.length > 0 ? others : requirements;
}

/**
 * The closing article names its actors and only carries the decision out. Not a unit's own item under its heading ("4.1.
 * Bộ Giáo dục và Đào tạo:" / "a) Chịu trách nhiệm tổ chức thi hành Nghị quyết này", dev cp-2026-04-nq-tthc-bgddt), nor an
 * article that goes on with tasks of its own ("1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lai Châu, ... có
 * trách nhiệm tổ chức thi hành Nghị quyết này; sắp xếp, ổn định bộ máy các cơ quan, tổ chức ở địa phương; ổn định đời sống
 * của Nhân dân địa phương ...", dev ubtvqh-2025-06-nq-sapxep-capxa-laichau, Điều 3).
 */
function closingArticle(text: string): boolean {
  const executes = EXECUTES_DECISION.exec(text);
  if (!executes) return false;
  if (/^(?:chịu trách nhiệm|có trách nhiệm)\s/iu.test(text.trim())) return false;
  return !/;\s*\S/u.test(text.slice(executes.index + executes[0].length));
}
