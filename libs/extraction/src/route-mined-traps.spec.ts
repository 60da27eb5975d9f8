/**
 * Sentences of published directives outside the corpus (sources in __fixtures__/route-mined.sources.ts) that name a body without
 * sending it a result: advice ("tham mưu (cho) X", "đề xuất X"), a purpose ("để ... hoặc trình X"), what one answers for
 * ("chịu trách nhiệm trước X"), what one works with ("phối hợp với X", "liên hệ với X"), a topic ("báo cáo về tình
 * hình"), what another body submits ("tham mưu X trình Y"). README "How gold is written": none is a route. And the
 * closing courtesy ("... vướng mắc, đề nghị ... phản hồi về X"), no requirement and so no route.
 */
import { extractDirective } from './extract-directive.js';
import { reportRoutes } from './report-routes.js';
import type { MinedSource } from './__fixtures__/route-mined.sources.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

const TRAPS: [MinedSource, string][] = [
  [
    'bvhttdl6386',
    'Tiếp tục rà soát, sửa đổi, bổ sung, ban hành mới hoặc đề nghị cấp có thẩm quyền ban hành các văn bản quy phạm pháp luật liên quan đến giáo dục và đào tạo trong các cơ sở đào tạo thuộc phạm vi quản lý của Bộ VHTTDL',
  ],
  [
    'bvhttdl6386',
    'kiểm soát chặt chẽ rủi ro và xử lý kịp thời các vấn đề phát sinh, thực hiện chế độ báo cáo đầy đủ và kịp thời theo quy định',
  ],
  [
    'cd225',
    'Bộ Tài chính xuất cấp, hỗ trợ gạo, vật tư theo đề nghị của các địa phương; nghiên cứu, tham mưu Thủ tướng phủ xem xét quyết định hỗ trợ kinh phí cho các địa phương, trước mắt cho tỉnh Khánh Hòa, Lâm Đồng mỗi tỉnh khoảng 200 tỷ đồng',
  ],
  [
    'cd225',
    'Các cơ quan báo chí, truyền thông tiếp tục bám sát tình hình, phản ánh và thông tin đầy đủ cho nhân dân, đồng thời hướng dẫn kỹ năng phòng chống thảm họa thiên tai cho các lực lượng chức năng và người dân',
  ],
  [
    'bvhttdl6316',
    'Nghiên cứu, tham mưu Lãnh đạo Bộ: Các chính sách nhằm thể chế hóa đầy đủ, kịp thời đường lối, chủ trương của Đảng',
  ],
  ['bvhttdl6316', 'Tham mưu Lãnh đạo Bộ tháo gỡ kịp thời khó khăn, vướng mắc về nguồn lực, cơ sở vật chất, quy hoạch'],
  [
    'bvhttdl6316',
    'Đề xuất cấp có thẩm quyền hoàn thiện quy định về tổ chức bộ máy hành chính nhà nước, hoàn thiện bộ máy quản lý (nếu có), tháo gỡ kịp thời khó khăn, vướng mắc về nguồn nhân lực',
  ],
  [
    'bcd171',
    'Tiếp tục đánh giá tính khả thi và khả năng thực hiện pháp luật về phân cấp, phân quyền, phân định thẩm quyền ở cấp xã để kịp thời điều chỉnh, hướng dẫn theo thẩm quyền hoặc đề xuất cấp có thẩm quyền sửa đổi, ban hành văn bản mới phù hợp với tình hình thực tiễn của địa phương',
  ],
  [
    'bvhttdl6278',
    'Để hoàn thành cắt giảm, đơn giản hóa TTHC, ĐKKD được phê duyệt hạn hoàn thành năm 2025, số lượng văn bản quy phạm pháp luật (VBQPPL) mà Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) phải sửa đổi, bổ sung để ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành từ giờ đến cuối năm là rất lớn',
  ],
  [
    'bvhttdl6278',
    'Thực hiện nghiêm túc việc lấy ý kiến của Văn phòng Bộ (đơn vị thực hiện công tác kiểm soát TTHC) trong quá trình xây dựng dự thảo các VBQPPL có quy định TTHC',
  ],
  [
    'bvhttdl6278',
    'Khẩn trương phối hợp với Văn phòng Bộ trong việc công bố và tái cấu trúc quy trình đối với 59 TTHC đã được Chính phủ giao',
  ],
  [
    'bvhttdl6225',
    'Chịu trách nhiệm toàn diện trước Bộ trưởng về tiến độ, chất lượng triển khai các nhiệm vụ trọng tâm thuộc lĩnh vực được giao',
  ],
  [
    'bvhttdl6225',
    'Nghiêm túc thực hiện chế độ báo cáo theo Quy chế đã ban hành tại Quyết định số 3123/QĐ-BVHTTDL ngày 08/9/2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch',
  ],
  [
    'hn6357',
    'Tổ chức kiểm tra theo kế hoạch, kiểm tra đột xuất các cơ sở KCB về thực hiện hợp đồng KCB BHYT theo quy định; từ chối thanh toán BHYT các chi phí bất hợp lý, sai quy định; chuyển hồ sơ đến cơ quan có thẩm quyền nếu phát hiện hành vi vi phạm pháp luật',
  ],
  [
    'hn6357',
    'Tiếp tục thực hiện công tác phân tích dữ liệu chi phí KCB BHYT các cơ sở KCB đề nghị thanh toán, kịp thời thông tin cảnh báo chi phí gia tăng cao; tiếp tục phối hợp với Sở Y tế tổ chức các buổi làm việc với cơ sở KCB có gia tăng cao để chấn chỉnh, yêu cầu rà soát, điều chỉnh',
  ],
  [
    'hn6397',
    'Trong quá trình triển khai thực hiện, nếu phát sinh vướng mắc, cơ quan, đơn vị chủ động liên hệ với Trung tâm Đấu thầu qua mạng - Bộ Tài chính (hoặc Tổng đài hỗ trợ của Hệ thống số 1900 6126) hoặc Sở Tài chính (Phòng Đấu thầu, Thẩm định và Giám sát đầu tư, SĐT 091.207.5567) để được hỗ trợ và phối hợp xử lý kịp thời',
  ],
  [
    'hn6356',
    'Chủ trì cập nhật thông tin về chất lượng không khí, theo dõi chỉ số VN_AQI tại các trạm quan trắc không khí trên địa bàn Thành phố tại website: https://moitruongthudo.vn/',
  ],
  [
    'hn6356',
    'Huy động sự tham gia của cộng đồng dân cư cùng giám sát các hoạt động đốt phụ phẩm nông nghiệp, các cơ sở công nghiệp, năng lượng, giao thông, xây dựng trên địa bàn, nhằm kịp thời phản ánh đến các cơ quan chức năng để xử lý trong trường hợp phát hiện các hành vi vi phạm về phát thải bụi, khí thải',
  ],
  [
    'hn6356',
    'Chủ tịch UBND các phường, xã chịu trách nhiệm trước Chủ tịch UBND Thành phố nếu để xảy ra tình trạng ô nhiễm môi trường không khí nghiêm trọng trên địa bàn được giao quản lý',
  ],
  [
    'dongthap556',
    'Chủ trì, phối hợp các sở, ngành, địa phương có liên quan, tham mưu đề xuất Ủy ban nhân dân tỉnh tổ chức, triển khai Chương trình Quản lý tổng hợp vùng bờ',
  ],
  [
    'dongthap556',
    'Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh xây dựng phương án phân bổ kế hoạch đầu tư công trung hạn, hằng năm từ nguồn vốn ngân sách nhà nước và các nguồn vốn hợp pháp khác theo quy định thuộc phạm vi quản lý nhà nước được giao',
  ],
  [
    'dongthap556',
    'Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng các dự án, các chương trình, nhiệm vụ phát triển giao thông theo đúng tinh thần Nghị quyết số 48/NQ-CP',
  ],
  [
    'hcm4169',
    'Tổng hợp, tham mưu Ủy ban nhân dân Thành phố trình Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố đánh giá, xếp loại chất lượng đối với tập thể lãnh đạo, quản lý theo thẩm quyền',
  ],
  [
    'hcm4169',
    'Tổng hợp, báo cáo kết quả đánh giá, xếp loại chất lượng các tổ chức, cá nhân thuộc phạm vi quản lý của Ủy ban nhân dân Thành phố theo yêu cầu của cấp có thẩm quyền',
  ],
  [
    'hcm4169',
    'Tiếp tục thực hiện giới thiệu cán bộ, công chức, viên chức (chưa là đảng viên) về Ủy ban Mặt trận Tổ quốc Việt Nam nơi cư trú để thực hiện giám sát',
  ],
  // (The same letter's "lập danh sách đề nghị Ban Tuyên giáo và Dân vận Trung ương công nhận ..." is a route in its
  // hand-written gold, samples/bodies/dev/btgdvtw-2025-11-hd-baocaovien-cacap: tested in wave15-bodies.spec.ts.)
  [
    'btgdv40',
    'Báo cáo viên phải bảo đảm các tiêu chuẩn được nêu trong Quy chế hoạt động báo cáo viên, tuyên truyền viên của Đảng',
  ],
  [
    'ls5609',
    'Kịp thời phản ánh các khó khăn, vướng mắc phát sinh trong quá trình triển khai để được hướng dẫn và hỗ trợ (qua số điện thoại 024.3799.2309)',
  ],
  [
    'hcm49',
    'Phòng Lao động - Thương binh và Xã hội quận - huyện có công văn kèm danh sách trích ngang đối tượng đề nghị Sở Lao động - Thương binh và Xã hội tạm dừng chi trả trợ cấp',
  ],
  [
    'hcm49',
    'Trưởng Phòng Lao động - Thương binh và Xã hội quận - huyện trực tiếp ký hợp đồng trách nhiệm với Chủ tịch Ủy ban nhân dân phường - xã, thị trấn về việc chi trả trợ cấp ưu đãi người có công với cách mạng',
  ],
  ['hcm49', 'Phối hợp với Bảo hiểm xã hội Thành phố để mua, cấp và báo giảm thẻ bảo hiểm y tế cho đối tượng kịp thời'],
];

