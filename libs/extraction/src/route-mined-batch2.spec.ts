/**
 * A second batch of sentences mined from published directives outside the corpus (sources in __fixtures__/route-mined.sources.ts),
 * its expected routes written from README "How gold is written" before the extractor ran on any of them: a check of how
 * the rules drawn from the first batch (route-mined.spec.ts, route-mined-traps.spec.ts) generalise.
 */
import { extractDirective } from './extract-directive.js';
import { reportRoutes } from './report-routes.js';
import type { MinedSource } from './__fixtures__/route-mined.sources.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

const ROUTES: [MinedSource, string, string[]][] = [
  [
    'hn310',
    'Tổng hợp, tham mưu, báo cáo UBND Thành phố các nội dung cần sửa đổi, bổ sung trong quá trình triển khai Kế hoạch này đảm bảo phù hợp với tiến trình thực hiện chuyển đổi số, phát triển chính quyền số, kinh tế số, xã hội số của Thành phố',
    ['UBND Thành phố'],
  ],
  [
    'hn310',
    'Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố (qua Ban Quản lý các khu công nghệ cao và khu công nghiệp)',
    ['UBND Thành phố (qua Ban Quản lý các khu công nghệ cao và khu công nghiệp)'],
  ],
  [
    'hn308',
    'Trường hợp không cân đối được kinh phí thực hiện, các đơn vị có văn bản đề xuất, gửi Sở Khoa học và Công nghệ tổng hợp, chủ trì, phối hợp với Sở Tài chính, báo cáo UBND Thành phố bổ sung kinh phí theo quy định',
    ['Sở Khoa học và Công nghệ'],
  ],
  [
    'hn308',
    'Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan căn cứ Kế hoạch này, xây dựng Kế hoạch triển khai tại cơ quan đơn vị hoặc lồng ghép nội dung vào các chương trình, kế hoạch liên quan; báo cáo UBND Thành phố kết quả thực hiện thông qua Sở Khoa học và Công nghệ trước ngày 15 hằng tháng',
    ['UBND Thành phố'],
  ],
  [
    'dongthap552',
    'Định kỳ hằng năm, báo cáo Ủy ban nhân dân Tỉnh kết quả thực hiện và đề xuất giải pháp, điều chỉnh phù hợp',
    ['Ủy ban nhân dân Tỉnh'],
  ],
  [
    'dongthap552',
    'Phối hợp với các sở, ngành liên quan tổ chức thực hiện, kiểm tra, giám sát, định kỳ báo cáo kết quả về Ủy ban nhân dân Tỉnh',
    ['Ủy ban nhân dân Tỉnh'],
  ],
  [
    'dongthap552',
    'Các sở, ban, ngành, Ủy ban nhân dân xã, phường và các đơn vị liên quan có trách nhiệm xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ để tổng hợp',
    ['Sở Khoa học và Công nghệ'],
  ],
  [
    'dongthap552',
    'Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ trước ngày 30/11 hằng năm',
    ['Ủy ban nhân dân Tỉnh', 'Bộ Khoa học và Công nghệ'],
  ],
  [
    'dongthap552',
    'Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035), gửi Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ',
    ['Ủy ban nhân dân Tỉnh', 'Bộ Khoa học và Công nghệ'],
  ],
  [
    'nghean987',
    'Kịp thời tháo gỡ khó khăn, vướng mắc cho các đơn vị, doanh nghiệp trong quá trình thực hiện; Trước ngày 15/12 hàng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ, Ủy nhân dân tỉnh kết quả triển khai thực hiện',
    ['Bộ Khoa học và Công nghệ', 'Ủy nhân dân tỉnh'],
  ],
  [
    'nghean987',
    'Căn cứ kế hoạch này, khẩn trương xây dựng kế hoạch phủ sóng 5G theo chỉ tiêu phân bổ và gửi danh sách về Sở Khoa học và Công nghệ kịp thời',
    ['Sở Khoa học và Công nghệ'],
  ],
  ['nghean987', 'Định kỳ báo cáo kết quả triển khai về Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ']],
];

