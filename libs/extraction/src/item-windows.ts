import type { Requirement } from './directive.types.js';

/** "... đảm bảo cung cấp dịch vụ công trực tuyến (2027 - 2030)": a window of years printed last in brackets. */
const WINDOW = /\((\d{4})\s*[-–]\s*(\d{4})\)$/u;

/**
 * A plan's roadmap item that closes with its window of years ("3. Hoàn thiện hạ tầng công nghệ thông tin ..., tùy điều
 * kiện có thể tiến tới thí điểm (2025 - 2026)", dev hcm-2025-11-qd-kehoach-csdl-quyhoach): due by the window's end, as
 * a labelled "Thời gian thực hiện: 2025 - 2026" line would be (corpus README, wave 14). An open window ("(2026 trở
 * đi)") or an ongoing activity ("(xuyên suốt 2025 - 2035)") sets none; an item with a deadline of its own keeps it.
 */
export function closeItemWindows<T extends Requirement>(requirements: T[]): T[] {
  for (const requirement of requirements) {
    const window = WINDOW.exec(requirement.text);
    if (!window || requirement.deadlines.length > 0 || Number(window[2]) < Number(window[1])) continue;
    requirement.deadlines = [{ kind: 'absolute', date: `${window[2]}-12-31`, text: window[0] }];
  }
  return requirements;
}
