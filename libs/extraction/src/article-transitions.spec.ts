/**
 * Clauses of Government and Standing Committee resolutions that are no tasks by the gold conventions
 * (samples/corpus/README.md: amendments, transitional rules, entry into force, duties of the regulated party, decentralised
 * competences), each with the dev clause that motivated it where one exists and paraphrases in our own words; and the tasks
 * beside them that stay (bench/experiments/nontask-stress.mjs measures the same kinds inside whole skeletons).
 */
import { articleNorm } from './article-norms.js';
import { extractDirective } from './extract-directive.js';

describe('article norms: amendments, suspensions, transitions, bound parties, competences', () => {
  it.each([
    [
      'a procedure rewritten in quotation marks (dev/cp-2026-04-nq-tthc-yte 4.2.d, joined to its lead-in)',
      'Cắt giảm thời gian thực hiện đối với thủ tục cấp điều chỉnh giấy phép hoạt động khám bệnh, chữa bệnh quy định tại Điều 66 Nghị định số 96/2023/NĐ-CP như sau: “1. Nộp 01 bộ hồ sơ theo quy định tại khoản 2 Điều 64 Nghị định này',
    ],
    [
      'an amendment whose quotation names a body (paraphrase)',
      'Sửa đổi khoản 3 Điều 7 Nghị định số 52/2022/NĐ-CP như sau: “3. Trong thời hạn 05 ngày làm việc, Sở Xây dựng thẩm định và cấp giấy phép”',
    ],
    [
      'an amendment that asks in its quotation (paraphrase)',
      'Bổ sung khoản 4 vào sau khoản 3 Điều 12 như sau: “4. Giao Ủy ban nhân dân cấp tỉnh quy định mức hỗ trợ cụ thể.”',
    ],
    [
      'a suspension of a decree (paraphrase)',
      'Tạm ngưng hiệu lực thi hành khoản 2 Điều 14 Nghị định số 15/2018/NĐ-CP đến hết ngày 31 tháng 12 năm 2026',
    ],
    [
      'a suspension of its application (paraphrase)',
      'Tạm dừng áp dụng Điều 5 Thông tư số 07/2024/TT-BYT đến khi có văn bản thay thế',
    ],
    [
      'a body that goes on until its successor works (dev/ubtvqh-2025-06-nq-sapxep-capxa-laichau 2.3)',
      'Chính quyền địa phương ở đơn vị hành chính cấp xã trước sắp xếp tiếp tục hoạt động cho đến khi chính quyền địa phương ở đơn vị hành chính cấp xã hình thành sau sắp xếp chính thức hoạt động',
    ],
    [
      'the old communes keep their staff until the new ones start (paraphrase)',
      'Các xã cũ tiếp tục duy trì bộ máy và thực hiện nhiệm vụ cho đến khi chính quyền ở đơn vị hành chính mới chính thức hoạt động',
    ],
    [
      'files lodged before the date keep the old rule (paraphrase)',
      'Hồ sơ đã nộp trước ngày Nghị quyết này có hiệu lực thi hành thì tiếp tục được giải quyết theo quy định tại thời điểm nộp hồ sơ',
    ],
    [
      'projects granted before the date need not redo the procedure (paraphrase)',
      'Dự án đã được cấp giấy chứng nhận đăng ký đầu tư trước ngày 01 tháng 7 năm 2026 không phải thực hiện lại thủ tục điều chỉnh',
    ],
    [
      'tenders issued before the date go on under their documents (paraphrase)',
      'Đối với các gói thầu đã phát hành hồ sơ mời thầu trước ngày Nghị quyết này có hiệu lực thi hành thì tiếp tục thực hiện theo hồ sơ mời thầu đã phát hành',
    ],
    [
      'the act lapsing (paraphrase)',
      'Nghị quyết này hết hiệu lực kể từ ngày Luật Quy hoạch (sửa đổi) có hiệu lực thi hành',
    ],
    [
      "a transport firm's duty (paraphrase)",
      'Doanh nghiệp kinh doanh vận tải phải lắp đặt thiết bị giám sát hành trình trên phương tiện theo quy định',
    ],
    [
      "an investor's duty (paraphrase of wave 20's 'Nhà đầu tư có trách nhiệm: ...')",
      'Nhà đầu tư có trách nhiệm hoàn trả khoản hỗ trợ đã nhận nếu không triển khai dự án đúng tiến độ cam kết',
    ],
    [
      'a competence written as its holder deciding (paraphrase)',
      'Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định việc cấp, gia hạn, thu hồi giấy phép khai thác nước dưới đất đối với công trình có quy mô nhỏ',
    ],
    [
      'a competence "có thẩm quyền cấp" (paraphrase)',
      'Giám đốc Sở Nông nghiệp và Môi trường có thẩm quyền cấp giấy phép khai thác tận thu khoáng sản',
    ],
    [
      'the rest of a corrected circular staying in force (paraphrase)',
      'Các nội dung khác của Thông tư số 18/2024/TT-BTC giữ nguyên hiệu lực thi hành',
    ],
    ['an act still in force (paraphrase)', 'Quyết định số 1234/QĐ-BTC vẫn còn hiệu lực đối với các hồ sơ đã tiếp nhận'],
    [
      "who sets up a council's support team (paraphrase)",
      'Tổ giúp việc của Hội đồng do Chủ tịch Hội đồng quyết định thành lập',
    ],
    ['who lays down the rules of a fund (paraphrase)', 'Quy chế hoạt động của Quỹ do Bộ trưởng Bộ Tài chính ban hành'],
  ])('is no task: %s', (_name, text) => {
    expect(articleNorm(text)).toBe(true);
  });

  it.each([
    [
      'a task that reports to the competent authority (dev/cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si 4.2)',
      'Bộ Nội vụ, Bộ Quốc phòng, Bộ Công an, Bộ Y tế và Viện Hàn lâm Khoa học và Công nghệ Việt Nam tổng hợp kinh phí thực hiện các nhiệm vụ được giao, gửi Bộ Tài chính tổng hợp, báo cáo cấp có thẩm quyền phê duyệt, giao dự toán cho các cơ quan trung ương',
    ],
    [
      'a task to amend a circular (paraphrase)',
      'Bộ Giáo dục và Đào tạo sửa đổi, bổ sung Thông tư số 08/2021/TT-BGDĐT theo hướng giảm thành phần hồ sơ, hoàn thành trong tháng 8 năm 2026',
    ],
    [
      'a task to issue a circular in force before a date (paraphrase)',
      'Bộ Y tế khẩn trương ban hành Thông tư hướng dẫn hồ sơ cấp giấy phép hành nghề, bảo đảm có hiệu lực trước ngày 01 tháng 7 năm 2026',
    ],
    [
      'a task to review and amend (paraphrase)',
      'Các bộ, cơ quan ngang bộ rà soát văn bản quy phạm pháp luật thuộc phạm vi quản lý, kịp thời sửa đổi, bổ sung hoặc bãi bỏ các quy định không còn phù hợp',
    ],
    [
      "a project owner's task (paraphrase)",
      'Chủ đầu tư khẩn trương hoàn thiện hồ sơ thiết kế, bảo đảm khởi công dự án trong quý III năm 2026',
    ],
    [
      'a task to report for the council to decide (paraphrase of 20/2026/NQ-CP in the README)',
      'Ủy ban nhân dân cấp tỉnh chịu trách nhiệm báo cáo Hội đồng nhân dân cấp tỉnh xem xét, quyết định việc bố trí kinh phí',
    ],
    [
      'a task whose object another body set up (Quyết định 1056/QĐ-CT, fresh-directives.spec)',
      'Quản lý các cơ sở bảo trợ xã hội do cấp tỉnh thành lập',
    ],
    [
      'a task whose object is set up by another body (paraphrase)',
      'Bộ Tài chính chủ trì xây dựng quy chế phối hợp, trình Thủ tướng Chính phủ xem xét, quyết định',
    ],
  ])('stays a task: %s', (_name, text) => {
    expect(articleNorm(text)).toBe(false);
  });

  it('reads no task from an amendment quoted under an article of a resolution (paraphrase)', () => {
    const text = [
      'CHÍNH PHỦ',
      'Số: 58/2026/NQ-CP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 12 tháng 6 năm 2026',
      'NGHỊ QUYẾT',
      'Cắt giảm thủ tục hành chính trong lĩnh vực xây dựng',
      'Điều 1. Đơn giản hóa thủ tục hành chính',
      '1. Sửa đổi khoản 3 Điều 7 Nghị định số 52/2022/NĐ-CP như sau:',
      '“3. Cơ quan cấp phép có trách nhiệm công khai danh sách cơ sở được cấp phép trong thời hạn 03 ngày làm việc.”',
      '2. Tạm ngưng hiệu lực thi hành khoản 2 Điều 14 Nghị định số 15/2018/NĐ-CP.',
      'Điều 2. Tổ chức thực hiện',
      '1. Bộ Xây dựng có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Nghị quyết này.',
      '2. Hồ sơ đã nộp trước ngày Nghị quyết này có hiệu lực thi hành thì tiếp tục được giải quyết theo quy định cũ.',
      'TM. CHÍNH PHỦ',
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
      'Trần Văn Minh',
    ].join('\n');
    expect(extractDirective(text).directive.requirements.map((r) => r.text)).toEqual([
      'Bộ Xây dựng có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Nghị quyết này',
    ]);
  });
});
