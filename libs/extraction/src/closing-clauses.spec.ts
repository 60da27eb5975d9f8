import { keepActions } from './kept-actions.js';

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
