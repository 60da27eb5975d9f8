/** Roadmap items closing with a window of years: phrases of dev hcm-2025-11-qd-kehoach-csdl-quyhoach (its part III). */
import type { Requirement } from './directive.types.js';
import { closeItemWindows } from './item-windows.js';

const item = (text: string): Requirement => ({ ref: '1', text, deadlines: [], assignees: [], reportTo: [] });
const due = (text: string) => closeItemWindows([item(text)])[0].deadlines.map((d) => d.date);

describe("a roadmap item's window of years", () => {
  it('closes at its end', () => {
    expect(
      due(
        'Hoàn thiện hạ tầng công nghệ thông tin và phần mềm quản lý dữ liệu quy hoạch Thành phố, tùy điều kiện có thể tiến tới thí điểm (2025 - 2026)',
      ),
    ).toEqual(['2026-12-31']);
    expect(
      due(
        'Rà soát, cải cách thủ tục hành chính trong lĩnh vực quy hoạch, đảm bảo cung cấp dịch vụ công trực tuyến (2027 - 2030)',
      ),
    ).toEqual(['2030-12-31']);
  });

  it('sets none when open or ongoing', () => {
    expect(
      due(
        'Tùy điều kiện, mở rộng và tiến tới vận hành, khai thác và kết nối dữ liệu quy hoạch Thành phố với Trung tâm dữ liệu quốc gia (2026 trở đi)',
      ),
    ).toEqual([]);
    expect(
      due('Đào tạo nhân lực, nâng cao nhận thức cộng đồng, huy động doanh nghiệp tham gia (xuyên suốt 2025 - 2035)'),
    ).toEqual([]);
  });

  it("leaves an item's own deadline alone", () => {
    const [found] = closeItemWindows([
      { ...item('Xây dựng phần mềm (2025 - 2026)'), deadlines: [{ kind: 'absolute', date: '2025-12-31', text: 'x' }] },
    ]);
    expect(found.deadlines.map((d) => d.date)).toEqual(['2025-12-31']);
  });
});
