/**
 * A decision as the Official Gazette (Công báo) prints it: no Nơi nhận, the plan right after the signer. Lines quoted from
 * dev/ttg-2026-05-qd-kehoach-bhyt-toandan-ct52 (Quyết định 844/QĐ-TTg with its Kế hoạch hành động).
 */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;

const HEAD_844 = [
  'THỦ TƯỚNG CHÍNH PHỦ',
  'Số: 844/QĐ-TTg',
  'Hà Nội, ngày 13 tháng 5 năm 2026',
  'QUYẾT ĐỊNH',
  'Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW.',
  'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
  'Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  'KT. THỦ TƯỚNG',
  'PHÓ THỦ TƯỚNG',
  ' [',
  'Phạm Thị Thanh Trà',
  '',
  'THỦ TƯỚNG CHÍNH PHỦ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'KẾ HOẠCH HÀNH ĐỘNG',
  'Thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư',
  '(Kèm theo Quyết định số 844/QĐ-TTg',
  'ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)',
  'I. MỤC TIÊU',
  '1. Tổ chức thể chế hóa và thực hiện đầy đủ các nhiệm vụ và giải pháp đã đề ra trong Chỉ thị số 52-CT/TW.',
  'II. NHIỆM VỤ CỤ THỂ',
  'Nhằm đạt được mục tiêu Chỉ thị số 52-CT/TW đề ra, bên cạnh các nhiệm vụ',
  'thường xuyên, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân',
  'dân các tỉnh, thành phố trực thuộc trung ương cần cụ thể hóa và tổ chức triển khai',
  'thực hiện các nhiệm vụ sau đây:',
];

describe('a Gazette decision whose plan follows the signer (dev/ttg-2026-05-qd-kehoach-bhyt-toandan-ct52)', () => {
  it('ends the signer block at the name above the plan and reads the plan with its own refs', () => {
    const d = read([
      ...HEAD_844,
      '1. Tăng cường công tác lãnh đạo, chỉ đạo thực hiện hiệu quả các chủ',
      'trương, chính sách, pháp luật, chương trình, kế hoạch về bảo hiểm y tế',
      '- Uỷ ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu bao phủ về bảo hiểm y tế',
      'vào nghị quyết, chương trình, kế hoạch phát triển kinh tế - xã hội hằng năm và dài',
      'hạn của địa phương.',
      '- Xây dựng đề án về đổi mới, nâng cao hiệu quả công tác truyền thông, phổ',
      'biến, giáo dục pháp luật về bảo hiểm y tế trong giai đoạn mới.',
    ]);
    expect(d.signer).toEqual({
      authority: 'KT.',
      body: 'THỦ TƯỚNG',
      title: 'PHÓ THỦ TƯỚNG',
      name: 'Phạm Thị Thanh Trà',
    });
    expect(d.requirements.map((r) => [r.ref, r.assignees])).toEqual([
      // "đưa các chỉ tiêu ... vào" is the act that ends the unit's name.
      ['II.1.1', ['Ủy ban nhân dân cấp tỉnh, cấp xã']],
      // An item that names no one is done by whom the lead-in names: the ministries and the provincial committees (corpus
      // README, "The every-ministry-and-every-province list is listed").
      [
        'II.1.2',
        [
          'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
          'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
        ],
      ],
    ]);
  });

  it('reads a part item ending in a full stop as the title over its dash items (II.4)', () => {
    const d = read([
      ...HEAD_844,
      '4. Tăng cường, nâng cao năng lực cho các cơ quan quản lý nhà nước và',
      'cơ quan tổ chức thực hiện về bảo hiểm y tế ở Trung ương và địa phương, bảo',
      'đảm quản lý, sử dụng quỹ bảo hiểm y tế hiệu quả, cân đối.',
      '- Bộ Y tế tăng cường, nâng cao năng lực cho các cơ quan tham mưu, giúp Bộ',
      'trưởng Bộ Y tế quản lý nhà nước và tổ chức thực thi pháp luật về bảo hiểm y tế.',
      '- Xây dựng cơ chế, lộ trình thí điểm đa dạng các loại hình cung ứng dịch vụ',
      'bảo hiểm y tế.',
    ]);
    expect(d.requirements.map((r) => [r.ref, r.assignees])).toEqual([
      ['II.4.1', ['Bộ Y tế']],
      [
        'II.4.2',
        [
          'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
          'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
        ],
      ],
    ]);
  });
});
