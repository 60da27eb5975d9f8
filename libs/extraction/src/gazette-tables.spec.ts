/**
 * The Official Gazette's borderless task table (Phụ lục of Nghị quyết 100/NQ-CP, dev cp-2026-04-nq-chuongtrinh-ct49-phichinhphu):
 * lines quoted as the PDF-to-text prints them, one short line per cell fragment.
 */
import { readTaskTables } from './task-tables.js';

const ANNEX = [
  'PHỤ LỤC',
  'DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ',
  ' ',
  'TT',
  'Tên nhiệm vụ',
  'Cơ quan',
  'chủ trì',
  'Cơ',
  'quan',
  'phối hợp',
  'Kết quả/Đánh giá',
  'Thời',
  'hạn',
  'hoàn thành',
  'II. ',
  'Đẩy mạnh cải cách, hoàn thiện, nâng cao chất ',
  'lượng và hiệu quả thực thi thể chế, chính sách, ',
  'quy định pháp luật ',
  ' ',
  '1. ',
  'Nghiên cứu, đề xuất xây dựng văn bản quy phạm ',
  'pháp luật điều chỉnh tổng thể hoạt động các tổ ',
  'chức phi chính phủ, phi lợi nhuận nước ngoài và ',
  'tổ chức nhân dân, các hội, pháp nhân khác trong ',
  'nước hoạt động tại Việt Nam. ',
  'Bộ ',
  'Nội ',
  'vụ, ',
  'Bộ ',
  'Ngoại ',
  'giao ',
  'Bộ Công an, ',
  'Bộ ',
  'Tài ',
  'chính, Bộ Tư ',
  'pháp, ',
  'các ',
  'Bộ, ',
  'ngành ',
  'liên quan ',
  'Đề xuất xây dựng ',
  'Luật ',
  'Năm 2026 – ',
  '2030 ',
  '2.  ',
  'Tổng kết, đánh giá thực tiễn thi hành Nghị định ',
  'số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2002 ',
  'của Chính phủ về đăng ký và quản lý hoạt động ',
  'của tổ chức phi chính phủ nước ngoài tại Việt ',
  'Nam, tham mưu, đề xuất Chính phủ sửa đổi, bổ ',
  'sung các quy định phù hợp với yêu cầu và thực ',
  'tiễn công tác. ',
  'Bộ Ngoại ',
  'giao ',
  'Bộ Tư pháp, ',
  'các ',
  'Bộ, ',
  'ngành, ',
  'địa ',
  'phương liên ',
  'quan ',
  'Nghị định được ',
  'ban hành ',
  'Năm 2026 ',
  '4.  ',
  'Nâng cao hiệu lực, hiệu quả, tính nghiêm minh ',
  'trong tổ chức thi hành pháp luật; nâng cao ý thức ',
  'chấp hành pháp luật của cá nhân, tổ chức và toàn ',
  'xã hội trong các lĩnh vực liên quan hoạt động phi ',
  'chính phủ nước ngoài tại Việt Nam. ',
  'Các Bộ, ',
  'ngành, ',
  'địa ',
  'phương ',
  'Các ',
  'Bộ, ',
  'ngành, ',
  'địa ',
  'phương ',
  'Hội nghị phổ biến ',
  'pháp luật ',
  'Thực ',
  'hiện ',
  'thường ',
  'xuyên.  ',
].join('\n');

describe('the gazette task table (dev cp-2026-04-nq-chuongtrinh-ct49-phichinhphu)', () => {
  const [table] = readTaskTables(ANNEX, 0, '2026');

  // One part only: its rows keep their numbers as printed (the part joins the ref when the numbering restarts under each part).
  it('gives one PL. row per task, its task cell only', () => {
    expect(table.requirements.map((r) => r.ref)).toEqual(['PL.1', 'PL.2', 'PL.4']);
    expect(table.requirements[1].text).toBe(
      'Tổng kết, đánh giá thực tiễn thi hành Nghị định số 58/2022/NĐ-CP ngày 31 tháng 8 năm 2002 của Chính phủ về đăng ký và quản lý hoạt động của tổ chức phi chính phủ nước ngoài tại Việt Nam, tham mưu, đề xuất Chính phủ sửa đổi, bổ sung các quy định phù hợp với yêu cầu và thực tiễn công tác.',
    );
  });

  it('reads the lead cell, not the partners, and the completion cell', () => {
    expect(table.requirements.map((r) => r.assignees)).toEqual([['Bộ Nội vụ', 'Bộ Ngoại giao'], ['Bộ Ngoại giao'], []]);
    expect(table.requirements.map((r) => r.deadlines.map((d) => d.date))).toEqual([['2030-12-31'], ['2026-12-31'], []]);
  });
});
