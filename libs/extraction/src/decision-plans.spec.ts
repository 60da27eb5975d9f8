/**
 * A decision that issues a plan: the plan's tasks are the requirements, not the article naming who carries the decision
 * out, nor the plan's targets. Texts quoted from dev/ttg-2018-06-qd-kehoach-chithi14-nguoicocong (Quyết định 773/QĐ-TTg)
 * and dev/hcm-2014-06-qd-kehoach-nhao-nguoicocong.
 */
import { extractDirective } from './extract-directive.js';
import { decides } from './describes.js';
import { isTarget } from './plan-targets.js';

const DECISION = [
  'THỦ TƯỚNG CHÍNH PHỦ',
  'Số: 773/QĐ-TTg',
  'Hà Nội, ngày 26 tháng 6 năm 2018',
  'QUYẾT ĐỊNH',
  'BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức thực hiện Chỉ thị số 14-CT/TW.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.',
  'Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.',
  'Nơi nhận:',
  '- Như Điều 3;',
  'THỦ TƯỚNG',
  'Nguyễn Xuân Phúc',
  'KẾ HOẠCH',
  'THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW (Ban hành kèm theo Quyết định số 773/QĐ-TTg ngày 26 tháng 6 năm 2018 của Thủ tướng Chính phủ)',
  'II. NHIỆM VỤ VÀ GIẢI PHÁP',
  '1. Nhiệm vụ',
  'a) Rà soát, hoàn thiện hệ thống chính sách, pháp luật về ưu đãi người có công với cách mạng.',
  'e) Đến năm 2020, phấn đấu đạt 100% gia đình người có công với cách mạng có mức sống bằng hoặc cao hơn mức trung bình của cộng đồng dân cư nơi cư trú.',
  'g) Đến năm 2020, 100% người có công với cách mạng được lập hồ sơ theo dõi sức khỏe.',
];

describe('a decision issuing a plan (dev/ttg-2018-06-qd-kehoach-chithi14-nguoicocong)', () => {
  it('keeps the plan tasks, not "Điều 3 ... chịu trách nhiệm thi hành Quyết định này" nor the targets', () => {
    const { requirements } = extractDirective(DECISION.join('\n')).directive;
    expect(requirements.map((r) => r.text)).toEqual([
      'Rà soát, hoàn thiện hệ thống chính sách, pháp luật về ưu đãi người có công với cách mạng',
    ]);
  });

  it('a year and a share to reach are a target; a task by a year is not', () => {
    expect(isTarget('Đến năm 2020, 100% người có công với cách mạng được lập hồ sơ theo dõi sức khỏe')).toBe(true);
    expect(isTarget('Đến năm 2020, giải quyết căn bản hồ sơ đề nghị xác nhận người có công còn tồn đọng')).toBe(false);
  });

  it('"Biểu dương, nhân rộng gương ..." is a plan\'s activity, not a commendation', () => {
    expect(
      decides(
        'Biểu dương, nhân rộng gương người có công với cách mạng điển hình tiên tiến, tiêu biểu vượt khó vươn lên',
      ),
    ).toBe(false);
    expect(decides('Biểu dương sự nỗ lực của Bộ Y tế trong thời gian qua')).toBe(true);
  });
});
