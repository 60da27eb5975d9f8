/**
 * Kinds of numbered item that ask no one for anything: contacts, catalogue entries, eligibility criteria, narrative,
 * pointers to another document's provisions, norms of timing and figures, what happens at a meeting, topics, lead-ins.
 * Each phrase is quoted from the document named (samples/corpus dev or samples/bodies dev); the ones that stay tasks are
 * requirements of a gold.
 */
import { decides, informs, RULES_HEADING } from './describes.js';
import { extractDirective } from './extract-directive.js';
import { CATALOGUE, CONTACT, ELIGIBILITY, NARRATIVE, notTask, POINTER } from './non-tasks.js';
import { isTarget } from './plan-targets.js';
import { FUNDS } from './requirement-patterns.js';

const texts = (lines: string[]) => extractDirective(lines.join('\n')).directive.requirements.map((r) => r.text);

describe('contact lines (bodies hcm-snv-2025-chothuelai-laodong)', () => {
  it('a place with its telephone and address is no task', () => {
    const line =
      'Khu vực tỉnh Bình Dương (cũ): điện thoại số 0937.618.686, địa chỉ: Tầng 6, tháp A, Trung tâm Hành chính tỉnh Bình Dương, phường Bình Dương, Thành phố Hồ Chí Minh';
    expect(CONTACT.test(line)).toBe(true);
    expect(notTask(line)).toBe(true);
  });

  it('a task that sends a report stays (dev daklak-2025-11-kehoach-thidua-baucu)', () => {
    expect(
      notTask(
        'Hồ sơ trình, đề nghị Thủ tướng Chính phủ, Chủ tịch UBND tỉnh xem xét tặng Bằng khen cho các tập thể, cá nhân gửi về Sở Nội vụ',
      ),
    ).toBe(false);
  });
});

describe('catalogue entries (bodies bng-lanhsu-2025-xuatnhapcanh-tructuyen)', () => {
  it('a procedure named with its code is no task, also when the code is cut off', () => {
    expect(
      CATALOGUE.test(
        'Thủ tục cấp công hàm đề nghị phía nước ngoài cấp thị thực tại cơ quan trong nước của Bộ Ngoại giao (Mã số TTHC: 2.002354)',
      ),
    ).toBe(true);
    expect(
      notTask(
        'Thủ tục gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chip điện tử) tại cơ quan trong nước của Bộ Ngoại giao (Mã số TTHC',
      ),
    ).toBe(true);
  });

  it('a task naming procedures stays (dev ttg-2025-11-congdien-xuatkhau-vimo)', () => {
    expect(
      notTask(
        'Xây dựng chỉ dẫn địa lý, thương hiệu sản phẩm, cấp mã số vùng trồng, vùng nuôi, xây dựng hệ thống truy xuất nguồn gốc hàng hóa chặt chẽ',
      ),
    ).toBe(false);
  });
});

describe('eligibility criteria (dev hcm-2014-06-qd-kehoach-nhao-nguoicocong)', () => {
  it('who qualifies is no task', () => {
    expect(
      ELIGIBILITY.test(
        'Là người có tên trong danh sách người có công với cách mạng do Phòng Lao động - Thương binh và Xã hội quận, huyện quản lý tại thời điểm Quyết định số 22/2013/QĐ-TTg có hiệu lực thi hành',
      ),
    ).toBe(true);
    expect(
      notTask(
        'Đang sinh sống và có đăng ký hộ khẩu thường trú trước ngày 15 tháng 6 năm 2013 (ngày Quyết định số 22/2013/QĐ-TTg có hiệu lực thi hành) tại nhà ở mà nhà ở đó có một trong các điều kiện sau:',
      ),
    ).toBe(true);
  });

  it("a unit's role stays a task (dev hcm-2014-06-qd-kehoach-nhao-nguoicocong, dongthap-2025-11-kehoach-doimoi-congnghe)", () => {
    expect(
      notTask(
        'Là cơ quan thường trực giúp Ủy ban nhân dân Thành phố chỉ đạo, đôn đốc, kiểm tra tình hình thực hiện hỗ trợ nhà ở',
      ),
    ).toBe(false);
    expect(
      notTask('Là cầu nối giữa doanh nghiệp với cơ quan quản lý nhà nước trong việc đề xuất cơ chế, chính sách hỗ trợ'),
    ).toBe(false);
  });
});

