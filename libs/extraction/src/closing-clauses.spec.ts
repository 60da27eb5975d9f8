import { extractDirective } from './extract-directive.js';
import { keepActions } from './kept-actions.js';
import { isPlanAside } from './plan-asides.js';

const item = (ref: string, text: string) => ({ ref, text, deadlines: [], assignees: [], span: { start: 0, end: 0 } });

describe('the closing clauses of a programme among its items: no task', () => {
  it('drops the standing clause on what arises in carrying it out (dev cp-2026-04-nq-chuongtrinh-ct49-phichinhphu III.6)', () => {
    const kept = keepActions([
      item(
        'III.5',
        'Bộ Ngoại giao chủ trì, phối hợp với các bộ, ngành theo dõi, đôn đốc việc thực hiện Chương trình hành động',
      ),
      item(
        'III.6',
        'Trong quá trình tổ chức thực hiện, nếu có những nội dung cụ thể, phát sinh cần sửa đổi, bổ sung vào Chương trình hành động của Chính phủ, các bộ, ngành, địa phương chủ động đề xuất gửi Bộ Ngoại giao để tổng hợp, báo cáo Thủ tướng Chính phủ xem xét, quyết định',
      ),
    ]);
    expect(kept.map((k) => k.ref)).toEqual(['III.5']);
  });

  it('keeps a task that opens with its unit (dev baccamranh-2025-11-kehoach-giamsat-baucu V.6)', () => {
    const text =
      'Đoàn kiểm tra trong quá trình kiểm tra, giám sát công tác bầu cử nếu có vấn đề gì phát sinh, khó khăn, vướng mắc hoặc phát hiện hành vi vi phạm pháp luật về bầu cử thì báo cáo kịp thời để hướng dẫn xử lý';
    expect(keepActions([item('V.6', text)])).toHaveLength(1);
  });
});

describe('the last paragraph, ending in "./.", may give units their duties (dev hanoi-2026-04-tb-treoco-mttq)', () => {
  it('reads one requirement per unit of it', () => {
    const found = extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'THÀNH PHỐ HÀ NỘI',
        'Số: 120/TB-UBND',
        'Hà Nội, ngày 05 tháng 5 năm 2026',
        'THÔNG BÁO',
        'Về việc treo cờ Tổ quốc',
        '',
        'Nhân dịp Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ XI, nhiệm kỳ 2026 - 2031. Ủy ban nhân dân thành phố Hà Nội đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành, đơn vị và các hộ gia đình trên địa bàn Thành phố treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.',
        '',
        'Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra, nhắc nhở việc treo cờ Tổ quốc ở địa bàn dân cư; Thủ trưởng các cơ quan, đơn vị chỉ đạo, kiểm tra việc treo cờ Tổ quốc ở các đơn vị thuộc quyền quản lý đảm bảo đúng quy định./.',
        '',
        'Nơi nhận:',
        '- Lưu: VT, KGVX',
      ].join('\n'),
    ).directive.requirements.map((r) => r.text.slice(0, 40));
    expect(found).toEqual([
      'Ủy ban nhân dân thành phố Hà Nội đề nghị',
      'Ủy ban nhân dân các phường, xã có trách ',
      'Thủ trưởng các cơ quan, đơn vị chỉ đạo, ',
    ]);
  });
});

describe("any document's entry into force is no task", () => {
  it.each([
    // samples/bodies btgdvtw-2025-11-hd-baocaovien-cacap, III.2.
    'Hướng dẫn này thay thế Hướng dẫn số 31-HD/BTGTW, ngày 30/12/2011 của Ban Tuyên giáo Trung ương và có hiệu lực kể từ ngày ký.',
    'Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
    'Công văn này có hiệu lực kể từ ngày ký.',
  ])('%s', (text) => expect(isPlanAside(text)).toBe(true));
});
