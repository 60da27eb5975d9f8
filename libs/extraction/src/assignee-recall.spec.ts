import { findAssignees } from './assignees.js';
import { extractDirective } from './extract-directive.js';
import { headingUnits } from './lead-in-units.js';

// Real-style snippets of provincial plans (kế hoạch triển khai, phân công nhiệm vụ).
const head = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH QUẢNG TRỊ',
  'Số: 120/KH-UBND',
  'Quảng Trị, ngày 10 tháng 11 năm 2025',
  'KẾ HOẠCH',
  'Triển khai chính sách hỗ trợ nhà ở',
  '',
];
const assigneesOf = (body: string[]) =>
  extractDirective([...head, ...body].join('\n')).directive.requirements.map((r) => r.assignees);

describe('titled sub-items that name a unit', () => {
  it('"1.1. Ủy ban nhân dân Thành phố:", "1.2. Đối với Sở Y tế:" name the unit', () => {
    expect(headingUnits('1.1. Ủy ban nhân dân Thành phố:')).toEqual(['Ủy ban nhân dân Thành phố']);
    expect(headingUnits('1.2. Đối với Sở Y tế:')).toEqual(['Sở Y tế']);
  });

  it('the dash lines under "2.1. Sở Xây dựng:" are the Sở\'s, not those of "2. Các Sở, ngành có liên quan" above', () => {
    expect(
      assigneesOf([
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Đối với Ủy ban nhân dân các cấp',
        '1.1. Ủy ban nhân dân tỉnh:',
        '- Chủ trì tổ chức giám sát dịch bệnh trên địa bàn tỉnh.',
        '- Bố trí kinh phí quản lý để triển khai thực hiện chính sách.',
        '1.2. Ủy ban nhân dân các xã, phường:',
        '- Tổng hợp và phê duyệt danh sách hộ nghèo trên địa bàn.',
        '2. Các Sở, ngành có liên quan',
        '2.1. Sở Xây dựng:',
        '- Nghiên cứu, thiết kế tối thiểu 03 mẫu nhà điển hình.',
      ]),
    ).toEqual([
      ['Ủy ban nhân dân tỉnh'],
      ['Ủy ban nhân dân tỉnh'],
      ['Ủy ban nhân dân các xã, phường'],
      ['Sở Xây dựng'],
    ]);
  });
});

describe('bodies named in an act are not its actors', () => {
  it('"xử lý theo thẩm quyền hoặc đề nghị cơ quan có thẩm quyền xử lý": the body asked instead', () => {
    expect(
      findAssignees(
        'Thanh tra, kiểm tra, xử lý theo thẩm quyền hoặc đề nghị cơ quan có thẩm quyền xử lý các hành vi vi phạm',
      ),
    ).toEqual([]);
  });

  it('an item that opens with its act asks others in mid-sentence for its unnamed actor', () => {
    expect(
      findAssignees(
        'Tăng cường công tác chỉ đạo, rà soát, kiểm tra các dự án khu đô thị mới, có biện pháp yêu cầu các chủ đầu tư lập và phê duyệt nhiệm vụ quy hoạch',
      ),
    ).toEqual([]);
    // The issuer's own assignment names the lead: "...; giao Sở Tư pháp chủ trì thực hiện".
    expect(findAssignees('Xây dựng quy chế phối hợp; giao Sở Tư pháp chủ trì thực hiện')).toEqual(['Sở Tư pháp']);
    // A unit that opens the asking clause still asks: its addressee acts.
    expect(
      findAssignees(
        'Thực hiện Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013, Bộ GDĐT đề nghị sở GDĐT các tỉnh báo cáo về tình hình đào tạo giáo viên',
      ),
    ).toEqual(['sở GDĐT các tỉnh']);
  });

  it('"Căn cứ ... và gửi về Bộ Xây dựng, Bộ Tài chính để ...": the bodies sent to are the object, not a subject', () => {
    expect(
      findAssignees(
        'Căn cứ Quyết định số 22/2013/QĐ-TTg tổ chức lập Đề án và gửi về Bộ Xây dựng, Bộ Kế hoạch và Đầu tư và Bộ Tài chính để tổng hợp',
      ),
    ).toEqual([]);
    expect(findAssignees('Căn cứ Kế hoạch này, Sở Y tế chủ trì tổ chức kiểm tra')).toEqual(['Sở Y tế']);
  });
});

