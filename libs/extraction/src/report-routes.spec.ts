/** Report routes of real published directives: each sentence quotes samples/corpus/dev/<id>. */
import { extractDirective } from './extract-directive.js';
import { reportRoutes } from './report-routes.js';

const targets = (text: string) => reportRoutes(text).map((r) => r.target);

describe('reportRoutes on dev sentences', () => {
  it.each([
    [
      'thanhhoa-2025-11-kehoach-quantrac-thuysan: "trình cấp có thẩm quyền" is a route (README, settled 1 December 2026)',
      'Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền phê duyệt kinh phí thực hiện kế hoạch trong dự toán đầu năm 2026 trên cơ sở đề nghị của Sở Nông nghiệp và Môi trường',
      ['cấp có thẩm quyền'],
    ],
    [
      'btctw-2025-11-huongdan-quydinh377-canbo: the authority a body submits its summary to',
      'Trên cơ sở ý kiến của cấp ủy, tổ chức đảng, cơ quan, đơn vị, Ban Tổ chức Trung ương lấy ý kiến (bằng văn bản) của Ủy ban Kiểm tra Trung ương, Ban Nội chính Trung ương và các cấp ủy, tổ chức đảng có liên quan; tổng hợp ý kiến, trình cấp có thẩm quyền xem xét, quyết định',
      ['cấp có thẩm quyền'],
    ],
    [
      'cp-2026-04-nq-tthc-bocongan 4.1.b: the authority a ministry submits legal documents to, in lower case',
      'Trình cơ quan có thẩm quyền ban hành văn bản quy phạm pháp luật theo Phụ lục II ban hành kèm theo Nghị quyết này để cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh, bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027',
      ['cơ quan có thẩm quyền'],
    ],
    [
      'cp-2026-04-nq-tthc-bkhcn 5.1.c: "cơ quan, người có thẩm quyền" is one authority',
      'Trình cơ quan, người có thẩm quyền ban hành hoặc ban hành theo thẩm quyền văn bản quy phạm pháp luật theo Phụ lục III ban hành kèm theo Nghị quyết này',
      ['cơ quan, người có thẩm quyền'],
    ],
    [
      'cantho-2025-11-kehoach-danso II.6.b: "... hoặc trình X ban hành" sends the matter up to X (README, settled 2 December)',
      'Ban hành theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành các văn bản để triển khai đồng bộ, hiệu quả chủ trương, chính sách, pháp luật về dân số',
      ['cấp có thẩm quyền'],
    ],
    [
      "thanhhoa-2025-11-kehoach-quantrac-thuysan: the body reported to submits onward; that is its route, not this task's",
      'Lập dự toán kinh phí báo cáo Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền xem xét, phê duyệt',
      ['Sở Nông nghiệp và Môi trường'],
    ],
    [
      'hcm-2016-04-matcanbang-gioitinh: what is submitted goes to the authority, without what it is',
      'Giao Sở Y tế chủ trì, phối hợp với các Sở - ngành liên quan và Ủy ban nhân dân các quận - huyện tham mưu trình Thường trực Ủy ban nhân dân Thành phố kế hoạch triển khai thực hiện Quyết định nêu trên tại thành phố, trước ngày 17 tháng 4 năm 2016 để xem xét ban hành',
      ['Thường trực Ủy ban nhân dân Thành phố'],
    ],
    [
      'vpcp-2016-05-quyhoach-conmoong',
      'Giao Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan liên quan tổ chức thẩm định Nhiệm vụ quy hoạch và Đồ án Quy hoạch tổng thể di tích quốc gia đặc biệt hang Con Moong theo quy định hiện hành; trình Thủ tướng Chính phủ phê duyệt',
      ['Thủ tướng Chính phủ'],
    ],
    [
      'haugiang-2017-06-lietsi-bolaodong: the name ends before what the authority does',
      'kính đề nghị Bộ Lao động - Thương binh và Xã hội xem xét, thẩm định, trình Thủ tướng Chính phủ cấp Bằng “Tổ quốc ghi công” đối với 06 trường hợp người có công với cách mạng nêu trên',
      ['Thủ tướng Chính phủ'],
    ],
    [
      'vpcp-2003-01-hatang-hotay: a purpose and a cited document submitting are not the task',
      'các công văn số 3491/UB-KH &ĐT ngày 18 tháng 12 năm 2002 của Uỷ ban nhân dân thành phố Hà Nội trình Thủ tướng Chính phủ về Dự án xây dựng hạ tầng xung quanh hồ Tây, Hà Nội (kèm theo), Để có đủ cơ sở trình Thủ tướng Chính phủ xem xét quyết định, Văn phòng Chính phủ đề nghị các cơ quan có ý kiến chính thức bằng văn bản gửi Văn phòng Chính phủ trước ngày 20 tháng 01 năm 2003',
      ['Văn phòng Chính phủ'],
    ],
    [
      'luongminh-2025-11-kehoach-baucu: the name ends before "ban hành" at the end of the sentence',
      '- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành.',
      ['Ban Thường trực'],
    ],
    [
      'vptw-2025-12-ketluan-congtac-vanphong: the papers others submit are no route',
      'thẩm định có chất lượng nội dung và đúng thẩm quyền các đề án trình Bộ Chính trị, Ban Bí thư và ban thường vụ tỉnh uỷ, thành uỷ',
      [],
    ],
    [
      'btc-2014-12-luathaiquan-huongdan: what the issuer is doing is no route',
      'Hiện nay, Bộ Tài chính đang khẩn trương phối hợp với các cơ quan hữu quan trình Chính phủ ban hành Nghị định quy định chi tiết thi hành Luật hải quan năm 2014',
      [],
    ],
    [
      'vpcp-2025-11-chongbuonlau-tet: a deputy prime minister right after "báo cáo"',
      'Hoàn thiện Kế hoạch cao điểm chống buôn lậu, gian lận thương mại và hàng giả dịp trước, trong và sau Tết Nguyên đán Bính Ngọ 2026; báo cáo Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia trước ngày 30 tháng 11 năm 2025',
      ['Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia'],
    ],
    [
      'daklak-2025-11-kehoach-moitruong-saulu: two bodies joined by "và"',
      'Khi xuất hiện ca bệnh bất thường, báo cáo ngay về Trung tâm Kiểm soát bệnh tật tỉnh và Sở Y tế.',
      ['Trung tâm Kiểm soát bệnh tật tỉnh', 'Sở Y tế'],
    ],
    [
      'luongminh-2025-11-kehoach-hiepthuong: a list handed in',
      'Chuyển danh sách chính thức đến Ủy ban Bầu cử xã',
      ['Ủy ban Bầu cử xã'],
    ],
    [
      'luongminh-2025-12-kehoach-tiepcongdan-baucu: a complaint forwarded is no report',
      'Hướng dẫn công dân hoặc chuyển đơn đến Ủy ban nhân dân xã Lương Minh để giải quyết theo thẩm quyền',
      [],
    ],
    [
      'luongminh-2025-12-kehoach-tiepcongdan-baucu: commas inside "(qua ...)"',
      'Thực hiện chế độ báo cáo tình hình tiếp dân, xử lý đơn thư về Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh (qua Ban Dân chủ, Giám sát và Phản biện xã hội) định kỳ và đột xuất',
      ['Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh (qua Ban Dân chủ, Giám sát và Phản biện xã hội)'],
    ],
    [
      'lachong-2011-09-gopda-truongsa: two bodies joined by "và"',
      'Tổ chức đoàn thể thường xuyên báo cáo kết quả thực hiện về Ban Thường vụ đảng ủy và nhà trường; đưa ra kiến nghị',
      ['Ban Thường vụ đảng ủy', 'nhà trường'],
    ],
    [
      'hanoi-2010-03-thanglong-1000nam: two bodies joined by a comma',
      'thường xuyên cập nhật, tổng hợp kết quả,định kỳ báo cáo Ban chỉ đạo quốc gia kỷ niệm 1000 năm Thăng Long, UBND Thànhphố.',
      ['Ban chỉ đạo quốc gia kỷ niệm 1000 năm Thăng Long', 'UBND Thànhphố'],
    ],
    [
      'luongminh-2025-11-kehoach-baucu: a long object before "với"',
      'kịp thời phản ánh ý kiến, kiến nghị của các đoàn viên, hội viên và Nhân dân, dư luận xã hội về bầu cử với Ban Thường trực Ủy ban MTTQ Việt Nam xã',
      ['Ban Thường trực Ủy ban MTTQ Việt Nam xã'],
    ],
    [
      'baccamranh-2025-11-kehoach-giamsat-baucu: "đối với" is no route',
      'Kiểm tra việc tiếp nhận, xử lý, giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh liên quan đến công tác bầu cử đối với Ban thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam phường',
      [],
    ],
    [
      'cantho-mttq-2020-02-dondoc-chuyentrang: the route ends at the first "đến"',
      'đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các quận, huyện thông báo đến xã, phường thị trấn và khu dân cư đón đọc và cung cấp thông tin cho Báo Cần Thơ viết bài',
      [],
    ],
    [
      'cantho-2025-11-kehoach-danso: a document named as a topic',
      'theo Thông báo số 157/TB-VPCP ngày 11 tháng 4 năm 2024 của Văn phòng Chính phủ về Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà',
      [],
    ],
    [
      'vnua-2020-04-daihoichibo: registering with a body',
      'Chi bộ đăng ký lại lịch đại hội với Văn phòng Đảng ủy (trước ngày 2/5/2020)',
      ['Văn phòng Đảng ủy'],
    ],
    [
      'bgddt-2013-05-giaovien-tieuhoc-tccn: a postal address after "theo địa chỉ:", a department of a ministry',
      'Báo cáo của sở xin gửi về theo địa chỉ: Vụ Giáo dục chuyên nghiệp,Bộ Giáo dục và Đào tạo, 49 Đại Cồ Việt, Hai Bà Trưng, Hà Nội và theo địa chỉEmail: [email protected] trước ngày 25/5/2013.',
      ['Vụ Giáo dục chuyên nghiệp,Bộ Giáo dục và Đào tạo'],
    ],
    [
      'luongminh-2026-01-kehoach-laykien-cutri: asking for help is no report',
      'có văn bản gửi Ban Thường trực Ủy ban MTTQ Việt Nam cùng cấp địa phương người đó cư trú để hỗ trợ việc tổ chức lấy ý kiến nhận xét',
      [],
    ],
    [
      'ttg-2025-11-congdien-khacphuc-namtrungbo: two authorities joined by "và", the name ending before what is reported',
      'Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này theo chức năng, nhiệm vụ được giao; kịp thời báo cáo Thủ tướng Chính phủ và Phó Thủ tướng Chính phủ phụ trách lĩnh vực những vấn đề đột xuất, phát sinh; tổng hợp báo cáo Bộ Chính trị, Ban Bí thư theo quy định',
      ['Thủ tướng Chính phủ', 'Phó Thủ tướng Chính phủ phụ trách lĩnh vực', 'Bộ Chính trị', 'Ban Bí thư'],
    ],
    [
      'ttg-2025-11-congdien-baohiem-mualu: "cấp có thẩm quyền" is a body reported to',
      'Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện Công điện này, báo cáo cấp có thẩm quyền những vấn đề vượt thẩm quyền',
      ['cấp có thẩm quyền'],
    ],
    [
      'btctw-2025-11-huongdan-quydinh377-canbo: so is "cấp trên trực tiếp"',
      'Hằng năm, tiến hành rà soát, bổ sung quy hoạch nhiệm kỳ hiện tại và nhiệm kỳ kế tiếp trong Quý I và báo cáo cấp trên trực tiếp về kết quả phê duyệt quy hoạch cán bộ cấp mình quản lý trong Quý II, chậm nhất tháng 6',
      ['cấp trên trực tiếp'],
    ],
    [
      'vpcp-2025-11-mangluoi-phongxa: the name ends before "trong quý I năm 2026"',
      'phù hợp với quy định về phát triển mạng lưới quan trắc theo đúng Quy hoạch phát triển, ứng dụng năng lượng nguyên tử, quy định của Luật Năng lượng nguyên tử 2025 và quy định pháp luật có liên quan; báo cáo Thủ tướng Chính phủ trong quý I năm 2026',
      ['Thủ tướng Chính phủ'],
    ],
    [
      'daklak-2025-11-kehoach-thidua-baucu: "báo cáo viên" (a lecturer) reports nothing',
      'Ban hành văn bản chỉ đạo, đôn đốc, tổ chức triển khai công tác thông tin, tuyên truyền, cổ động trực quan; chỉ đạo, định hướng hệ thống tuyên giáo, báo cáo viên, tuyên truyền viên và các cơ quan truyền thông tỉnh có kế hoạch đẩy mạnh thông tin, tuyên truyền về Phong trào thi đua',
      [],
    ],
    [
      'ttg-2025-11-congdien-duan-tondong: raising a difficulty to be guided is no report',
      'Trong quá trình thực hiện, nếu có khó khăn vướng mắc, kịp thời phản ánh về Bộ Tài chính (là Cơ quan thường trực Ban chỉ đạo 751) để được hướng dẫn',
      [],
    ],
    [
      'ttg-2025-11-congdien-chiendich-quangtrung: a relayed report ends with its sentence; two offices joined by "và"',
      'gửi Văn phòng Chính phủ và Bộ Tài chính trước ngày 03/12/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ. Đồng thời thống kê báo cáo Thủ tướng Chính phủ (qua Văn phòng Chính phủ, Bộ Tài chính, Bộ Nông nghiệp và Môi trường) số hộ gia đình bị ảnh hưởng bởi trận bão, mưa lũ vừa qua',
      [
        'Văn phòng Chính phủ',
        'Bộ Tài chính',
        'Thủ tướng Chính phủ (qua Văn phòng Chính phủ, Bộ Tài chính, Bộ Nông nghiệp và Môi trường)',
      ],
    ],
    [
      'cantho-2025-11-kehoach-giamsat-giamngheo: "Bộ, ngành trực tiếp quản lý" is one group of bodies',
      'xây dựng Báo cáo giám sát đối với các dự án, tiểu dự án và nội dung thành phần do Sở, ban ngành quản lý, báo cáo đánh giá và gửi Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý',
      ['Sở Nông nghiệp và Môi trường', 'Bộ, ngành trực tiếp quản lý'],
    ],
    [
      'cantho-2025-11-kehoach-giamsat-giamngheo: "Sở, ngành trực tiếp quản lý" after "về"',
      'báo cáo đánh giá và gửi về Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố và Sở, ngành trực tiếp quản lý',
      ['Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố', 'Sở, ngành trực tiếp quản lý'],
    ],
    [
      'ttg-2025-11-congdien-hangdutru-mualu: "gửi các Bộ, cơ quan"',
      'chủ động báo cáo, xác định chính xác, đầy đủ nhu cầu cấp thiết về hàng dự trữ quốc gia trong và sau mưa lũ để kịp thời đề xuất, kiến nghị gửi các Bộ, cơ quan xem xét xuất cấp, hỗ trợ theo quy định',
      ['các Bộ, cơ quan'],
    ],
    [
      'daklak-2025-11-chithi-thamdinh-dautu: a body and its head ("UBND tỉnh, Chủ tịch UBND tỉnh") are two targets',
      'Giao Sở Tài chính chủ trì theo dõi, tổng hợp các khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh xem xét, giải quyết',
      ['UBND tỉnh', 'Chủ tịch UBND tỉnh'],
    ],
    [
      'daklak-2025-11-chithi-thamdinh-dautu: "báo cáo cơ quan có thẩm quyền", then a second route after "đồng thời"',
      'đối với những nội dung vượt thẩm quyền thì kịp thời báo cáo cơ quan có thẩm quyền xem xét giải quyết theo quy định, đồng thời gửi về Sở Tài chính để tổng hợp, tham mưu UBND giải quyết theo quy định',
      ['cơ quan có thẩm quyền', 'Sở Tài chính'],
    ],
    [
      'daklak-2025-11-chithi-thamdinh-dautu: "trình cấp có thẩm quyền" before a capitalised "Quyết định"',
      'lập báo cáo thẩm định và trình cấp có thẩm quyền Quyết định chấp thuận chủ trương đầu tư theo quy định của pháp luật về đầu tư',
      ['cấp có thẩm quyền'],
    ],
    [
      'btctw-2025-11-huongdan-quydinh377-canbo: "báo cáo, đề xuất X" reports to X',
      'Trên cơ sở kết quả đánh giá, các cấp ủy, tổ chức đảng báo cáo, đề xuất Bộ Chính trị, Ban Bí thư xem xét, quyết định đối với các chức danh thuộc thẩm quyền quản lý của Trung ương',
      ['Bộ Chính trị', 'Ban Bí thư'],
    ],
    [
      'btctw-2025-11-huongdan-quydinh377-canbo: bodies listed before one "(qua ...)" channel are one target each, the channel with the last',
      'Người đứng đầu cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương có trách nhiệm trao đổi với cán bộ trước khi báo cáo với tập thể ban thường vụ tỉnh ủy, thành ủy, đảng ủy, lãnh đạo cơ quan, đơn vị nơi cán bộ công tác xem xét, cho ý kiến và gửi văn bản báo cáo Bộ Chính trị, Ban Bí thư (qua Ban Tổ chức Trung ương)',
      ['Bộ Chính trị', 'Ban Bí thư (qua Ban Tổ chức Trung ương)'],
    ],
    [
      'daklak-2025-11-chithi-thamdinh-dautu: "(thông qua ...)" is a channel, kept as written',
      'trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh (thông qua Sở Tài chính) để xem xét, giải quyết, điều chỉnh cho phù hợp',
      ['UBND tỉnh', 'Chủ tịch UBND tỉnh (thông qua Sở Tài chính)'],
    ],
    [
      'vpcp-2025-11-tbkl-benhvien-coso2-ninhbinh: the body ends before "đảm bảo"',
      'khẩn trương báo cáo Chính phủ đảm bảo chất lượng, tiến độ theo đúng chỉ đạo của Phó Thủ tướng Chính phủ',
      ['Chính phủ'],
    ],
    [
      'Hà Nội kế hoạch 308 (unlabelled real text): "phối hợp với Sở Tài chính" is no route; the body sent to compiles ("gửi X tổng hợp, ...") and its report to UBND is its own, as after "để tổng hợp" (README: what the receiver does next)',
      'các đơn vị có văn bản đề xuất, gửi Sở Khoa học và Công nghệ tổng hợp, chủ trì, phối hợp với Sở Tài chính, báo cáo UBND Thành phố',
      ['Sở Khoa học và Công nghệ'],
    ],
  ])('reads %s', (_doc, text, expected) => expect(targets(text)).toEqual(expected));

  // Forms no dev document carries yet, written as directives print them: the old tone placement ("Uỷ ban")
  // after the verb, "gửi tới", a department named right after "báo cáo".
  it.each([
    ['tổng hợp, báo cáo Uỷ ban nhân dân tỉnh trước ngày 20/3/2026', ['Ủy ban nhân dân tỉnh']],
    ['gửi tới Sở Nội vụ trước ngày 20/3/2026', ['Sở Nội vụ']],
    ['báo cáo Chi bộ trước ngày 20/3/2026', ['Chi bộ']],
  ])('reads "%s"', (text, expected) => expect(targets(text)).toEqual(expected));

  it('keeps a person with the office they sit in (samples/directives/phuluute-2025-03-kehoach-dangvien)', () => {
    expect(
      targets('- Đối với các chi bộ trường học, trạm y tế báo cáo đến đồng chí Lê Thị Hoa, Văn phòng Đảng ủy.'),
    ).toEqual(['đồng chí Lê Thị Hoa, Văn phòng Đảng ủy']);
  });

  it('keeps "Văn phòng HĐND và UBND quận" one office', () => {
    expect(targets('gửi về Văn phòng HĐND và UBND quận trước ngày 10/7/2025')).toEqual(['Văn phòng HĐND và UBND quận']);
  });

  it('gives the report sentence after a request to that request (dev/bgddt-2013-05-giaovien-tieuhoc-tccn)', () => {
    const text = [
      'Số: 3234/BGDĐT-GDCN',
      'Hà Nội, ngày 16 tháng 5 năm 2013',
      'Kính gửi: Sở Giáo dục và Đào tạo các tỉnh,thành phố trực thuộc Trung ương',
      'Thực hiện Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013 củaBộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) về thực hiện quy hoạch phát triển nhânlực ngành giáo dục và đào tạo theo nhu cầu phát triển xã hội giai đoạn2013-2015, Bộ GDĐT đề nghị sở GDĐT các tỉnh, thành phố trực thuộc Trung ươngbáo cáo về tình hình mở ngành, đào tạo và sử dụng giáo viên tiểu học trình độTCCN của địa phương từ nay đến năm 2015.',
      'Báo cáo của sở xin gửi về theo địa chỉ: Vụ Giáo dục chuyên nghiệp,Bộ Giáo dục và Đào tạo, 49 Đại Cồ Việt, Hai Bà Trưng, Hà Nội và theo địa chỉEmail: [email protected] trước ngày 25/5/2013.',
    ].join('\n');
    const [requirement, ...rest] = extractDirective(text).directive.requirements;
    expect(rest).toEqual([]);
    expect(requirement.deadlines.map((d) => d.date)).toEqual(['2013-05-25']);
    expect(requirement.reportTo.map((r) => r.target)).toEqual(['Vụ Giáo dục chuyên nghiệp,Bộ Giáo dục và Đào tạo']);
  });
});

