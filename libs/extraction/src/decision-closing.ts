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
  const others = requirements.filter((r) => !EXECUTES_DECISION.test(r.text));
  return others.length > 0 ? others : requirements;
}