describe('where a subject ends', () => {
  it('"Thành Đoàn" is a unit of its own in a list and acts', () => {
    expect(
      findAssignees(
        'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Cựu chiến binh Thành phố, Thành Đoàn phát động các cuộc vận động',
      ),
    ).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố', 'Hội Cựu chiến binh Thành phố', 'Thành Đoàn']);
  });

  it('"sau khi" ends the subject: "Ủy ban nhân dân xã sau khi nhận được hồ sơ tổ chức kiểm tra"', () => {
    expect(findAssignees('Ủy ban nhân dân xã sau khi nhận được hồ sơ tổ chức kiểm tra hiện trạng nhà ở')).toEqual([
      'Ủy ban nhân dân xã',
    ]);
  });
});

describe('the lead named after the task', () => {
  it('"..., do Sở Y tế chủ trì, phối hợp với ..." and "(Sở Y tế, Sở Tài chính chủ trì)" lead', () => {
    expect(
      findAssignees(
        'Tổ chức tập huấn cho cán bộ y tế cơ sở, do Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các xã, phường',
      ),
    ).toEqual(['Sở Y tế']);
    expect(findAssignees('Tổ chức hội nghị sơ kết 6 tháng (Sở Y tế, Sở Tài chính chủ trì)')).toEqual([
      'Sở Y tế',
      'Sở Tài chính',
    ]);
  });

  it('not the body that chairs what the task names, nor those that lead other projects', () => {
    expect(
      findAssignees('Tham dự các Hội nghị hiệp thương (lần 1, 2, 3) do Ban Thường trực UBMTTQ xã chủ trì'),
    ).toEqual([]);
    expect(
      findAssignees(
        'Tổng hợp, tham mưu báo cáo cấp thẩm quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường và các Bộ, cơ quan trung ương chủ trì dự án, tiểu dự án) việc triển khai Chương trình',
      ),
    ).toEqual([]);
  });
});

describe('provincial and commune bodies as subjects', () => {
  it.each([
    [
      'Trên cơ sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức thực hiện nhiệm vụ được giao',
      'các sở, ban, ngành Tỉnh',
    ],
    ['Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện', 'Văn phòng HĐND và UBND xã'],
    ['Trạm Y tế xã tổ chức tiêm chủng cho trẻ em trên địa bàn', 'Trạm Y tế xã'],
    ['Thuế tỉnh hướng dẫn người nộp thuế kê khai theo quy định', 'Thuế tỉnh'],
    ['Kho bạc Nhà nước khu vực XIII kiểm soát chi theo quy định', 'Kho bạc Nhà nước khu vực XIII'],
    ['Báo và Phát thanh, Truyền hình tỉnh mở chuyên mục tuyên truyền', 'Báo và Phát thanh, Truyền hình tỉnh'],
    ['Sở Nội vụ là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc', 'Sở Nội vụ'],
  ])('%s', (text, unit) => {
    expect(findAssignees(text)).toEqual([unit]);
  });

  it('"Trung ương Hội Cựu chiến binh Việt Nam" after a comma is another body', () => {
    expect(
      findAssignees(
        'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam xây dựng các văn bản hướng dẫn',
      ),
    ).toEqual(['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Trung ương Hội Cựu chiến binh Việt Nam']);
  });
});

describe('a heading joined to its paragraph', () => {
  it('"4. Đề nghị Hội Nông dân tỉnh" / "Phối hợp tuyên truyền ..." read as one line: the capitalised verb is the act', () => {
    expect(findAssignees('Đề nghị Hội Nông dân tỉnh Phối hợp tuyên truyền, vận động Nhân dân thực hiện')).toEqual([
      'Hội Nông dân tỉnh',
    ]);
    // Inside a name a capitalised verb-word stays: "Ủy ban Kiểm tra", "Sở Xây dựng".
    expect(findAssignees('Ủy ban Kiểm tra Đảng ủy xã tiến hành kiểm tra việc thực hiện')).toEqual([
      'Ủy ban Kiểm tra Đảng ủy xã',
    ]);
  });
});

