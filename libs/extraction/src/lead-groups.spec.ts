import { findAssignees } from './assignees.js';
import { headingUnits } from './lead-in-units.js';

/**
 * Groups in general words that a "chủ trì" clause names ("các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao"):
 * a particular group (the README's "When the text names a particular group, it is listed as written"), not every
 * recipient.
 */
describe('a group in general words named by the task it leads', () => {
  it('"Hàng năm, trước ngày 25 tháng 12, các cơ quan, đơn vị chủ trì thực hiện ..." (bodies dev kh-ttg-2025-11-qd-kehoach-onhiem-khongkhi p)', () => {
    expect(
      findAssignees(
        'Hàng năm, trước ngày 25 tháng 12, các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao gửi Bộ Nông nghiệp và Môi trường báo cáo tình hình, tiến độ triển khai các nhiệm vụ để tổng hợp, báo cáo Thủ tướng Chính phủ',
      ),
    ).toEqual(['các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao']);
  });

  it.each([
    [
      'Các đơn vị chủ trì triển khai các dự án thành phần có trách nhiệm báo cáo Sở Tài chính trước ngày 15/12',
      'Các đơn vị chủ trì triển khai các dự án thành phần',
    ],
    [
      'Cơ quan chủ trì giải quyết thủ tục đầu tư dự án có trách nhiệm lấy ý kiến các sở, ngành liên quan',
      'Cơ quan chủ trì giải quyết thủ tục đầu tư dự án',
    ],
    [
      'Hằng quý, các cơ quan chủ trì xây dựng đề án gửi Sở Nội vụ kết quả thực hiện',
      'các cơ quan chủ trì xây dựng đề án',
    ],
  ])('"%s" (paraphrase)', (text, group) => {
    expect(findAssignees(text)).toEqual([group]);
  });

  it('the lead of a task, partners after it, stays every recipient: "Các đơn vị chủ trì, phối hợp với ..." (paraphrase)', () => {
    expect(findAssignees('Các đơn vị chủ trì, phối hợp với Sở Y tế tổ chức tập huấn cho cán bộ')).toEqual([]);
  });

  it('a lead role with no task after it keeps its short name: "Các cơ quan chủ trì có trách nhiệm ..." (paraphrase)', () => {
    expect(findAssignees('Các cơ quan chủ trì có trách nhiệm báo cáo kết quả về Sở Nội vụ')).toEqual([
      'Các cơ quan chủ trì',
    ]);
  });
});

describe('"Hàng năm", spelt with a grave accent, opens a sentence as "Hằng năm" does', () => {
  it('"Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh ... báo cáo" (dev ttg-2018-06-qd-kehoach-chithi14-nguoicocong)', () => {
    expect(
      findAssignees(
        'Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương báo cáo Thủ tướng Chính phủ',
      ),
    ).toEqual(['các bộ, ngành', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']);
  });

  it('"Hàng quý, Sở Tài chính tổng hợp ..." (paraphrase)', () => {
    expect(findAssignees('Hàng quý, Sở Tài chính tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh')).toEqual([
      'Sở Tài chính',
    ]);
  });
});

describe('"Đảng đoàn" heads a body, in a lead-in and in a sentence', () => {
  it('"2.1. Để thể chế hoá ..., Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:" (dev ddqh-2025-01-kehoach-nq57-khcn II.2.1)', () => {
    expect(
      headingUnits(
        '2.1. Để thể chế hoá đầy đủ và thực hiện có hiệu quả Nghị quyết số 57-NQ/TW, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:',
      ),
    ).toEqual(['Đảng đoàn Quốc hội']);
  });

  it('"Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan Văn phòng Quốc hội ..." (dev ddqh-2025-01-kehoach-nq57-khcn II.1.2)', () => {
    expect(
      findAssignees(
        'Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan Văn phòng Quốc hội tổ chức phổ biến, quán triệt nghiêm túc đến các tổ chức đảng trực thuộc',
      ),
    ).toEqual(['Đảng đoàn Quốc hội']);
  });

  it('"Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh tập trung lãnh đạo ... sau:" (paraphrase)', () => {
    expect(
      headingUnits('Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh tập trung lãnh đạo thực hiện các nhiệm vụ sau:'),
    ).toEqual(['Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh']);
  });
});

describe('a heading that asks a group by "Đề nghị các ..." and names no act gives that group to its items', () => {
  it('"11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa" (bodies dev kh-sonla-2025-11-qd-kehoach-xuatkhau 11)', () => {
    expect(headingUnits('11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa')).toEqual([
      'các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa',
    ]);
  });

  it('"5. Yêu cầu các hợp tác xã nông nghiệp trên địa bàn" (paraphrase); "3. Đề nghị các đơn vị" stays every recipient', () => {
    expect(headingUnits('5. Yêu cầu các hợp tác xã nông nghiệp trên địa bàn')).toEqual([
      'các hợp tác xã nông nghiệp trên địa bàn',
    ]);
    expect(headingUnits('3. Đề nghị các đơn vị')).toEqual([]);
  });
});