describe('narrative', () => {
  it('what was done on a date is background (dev bnv-2025-11-tuyentruyen-sapxep-dvhc)', () => {
    const text =
      'Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương số 72/2025/QH15 với những quy định mới về tổ chức chính quyền địa phương 02 cấp. Để triển khai thi hành Luật này, Bộ Nội vụ được giao xây dựng, trình cấp có thẩm quyền ban hành các văn bản hướng dẫn Luật';
    expect(NARRATIVE.test(text)).toBe(true);
    expect(notTask(text)).toBe(true);
  });

  it('the situation at a time is background (dev bnv-2025-11-chiphi-quanly-nguoicocong)', () => {
    expect(
      notTask(
        'Tại thời điểm tổng hợp dự toán và đề xuất phân bổ dự toán ngân sách trung ương thực hiện chính sách, chế độ ưu đãi người có công với cách mạng năm 2026, các địa phương đang triển khai thực hiện sắp xếp và vận hành tổ chức bộ máy theo mô hình tổ chức chính quyền địa phương 2 cấp nên chưa có đầy đủ thông tin',
      ),
    ).toBe(true);
  });

  it("a plan's year is no narrative (dev ttg-2018-06-qd-kehoach-chithi14-nguoicocong)", () => {
    expect(notTask('Năm 2018, hoàn thành việc hỗ trợ nhà ở đối với người có công với cách mạng trên toàn quốc')).toBe(
      false,
    );
    expect(notTask('Năm 2018, hoàn thành việc hỗ trợ nhà ở đối với các hộ người có công chưa được hỗ trợ')).toBe(false);
  });

  it('a narrative followed by a request stays a task (sentence adapted from dev bnv-2025-11-chiphi-quanly-nguoicocong)', () => {
    expect(
      notTask(
        'Ngày 14/10/2025, Bộ Nội vụ đã ban hành Công văn số 9335/BNV-KHTC. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ mức chi phí quản lý đã được xác định để trình Hội đồng nhân dân cấp tỉnh quy định',
      ),
    ).toBe(false);
  });
});

describe("pointers to another document's provisions (bodies hcm-2025-kiemdiem-xeploai-canbo)", () => {
  it('a topic label and the provision that governs it are no task', () => {
    for (const line of [
      'Về đối tượng và thành phần tham dự kiểm điểm: thực hiện theo điểm 2.6 khoản 2 Mục I Hướng dẫn số 01-HD/BTCTU',
      'Về phương pháp, quy trình đánh giá, xếp loại chất lượng: thực hiện tương tự như nội dung khoản 2 Mục III Hướng dẫn số 01-HD/BTCTU',
      'Về kiểm điểm tập thể lãnh đạo, quản lý: Thực hiện theo Mục III Kế hoạch số 13-KH/TU và Mục II Hướng dẫn số 01-HD/BTCTU',
    ])
      expect(POINTER.test(line) && notTask(line)).toBe(true);
  });

  it("a unit's label over its task stays (dev bvhttdl-2025-11-giaonhiemvu-hntw13)", () => {
    expect(
      notTask(
        'Văn phòng Bộ: Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo, giải quyết dứt điểm các vụ khiếu kiện đông người, phức tạp, kéo dài, vượt cấp, không để phát sinh điểm nóng',
      ),
    ).toBe(false);
  });

  it('who holds the power to decide is a description', () => {
    expect(informs('Thẩm quyền quyết định đánh giá, xếp loại chất lượng: Ban Thường vụ Đảng ủy cấp xã')).toBe(true);
  });
});

describe('norms (dev btctw-2025-11-huongdan-quydinh377-canbo, luongminh-2026-01-kehoach-laykien-cutri)', () => {
  it('how often a thing is done, a ratio and what happens at a meeting are no tasks', () => {
    expect(
      notTask(
        'Xây dựng quy hoạch cán bộ nhiệm kỳ kế tiếp được thực hiện một lần vào năm thứ hai của nhiệm kỳ đại hội đảng bộ các cấp, đại hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội (các hội quần chúng được Đảng, Nhà nước nước giao nhiệm vụ cũng thực hiện tương tự)',
      ),
    ).toBe(true);
    expect(
      isTarget(
        'Hệ số quy hoạch từ 1,0 - 1,5 lần so với số lượng cấp ủy, ban thường vụ cấp ủy, ủy ban kiểm tra các cấp theo quy định',
      ),
    ).toBe(true);
    expect(
      notTask(
        'Tại hội nghị cử tri nơi cư trú, cử tri đối chiếu với tiêu chuẩn đại biểu Quốc hội, đại biểu Hội đồng nhân dân để để nhận xét, bày tỏ sự tín nhiệm đối với người ứng cử',
      ),
    ).toBe(true);
  });

  it('a yearly review stays a task (dev btctw-2025-11-huongdan-quydinh377-canbo)', () => {
    expect(
      notTask(
        'Hằng năm, tiến hành rà soát, bổ sung quy hoạch nhiệm kỳ hiện tại và nhiệm kỳ kế tiếp trong Quý I hằng năm',
      ),
    ).toBe(false);
  });

  it('a heading over the rules a plan restates (dev luongminh-2025-11-kehoach-hiepthuong)', () => {
    expect(RULES_HEADING.test('quy dinh ve hinh thuc bieu quyet va ket qua tin nhiem')).toBe(true);
  });

  it('a budget is no actor, a business is (dev hanoi-2025-11-kehoach-5g-iot-khucongnghiep)', () => {
    expect(
      FUNDS.test(
        'Ngân sách Thành phố đảm bảo kinh phí (bao gồm nguồn kinh phí chi thường xuyên và chi đầu tư) theo phân cấp ngân sách hiện hành để triển khai các mục tiêu, nhiệm vụ của Kế hoạch do Thành phố thực hiện',
      ),
    ).toBe(true);
    expect(
      FUNDS.test(
        'Doanh nghiệp viễn thông bảo đảm kinh phí thực hiện các mục tiêu, nhiệm vụ, giải pháp của kế hoạch này do doanh nghiệp triển khai',
      ),
    ).toBe(false);
  });
});

