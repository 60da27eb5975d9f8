import { extractDirective } from './extract-directive.js';

/**
 * Which requirement a deadline belongs to when the sentence that states it is apart from the task, or states someone
 * else's. Công văn laid out as district letters are (header, "Kính gửi", body, Nơi nhận); the bodies are written for
 * the rules, not quotations: the allowed fresh texts (johnPa02/thuvienphapluat-crawler) hold no such letter.
 */
const requirements = (lines: string[]) =>
  extractDirective(lines.join('\n')).directive.requirements.map((r) => [r.ref, r.deadlines.map((d) => d.date)]);

describe('a closing sentence that sets the date of the items above it', () => {
  it('gives "Các nội dung trên hoàn thành trước ngày ..." to each item without a date, not a task of its own', () => {
    expect(
      requirements([
        'ỦY BAN NHÂN DÂN',
        'HUYỆN TÂN PHÚ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 900/UBND-NV',
        'V/v rà soát số liệu cán bộ, công chức cấp xã',
        'Tân Phú, ngày 01 tháng 12 năm 2025',
        'Kính gửi: Ủy ban nhân dân các xã, thị trấn.',
        'Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn thực hiện một số nội dung sau:',
        '1. Rà soát, thống kê số lượng cán bộ, công chức hiện có.',
        '2. Đề xuất phương án sắp xếp, bố trí cán bộ dôi dư.',
        'Các nội dung trên hoàn thành trước ngày 15/12/2025.',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Văn A',
      ]),
    ).toEqual([
      ['1', ['2025-12-15']],
      ['2', ['2025-12-15']],
    ]);
  });
});

describe('a date in the basis a sentence opens with', () => {
  it("is the issuer's, not the recipients', when the main clause sets theirs", () => {
    expect(
      requirements([
        'ỦY BAN NHÂN DÂN',
        'HUYỆN TÂN PHÚ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 900/UBND-NV',
        'V/v rà soát số liệu cán bộ, công chức cấp xã',
        'Tân Phú, ngày 01 tháng 12 năm 2025',
        'Kính gửi: Ủy ban nhân dân các xã, thị trấn.',
        'Thực hiện Công văn số 15/SNV-TCBC ngày 25/11/2025 của Sở Nội vụ về việc báo cáo số lượng cán bộ, công chức (Sở Nội vụ yêu cầu báo cáo trước ngày 20/12/2025), Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn rà soát, thống kê số lượng cán bộ, công chức hiện có, gửi về Phòng Nội vụ trước ngày 12/12/2025 để tổng hợp.',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Văn A',
      ]),
    ).toEqual([['1', ['2025-12-12']]]);
  });

  it('stays when the main clause sets none ("Để chuẩn bị ..., đề nghị ..." / "Báo cáo gửi về ... trước ngày ...")', () => {
    expect(
      requirements([
        'ỦY BAN NHÂN DÂN',
        'HUYỆN TÂN PHÚ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 900/UBND-NV',
        'V/v rà soát số liệu cán bộ, công chức cấp xã',
        'Tân Phú, ngày 01 tháng 12 năm 2025',
        'Kính gửi: Ủy ban nhân dân các xã, thị trấn.',
        'Để chuẩn bị cho việc sắp xếp tổ chức bộ máy, Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn rà soát, tổng hợp số liệu cán bộ, công chức theo biểu mẫu đính kèm.',
        'Báo cáo gửi về Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 15/12/2025 để tổng hợp.',
        'Đề nghị các đơn vị nghiêm túc thực hiện./.',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Văn A',
      ]),
    ).toEqual([['1', ['2025-12-15']]]);
  });
});

describe("a plan task's labelled date", () => {
  it('is its deadline under "Thời gian hoàn thành:", not under "Thời gian thực hiện:" (the date it takes place)', () => {
    expect(
      requirements([
        'ỦY BAN NHÂN DÂN',
        'HUYỆN TÂN PHÚ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 51/KH-UBND',
        'Tân Phú, ngày 01 tháng 12 năm 2025',
        'KẾ HOẠCH',
        'Tổng kết công tác cải cách hành chính năm 2025',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Đánh giá kết quả cải cách hành chính năm 2025.',
        'II. NỘI DUNG THỰC HIỆN',
        '1. Tổng kết, đánh giá',
        '1.1. Xây dựng báo cáo tổng kết công tác cải cách hành chính năm 2025',
        '- Cơ quan chủ trì: Phòng Nội vụ.',
        '- Thời gian hoàn thành: 15/12/2025.',
        '1.2. Tổ chức hội nghị tổng kết',
        '- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.',
        '- Thời gian thực hiện: ngày 28/12/2025.',
        'Nơi nhận:',
        '- Lưu: VT.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Nguyễn Văn A',
      ]),
    ).toEqual([
      ['II.1.1', ['2025-12-15']],
      ['II.1.2', []],
    ]);
  });
});