describe('Party guidance phrasings', () => {
  it('"<topic> : Trong thời hạn 30 ngày ..., cấp có thẩm quyền phải xem xét ...": the body after the opening acts', () => {
    expect(
      findAssignees(
        'Về thời gian thẩm định, phê duyệt quy hoạch (Điều 23) : Trong thời hạn 30 ngày làm việc kể từ khi nhận được đầy đủ tờ trình, cấp có thẩm quyền phải xem xét, phê duyệt quy hoạch theo thẩm quyền',
      ),
    ).toEqual(['cấp có thẩm quyền']);
  });

  it('a long topic label before the unit, and "quy định" as the act ("theo quy định" is none)', () => {
    expect(
      findAssignees(
        'Cơ cấu, tỷ lệ cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số, cán bộ có trình độ khoa học công nghệ ở cấp xã và tương đương : Ban thường vụ tỉnh ủy, thành ủy, đảng ủy, cơ quan, đơn vị trực thuộc Trung ương quy định cụ thể để thực hiện thống nhất',
      ),
    ).toEqual(['Ban thường vụ tỉnh ủy, thành ủy, đảng ủy, cơ quan, đơn vị trực thuộc Trung ương']);
    expect(findAssignees('Ủy ban nhân dân các xã, phường thực hiện chi trả theo quy định')).toEqual([
      'Ủy ban nhân dân các xã, phường',
    ]);
  });

  it('"Báo cáo sơ kết ... của các đảng bộ bộ phận, chi bộ gửi về ...": those whose report is sent', () => {
    expect(
      findAssignees(
        'Báo cáo sơ kết (theo đề cương, biểu mẫu gửi kèm) của các đảng bộ bộ phận, chi bộ gửi về Ban Thường vụ Đảng ủy Trường trước ngày 28/7/2023',
      ),
    ).toEqual(['các đảng bộ bộ phận, chi bộ']);
  });
});

describe('opening phrases before the subject', () => {
  it.each([
    ['Để bảo đảm tiến độ, Sở Xây dựng khẩn trương hoàn thành thủ tục', 'Sở Xây dựng'],
    ['Nhằm nâng cao hiệu quả, Sở Tư pháp tổ chức tập huấn', 'Sở Tư pháp'],
    ['Thực hiện Kế hoạch số 12/KH-UBND, Ủy ban nhân dân xã chỉ đạo các thôn triển khai', 'Ủy ban nhân dân xã'],
    ['Từ nay đến ngày 31/12/2025, Sở Y tế tổ chức kiểm tra', 'Sở Y tế'],
    ['Trong tháng 12/2025, UBND các xã, phường hoàn thành việc rà soát', 'UBND các xã, phường'],
    ['Hằng tháng, Công an xã báo cáo tình hình an ninh trật tự', 'Công an xã'],
    ['Theo chức năng, nhiệm vụ, các sở, ngành chủ động triển khai', 'các sở, ngành'],
    ['Riêng Sở Y tế báo cáo trước ngày 20/12/2025', 'Sở Y tế'],
  ])('%s', (text, unit) => {
    expect(findAssignees(text)).toEqual([unit]);
  });

  it('"Thực hiện Công văn số ..., đề nghị các đơn vị ...": every recipient, still none', () => {
    expect(findAssignees('Thực hiện Công văn số 123/UBND-VX, đề nghị các đơn vị báo cáo kết quả')).toEqual([]);
  });
});

describe('more bodies and names', () => {
  it.each([
    ['Ban Chỉ đạo các xã, phường kiện toàn tổ chức', 'Ban Chỉ đạo các xã, phường'],
    ['Công chức Địa chính - Xây dựng xã phối hợp kiểm tra', 'Công chức Địa chính - Xây dựng xã'],
    ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh bố trí nguồn vốn', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh'],
    ['Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ', 'Ban Quản lý dự án đầu tư xây dựng tỉnh'],
    ['Điện lực Quảng Trị bảo đảm cung cấp điện', 'Điện lực Quảng Trị'],
  ])('%s', (text, unit) => {
    expect(findAssignees(text)).toEqual([unit]);
  });
});

it('"Công chức được cấp tài khoản ..." is every official, no body', () => {
  expect(
    findAssignees('Công chức được cấp tài khoản trên hệ thống mới phải đổi mật khẩu trước khi đăng nhập lần đầu'),
  ).toEqual([]);
});

describe('lists of places and relative clauses', () => {
  it('"Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh ...": two places', () => {
    expect(findAssignees('Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh việc lựa chọn nhà đầu tư, nhà thầu')).toEqual([
      'Thành phố Hồ Chí Minh',
      'tỉnh Lâm Đồng',
    ]);
  });

  it('"cơ quan chủ quản các dự án đang triển khai thi công tiếp tục chỉ đạo ...": "đang triển khai" names the projects', () => {
    expect(
      findAssignees('Bộ Xây dựng, cơ quan chủ quản các dự án đang triển khai thi công tiếp tục chỉ đạo các chủ đầu tư'),
    ).toEqual(['Bộ Xây dựng', 'cơ quan chủ quản các dự án đang triển khai thi công']);
  });
});
