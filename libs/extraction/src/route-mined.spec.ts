/**
 * Report routes mined from published directives outside the corpus (sources in __fixtures__/route-mined.sources.ts): each row is a
 * sentence as printed and the routes README "How gold is written" gives it. Traps (no route) are in
 * route-mined-traps.spec.ts.
 */
import { reportRoutes } from './report-routes.js';
import type { MinedSource } from './__fixtures__/route-mined.sources.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

const ROUTES: [MinedSource, string, string[]][] = [
  [
    'bvhttdl6386',
    'Bộ VHTTDL yêu cầu các cơ sở đào tạo gửi báo cáo kết quả công tác tuyển sinh, tốt nghiệp năm 2024, 2025 (theo Phụ lục đính kèm Công văn này) và phương hướng, kế hoạch triển khai nhiệm vụ năm học 2025 - 2026 về Vụ KHCNĐTMT, trước ngày 20/12/2025',
    ['Vụ KHCNĐTMT'],
  ],
  ['bvhttdl6386', 'Kết quả các hoạt động gửi về Vụ KHCNĐTMT, trước ngày 31/12/2025', ['Vụ KHCNĐTMT']],
  [
    'bvhttdl6386',
    'báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026 gửi về Bộ VHTTDL số 51 đường Ngô Quyền, phường Cửa Nam, TP. Hà Nội trước ngày 31/8/2026',
    ['Bộ VHTTDL'],
  ],
  [
    'cd225',
    'Bộ Nông nghiệp và Môi trường phối hợp chặt chẽ với các địa phương, khẩn trương thống kê toàn bộ thiệt hại về người, tài sản, hạ tầng để tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ',
    ['Chính phủ', 'Thủ tướng Chính phủ'],
  ],
  [
    'cd219',
    'Cập nhật tình hình, gửi Văn phòng Chính phủ, Bộ Nông nghiệp và Môi trường, Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia trước 13 giờ hằng ngày để tổng hợp báo cáo cấp thẩm quyền',
    ['Văn phòng Chính phủ', 'Bộ Nông nghiệp và Môi trường', 'Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia'],
  ],
  [
    'cd219',
    'Chủ trì, phối hợp với các Bộ, cơ quan có liên quan tổng hợp, cập nhật tình hình, công tác ứng phó, khắc phục hậu quả mưa lũ, gửi Văn phòng Chính phủ trước 15 giờ hằng ngày để tổng hợp, báo cáo cấp có thẩm quyền',
    ['Văn phòng Chính phủ'],
  ],
  [
    'cd219',
    'Văn phòng Chính phủ trên cơ sở chức năng, nhiệm vụ được giao theo dõi, đôn đốc việc thực hiện Công điện này; kịp thời báo cáo Thủ tướng Chính phủ và Phó Thủ tướng Chính phủ phụ trách lĩnh vực những vấn đề đột xuất, phát sinh',
    ['Thủ tướng Chính phủ', 'Phó Thủ tướng Chính phủ phụ trách lĩnh vực'],
  ],
  [
    'snv10283',
    'Thực hiện báo cáo định kỳ 6 tháng, hàng năm tình hình hoạt động cho thuê lại lao động theo Mẫu số 09/PLIII Phụ lục III ban hành kèm theo Nghị định số 145/2020/NĐ-CP gửi Chủ tịch Ủy ban nhân dân cấp tỉnh, Sở Nội vụ nơi doanh nghiệp đặt trụ sở chính; đồng thời báo cáo Sở Nội vụ nơi doanh nghiệp đến hoạt động cho thuê lại lao động về tình hình hoạt động cho thuê lại lao động trên địa bàn đó',
    [
      'Chủ tịch Ủy ban nhân dân cấp tỉnh',
      'Sở Nội vụ nơi doanh nghiệp đặt trụ sở chính',
      'Sở Nội vụ nơi doanh nghiệp đến hoạt động cho thuê lại lao động',
    ],
  ],
  [
    'snv10283',
    'lập hồ sơ ghi rõ số lao động đã cho thuê lại, bên thuê lại lao động và định kỳ báo cáo cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh',
    ['cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh'],
  ],
  ['bvhttdl6316', 'Giao Văn phòng Bộ tổng hợp chung về kết quả thực hiện, báo cáo Lãnh đạo Bộ', ['Lãnh đạo Bộ']],
  [
    'bvhttdl6316',
    'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện hiệu quả chương trình mục tiêu quốc gia về phát triển văn hoá giai đoạn 2025 - 2035, tổng hợp kết quả thực hiện, trình Lãnh đạo Bộ báo cáo Thủ tướng Chính phủ hằng tháng',
    ['Lãnh đạo Bộ'],
  ],
  [
    'bvhttdl6316',
    'Bộ Văn hóa, Thể thao và Du lịch yêu cầu các đơn vị triển khai, báo cáo Lãnh đạo Bộ kết quả thực hiện',
    ['Lãnh đạo Bộ'],
  ],
  [
    'bvhttdl6278',
    'Trường hợp có đề xuất khác, khẩn trương báo cáo cấp có thẩm quyền xem xét, phê duyệt, đảm bảo hoàn thành nhiệm vụ trước ngày 15/12/2025',
    ['cấp có thẩm quyền'],
  ],
  [
    'bvhttdl6225',
    'Đối với các vấn đề phức tạp, vượt thẩm quyền, phải kịp thời tổng hợp, báo cáo và đề xuất, trình cấp có thẩm quyền xem xét, quyết định, không để ảnh hưởng đến tiến độ chung',
    ['cấp có thẩm quyền'],
  ],
  [
    'hn6357',
    'Thực hiện chế độ báo cáo tình hình chi phí KCB BHYT và sử dụng dự toán chi phí KCB BHYT năm 2025 với UBND Thành phố theo quy định',
    ['UBND Thành phố'],
  ],
  [
    'hn6357',
    'Phối hợp với BHXH Thành phố, căn cứ dữ liệu thanh toán thuốc BHYT của các cơ sở y tế, rà soát, đề xuất, báo cáo UBND Thành phố danh mục thuốc có số lượng sử dụng lớn tại nhiều cơ sở KCB để mở rộng danh mục thuốc thực hiện đấu thầu tập trung cấp địa phương',
    ['UBND Thành phố'],
  ],
  [
    'hn6357',
    'Thực hiện tái sử dụng VTYT, đặc biệt là các VTYT đã được khuyến nghị, xây dựng và phê duyệt quy trình tái sử dụng, số lần tái sử dụng của VTYT và thông báo bằng văn bản gửi BHXH Thành phố để làm cơ sở thanh toán theo quy định tại Điều 5 Thông tư số 04/2017/TT-BYT',
    ['BHXH Thành phố'],
  ],
  [
    'hn6357',
    'Công khai danh mục bệnh, nhóm bệnh áp dụng kê đơn thuốc ngoại trú trên 30 ngày tại đơn vị để người bệnh biết, đồng thời gửi văn bản thông báo về BHXH Thành phố để phối hợp theo dõi, tổng hợp, báo cáo',
    ['BHXH Thành phố'],
  ],
  [
    'hn6357',
    'Giao Bảo hiểm xã hội Thành phố chủ trì, phối hợp Sở Y tế đôn đốc các đơn vị triển khai thực hiện; tổng hợp báo cáo Ủy ban nhân dân Thành phố kết quả thực hiện theo quy định',
    ['Ủy ban nhân dân Thành phố'],
  ],
  [
    'hn6397',
    'Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp báo cáo tình hình thực hiện hoạt động đấu thầu của Thành phố định kỳ 6 tháng trước ngày 30 tháng 6 và tổng thể hàng năm trước ngày 30 tháng 01 hàng năm báo cáo UBND Thành phố để báo cáo Ban Thường vụ Thành ủy theo Văn bản số 43-CV/TU ngày 12/11/2025 và gửi Bộ Tài chính báo cáo định kỳ hàng năm theo quy định tại khoản 4 Điều 85 Luật Đấu thầu',
    ['UBND Thành phố', 'Bộ Tài chính'],
  ],
  [
    'hn6356',
    'Chủ động cập nhật kết quả thực hiện hàng tuần, báo cáo UBND Thành phố và gửi Bộ Nông nghiệp và Môi trường tổng hợp (theo chỉ đạo của Lãnh đạo Chính phủ tại Công văn số 10260/VPCP-NN ngày 23/10/2025 của Văn phòng Chính phủ)',
    ['UBND Thành phố', 'Bộ Nông nghiệp và Môi trường'],
  ],
  [
    'dongthap556',
    'Định kỳ hàng năm, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này về Bộ Nông nghiệp và Môi trường, đồng gửi Ủy ban nhân dân tỉnh theo dõi',
    ['Bộ Nông nghiệp và Môi trường', 'Ủy ban nhân dân tỉnh'],
  ],
  [
    'dongthap556',
    'Căn cứ khả năng cân đối ngân sách địa phương, phối hợp với Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền bố trí kinh phí để thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn có liên quan theo phân cấp ngân sách nhà nước hiện hành',
    ['cấp có thẩm quyền'],
  ],
  [
    'hcm4169',
    'Các cơ quan, tổ chức, đơn vị gửi hồ sơ đề nghị đánh giá, xếp loại chất lượng đối với các tập thể lãnh đạo, quản lý và các chức danh thuộc diện Ban Thường vụ Thành ủy quản lý (theo hướng dẫn của Ban Tổ chức Thành ủy) về Sở Nội vụ trước ngày 05 tháng 12 năm 2025 để tổng hợp, trình cấp có thẩm quyền theo quy định',
    ['Sở Nội vụ'],
  ],
  [
    'bcd174',
    'yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng phương án đề xuất điều chỉnh thẩm quyền, định hướng nội dung sửa đổi, bổ sung tại các Luật, Nghị định và văn bản quy phạm pháp luật hiện hành, báo cáo Ban Chỉ đạo của Chính phủ trước ngày 15/12/2025 để thống nhất phương án thực hiện',
    ['Ban Chỉ đạo của Chính phủ'],
  ],
  [
    'bcd174',
    'Ban Chỉ đạo của Chính phủ đề nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ quan tâm chỉ đạo thực hiện, kịp thời tháo gỡ khó khăn, vướng mắc cho địa phương và báo cáo kết quả thực hiện về Ban Chỉ đạo của Chính phủ (qua Bộ Nội vụ) trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần để tổng hợp, báo cáo cấp có thẩm quyền theo quy định',
    ['Ban Chỉ đạo của Chính phủ (qua Bộ Nội vụ)'],
  ],
  [
    'hcm49',
    'Thẩm tra dự toán kinh phí hàng năm thực hiện chính sách ưu đãi người có công với cách mạng và người trực tiếp tham gia kháng chiến của Phòng Lao động - Thương binh và Xã hội các quận - huyện, các đơn vị thuộc Sở Lao động - Thương binh và Xã hội có sử dụng kinh phí thực hiện chính sách ưu đãi người có công với cách mạng và người trực tiếp tham gia kháng chiến gồm: Ban Quản trang thành phố, Sở Lao động - Thương binh và Xã hội (phần chi tại Sở, gọi chung là các đơn vị thuộc Sở), tổng hợp thành dự toán kinh phí của Thành phố báo cáo Bộ Lao động - Thương binh và Xã hội trước ngày 05 tháng 7 hàng năm',
    ['Bộ Lao động - Thương binh và Xã hội'],
  ],
  [
    'hcm49',
    'Giám đốc Sở Lao động - Thương binh và Xã hội phân bổ và ban hành Quyết định giao dự toán cho các Phòng Lao động - Thương binh và Xã hội quận - huyện, các đơn vị thuộc Sở, đồng thời gửi Kho bạc Nhà nước để làm căn cứ kiểm soát chi theo quy định của pháp luật',
    ['Kho bạc Nhà nước'],
  ],
  [
    'hcm49',
    'Tổng hợp báo cáo quyết toán kinh phí thực hiện chính sách ưu đãi người có công với cách mạng và người trực tiếp tham gia kháng chiến của Thành phố gửi về Bộ Lao động - Thương binh và Xã hội trước ngày 05 tháng 7 hàng năm',
    ['Bộ Lao động - Thương binh và Xã hội'],
  ],
  [
    'hcm49',
    'Lập danh sách trích ngang những đối tượng được hưởng đúng tiêu chuẩn gửi về Sở Lao động - Thương binh và Xã hội',
    ['Sở Lao động - Thương binh và Xã hội'],
  ],
  [
    'hcm49',
    'Lập dự toán kinh phí chi trả trợ cấp ưu đãi người có công với cách mạng và người trực tiếp tham gia kháng chiến của năm kế hoạch báo cáo về Sở Lao động - Thương binh và Xã hội trước ngày 20 tháng 6 hàng năm',
    ['Sở Lao động - Thương binh và Xã hội'],
  ],
  [
    'hcm49',
    'Hàng tháng kiểm tra, rà soát đối tượng giảm báo cáo về Sở Lao động - Thương binh và Xã hội trước ngày 22 hàng tháng',
    ['Sở Lao động - Thương binh và Xã hội'],
  ],
  [
    'hcm49',
    'Hàng quý, năm lập báo cáo quyết toán kinh phí chi trả trợ cấp ưu đãi trên địa bàn đúng biểu mẫu theo quy định tại Quyết định số 19/2006/QĐ-BTC ngày 30 tháng 3 năm 2006 của Bộ trưởng Bộ Tài chính và Quyết định số 09/2007/QĐ-LĐTBXH ngày 30 tháng 3 năm 2007 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội, gửi Sở Lao động - Thương binh và Xã hội chậm nhất sau khi kết thúc quý 15 ngày (đối với báo cáo quý) và trước ngày 30 tháng 4 hàng năm (đối với báo cáo năm)',
    ['Sở Lao động - Thương binh và Xã hội'],
  ],
  [
    'hcm49',
    'Nếu phát hiện thấy sai phạm, kịp thời báo cáo Ủy ban nhân dân quận - huyện và Sở Lao động - Thương binh và Xã hội xem xét, xử lý theo quy định pháp luật',
    ['Ủy ban nhân dân quận - huyện', 'Sở Lao động - Thương binh và Xã hội'],
  ],
  [
    'hcm49',
    'Kiểm tra, lập danh sách những đối tượng đã chết, hết tuổi hưởng trợ cấp, chuyển đi địa phương khác và phát hiện những trường hợp hưởng sai chế độ (nếu có) gửi Phòng Lao động - Thương binh và Xã hội quận - huyện trước ngày 18 hàng tháng để làm cơ sở cắt giảm',
    ['Phòng Lao động - Thương binh và Xã hội quận - huyện'],
  ],
  [
    'hcm49',
    'Kiểm tra danh sách chi trả trước khi chi trả cho đối tượng hưởng. Nếu phát hiện thấy có sai sót báo cáo Phòng Lao động - Thương binh và Xã hội quận - huyện để có biện pháp xử lý',
    ['Phòng Lao động - Thương binh và Xã hội quận - huyện'],
  ],
  [
    'ct31',
    'Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm thống kê, rà soát con liệt sĩ, con thương binh nặng, con bệnh binh nặng có nhu cầu đào tạo nghề, giải quyết việc làm; tổng hợp báo cáo Ủy ban nhân dân cùng cấp để chỉ đạo các cơ quan, đơn vị tổ chức triển khai thực hiện',
    ['Ủy ban nhân dân cùng cấp'],
  ],
  [
    'ct31',
    'Định kỳ hàng năm gửi báo cáo về Bộ Lao động - Thương binh và Xã hội về việc đào tạo nghề, giải quyết việc làm cho con liệt sĩ, con thương binh nặng, con bệnh binh nặng để tổng hợp, báo cáo Thủ tướng Chính phủ',
    ['Bộ Lao động - Thương binh và Xã hội'],
  ],
];

describe('report routes mined from directives outside the corpus', () => {
  it.each(ROUTES)('%s: %s', (_source, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});
