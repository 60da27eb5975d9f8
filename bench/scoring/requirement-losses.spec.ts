import type { Directive, Requirement } from '@congvan/extraction';
import { matchByText } from './score-directive.js';
import { requirementLosses } from './requirement-losses.js';

const requirement = (text: string): Requirement => ({ ref: '1', text, deadlines: [], assignees: [], reportTo: [] });
const directive = (texts: string[]) =>
  ({ requirements: texts.map(requirement), deadlines: [] }) as unknown as Directive;
const losses = (gold: Directive, predicted: Directive) =>
  requirementLosses(
    gold,
    predicted,
    matchByText(
      gold.requirements.map((r) => r.text),
      predicted.requirements.map((r) => r.text),
    ),
  );

describe('requirementLosses', () => {
  const tidy = 'Sở Y tế tổ chức kiểm tra an toàn thực phẩm tại các chợ trên địa bàn';
  const report = 'Sở Công Thương báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12/2026';

  it('tells a task read together with much more text from one read in pieces', () => {
    const short = 'Sở Y tế kiểm tra các chợ';
    const long = `${short} và cửa hàng, phối hợp với công an, quản lý thị trường xử lý nghiêm vi phạm về nguồn gốc hàng hóa`;
    const whole =
      'Sở Công Thương tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh và Bộ Công Thương trước ngày 15/12/2026';
    const pieces = [
      'Sở Công Thương tổng hợp, báo cáo',
      'kết quả thực hiện về Ủy ban',
      'nhân dân tỉnh và Bộ Công Thương',
      'trước ngày 15/12/2026',
    ];
    expect(losses(directive([short, whole]), directive([long, ...pieces]))).toEqual({
      inLonger: 1,
      inPieces: 1,
      missed: 0,
      piece: 4,
      holdsGold: 1,
      extra: 0,
    });
  });

  it('counts a task not read and a passage near no task', () => {
    const gold = directive([tidy, report]);
    const predicted = directive([report, 'Năm 2025, toàn tỉnh đã hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội']);
    expect(losses(gold, predicted)).toEqual({ inLonger: 0, inPieces: 0, missed: 1, piece: 0, holdsGold: 0, extra: 1 });
  });

  it('counts nothing when every requirement is matched', () => {
    const both = directive([tidy, report]);
    expect(Object.values(losses(both, both)).every((n) => n === 0)).toBe(true);
  });
});