const TRAPS: [MinedSource, string][] = [
  [
    'hn310',
    'tham mưu UBND Thành phố xây dựng, triển khai phương án phát triển hạ tầng kỹ thuật viễn thông thụ động trên địa bàn Thành phố đảm bảo phù hợp với các Quy hoạch đã được Thủ tướng Chính phủ phê duyệt',
  ],
  [
    'hn310',
    'Tham mưu, đề xuất Bộ Khoa học và Công nghệ ban hành khung pháp lý cho hạ tầng mạng IoT, và các tiêu chuẩn kỹ thuật về công nghệ, dịch vụ IoT',
  ],
  [
    'hn310',
    'Trên cơ sở đề xuất của Ban Quản lý các khu công nghệ cao và khu công nghiệp và các đơn vị, tổng hợp, tham mưu UBND Thành phố xem xét, trình HĐND Thành phố bố trí kinh phí thực hiện nhiệm vụ của kế hoạch từ nguồn ngân sách nhà nước (chi thường xuyên và chi đầu tư phát triển) theo quy định và khả năng cân đối ngân sách',
  ],
  [
    'hn310',
    'Chủ trì, phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ, các đơn vị liên quan tham mưu cho UBND Thành phố các giải pháp thu hút các nguồn vốn đầu tư để triển khai thực hiện kế hoạch này',
  ],
  [
    'hn308',
    'Sở Khoa học và Công nghệ theo dõi, đôn đốc các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan triển khai thực hiện nhiệm vụ được nêu trong Kế hoạch theo đúng tiến độ; tham mưu UBND Thành phố báo cáo kết quả triển khai thực hiện về Cục Cảnh sát Quản lý hành chính về trật tự xã hội',
  ],
  [
    'dongthap552',
    'Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân Tỉnh triển khai, theo dõi, đôn đốc và tổng hợp tình hình thực hiện Kế hoạch',
  ],
  [
    'dongthap552',
    'Sở Tài chính tham mưu Ủy ban nhân dân Tỉnh bố trí, cân đối và huy động các nguồn lực tài chính cho hoạt động đổi mới công nghệ',
  ],
  [
    'dongthap552',
    'Là cầu nối giữa doanh nghiệp với cơ quan quản lý nhà nước trong việc đề xuất cơ chế, chính sách hỗ trợ',
  ],
  [
    'nghean987',
    'Phối hợp chặt chẽ Sở Khoa học và Công nghệ đê hỗ trợ doanh nghiệp viễn thông làm việc với các nhà mạng viễn thông lớn như Viettel, VNPT, MobiFone, FPT Telecom',
  ],
  ['nghean987', 'Chủ động thông báo và phối hợp xử lý các sự cố về thiết bị/đường truyền kịp thời'],
  [
    'nghean987',
    'Chủ động phối hợp với chủ đầu tư hạ tầng KCN và các cơ quan, đơn vị chức năng để cung cấp thông tin về nhu cầu sử dụng hạ tầng 5G, IoT, ứng dụng IoT trong hoạt động sản xuất, quản lý và vận hành doanh nghiệp',
  ],
];

