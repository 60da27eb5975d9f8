import { extractDirective } from './extract-directive.js';
import { parseDeadlines } from './parse-deadlines.js';

/**
 * Fresh real texts of johnPa02/thuvienphapluat-crawler (all/<file>.txt, commit 56c5f16b), none of them in the corpus:
 * thuvienphapluat.vn pages saved as plain text, which flatten a header onto one or two lines. Quoted as crawled (the
 * page's title before the header dropped, as the corpus copies have it); long bodies shortened.
 */
const directive = (lines: string[]) => extractDirective(lines.join('\n')).directive;
const keys = (text: string, year: string | null = '2025') =>
  parseDeadlines(text, year).map((d) => `${d.kind}|${d.date ?? d.rrule ?? `${d.offset}@${d.anchor}`}`);

describe('a decision whose date, type line, title and authority the page flattens onto one line', () => {
  // Quyết định 1500/QĐ-BHXH of 2015 (all/Quyết_định_1500-QĐ-BHXH_năm_2015_về_thẻ_bảo_hiểm_y_tế_....txt).
  const d = directive([
    'BẢO HIỂM XÃ HỘI VIỆT NAM -----------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    'Số: 1500/QĐ-BHXH',
    'Hà Nội, ngày 14 tháng 12 năm 2015 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH THẺ BẢO HIỂM Y TẾ CẤP CHO QUÂN NHÂN, CÔNG AN NHÂN DÂN VÀ NGƯỜI LÀM CÔNG TÁC CƠ YẾU TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM',
    'Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008;',
    'Xét đề nghị của Trưởng Ban Sổ - Thẻ, QUYẾT ĐỊNH:',
    '',
    'Điều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký.',
    'Trưởng Ban Sổ - Thẻ, Chánh Văn phòng, Thủ trưởng các đơn vị trực thuộc Bảo hiểm xã hội Việt Nam chịu trách nhiệm thi hành Quyết định này./.',
    'Nơi nhận:',
    '- Như Điều 5;',
    '- Lưu: VT, ST (08b).',
    'TỔNG GIÁM ĐỐC Nguyễn Thị Minh',
  ]);

  it('reads the title after "QUYẾT ĐỊNH" as the subject, without "VỀ VIỆC" and the authority that issues it', () => {
    expect(d.docType).toBe('Quyết định');
    expect(d.subject).toBe(
      'BAN HÀNH THẺ BẢO HIỂM Y TẾ CẤP CHO QUÂN NHÂN, CÔNG AN NHÂN DÂN VÀ NGƯỜI LÀM CÔNG TÁC CƠ YẾU',
    );
  });

  it('keeps the date and the issuer', () => {
    expect(d.date).toBe('2015-12-14');
    expect(d.issuer).toEqual({ parent: null, name: 'BẢO HIỂM XÃ HỘI VIỆT NAM' });
  });
});

describe('a deadline in its own sentence closes the item it stands in', () => {
  it('Công văn 778/TCHQ-GSQL of 2017: "Việc thiết lập và thông báo thực hiện trước ngày 15/02/2017"', () => {
    const d = directive([
      'BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
      'Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014',
      'Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố.',
      'Để đảm bảo việc trao đổi thông tin điện tử giữa cơ quan Hải quan và doanh nghiệp kinh doanh cảng, kho, bãi tại khu vực cửa khẩu cảng biển theo quy định tại Điều 41 Luật Hải quan, Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thông báo, hướng dẫn Chi cục Hải quan trực thuộc và người khai hải quan thực hiện nội dung sau:',
      'I. Các Chi cục Hải quan trên toàn quốc',
      '3. Dừng đưa hàng qua KVGS Để đảm bảo thông tin dừng đưa hàng qua KVGS được thông báo nhanh chóng, Tổng cục Hải quan yêu cầu tăng cường việc thực hiện như sau:',
      'a) Thiết lập danh sách tiếp nhận thông tin đừng đưa hàng qua KVGS Cục Hải quan các tỉnh, thành phố thiết lập số điện thoại, địa chỉ thư điện tử và số fax tiếp nhận thông tin dừng đưa hàng qua KVGS của toàn bộ các Chi cục Hải quan trực thuộc và thông báo cho tất cả các Chi cục Hải quan còn lại trên toàn quốc và Tổng cục Hải quan (thông qua đầu mối Cục Giám sát quản lý). Việc thiết lập và thông báo thực hiện trước ngày 15/02/2017.',
      'Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, GSQL(03b).',
    ]);
    expect(d.subject).toBe('xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014');
    expect(d.requirements.find((r) => r.ref === 'I.3.a')?.deadlines.map((x) => x.date)).toEqual(['2017-02-15']);
    expect(d.deadlines.map((x) => x.date)).toEqual(['2017-02-15']);
  });

  it('reads "đến hết ngày 26/3/2017" at the end of a period run (Công văn 778/TCHQ-GSQL, III.4)', () => {
    expect(
      keys(
        'Cục Hải quan TP. Hồ Chí Minh hướng dẫn Chi cục HQCK cảng SGKV 1 triển khai thời gian thực hiện song song 2 quy trình đến hết ngày 26/3/2017.',
      ),
    ).toEqual(['absolute|2017-03-26']);
  });
});

describe('a task table in the page\'s pipe layout, its header row underlined "| --- | --- |"', () => {
  // The layout of the crawler's tables (Quyết định 3176/QĐ-BYT's "| --- | --- |" rows), the rows written for the rule:
  // the underline stays one row instead of breaking into "|" / "---" lines that ended the table.
  it('reads one requirement per row, its deadline from the completion column', () => {
    const d = directive([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN TÂN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 50/KH-UBND',
      'Tân Phú, ngày 01 tháng 12 năm 2025',
      'KẾ HOẠCH',
      'Triển khai chuyển đổi số năm 2026',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích: nâng cao hiệu quả.',
      'II. NHIỆM VỤ CỤ THỂ',
      '| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Rà soát hạ tầng công nghệ thông tin | Phòng Văn hóa - Thông tin | Các xã | Tháng 12/2025 |',
      '| 2 | Xây dựng cơ sở dữ liệu cán bộ | Phòng Nội vụ | Văn phòng HĐND và UBND | Quý I/2026 |',
      '| 3 | Đào tạo kỹ năng số cho cán bộ | Phòng Nội vụ | Các xã | Năm 2026 |',
      '| 4 | Báo cáo kết quả thực hiện | Phòng Văn hóa - Thông tin | | 15/12/2026 |',
      '| 5 | Tuyên truyền chuyển đổi số | Phòng Văn hóa - Thông tin | | Thường xuyên |',
      '| 6 | Đánh giá mức độ chuyển đổi số | Phòng Văn hóa - Thông tin | | Trước ngày 20/12 hằng năm |',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
    ]);
    expect(d.requirements.map((r) => [r.text, r.deadlines.map((x) => x.date ?? x.rrule)])).toEqual([
      ['Rà soát hạ tầng công nghệ thông tin', ['2025-12-31']],
      ['Xây dựng cơ sở dữ liệu cán bộ', ['2026-03-31']],
      ['Đào tạo kỹ năng số cho cán bộ', ['2026-12-31']],
      ['Báo cáo kết quả thực hiện', ['2026-12-15']],
      ['Tuyên truyền chuyển đổi số', []],
      ['Đánh giá mức độ chuyển đổi số', ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20']],
    ]);
    expect(d.requirements[1].assignees).toEqual(['Phòng Nội vụ']);
  });
});