describe('a decision on a proposal (bodies hcm-2025-11-mo-khoangsan-nq664)', () => {
  it('approving "đề nghị của ..." decides; "giao" after it still asks', () => {
    expect(
      decides(
        'Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường tại Công văn số 12252/SNNMT-TNNKS nêu trên về danh mục các mỏ khoáng sản trên địa bàn Thành phố Hồ Chí Minh có thể áp dụng cơ chế đặc thù',
      ),
    ).toBe(true);
    expect(decides('Chấp thuận đề nghị của Sở Xây dựng và giao Sở Tài chính thẩm định kinh phí')).toBe(false);
  });
});

describe('topics, lead-ins and the courtesy in numbered lists', () => {
  it('a lead-in read under the ref of its items asks nothing (dev bldtbxh-2019-07-dutoan-nguoicocong)', () => {
    const found = texts([
      'Số: 2900/LĐTBXH-KHTC',
      'Hà Nội, ngày 18 tháng 7 năm 2019',
      'Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương',
      'III. Xây dựng kế hoạch tài chính - NSNN 03 năm 2020-2022',
      '1. Yêu cầu lập kế hoạch',
      'Theo quy định tại Luật NSNN 2015, việc lập kế hoạch tài chính - NSNN 03 năm 2020-2022 đảm bảo các yêu cầu sau:',
      'Căn cứ kế hoạch tài chính - NSNN 03 năm 2019-2021 đã được xây dựng và nhu cầu kinh phí thực hiện năm 2019 để xây dựng kế hoạch tài chính - NSNN 03 năm 2020-2022.',
      '2. Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố gửi báo cáo trước ngày 31/7/2019.',
    ]);
    expect(found.some((t) => t.startsWith('Theo quy định tại Luật NSNN 2015'))).toBe(false);
  });

  it('"Về ..." headings over an opinion are no tasks (dev bkhdt-2019-05-traloi-dieu162-pvgas)', () => {
    const found = texts([
      'Số: 3397/BKHĐT-QLKTTW',
      'Hà Nội, ngày 23 tháng 5 năm 2019',
      'Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS)',
      'Bộ Kế hoạch và Đầu tư có ý kiến như sau:',
      '1. Về địa vị pháp lý, nhiệm vụ, quyền hạn người đại diện phần vốn.',
      'Theo các quy định nói trên, người đại diện phần vốn có trách nhiệm thực hiện các quyền và nghĩa vụ được ủy quyền.',
      '2. Đề nghị Tổng công ty Khí Việt Nam-CTCP (PV GAS) báo cáo kết quả thực hiện trước ngày 30/6/2019.',
    ]);
    expect(found).not.toContain('Về địa vị pháp lý, nhiệm vụ, quyền hạn người đại diện phần vốn');
    expect(found).toContain(
      'Đề nghị Tổng công ty Khí Việt Nam-CTCP (PV GAS) báo cáo kết quả thực hiện trước ngày 30/6/2019',
    );
  });

  it('help offered for difficulties is the courtesy (bodies bng-lanhsu-2025-xuatnhapcanh-tructuyen)', () => {
    const found = texts([
      'Số: 1/LS-XNC',
      'Hà Nội, ngày 20 tháng 11 năm 2025',
      'Kính gửi: Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương.',
      '1. Cục Lãnh sự trân trọng đề nghị Quý Cơ quan giúp:',
      '- Chủ động phối hợp với Cục Lãnh sự trong quá trình tổ chức thực hiện để bảo đảm thuận lợi cho cơ quan, đơn vị.',
      '- Kịp thời phản ánh các khó khăn, vướng mắc phát sinh trong quá trình triển khai để được hướng dẫn và hỗ trợ (qua số điện thoại 024.3799.2309).',
    ]);
    expect(found).toEqual([
      'Chủ động phối hợp với Cục Lãnh sự trong quá trình tổ chức thực hiện để bảo đảm thuận lợi cho cơ quan, đơn vị',
    ]);
  });
});
