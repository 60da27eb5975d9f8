/** Report routes read for recall; each sentence quotes samples/corpus/dev/<id> where named, else follows its pattern. */
import { extractDirective } from './extract-directive.js';
import { reportRoutes } from './report-routes.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

describe('report routes read for recall', () => {
  it.each([
    [
      'vpcp-2025-11-tbkl-ctmtqg-hopnhat: a submission is kept when a report follows it in the item; "các cơ quan có thẩm quyền" is a body named by its level',
      'giao Bộ Nông nghiệp và Môi trường làm chủ Chương trình, chịu trách nhiệm chủ trì xây dựng, hoàn thiện hồ sơ, trình cấp có thẩm quyền phê duyệt quyết định đầu tư; chủ trì xây dựng, ban hành nguyên tắc, tiêu chí, định mức phân bổ vốn của Chương trình; đồng thời chịu trách nhiệm tổng hợp chung, báo cáo và giải trình với các cơ quan có thẩm quyền theo quy định',
      ['cấp có thẩm quyền', 'các cơ quan có thẩm quyền'],
    ],
    [
      'vpcp-2025-11-tbkl-ctmtqg-hopnhat: "của" inside a name, and "Quốc hội" as a second body',
      'Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội, Hội đồng dân tộc của Quốc hội và các Ủy ban của Quốc hội phối hợp chặt chẽ với các cơ quan Chính phủ để thẩm tra và hoàn thiện hồ sơ Báo cáo đề xuất Chủ trương đầu tư Chương trình, trình Ủy ban Thường vụ của Quốc hội và Quốc hội',
      ['Ủy ban Thường vụ của Quốc hội', 'Quốc hội'],
    ],
    [
      'vpcp-2025-11-tbkl-ctmtqg-hopnhat: the dossier one answers for is no submission of the task',
      'Chịu trách nhiệm về nội dung hồ sơ trình Chính phủ, bảo đảm hồ sơ đủ điều kiện trước khi gửi các cơ quan của Quốc hội',
      [],
    ],
    [
      'vpcp-2025-11-tbkl-bcd-giaothong-phien21: "các cấp thẩm quyền"',
      'Chuẩn bị khởi công giai đoạn 2 dự án để báo cáo các cấp thẩm quyền',
      ['các cấp thẩm quyền'],
    ],
    [
      'the report after a submission is a second route',
      'Hoàn thiện hồ sơ, trình cấp có thẩm quyền phê duyệt; báo cáo Sở Tài chính theo quy định',
      ['cấp có thẩm quyền', 'Sở Tài chính'],
    ],
    [
      'phản hồi ... về: an answer sent back is a route, as "phản ánh ... về"',
      'Phản hồi ý kiến về Văn phòng UBND tỉnh trước 16 giờ ngày 05/12/2025',
      ['Văn phòng UBND tỉnh'],
    ],
    [
      'nộp: what is handed in (báo cáo, danh sách, kết quả)',
      'Ủy ban nhân dân các xã nộp danh sách về Phòng Văn hóa - Xã hội trước ngày 10/12/2025',
      ['Phòng Văn hóa - Xã hội'],
    ],
    [
      'luongminh-2025-12-kehoach-kiemtra-giamsat: a candidate’s file handed in is no route of the inspection',
      'Kiểm tra việc hướng dẫn người ứng cử hoàn thiện hồ sơ và nộp về Ủy ban Bầu cử xã đúng thời hạn',
      [],
    ],
    [
      'a second body that opens with "Công an"',
      'Báo cáo kết quả về Sở Nội vụ, Công an tỉnh trước ngày 20/12/2025',
      ['Sở Nội vụ', 'Công an tỉnh'],
    ],
    [
      'hatinh-2025-11-kehoach-giaoducmamnon-khucongnghiep: the guiding body’s purpose is its own report, no route of the task',
      'Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình trên địa bàn; tổ chức đánh giá sơ kết và tổng kết theo hướng dẫn của Sở Giáo dục và Đào tạo để tổng hợp, báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo',
      [],
    ],
    [
      'the task’s own summary and report stay a route',
      'Các sở, ngành tổ chức đánh giá kết quả thực hiện để tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2025',
      ['UBND tỉnh'],
    ],
    [
      'bodies listed with "," after "báo cáo", each a head word ("Tỉnh ủy, HĐND, UBND tỉnh"): one route each',
      'Định kỳ 6 tháng, báo cáo Tỉnh ủy, HĐND, UBND tỉnh kết quả thực hiện',
      ['Tỉnh ủy', 'HĐND', 'UBND tỉnh'],
    ],
    [
      'quangngai-2025-11-qd-kehoach-kiemke-taisancong: "(đồng gửi ...)" names a further receiver, the whole bracket',
      'Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê theo từng loại tài sản theo đúng hướng dẫn của Bộ Tài chính; báo cáo kết quả bằng văn bản gửi về Sở Tài chính (đồng gửi các cơ quan quan tham mưu quản lý ngành, lĩnh vực tại Mục 1.3)',
      ['Sở Tài chính', 'các cơ quan quan tham mưu quản lý ngành, lĩnh vực tại Mục 1.3'],
    ],
    [
      '"(đồng gửi Sở X)" before a deadline: a second route, without the bracket',
      'Báo cáo gửi về Sở Tài chính (đồng gửi Sở Nội vụ) trước ngày 10/12/2025',
      ['Sở Tài chính', 'Sở Nội vụ'],
    ],
    [
      'cantho-2025-11-kehoach-phongchong-matuy: what the body reported to proposes onward ends its name; those it proposes to are not the task’s routes',
      'Chủ trì, phối hợp với các sở, ban, ngành, đoàn thể có liên quan đôn đốc, kiểm tra, định kỳ sơ kết, tổng kết đánh giá việc thực hiện các mục tiêu, nhiệm vụ thuộc các dự án, tiểu dự án thuộc Chương trình, báo cáo Ủy ban nhân dân thành phố đề xuất Bộ Công an, Chính phủ xem xét, điều chỉnh',
      ['Ủy ban nhân dân thành phố'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('a line giving where the report goes', () => {
  it('names the unit in place of the body the request named (dev/bgddt-2010-06-baocao-kiencohoa-truonglop)', () => {
    const text = [
      'Số: 3192/BGDĐT-CSVCTBTH',
      'Hà Nội, ngày 07 tháng 6 năm 2010',
      'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      'Thực hiện Thông báo số 121/TB-VPCP ngày 17/5/2010 của Văn phòng Chính phủ về kết luận của Phó Thủ tướng Nguyễn Thiện Nhân tại cuộc họp về Chương trình xây dựng nhà ở cho sinh viên, các đề án Kiên cố hóa trường, lớp học và nhà công vụ giáo viên và xây dựng bệnh viện bằng nguồn vốn trái phiếu Chính phủ; Để chuẩn bị nội dung giao ban trực tuyến toàn quốc đánh giá tình hình và bàn các giải pháp đẩy nhanh tiến độ thực hiện Đề án, dự kiến trong tháng 6/2010, Bộ Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo kết quả thực hiện Đề án đến 31/5/2010 theo biểu mẫu đính kèm. Báo cáo gửi về Bộ Giáo dục và Đào tạo trước ngày 15/6/2010 để tổng hợp báo cáo Thủ tướng Chính phủ.',
      'Báo cáo gửi theo địa chỉ: Cục Cơ sở vật chất và thiết bị trường học, đồ chơi trẻ em - Bộ Giáo dục và Đào tạo, 49 Đại Cồ Việt, quận Hai Bà Trưng, TP Hà Nội.',
    ].join('\n');
    const requirements = extractDirective(text).directive.requirements;
    expect(requirements).toHaveLength(1);
    expect(requirements[0].reportTo.map((r) => r.target)).toEqual([
      'Cục Cơ sở vật chất và thiết bị trường học, đồ chơi trẻ em - Bộ Giáo dục và Đào tạo',
    ]);
  });
});
