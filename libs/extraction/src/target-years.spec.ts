/**
 * Target years of a goal, from the wave-9 gold calls (samples/corpus/README.md, "Wave 9": "target dates on a requirement's
 * goal ('đến hết năm 2030', 'ngay trong năm 2025') → the year's last day").
 */
import { parseDeadlines } from './parse-deadlines.js';

const dates = (text: string) => parseDeadlines(text, '2025').map((d) => d.date ?? null);

describe('target years', () => {
  it('"ngay trong năm 2025" is due by the year\'s last day, like "đến hết năm 2030"', () => {
    expect(dates('Triển khai thực hiện các giải pháp ngay trong năm 2025.')).toEqual(['2025-12-31']);
    expect(dates('Phấn đấu đến hết năm 2030, 100% xã, phường không có ma túy.')).toEqual(['2030-12-31']);
  });

  it('a bare "trong năm 2025" or a span of years is no target', () => {
    expect(dates('Tổ chức hội nghị sơ kết trong năm 2025.')).toEqual([]);
    expect(dates('Thực hiện ngay trong năm 2025 - 2026.')).not.toContain('2025-12-31');
  });
});
