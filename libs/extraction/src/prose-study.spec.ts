/**
 * Precision study 3 (prose, samples/corpus/README.md): short unnumbered công văn, thông báo and Party letters outside the
 * corpus, quoted as their issuers' portals or the press published them (the source is named in each test). What is
 * expected follows the corpus README ("How gold is written": requirements, assignees, reportTo).
 */
import { withoutOpenAside } from './assignee-tidy.js';
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) =>
  extractDirective(lines.join('\n')).directive.requirements.map((r) => ({
    text: r.text,
    assignees: r.assignees,
    reportTo: r.reportTo.map((route) => route.target),
    deadlines: r.deadlines.map((d) => d.text),
  }));

describe('one paragraph gives each unit its own task', () => {
  it('"...; Ban Tổ chức Huyện ủy tham mưu ...; dự kiến ...; Ủy ban kiểm tra Huyện ủy theo dõi ..." (Huyện ủy Tuy Phong, 2020, tuyphong.binhthuan.dcs.vn)', () => {
    const found = read([
      'Ngoài ra, đồng chí Phó Bí thư Thường trực Huyện ủy cũng giao nhiệm vụ cho Ban Tuyên giáo Huyện ủy tham mưu đẩy mạnh tuyên truyền các ngày lễ, kỷ niệm, các sự kiện chính trị lớn của đất nước, của tỉnh và huyện trong quý III năm 2020; Ban Tổ chức Huyện ủy tham mưu củng cố, sắp xếp, bố trí cán bộ lãnh đạo các phòng, ban huyện, cấp ủy xã, thị trấn; dự kiến các chức danh cán bộ lãnh đạo Hội đồng nhân dân và Ủy ban nhân dân các cấp, sắp xếp, củng cố tổ chức bộ máy một số cơ sở đảng; Ủy ban kiểm tra Huyện ủy theo dõi kết quả giải quyết đơn, thư khiếu nại, tố cáo bảo đảm chặt chẽ, đúng quy định; Ban Dân vận Huyện ủy tham mưu chỉ đạo đẩy mạnh công tác dân vận chính quyền.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([
      ['Ban Tuyên giáo Huyện ủy'],
      ['Ban Tổ chức Huyện ủy'],
      ['Ủy ban kiểm tra Huyện ủy'],
      ['Ban Dân vận Huyện ủy'],
    ]);
    // The part without a unit of its own goes on with the task before it.
    expect(found[1].text).toContain('; dự kiến các chức danh');
  });

  it('units a verb directs before ";" are its object, not a clause of their own (Công văn 703/UBND-TN, 2015)', () => {
    const found = read([
      'Sở Tài nguyên và Môi trường đôn đốc các sở, ngành liên quan; Uỷ ban nhân dân thành phố và các huyện khẩn trương triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 20 tháng 5 năm 2015 của Thủ tướng Chính phủ; tổng hợp số liệu, báo cáo Uỷ ban nhân dân tỉnh trước ngày 29/5/2015 để xem xét, báo cáo Bộ Tài nguyên và Môi trường theo quy định.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].reportTo).toEqual(['Ủy ban nhân dân tỉnh']);
  });
});

describe('a task opened by a condition or a recurring time', () => {
  const first =
    'Chủ tịch UBND các huyện, thị xã, thành phố có trách nhiệm chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định thành lập tổ bảo vệ an ninh, trật tự và từng thành viên.';
  const condition =
    'Trong trường hợp do quy mô dân số thay đổi, cần điều chỉnh tăng, giảm số lượng thành viên, số lượng tổ bảo vệ an ninh trật tự ở cơ sở, UBND các huyện, thị xã, thành phố báo cáo UBND tỉnh (thông qua Công an tỉnh).';

  it('after a task, "Trong trường hợp ..., <unit> báo cáo ..." is its next step (UBND tỉnh Bà Rịa - Vũng Tàu, 2024, baobariavungtau.com.vn)', () => {
    const found = read([first, condition]);
    expect(found).toHaveLength(2);
    expect(found[1].assignees).toEqual(['UBND các huyện, thị xã, thành phố']);
    expect(found[1].reportTo).toEqual(['UBND tỉnh (thông qua Công an tỉnh)']);
  });

  it('after rules, the same form says how duties are allocated (dev btc-2014-12-luathaiquan-huongdan)', () => {
    expect(
      read([
        'a.2) Cục trưởng Cục Hải quan quyết định kiểm tra sau thông quan trong địa bàn quản lý của Cục.',
        'Trường hợp kiểm tra doanh nghiệp không thuộc phạm vi địa bàn quản lý được phân công, Cục Hải quan báo cáo Tổng cục Hải quan xem xét phân công đơn vị thực hiện kiểm tra.',
      ]),
    ).toEqual([]);
  });

  it('"Định kỳ ..., các đơn vị ... phải cập nhật ..." (Sở Giao thông công chánh TP.HCM, nld.com.vn)', () => {
    const found = read([
      'Định kỳ từ ngày 1 đến ngày 5 hằng tháng, các đơn vị và phòng ban được phân công phải cập nhật kết quả giải quyết nguyện vọng cử tri trên mạng của tháng trước.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([['các đơn vị và phòng ban được phân công']]);
  });
});

describe('who is asked and where it goes', () => {
  it('"Chủ tịch UBND tỉnh yêu cầu: từ ngày ..., các Đơn vị bố trí ..." asks every unit (Công văn 1232/UBND-VP tỉnh Hải Dương, 2020)', () => {
    const found = read([
      'Thực hiện Công văn số 2964/VPCP-TH ngày 15/4/2020 của Văn phòng Chính phủ về việc tổ chức trực và báo cáo tình hình trong dịp nghỉ Lễ 30/4 – 1/5 năm 2020; Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị bố trí, phân công trực hợp lý; thường xuyên nắm tình hình, chủ động xử lý những vấn đề phát sinh; nếu có những vấn đề nổi cộm, đột xuất, khẩn cấp thuộc ngành, lĩnh vực, địa bàn quản lý, kịp thời báo cáo UBND tỉnh để xem xét, chỉ đạo.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].assignees).toEqual([]);
    expect(found[0].reportTo).toEqual(['UBND tỉnh']);
  });

  it('"Trình UBND tỉnh trước ngày ... để báo cáo Bộ Công Thương" closes the task; the ministry is the receiver\'s (answer to Văn bản 5658/BCT-CTĐP, 2018)', () => {
    const found = read([
      'Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá, tổng hợp báo cáo kết quả triển khai thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ trên địa bàn tỉnh. Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo thời gian quy định.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].reportTo).toEqual(['UBND tỉnh']);
    expect(found[0].deadlines).toEqual(['trước ngày 10/8/2018']);
  });

  it('"Các đơn vị liên quan tiến hành rà soát ..." is a task (Huyện ủy Đầm Hà, huyendamha.vn)', () => {
    expect(
      read([
        'Các đơn vị liên quan tiến hành rà soát cơ sở hạ tầng, trang thiết bị phục vụ Đại hội; triển khai cho các xã đăng ký công trình chào mừng Đại hội.',
      ]).map((r) => r.assignees),
    ).toEqual([['Các đơn vị liên quan']]);
  });
});

describe('committees named by their kind of place', () => {
  it('"UBND huyện, thành phố Cà Mau" is one addressee (Chủ tịch UBND tỉnh Cà Mau, tranvanthoi.camau.dcs.vn)', () => {
    const found = read([
      'Theo đó, Chủ tịch UBND tỉnh giao UBND huyện, thành phố Cà Mau khẩn trương thực hiện nhiệm vụ tự kiểm tra, rà soát về quản lý quy hoạch, xây dựng, đất đai.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([['UBND huyện, thành phố Cà Mau']]);
  });

  it('"Uỷ ban nhân dân thành phố và các huyện" is one addressee (Công văn 703/UBND-TN, 2015)', () => {
    const found = read([
      'Uỷ ban nhân dân thành phố và các huyện tổ chức đánh giá tình hình thực hiện kế hoạch sử dụng đất kỳ đầu (2011 – 2015), gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 28/5/2015 để tổng hợp.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([['Ủy ban nhân dân thành phố và các huyện']]);
  });
});

describe('an aside cut open', () => {
  it('"Viện Nông nghiệp Thanh Hóa (cơ quan" → "Viện Nông nghiệp Thanh Hóa" (UBND tỉnh Thanh Hóa, 2021, truyenhinhthanhhoa.vn)', () => {
    expect(withoutOpenAside('Viện Nông nghiệp Thanh Hóa (cơ quan')).toBe('Viện Nông nghiệp Thanh Hóa');
    expect(withoutOpenAside('Sở Y tế (qua phòng Nghiệp vụ Y)')).toBe('Sở Y tế (qua phòng Nghiệp vụ Y)');
    const found = read([
      'Theo đó, UBND tỉnh giao Viện Nông nghiệp Thanh Hóa (cơ quan chủ trì xây dựng Đề án) căn cứ nội dung phê duyệt, khẩn trương phối hợp với các đơn vị liên quan triển khai thực hiện lập, trình duyệt đề án.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([['Viện Nông nghiệp Thanh Hóa']]);
  });
});

describe('second reading: ten more texts read after the first fixes', () => {
  it('"Yêu cầu gửi báo cáo về Sở ... trước ngày ..." closes the task before it (Công văn 846/UBND-TH, 2019)', () => {
    const found = read([
      'Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo tình hình triển khai thực hiện và giải ngân kế hoạch đầu tư công năm 2019 theo đề nghị của Bộ Kế hoạch và Đầu tư tại Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019 (Sao gửi Công văn kèm theo). Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019.',
      'Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp với các đơn vị liên quan tổng hợp chung báo cáo. Yêu cầu hoàn thiện gửi Văn phòng Uỷ ban nhân dân trước ngày 24/5/2019.',
    ]);
    expect(found.map((r) => r.reportTo)).toEqual([['Sở Kế hoạch và Đầu tư'], ['Văn phòng Ủy ban nhân dân']]);
    expect(found.map((r) => r.deadlines)).toEqual([['trước ngày 23/5/2019'], ['trước ngày 24/5/2019']]);
  });

  it('a sentence ends after a document symbol: "... Quyết định số 3355/QĐ-BYT. Theo đó ..." (Sở Y tế Bà Rịa - Vũng Tàu, soyte.baria-vungtau.gov.vn)', () => {
    const found = read([
      'UBND các huyện, thị xã, thành phố chủ trì tổng hợp danh sách đối tượng tiêm chủng theo quy định tại Nghị Quyết 21/NQ-CP và Quyết định số 3355/QĐ-BYT. Theo đó các cơ quan, đơn vị liên quan tổng hợp danh sách đối tượng tiêm chủng gửi về Phòng Y tế huyện, thị xã, thành phố trực thuộc UBND để tổng hợp theo quy định.',
    ]);
    expect(found.map((r) => r.reportTo)).toEqual([[], ['Phòng Y tế huyện, thị xã, thành phố trực thuộc UBND']]);
  });

  it('"đồng thời đề nghị đội ngũ tuyên truyền viên, báo cáo viên của tỉnh cần ..." (Phó Bí thư Thường trực Tỉnh ủy Thừa Thiên Huế, baothuathienhue.vn)', () => {
    const found = read([
      'Phát biểu kết luận tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy ghi nhận những việc làm được của các đơn vị khối Mặt trận, các đoàn thể; đồng thời đề nghị đội ngũ tuyên truyền viên, báo cáo viên của tỉnh cần chủ động nắm bắt, dự báo tình hình.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([['đội ngũ tuyên truyền viên, báo cáo viên của tỉnh']]);
  });

  it('"Bên cạnh đó, Chi bộ cần sắp xếp ..." is a task of its own (Trưởng ban Tuyên giáo Tỉnh ủy Thái Nguyên, thainguyentv.vn)', () => {
    const found = read([
      'Đồng chí đề nghị các đảng viên tiếp tục phát huy tinh thần gương mẫu, tuyên truyền để nhân dân đồng thuận. Bên cạnh đó, Chi bộ cần sắp xếp, điều chỉnh nội dung sinh hoạt cho khoa học hơn./.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([['các đảng viên'], ['Chi bộ']]);
  });
});

describe('third reading: ten texts first scored untouched, then read', () => {
  it('"...; chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị ..." is no clause of its own (Công văn 2779/UBND-KTN tỉnh Quảng Nam, 2020)', () => {
    const found = read([
      'Theo đó, UBND tỉnh yêu cầu các Sở, ngành, đơn vị liên quan và UBND các huyện, thị xã, thành phố tiếp tục triển khai thực hiện nghiêm các biện pháp phòng, chống hạn hán, thiếu nước và nhiễm mặn theo chỉ đạo của UBND tỉnh tại Chỉ thị số 02/CT-UBND ngày 09/01/2020; chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 04/CT-TTg ngày 22/01/2020 nhằm đảm bảo nguồn nước cấp cho sản xuất nông nghiệp và sinh hoạt trên địa bàn.',
    ]);
    expect(found).toHaveLength(1);
  });

  it('"... yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động ...; Ban cán sự Đảng UBND tỉnh xây dựng ..." and "Văn phòng Tỉnh ủy xây dựng kế hoạch ..." (Phó Bí thư Thường trực Tỉnh ủy Thái Nguyên, thainguyentv.vn)', () => {
    const found = read([
      'Kết luận cuộc họp, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động xây dựng kế hoạch tuyên truyền Đại hội Đảng các cấp; Ban cán sự Đảng UBND tỉnh xây dựng kế hoạch chỉ đạo công tác bảo đảm an ninh trật tự, kế hoạch đảm bảo cơ sở vật chất phục vụ Đại hội.',
      'Văn phòng Tỉnh ủy xây dựng kế hoạch đảm bảo dự toán kinh phí, cơ sở vật chất phục vụ Đại hội; xây dựng văn bản hướng dẫn chi Đại hội Đảng bộ các cấp từ huyện đến cơ sở. Đảng bộ TP Thái Nguyên xây dựng kế hoạch chỉnh trang đô thị, đảm bảo vệ sinh môi trường trước, trong và sau đại hội.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([
      ['Ban Tuyên giáo Tỉnh ủy'],
      ['Ban cán sự Đảng UBND tỉnh'],
      ['Văn phòng Tỉnh ủy'],
      ['Đảng bộ TP Thái Nguyên'],
    ]);
  });

  it('"Theo đó, Trường Chính trị thành phố phải bảo đảm ..." (Phó Bí thư Thường trực Thành ủy Đà Nẵng, baodanang.vn, 2020)', () => {
    const found = read([
      'Theo đó, Trường Chính trị thành phố phải bảo đảm hoàn thành các hạng mục sửa chữa hội trường (nơi tổ chức Đại hội Đảng bộ thành phố lần thứ XXII) đúng tiến độ.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([['Trường Chính trị thành phố']]);
  });
});