describe('reportRoutes: where a route ends', () => {
  it.each([
    [
      'what the body reported to is asked to do ("chỉ đạo ...") is not part of its name',
      'Cục Thuế báo cáo UBND tỉnh chỉ đạo các cơ quan liên quan giải quyết theo đúng quy định của pháp luật',
      ['UBND tỉnh'],
    ],
    [
      'the last of several bodies stops before "chỉ đạo" too',
      'Kịp thời báo cáo Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng chỉ đạo xử lý đối với những vấn đề vượt thẩm quyền',
      ['Thủ tướng Chính phủ', 'Bộ trưởng Bộ Quốc phòng'],
    ],
    [
      'what the body is asked to do ("giải quyết", "hướng dẫn", "thẩm định") ends its name',
      'Tổng hợp các khó khăn, kịp thời báo cáo UBND tỉnh giải quyết; gửi hồ sơ về Sở Kế hoạch và Đầu tư thẩm định',
      ['UBND tỉnh', 'Sở Kế hoạch và Đầu tư'],
    ],
    [
      'so does how the report goes ("bằng văn bản", "qua hệ thống ...")',
      'Gửi ý kiến góp ý về Sở Tư pháp bằng văn bản, đồng thời cập nhật báo cáo về Sở Nội vụ qua hệ thống phần mềm',
      ['Sở Tư pháp', 'Sở Nội vụ'],
    ],
    [
      'but not a name made of such a word ("Đoàn kiểm tra", "Hội đồng thẩm định")',
      'Gửi báo cáo về Đoàn kiểm tra liên ngành, đồng thời gửi hồ sơ về Hội đồng thẩm định tỉnh',
      ['Đoàn kiểm tra liên ngành', 'Hội đồng thẩm định tỉnh'],
    ],
    [
      'a "Ban chỉ đạo" written in lower case keeps its name',
      'Kịp thời báo cáo, đề xuất Ban chỉ đạo phòng thủ dân sự quốc gia và Thủ tướng Chính phủ chỉ đạo những vấn đề vượt thẩm quyền',
      ['Ban chỉ đạo phòng thủ dân sự quốc gia', 'Thủ tướng Chính phủ'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('reportRoutes: a report made "để báo cáo X"', () => {
  it.each([
    [
      'the report made is for X: a purpose, no route (README, wave 5)',
      'Tổng hợp chung các mẫu biểu theo quy định; xây dựng báo cáo giám sát, báo cáo đánh giá để báo cáo Bộ Nông nghiệp và Môi trường và Ủy ban nhân dân thành phố',
      [],
    ],
    [
      "after a route, a report in a purpose is the receiver's",
      'Gửi kết quả về Sở Nội vụ để báo cáo UBND tỉnh; báo cáo kết quả về Sở Y tế để kịp thời báo cáo Bộ Y tế',
      ['Sở Nội vụ', 'Sở Y tế'],
    ],
    [
      'what is found is reported to X: a route',
      'Phát hiện kịp thời những sai sót, vi phạm hoặc những vấn đề phát sinh tại khu dân cư để báo cáo Ban Thường trực UBMTTQ xã xử lý',
      ['Ban Thường trực UBMTTQ xã'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('reportRoutes: two routes, one or the other', () => {
  it('reads "báo cáo X để được hướng dẫn hoặc trình Y" as two routes', () => {
    expect(
      targets(
        'Trường hợp còn thiếu, Tỉnh tổng hợp nhu cầu, báo cáo Bộ Tài chính để được hướng dẫn hoặc trình cấp có thẩm quyền xem xét, quyết định',
      ),
    ).toEqual(['Bộ Tài chính', 'cấp có thẩm quyền']);
  });

  it('reads "báo cáo, xin ý kiến X" and "báo cáo xin ý kiến X" as a report to X', () => {
    expect(targets('Kịp thời báo cáo, xin ý kiến Thủ tướng Chính phủ những vấn đề vượt thẩm quyền')).toEqual([
      'Thủ tướng Chính phủ',
    ]);
    expect(targets('Tổng hợp các vướng mắc, báo cáo xin ý kiến Bộ Tài chính để xử lý')).toEqual(['Bộ Tài chính']);
  });

  it('reads "báo cáo, tham mưu X" as a report to X', () => {
    expect(
      targets('Tổng hợp, báo cáo, tham mưu UBND tỉnh xem xét giải quyết đối với các nội dung vượt thẩm quyền'),
    ).toEqual(['UBND tỉnh']);
  });

  it('keeps "phòng, chống" inside a name', () => {
    expect(targets('Kịp thời báo cáo Ban Chỉ đạo phòng, chống thiên tai tỉnh để chỉ đạo xử lý')).toEqual([
      'Ban Chỉ đạo phòng, chống thiên tai tỉnh',
    ]);
  });

  it('keeps the bodies a level of authority is spelled out as', () => {
    expect(
      targets(
        'Tổng hợp, tham mưu báo cáo hoặc báo cáo cấp thẩm quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường) việc triển khai, thực hiện Chương trình',
      ),
    ).toEqual(['cấp thẩm quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường)']);
  });
});

describe('reportRoutes: a body named by its level', () => {
  it.each([
    ['Báo cáo kết quả thực hiện năm 2025 cho cơ quan quản lý cấp trên.', ['cơ quan quản lý cấp trên']],
    ['Tổng hợp, báo cáo cơ quan quản lý cấp trên trực tiếp theo quy định.', ['cơ quan quản lý cấp trên trực tiếp']],
    ['Gửi hồ sơ về cơ quan có thẩm quyền xem xét, quyết định.', ['cơ quan có thẩm quyền']],
  ])('%s', (text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('reportRoutes: the closing run into the last item', () => {
  it('reads no route in the courtesy after "Trên đây là ..."', () => {
    expect(
      targets(
        'Bố trí nguồn lực tổ chức chi trả trực tiếp cho một số đối tượng đặc thù. Trên đây là Kế hoạch phát động phong trào thi đua trên địa bàn thành phố. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo về Sở Y tế để xem xét giải quyết theo thẩm quyền',
      ),
    ).toEqual([]);
  });

  it('still reads the courtesy of a task that asks for a report', () => {
    expect(
      targets(
        'Các sở, ban, ngành có trách nhiệm triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh (thông qua Sở Tài chính) để xem xét, giải quyết',
      ),
    ).toEqual(['UBND tỉnh (thông qua Sở Tài chính)']);
  });
});