describe('mined routes, second batch', () => {
  it.each(ROUTES)('%s: %s', (_source, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
  it.each(TRAPS)('no route, %s: %s', (_source, text) => {
    expect(targets(text)).toEqual([]);
  });
});

/** A third batch, written the same way (before the extractor ran), after the rules drawn from the second. */
const ROUTES3: [MinedSource, string, string[]][] = [
  [
    'btc17809',
    'Giao Thống kê tỉnh, thành phố chủ trì, phối hợp với các Sở, ngành liên quan rà soát cập nhật số liệu của các ngành, lĩnh vực và cung cấp số liệu theo đơn vị hành chính cấp tỉnh cũ (63 tỉnh, thành phố) về Bộ Tài chính (Cục Thống kê) phục vụ rà soát, biên soạn số liệu GDP, GRDP sơ bộ quý III, 9 tháng và ước tính quý IV, cả năm 2025 cho 63 tỉnh, thành phố cũ và 34 tỉnh, thành phố hiện nay',
    ['Bộ Tài chính (Cục Thống kê)'],
  ],
  [
    'btc17899',
    'Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các xã, phường, đặc khu cử cán bộ, công chức, viên chức tham dự lớp bồi dưỡng; tổng hợp các câu hỏi của cấp xã về nội dung quản lý thuế trong thực thi công vụ gửi về Trường Bồi dưỡng cán bộ Kinh tế - Tài chính; đồng thời gửi thông tin theo hình thức trực tuyến (hướng dẫn chi tiết tại các Phụ lục kèm theo Công văn) trước ngày 24/11/2025',
    ['Trường Bồi dưỡng cán bộ Kinh tế - Tài chính'],
  ],
  [
    'nghean980',
    'Rà soát, tổng hợp danh mục các công trình phòng thủ dân sự chuyên dụng, công trình có công năng sử dụng cho phòng thủ dân sự thuộc lĩnh vực, địa bàn quản lý, báo cáo Ban Chỉ huy Phòng thủ dân sự các cấp (khoản 2 Điều 11, khoản 2 Điều 12 Nghị định)',
    ['Ban Chỉ huy Phòng thủ dân sự các cấp'],
  ],
  [
    'bct9634',
    'Bộ Công Thương thông báo các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu biết, thực hiện và báo cáo tình hình thực hiện về Bộ Công Thương, Bộ Tài chính để giám sát theo quy định',
    ['Bộ Công Thương', 'Bộ Tài chính'],
  ],
];

const TRAPS3: [MinedSource, string][] = [
  [
    'btc17899',
    'Mọi thông tin chi tiết xin liên hệ: Ông Nguyễn Ngọc Hinh - Quyền Trưởng phòng, Trường Bồi dưỡng cán bộ Kinh tế - Tài chính, Bộ Tài chính; Điện thoại: 0918687966',
  ],
  ['btc17899', 'Đại diện các đơn vị thuộc Bộ Tài chính trình bày, trao đổi các nội dung trong chương trình'],
  [
    'bct9634',
    'Bộ Công Thương sẽ phối hợp với các cơ quan chức năng kiểm tra, giám sát việc thực hiện trách nhiệm bảo đảm nguồn cung xăng dầu cho thị trường của các thương nhân kinh doanh xăng dầu và sẽ xử lý nghiêm các hành vi vi phạm nếu có',
  ],
];

describe('mined routes, third batch', () => {
  it.each(ROUTES3)('%s: %s', (_source, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
  it.each(TRAPS3)('no route, %s: %s', (_source, text) => {
    expect(targets(text)).toEqual([]);
  });
  it('btc17809: "gửi ... về X (Cục ...) qua Hệ thống ..., đồng thời gửi bản mềm qua địa chỉ email ...": X, not the channel', () => {
    // The page prints the site's "[email protected]" placeholder for the address; whether it is a route is unsettled
    // (README, figures of 2 December 2026), so only the body is checked.
    const text =
      'Để đảm bảo thời gian biên soạn và tổng hợp số liệu, đề nghị Quý Ủy ban gửi báo cáo đánh giá và các biểu số liệu về Bộ Tài chính (Cục Thống kê)[1] qua Hệ thống quản lý văn bản và hồ sơ công việc (edoc.gso.gov.vn), đồng thời gửi bản mềm qua địa chỉ email [email protected] chậm nhất ngày 22/11/2025';
    expect(targets(text).filter((t) => !/email protected/u.test(t))).toEqual(['Bộ Tài chính (Cục Thống kê)']);
  });
});

/** A fourth batch, written the same way (before the extractor ran), after the rules drawn from the third. */
const ROUTES4: [MinedSource, string, string[]][] = [
  [
    'ct5526',
    'Trường hợp vượt quá thẩm quyền, đề nghị kịp thời báo cáo về Cục Thuế để có văn bản hướng dẫn theo quy định',
    ['Cục Thuế'],
  ],
  [
    'ct5435',
    'Nắm bắt, xử lý kịp thời các vướng mắc phát sinh (nếu có), trường hợp cần thiết báo cáo Cục Thuế để được hỗ trợ, xử lý kịp thời',
    ['Cục Thuế'],
  ],
];

const TRAPS4: [MinedSource, string][] = [
  [
    'ct5526',
    'Giao Trưởng Thuế các tỉnh, thành phố tập trung chỉ đạo triển khai thực hiện các nội dung hỗ trợ NNT bị hưởng ảnh, thiệt hại do thiên tai nêu trên và chịu trách nhiệm trước Cục về chất lượng triển khai',
  ],
  [
    'ct5526',
    'Tiếp tục hướng dẫn các giải pháp hỗ trợ NNT bị tổn thất do bão và mưa lũ sau bão theo quy định tại các văn bản quy phạm pháp luật hiện hành và hướng dẫn tại công văn số 4328/CT-CS ngày 10/10/2025, công văn số 4952/CT-CS ngày 05/11/2025 của Cục Thuế gửi Thuế các tỉnh, thành phố về các chính sách, thủ tục gia hạn, miễn, giảm thuế đối với NNT bị ảnh hưởng do thiên tai gây ra',
  ],
  [
    'ct5526',
    'cung cấp hồ sơ, chứng từ liên quan đến việc xác định giá trị thiệt hại được lưu trữ tại cơ quan thuế khi có yêu cầu và đề nghị của tổ chức, cá nhân, doanh nghiệp bị thiệt hại',
  ],
  [
    'ct5435',
    'Tiếp tục tuyên truyền, hướng dẫn các tổ chức chi trả thu nhập thực hiện cung cấp thông tin theo hướng dẫn tại Công văn số 828/TCT-KK nêu trên',
  ],
  [
    'ct5435',
    'Triển khai các giải pháp quản lý thuế theo thẩm quyền để đôn đốc tổ chức chi trả thu nhập cung cấp thông tin đầy đủ, kịp thời: phân công cán bộ định kỳ hàng tháng thực hiện tra cứu Báo cáo theo dõi tình hình cung cấp thông tin số thuế TNCN theo chứng từ',
  ],
];

describe('mined routes, fourth batch', () => {
  it.each(ROUTES4)('%s: %s', (_source, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
  it.each(TRAPS4)('no route, %s: %s', (_source, text) => {
    expect(targets(text)).toEqual([]);
  });
});

/** A synthetic minimal letter: an order (paraphrased from the source), then the closing courtesy as the source prints it. */
const letter = (order: string, courtesy: string) =>
  [
    'ỦY BAN NHÂN DÂN TỈNH',
    'Số: 100/KH-UBND',
    'V/v thực hiện kế hoạch',
    'Tỉnh, ngày 01 tháng 12 năm 2025',
    'Kính gửi: Các sở, ban, ngành.',
    '',
    `${order}. ${courtesy}`,
  ].join('\n');

describe('the closing courtesy of the second batch carries no route', () => {
  it.each([
    [
      'hn310',
      'Đề nghị các doanh nghiệp viễn thông tổ chức triển khai xây dựng hạ tầng 5G, IoT theo quy hoạch',
      'Trong quá trình thực hiện, nếu có phát sinh, vướng mắc, kịp thời phản ánh về Ban Quản lý các khu công nghệ cao và khu công nghiệp để tổng hợp, báo cáo UBND Thành phố xem xét, giải quyết./.',
    ],
    [
      'hn308',
      'Đề nghị các Sở, ban, ngành xây dựng Kế hoạch triển khai tại cơ quan đơn vị',
      'Trong quá trình thực hiện Kế hoạch, nếu có khó khăn, vướng mắc đề nghị các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan kịp thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, hướng dẫn giải quyết hoặc trình cấp có thẩm quyền xem xét, quyết định./.',
    ],
    [
      'dongthap552',
      'Đề nghị các sở, ban, ngành xây dựng kế hoạch chi tiết hằng năm',
      'Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị và địa phương phản ánh về Sở Khoa học và Công nghệ để phối hợp giải quyết; trường hợp vượt thẩm quyền, Sở Khoa học và Công nghệ tổng hợp báo cáo và đề xuất, trình Ủy ban nhân dân Tỉnh xem xét, quyết định./.',
    ],
    [
      'nghean987',
      'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, cơ quan, đơn vị liên quan triển khai kịp thời, hiệu quả các nhiệm vụ được giao tại Kế hoạch',
      'Trong quá trình thực hiện nếu phát sinh vướng mắc, báo cáo kịp thời UBND tỉnh (qua Ban Quản lý Khu kinh tế Đông Nam) để xử lý theo thẩm quyền./.',
    ],
  ])('%s', (_source, order, courtesy) => {
    const requirements = extractDirective(letter(order, courtesy)).directive.requirements;
    expect(requirements.length).toBeGreaterThan(0);
    expect(requirements.flatMap((r) => r.reportTo)).toEqual([]);
  });
});