describe('no report route in these mined sentences', () => {
  it.each(TRAPS)('%s: %s', (_source, text) => {
    expect(targets(text)).toEqual([]);
  });
});

// README "How gold is written", settled 2 December 2026: "ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành"
// is a route to the authority (the gold of bodies/dev bcdcqdp-2025-12-thaogo-cqdp2cap 1.1 reads this very sentence so);
// the purpose above ("để ban hành ... hoặc trình ...", bvhttdl6278) stays none.
describe('"... theo thẩm quyền hoặc trình X ban hành" by the task\'s own actor', () => {
  it('bcd174: routes the matter up to X', () => {
    expect(
      targets(
        'các Bộ, cơ quan ngang Bộ khẩn trương rà soát, ban hành các văn bản hướng dẫn tổ chức thực hiện, ban hành văn bản quy phạm pháp luật theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành văn bản quy phạm pháp luật, bảo đảm tính thống nhất giữa các quy phạm trong hệ thống pháp luật',
      ),
    ).toEqual(['cấp có thẩm quyền']);
  });
});

/** A synthetic minimal letter: an order (paraphrased from the source), then the closing courtesy as the source prints it. */
const letter = (order: string, courtesy: string) =>
  [
    'ỦY BAN NHÂN DÂN THÀNH PHỐ',
    'Số: 100/UBND-VX',
    'V/v thực hiện nhiệm vụ',
    'Thành phố, ngày 01 tháng 12 năm 2025',
    'Kính gửi: Các sở, ban, ngành.',
    '',
    `${order}. ${courtesy}`,
  ].join('\n');

describe('the closing courtesy of mined letters carries no route', () => {
  it.each([
    [
      'snv10283',
      'Đề nghị các doanh nghiệp cho thuê lại lao động tự kiểm tra, đánh giá việc thực hiện quy định pháp luật trong hoạt động cho thuê lại lao động',
      'Quá trình thực hiện gặp vướng mắc, doanh nghiệp phản ánh, báo cáo kịp thời về Sở Nội vụ (thông qua Phòng Lao động - Tiền lương - Bảo hiểm xã hội) để được hướng dẫn, giải quyết.',
    ],
    [
      'bkhcn7197',
      'Đề nghị các cơ quan, tổ chức trong hệ thống chính trị áp dụng hướng dẫn việc số hoá hồ sơ, tài liệu tại Phụ lục kèm theo',
      'Trong quá trình triển khai có gì vướng mắc, đề nghị Quý Cơ quan phản hồi về Bộ Khoa học và Công nghệ để điều chỉnh cho phù hợp.',
    ],
    [
      'hcm4169',
      'Đề nghị các cơ quan, tổ chức, đơn vị tổ chức đánh giá, xếp loại chất lượng và hoàn thành trước ngày 05 tháng 12 năm 2025',
      'Trong quá trình thực hiện có khó khăn, vướng mắc, đề nghị các cơ quan, tổ chức, đơn vị phản hồi bằng văn bản về Ủy ban nhân dân Thành phố (thông qua Sở Nội vụ) để được giải quyết.',
    ],
  ])('%s', (_source, order, courtesy) => {
    const requirements = extractDirective(letter(order, courtesy)).directive.requirements;
    expect(requirements.length).toBeGreaterThan(0);
    expect(requirements.flatMap((r) => r.reportTo)).toEqual([]);
  });
});
