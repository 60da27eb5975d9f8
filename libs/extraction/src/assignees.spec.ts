/**
 * Who a requirement names as acting. Each sentence is quoted from a document of the dev split of
 * samples/corpus (folder named); the expected units are that document's gold.
 */
import { findAssignees } from './assignees.js';
import { splitUnits } from './unit-lists.js';
import { parseRequirements, toParagraphs } from './parse-body.js';
import { splitLines } from './text-utils.js';

const requirements = (lines: string[]) => parseRequirements(toParagraphs(splitLines(lines.join('\n'))));

describe('the addressee of a cue', () => {
  it('takes the first cue that names a unit (dev/vpcp-2016-05-quyhoach-conmoong)', () => {
    expect(
      findAssignees(
        'Đồng ý chủ trương giao Ủy ban nhân dân tỉnh Thanh Hóa chủ trì lập Quy hoạch tổng thể di tích quốc gia đặc biệt hang Con Moong',
      ),
    ).toEqual(['Ủy ban nhân dân tỉnh Thanh Hóa']);
  });

  it('takes the lead, not the partners of "chủ trì, phối hợp với" (dev/vpcp-2016-05-quyhoach-conmoong)', () => {
    expect(
      findAssignees(
        'Giao Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan liên quan tổ chức thẩm định Nhiệm vụ quy hoạch',
      ),
    ).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
  });

  it('adds the unit the addressee is told to have lead (dev/byt-2021-05-tieuchi-ytexa)', () => {
    expect(
      findAssignees(
        'Do vậy, Bộ Y tế trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo Sở Y tế làm đầu mối tổ chức thực hiện đánh giá kết quả thực hiện Bộ Tiêu chí',
      ),
    ).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'Sở Y tế']);
  });
});

describe('the unit that opens a sentence', () => {
  it('comes after an opening phrase of time (dev/baccamranh-2025-11-kehoach-giamsat-baucu, dev/luongminh-2026-01-kehoach-laykien-cutri)', () => {
    expect(
      findAssignees(
        'Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ Việt Nam phường, chịu trách nhiệm tổng hợp báo cáo tình hình',
      ),
    ).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam phường']);
    expect(
      findAssignees(
        'Sau hội nghị hiệp thương lần thứ hai, trên cơ sở danh sách sơ bộ những người được giới thiệu ứng cử đại biểu HDDND xã nhiệm kỳ 2026-2031, Ban Thường trực UBMTTQ xã ban hành Kế hoạch tổ chức hội nghị',
      ),
    ).toEqual(['Ban Thường trực UBMTTQ xã']);
  });

  it('comes after a long label ending in ":" (dev/luongminh-2025-12-kehoach-tiepcongdan-baucu)', () => {
    expect(
      findAssignees(
        'Đối với đơn thư liên quan đến người ứng cử đại biểu Quốc hội và đại biểu HĐND tỉnh: Ban Thường trực UBMTTQ xã phải chuyển ngay đến Ủy ban Bầu cử tỉnh Quảng Ninh',
      ),
    ).toEqual(['Ban Thường trực UBMTTQ xã']);
  });

  it('ends before "trong", and "Đoàn kiểm tra, giám sát" is one name (dev/baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
    expect(
      findAssignees(
        'Đoàn kiểm tra trong quá trình kiểm tra, giám sát công tác bầu cử nếu có vấn đề gì phát sinh thì báo cáo kịp thời',
      ),
    ).toEqual(['Đoàn kiểm tra']);
    expect(findAssignees('Đoàn kiểm tra, giám sát làm việc với đối tượng giám sát bằng hình thức trực tiếp')).toEqual([
      'Đoàn kiểm tra, giám sát',
    ]);
  });

  it('keeps one person\'s titles together and reads each ";" clause\'s subject (dev/luongminh-2025-11-kehoach-baucu)', () => {
    expect(
      findAssignees(
        'Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã lãnh đạo, chỉ đạo chung, toàn diện công tác bầu cử',
      ),
    ).toEqual(['Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã']);
    expect(
      findAssignees(
        'Đồng chí Uỷ viên Ban Ban chấp hành Đảng bộ, Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam xã chỉ đạo trực tiếp các chuyên viên',
      ),
    ).toEqual(['Đồng chí Ủy viên Ban Ban chấp hành Đảng bộ, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam xã']);
    expect(
      findAssignees(
        'Các đồng chí Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã chỉ đạo thực hiện; các Chuyên viên cơ quan MTTQ xã được phân công phụ trách thực hiện các nhiệm vụ theo Kế hoạch',
      ),
    ).toEqual(['Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã', 'các Chuyên viên cơ quan MTTQ xã']);
  });
});

describe('a heading that names the units for its items (dev/cantho-2025-11-kehoach-danso)', () => {
  it('splits units at ";" and ends a wrapped heading at the empty line', () => {
    const found = requirements([
      '4. Sở Văn',
      'hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ',
      '',
      'Chỉ đạo các cơ quan truyền',
      'thông, báo chí tăng thời lượng, nâng cao chất lượng các chương trình tuyên truyền.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh, Truyền hình Cần Thơ'],
    ]);
  });

  it('reads "Sở, ban, ngành ...", "Đề nghị <unit>" and "A và Ủy ban ..." headings', () => {
    const found = requirements([
      '5. Sở, ban, ngành liên quan',
      '',
      'Căn cứ theo chức năng, nhiệm vụ, quyền hạn được giao, chủ động phối hợp với Sở Y tế trong việc tổ chức triển khai.',
      '7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố',
      '',
      'Phối hợp với các ngành, các cấp tăng cường các hoạt động tuyên truyền.',
      '8. Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường',
      '',
      'Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức triển khai thực hiện Kế hoạch theo quy định.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([
      ['Sở, ban, ngành liên quan'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố'],
      ['Sở, ban, ngành thành phố', 'Ủy ban nhân dân xã, phường'],
    ]);
  });

  it('reads "Tổ chức ..." as the verb, not a unit (dev/baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
    const found = requirements([
      '3. Tổ chức đoàn kiểm tra, giám sát',
      '- Ban hành quyết định thành lập Đoàn kiểm tra, giám sát bao gồm đại diện lãnh đạo Ban Thường trực.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([[]]);
  });
});

describe('named bodies as subjects, without a cue', () => {
  // A Công điện of the Thủ tướng (baochinhphu.vn, 28/8/2025, stored in tnt305/tai_lieu_noi_bo).
  it('reads ministries, the central bank, the press and provinces, with "theo chức năng" after them', () => {
    expect(
      findAssignees(
        '1. Bộ Tài chính, Ngân hàng Nhà nước Việt Nam, Bộ Công an và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương theo chức năng, nhiệm vụ được giao căn cứ ý kiến chỉ đạo của Bộ Chính trị, phối hợp chặt chẽ, triển khai ngay việc rà soát đối tượng nhận quà tặng',
      ),
    ).toEqual([
      'Bộ Tài chính',
      'Ngân hàng Nhà nước Việt Nam',
      'Bộ Công an',
      'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    ]);
    expect(
      findAssignees(
        '5. Bộ Văn hóa, Thể thao và Du lịch, Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam theo chức năng, nhiệm vụ được giao thực hiện công tác thông tin truyền thông',
      ),
    ).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Đài Truyền hình Việt Nam',
      'Đài Tiếng nói Việt Nam',
      'Thông tấn xã Việt Nam',
    ]);
    expect(
      findAssignees(
        '6. Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao, theo dõi, đôn đốc việc thực hiện Công điện này',
      ),
    ).toEqual(['Văn phòng Chính phủ']);
  });

  it('takes the subject, neither the units it directs nor those it works with ("phối hợp chặt chẽ với")', () => {
    expect(
      findAssignees(
        '4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ quan, đơn vị có liên quan trên địa bàn, phối hợp chặt chẽ với Bộ Công an, Bộ Tài chính, Ngân hàng Nhà nước Việt Nam để tổ chức chuyển quà kịp thời',
      ),
    ).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('reads the Front and mass organisations, and a list ending before ", nhất là" (dev/daklak-2025-11-kehoach-moitruong-saulu, dev/vptw-2025-11-tbkl-treem-hoancanh-dacbiet)', () => {
    expect(findAssignees('Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân khắc phục hậu quả')).toEqual([
      'Mặt trận Tổ quốc',
      'Đoàn Thanh niên',
      'Hội Phụ nữ',
    ]);
    expect(
      findAssignees(
        'Cấp uỷ, chính quyền địa phương các cấp, nhất là thành phố Hà Nội, Thành phố Hồ Chí Minh và các đô thị lớn phải đi đầu trong chuyển đổi mô hình chăm sóc trẻ em có hoàn cảnh đặc biệt',
      ),
    ).toEqual(['Cấp ủy, chính quyền địa phương các cấp']);
  });

  it('ends the subject at a verb it did not know before (dev/btgdvtw-2025-11-huongdan-bantin-chibo)', () => {
    expect(
      findAssignees(
        'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương, đơn vị',
      ),
    ).toEqual(['Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương']);
    expect(findAssignees('Ủy ban Kiểm tra Đảng ủy xã giúp Ban Chấp hành Đảng bộ theo dõi, kiểm tra')).toEqual([
      'Ủy ban Kiểm tra Đảng ủy xã',
    ]);
  });

  it('reads the subject after "Trường hợp ...," (dev/hanoi-sgddt-2025-12-onhiem-khongkhi)', () => {
    expect(
      findAssignees(
        'Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), các đơn vị, trường học chủ động tạm dừng hoặc điều chỉnh thời gian làm việc',
      ),
    ).toEqual(['các đơn vị, trường học']);
  });

  it('names nobody where an item opens with a verb or a noun that looks like a unit', () => {
    for (const text of [
      'Tổ chức tuyên truyền sâu rộng trong Nhân dân',
      'Phòng, chống dịch bệnh trên đàn vật nuôi',
      'Báo cáo kết quả về Sở Y tế trước ngày 15/12/2025',
      'Bộ hồ sơ gồm các giấy tờ sau',
      'Các cơ quan, đơn vị nghiêm túc thực hiện',
    ])
      expect(findAssignees(text)).toEqual([]);
  });
});

describe('titles and enumerations', () => {
  it('keeps "Bộ trưởng các Bộ: Quốc phòng, Công an" whole and cuts the ministers\' formula per office (dev/ttg-2025-11-congdien-thiethai-nhao, dev/vpcp-2025-11-chongbuonlau-tet)', () => {
    expect(
      findAssignees(
        'Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng quân đội, công an địa phương và các lực lượng khác hỗ trợ người dân',
      ),
    ).toEqual(['Bộ trưởng các Bộ: Quốc phòng, Công an']);
    expect(
      findAssignees(
        'Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các đơn vị, lực lượng chức năng',
      ),
    ).toEqual([
      'Bộ trưởng các Bộ',
      'Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    ]);
  });

  it('ends an addressee at ":" (dev/vptw-2025-11-tbkl-treem-hoancanh-dacbiet)', () => {
    expect(
      findAssignees(
        'Giao Đảng uỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng và hoàn thiện quy trình liên thông',
      ),
    ).toEqual(['Đảng ủy Chính phủ']);
  });
});

describe('a unit that labels its tasks', () => {
  it('"Sở Tài chính: Căn cứ ...", "UBND các xã, phường: Phối hợp với ..." (dev/thanhhoa-2025-11-kehoach-quantrac-thuysan)', () => {
    expect(
      findAssignees(
        'Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền phê duyệt kinh phí thực hiện kế hoạch',
      ),
    ).toEqual(['Sở Tài chính']);
    expect(
      findAssignees(
        'UBND các xã, phường: Phối hợp với Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan trắc môi trường triển khai Kế hoạch đã được phê duyệt',
      ),
    ).toEqual(['UBND các xã, phường']);
    expect(
      findAssignees(
        'a) Công an xã: Chủ trì, phối hợp với Ban Chỉ huy Quân sự xã bảo đảm an ninh trật tự trong dịp Tết',
      ),
    ).toEqual(['Công an xã']);
  });

  it('"Đối với <group>: ..." names the group; a label of time does not (dev/luongminh-2025-12-huongdan-gioithieu-ungcu, dev/luongminh-2026-01-kehoach-laykien-cutri)', () => {
    expect(
      findAssignees(
        'Đối với cơ quan, tổ chức, đơn vị: (1) Họp Ban lãnh đạo dự kiến người giới thiệu, Biên bản họp Ban lãnh đạo dự kiến giới thiệu',
      ),
    ).toEqual(['cơ quan, tổ chức, đơn vị']);
    expect(
      findAssignees(
        'Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với người phụ trách công tác tổ chức cán bộ của các cơ quan, tổ chức, đơn vị có người ứng cử',
      ),
    ).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam xã']);
  });

  it('adds the unit told to carry out the items listed (dev/thanhhoa-2025-11-kehoach-quantrac-thuysan)', () => {
    expect(
      findAssignees('1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:'),
    ).toEqual(['Sở Nông nghiệp và Môi trường', 'Chi cục Biển đảo và Thủy sản']);
  });
});

describe('partners (lead, not partners: README, settled 1 December 2026)', () => {
  it('leaves out those a lead or a heading unit works with (dev/quangtri-2025-11-chithi-lanchiem-rung)', () => {
    expect(
      findAssignees(
        'Chủ động phối hợp với các cơ quan chức năng và chính quyền địa phương giải quyết dứt điểm tình trạng phá rừng',
        ['Các chủ rừng là tổ chức'],
      ),
    ).toEqual(['Các chủ rừng là tổ chức']);
    expect(
      findAssignees(
        'Chỉ đạo, tham mưu chỉ đạo các đơn vị chủ rừng phối hợp với các cơ quan chức năng có liên quan và Ủy ban nhân dân cấp xã rà soát, thống kê',
        ['Sở Nông nghiệp và Môi trường'],
      ),
    ).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(
      findAssignees(
        '6. Các sở, ban, ngành liên quan theo chức năng nhiệm vụ được giao phối hợp với các địa phương, đơn vị, chủ rừng triển khai thực hiện có hiệu quả Chỉ thị này',
      ),
    ).toEqual(['Các sở, ban, ngành liên quan']);
  });

  it('reads "Phối hợp X" without "với" as a partner too (dev/daklak-2025-11-chithi-caicach-tthc)', () => {
    expect(
      findAssignees('Phối hợp Văn phòng UBND tỉnh đánh giá chất lượng phục vụ người dân và doanh nghiệp', [
        'Sở Nội vụ',
      ]),
    ).toEqual(['Sở Nội vụ']);
  });

  it('"X phối hợp với Y làm ...": X, the sentence\'s unit, leads (dev/luongminh-2026-01-kehoach-laykien-cutri, dev/angiang-2006-03-cumh5n1-tieudoc)', () => {
    expect(
      findAssignees('Ban Thường trực UBMTTQ xã phối hợp với UBND xã triệu tập (phát giấy mời) và chủ trì hội nghị'),
    ).toEqual(['Ban Thường trực UBMTTQ xã']);
    expect(
      findAssignees(
        'Sở Nông nghiệp và Phát triển nông thôn phối hợp với Sở Y tế cùng UBND huyện, thị, thành phố tổ chức triển khai tháng hành động vệ sinh tiêu độc khử trùng trên địa bàn toàn tỉnh',
      ),
    ).toEqual(['Sở Nông nghiệp và Phát triển nông thôn']);
  });

  it('still splits a list of units: "... và chính quyền ...", a common noun after a proper name (dev/quangtri-2025-11-chithi-lanchiem-rung, dev/thanhhoa-2025-11-kehoach-quantrac-thuysan)', () => {
    expect(splitUnits('các cơ quan chức năng và chính quyền địa phương')).toEqual([
      'các cơ quan chức năng',
      'chính quyền địa phương',
    ]);
    expect(splitUnits('Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan trắc môi trường')).toEqual([
      'Sở Nông nghiệp và Môi trường',
      'đơn vị được lựa chọn quan trắc môi trường',
    ]);
  });
});

describe('named groups are listed as written (README: empty only for the recipients as a whole)', () => {
  it('keeps "tổ chức đảng", "tập thể lãnh đạo" inside the group\'s name (dev/btctw-2025-11-huongdan-quydinh377-canbo)', () => {
    expect(
      findAssignees(
        'Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương cụ thể hóa, ban hành danh mục chức danh, chức vụ lãnh đạo, quản lý thuộc cấp mình quản lý',
      ),
    ).toEqual(['Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trực thuộc Trung ương']);
    expect(
      findAssignees(
        'Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị căn cứ quy trình nêu trên, có trách nhiệm cụ thể hóa, hướng dẫn việc cho thôi giữ chức vụ',
      ),
    ).toEqual(['Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị']);
  });

  it('finds the group after a condition closed by "thì" and after "Căn cứ ...;" (dev/btctw-2025-11-huongdan-quydinh377-canbo)', () => {
    expect(
      findAssignees(
        'Cán bộ khi có một trong các căn cứ tương ứng nêu tại các Khoản 1, 2, 3, Điều 48, thì các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có thẩm quyền phải kịp thời xem xét cho thôi giữ chức vụ, từ chức, miễn nhiệm theo đúng quy định',
      ),
    ).toEqual(['các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có thẩm quyền']);
    expect(
      findAssignees(
        'Căn cứ vào kết quả phê duyệt quy hoạch, tiêu chuẩn, điều kiện của chức danh quy hoạch và yêu cầu, nhiệm vụ; các cấp ủy, tổ chức đảng, cơ quan, đơn vị có trách nhiệm lãnh đạo, chỉ đạo, triển khai thực hiện kế hoạch luân chuyển',
      ),
    ).toEqual(['các cấp ủy, tổ chức đảng, cơ quan, đơn vị']);
  });

  it('reads "Chi ủy" as a Party body, as "Chi bộ" (samples/directives/phuluute-2025-03-kehoach-dangvien)', () => {
    expect(
      findAssignees(
        '2.1. Chi ủy các chi bộ tổng hợp kết quả, đề xuất mức xếp loại gửi Đảng ủy xã chậm nhất ngày 31.3.2025',
      ),
    ).toEqual(['Chi ủy các chi bộ']);
  });

  it('finds the unit after a label and an opening phrase together (dev/cantho-2025-11-kehoach-chitra-khongtienmat)', () => {
    expect(
      findAssignees(
        'c) Thực hiện chi trả cho người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội: Sau khi thực hiện mở tài khoản, Ủy ban nhân dân xã, phường phối hợp với các tổ chức chi trả dịch vụ thực hiện ký kết hợp đồng trách nhiệm chi trả',
      ),
    ).toEqual(['Ủy ban nhân dân xã, phường']);
  });

  it('reads the answer after "Về đề nghị ...:", not the units the proposal named (dev/vpcp-2025-11-tbkl-danang-chinhquyen-2cap)', () => {
    expect(
      findAssignees(
        '1. Về đề nghị các bộ, ngành quan tâm sớm rà soát, kịp thời ban hành các văn bản hướng dẫn chi tiết về chuyên môn, nghiệp vụ, chuyên ngành, bảo đảm thống nhất, đồng bộ, tránh chồng chéo về thẩm quyền; hoàn thiện quy trình pháp lý về đất đai, tài sản công để cắt giảm quy trình, đẩy nhanh tiến độ, tạo sự linh hoạt trong việc bố trí, xử lý trụ sở, cơ sở nhà đất dôi dư của địa phương: Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát các nội dung về phân cấp, phân quyền, ủy quyền',
      ),
    ).toEqual(['Ủy ban nhân dân thành phố Đà Nẵng']);
  });
});

describe('headings over tasks', () => {
  it('gives the tasks "3.1.", "3.2." under a heading naming a unit to that unit (dev/vpcp-2025-11-chongbuonlau-tet)', () => {
    const found = requirements([
      '3. Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia tập trung lãnh đạo, chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:',
      '3.1. Hoàn thiện Kế hoạch cao điểm chống buôn lậu, gian lận thương mại và hàng giả dịp trước, trong và sau Tết Nguyên đán Bính Ngọ 2026.',
      '3.2. Khẩn trương hoàn thành việc tổng kết, đánh giá việc thực hiện Chỉ thị số 30/CT-TTg ngày 30 tháng 9 năm 2014 của Thủ tướng Chính phủ.',
      '4. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra, đôn đốc các cơ quan, lực lượng chức năng.',
    ]);
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['3.1', ['Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia']],
      ['3.2', ['Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia']],
      ['4', []],
    ]);
  });

  it('gives the "(1)" items under a lead-in ending in ":" to its subject, places listed after "các tỉnh:" included (dev/ttg-2025-11-congdien-khacphuc-namtrungbo)', () => {
    const found = requirements([
      '1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng tiếp tục phân công nhiệm vụ cụ thể cho từng đồng chí trong Thường vụ, thường trực Tỉnh ủy, Ủy ban và lãnh đạo các Sở, Ban, ngành xuống tận phường, xã, bám sát cơ sở, trong đó tập trung một số nhiệm vụ sau:',
      '(1) Huy động các lực lượng, phương tiện, bằng mọi cách tiếp cận cho được tất cả các hộ dân bị cô lập do lũ lụt, sạt lở những ngày vừa qua.',
      '5. Bộ trưởng Bộ Tài chính chủ trì:',
      '(1) Phối hợp với Bộ Nông nghiệp và Môi trường tiếp tục rà soát, tổng hợp tình hình thiệt hại do mưa lũ, báo cáo Chính phủ, Thủ tướng Chính phủ theo quy định.',
    ]);
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['1.(1)', ['Bí thư tỉnh ủy', 'Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng']],
      ['5.(1)', ['Bộ trưởng Bộ Tài chính']],
    ]);
  });

  it('reads "Thống đốc" as an office holder, like "Giám đốc" (dev/ttg-2025-11-congdien-khacphuc-namtrungbo)', () => {
    expect(
      findAssignees(
        '11. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng, tổ chức tín dụng triển khai các chính sách tín dụng (giãn nợ, hoãn nợ, miễn, giảm lãi suất ngân hàng, ...)',
      ),
    ).toEqual(['Thống đốc Ngân hàng Nhà nước Việt Nam']);
  });

  it('keeps the places listed after "các tỉnh, thành phố trực thuộc Trung ương:" (dev/ttg-2025-11-congdien-baohiem-mualu)', () => {
    expect(
      findAssignees(
        '4. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng chủ động, tích cực phối hợp chặt chẽ với Bộ Tài chính, Bộ Y tế, Bộ Nội vụ',
      ),
    ).toEqual([
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng',
    ]);
  });

  it('drops a bracketed aside from a heading naming the unit, and "Hội nghị ..." is no unit (dev/quangtri-2025-11-chithi-lanchiem-rung)', () => {
    const found = requirements([
      '5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp…)',
      '- Xây dựng nhu cầu kinh phí và đề xuất cơ quan có thẩm quyền bố trí kinh phí để cắm mốc ranh giới lâm phận theo quy định.',
      '6. Hội nghị hiệp thương lần thứ hai',
      '- Gửi biên bản Hội nghị đến Ban Thường trực Ủy ban MTTQ xã ngay sau khi kết thúc hội nghị.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([['Các chủ rừng là tổ chức'], []]);
  });
});

describe('units named by headings in a plan\'s "Tổ chức thực hiện"', () => {
  it('gives the dash items under "a) Phòng Văn hóa - Xã hội:" to that unit', () => {
    const found = requirements([
      '2. Các cơ quan chuyên môn thuộc UBND xã:',
      'a) Phòng Văn hóa - Xã hội:',
      '- Tham mưu UBND xã ban hành kế hoạch tuyên truyền.',
      'b) Công an xã:',
      '- Bảo đảm an ninh trật tự tại các điểm tổ chức.',
    ]);
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['2.a.1', ['Phòng Văn hóa - Xã hội']],
      ['2.b.1', ['Công an xã']],
    ]);
  });

  it('splits "A và các đoàn thể" but keeps a title "phụ trách ... và ..." whole (dev/luongminh-2025-11-kehoach-baucu)', () => {
    const found = requirements([
      '3. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể',
      '- Tuyên truyền, vận động đoàn viên, hội viên tham gia bầu cử.',
      '4. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng',
      '- Thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này.',
      '5. Ban Thường vụ Đảng ủy xã:',
      '- Lãnh đạo, chỉ đạo thực hiện Kế hoạch.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([
      ['Ủy ban MTTQ Việt Nam xã', 'các đoàn thể'],
      ['Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng'],
      ['Ban Thường vụ Đảng ủy xã'],
    ]);
  });
});

describe('a verb inside a body named by its role', () => {
  it('keeps "Cơ quan phối hợp" whole: the verb that acts comes after (dev/daklak-2025-11-chithi-thamdinh-dautu)', () => {
    expect(
      findAssignees(
        'Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản, nêu rõ quan điểm và đúng thời gian quy định khi được cơ quan chủ trì lấy ý kiến',
      ),
    ).toEqual(['Cơ quan phối hợp']);
  });

  it('keeps "Cơ quan đăng ký đầu tư" whole (dev/daklak-2025-11-chithi-thamdinh-dautu)', () => {
    expect(
      findAssignees(
        'Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến cụ thể nội dung liên quan đến lĩnh vực đầu tư của dự án',
      ),
    ).toEqual(['Cơ quan đăng ký đầu tư']);
  });

  it('reads a heading that names the body and no act (dev/cantho-2025-11-kehoach-chitra-khongtienmat)', () => {
    expect(findAssignees('6. Đề nghị các tổ chức cung cấp dịch vụ chi trả')).toEqual([
      'các tổ chức cung cấp dịch vụ chi trả',
    ]);
  });

  it('does not take "có ý kiến" into a generic addressee (dev/vpcp-2003-01-hatang-hotay)', () => {
    expect(
      findAssignees(
        'Văn phòng Chính phủ đề nghị các cơ quan có ý kiến chính thức bằng văn bản gửi Văn phòng Chính phủ trước ngày 20 tháng 01 năm 2003',
      ),
    ).toEqual([]);
  });
});

describe('units separated by ";"', () => {
  it('splits "Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã" (dev/daklak-2025-11-chithi-thamdinh-dautu)', () => {
    expect(
      findAssignees(
        'Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ chức năng, nhiệm vụ được giao, có trách nhiệm triển khai thực hiện',
      ),
    ).toEqual(['Thủ trưởng các Sở, ban, ngành', 'Chủ tịch UBND cấp xã']);
  });

  it('drops a clause that opens with no unit ("...; trên cơ sở đó, Tỉnh")', () => {
    expect(splitUnits('Ủy ban nhân dân tỉnh Điện Biên; trên cơ sở đó, Tỉnh')).toEqual([
      'Ủy ban nhân dân tỉnh Điện Biên',
    ]);
  });
});

describe('addressees of wave 5 forms', () => {
  it("passes a part's 'Đề nghị X ... sau:' lead-in to its items (dev/vpcp-2025-11-tbkl-thanhhoa)", () => {
    const found = requirements([
      'I. ĐÁNH GIÁ CHUNG',
      '',
      'Tỉnh Thanh Hóa cần nỗ lực, phấn đấu hơn nữa, khẩn trương khắc phục hiệu quả những tồn tại, hạn chế.',
      '',
      'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI',
      '',
      'Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo, tập trung thực hiện các nhiệm vụ, giải pháp trên các lĩnh vực trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026; trong đó lưu ý một số nội dung trọng tâm sau:',
      '',
      '1. Đổi mới tư duy, tầm nhìn phát triển, khai thác tối đa nguồn lực bên trong, đặc biệt là phát huy truyền thống lịch sử, văn hóa; hình thành các vùng động lực làm đầu tàu phát triển.',
      '',
      '2. Chú trọng bảo vệ môi trường, phát triển bền vững, tăng trưởng xanh, kinh tế tuần hoàn, thích ứng biến đổi khí hậu.',
    ]);
    // The assessment's closing paragraph directs the province: a requirement of its own (gold I.3 of the document).
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['1', ['Tỉnh Thanh Hóa']],
      ['II.1', ['Thường trực Tỉnh ủy']],
      ['II.2', ['Thường trực Tỉnh ủy']],
    ]);
  });

  it("passes a part's lead-in subject after an aim clause to its items (unlabelled Thông báo 623/TB-VPCP, Đắk Lắk)", () => {
    const found = requirements([
      'I. TÌNH HÌNH KINH TẾ - XÃ HỘI',
      '',
      'Tỉnh Đắk Lắk (mới) có quy mô diện tích trên 18.000 km2, rộng thứ 3 cả nước với quy mô dân số trên 3,3 triệu người.',
      '',
      'II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI',
      '',
      'Để tiếp tục tháo gỡ các khó khăn, vướng mắc trong phát triển kinh tế - xã hội, giải ngân vốn đầu tư công và thực hiện chính quyền địa phương 02 cấp, tỉnh Đắk Lắk cần tiếp tục thực hiện quyết liệt, đồng bộ, hiệu quả các chủ trương của Đảng, trong đó lưu ý tập trung thực hiện một số nội dung trọng tâm sau:',
      '',
      '1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội đã được Hội đồng nhân dân tỉnh giao từ đầu năm, phấn đấu hoàn thành cao nhất tất cả các chỉ tiêu được giao.',
    ]);
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([['II.1', ['tỉnh Đắk Lắk']]]);
  });

  it("gives the bodies of a '6. Đề nghị: A, B, C' heading to its items (dev/dongthap-2025-12-kehoach-chuyendoiso-doanhnghiep)", () => {
    const found = requirements([
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh',
      '',
      'a) Tuyên truyền, vận động hội viên tích cực tham gia các hoạt động chuyển đổi số; phối hợp giới thiệu mô hình tiêu biểu, hỗ trợ chia sẻ kinh nghiệm giữa các đơn vị.',
      '',
      'b) Phối hợp với Sở Khoa học và Công nghệ thực hiện đánh giá hiện trạng, nhu cầu về ứng dụng công nghệ thông tin, thương mại điện tử, chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh.',
    ]);
    const bodies = ['Hiệp hội Doanh nghiệp tỉnh', 'Hội Nông dân tỉnh', 'Liên minh Hợp tác xã Tỉnh'];
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([
      ['IV.6.a', bodies],
      ['IV.6.b', bodies],
    ]);
  });

  it('reads a subject that lists many bodies past 160 characters (dev/daklak-2025-11-chithi-thamdinh-dautu)', () => {
    expect(
      findAssignees(
        'Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường, Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh, UBND cấp xã và các Sở, ban, ngành quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp công bố đầy đủ, công khai thông tin về quy hoạch',
      ),
    ).toEqual([
      'Sở Tài chính',
      'Sở Xây dựng',
      'Sở Nông nghiệp và Môi trường',
      'Ban quản lý Khu Kinh tế Phú Yên',
      'Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên',
      'Ban Quản lý các Khu công nghiệp tỉnh',
      'UBND cấp xã',
      'các Sở, ban, ngành quản lý quy hoạch',
    ]);
  });

  it("cuts the ministers' formula per office and keeps the enterprises' whole in a long subject (dev/ttg-2025-11-congdien-khanhthanh-khoicong)", () => {
    expect(
      findAssignees(
        'Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên quan tiếp tục nâng cao tinh thần trách nhiệm',
      ).slice(0, 4),
    ).toEqual([
      'Bộ trưởng',
      'Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      'Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty',
    ]);
  });

  it('reads no long list of places as actors (unlabelled Đắk Lắk plan of relief goods, "Nhóm 2:")', () => {
    expect(
      findAssignees(
        'Nhóm 2: Các xã, phường lân cận, vùng ven sông, suối, khu vực thấp trũng, có nguy cơ cao tái ngập, sạt lở đất, lũ quét, nơi có nhiều hộ nghèo, cận nghèo, đối tượng yếu thế, cần được hỗ trợ kịp thời để bảo đảm an sinh xã hội.',
      ),
    ).toEqual([]);
  });

  it("keeps 'Các Bộ, cơ quan: A, B, ...' whole (dev/vpcp-2025-11-tbkl-dienbien)", () => {
    expect(
      findAssignees(
        'Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch, Công Thương, Giáo dục và Đào tạo, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, nhiệm vụ được giao khẩn trương rà soát lại việc thực hiện ý kiến chỉ đạo',
      ),
    ).toEqual([
      'Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch, Công Thương, Giáo dục và Đào tạo, Ngoại giao, Tập đoàn Điện lực Việt Nam',
    ]);
  });

  it("keeps 'đề nghị các Tập đoàn: A, B' whole (dev/vpcp-2025-11-tbkl-thanhhoa)", () => {
    expect(
      findAssignees(
        'Về triển khai hạ tầng đề phủ sóng 19 thôn, bản khu vực miền núi lõm sóng điện thoại, đường truyền Internet yếu: đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển khai thực hiện theo quy định',
      ),
    ).toEqual(['các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội']);
  });
});

describe('the polite address of the recipient (dev/vpcp-2013-10-dondoc-baocao-dioxin)', () => {
  it('"quý Bộ" is the recipient as a whole: no assignee of its own', () => {
    expect(
      findAssignees(
        'Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo về tình hình thực hiện ý kiến chỉ đạo của Phó Thủ tướng Nguyễn Thiện Nhân',
      ),
    ).toEqual([]);
  });
});

describe('"ưu tiên" ends the addressee (dev/bxd-2013-11-nhao-nguoicocong-qd22)', () => {
  it('"đề nghị các địa phương ưu tiên thực hiện ..." addresses the localities as a whole', () => {
    expect(
      findAssignees(
        'Vì vậy, đề nghị các địa phương ưu tiên thực hiện hỗ trợ kinh phí đối với nhà ở của người có công với cách mạng bị hư hỏng nặng phải phá dỡ để xây dựng mới',
      ),
    ).toEqual([]);
  });
});

describe('a group named by what it was given or has not done', () => {
  it('keeps "được giao chủ trì", "được phân công ..." in the name, up to the main verb (dev/hcm-2025-11-kehoach-luat-vieclam)', () => {
    expect(
      findAssignees(
        'Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công, bảo đảm tiến độ và nội dung công việc',
      ),
    ).toEqual(['Các cơ quan, đơn vị được giao chủ trì']);
    expect(
      findAssignees(
        'Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập kế hoạch, dự toán, quyết toán',
      ),
    ).toEqual(['Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này']);
  });

  it('keeps "chưa ..." in the name, up to the comma (dev/vnua-2020-04-daihoichibo)', () => {
    expect(
      findAssignees(
        'Các Chi bộ chưa tiến hành tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2023, từ ngày 24/4/2020 đến ngày 4/5/2020 rà soát lại toàn bộ nội dung công tác chuẩn bị',
      ),
    ).toEqual(['Các Chi bộ chưa tiến hành tổ chức Đại hội chi bộ nhiệm kỳ 2020 – 2023']);
  });

  it('does not add the subject of a ";" clause told only to "phối hợp" when a lead is named', () => {
    expect(
      findAssignees('Sở Y tế chủ trì tổ chức kiểm tra các cơ sở khám bệnh; Sở Tài chính phối hợp bố trí kinh phí'),
    ).toEqual(['Sở Y tế']);
  });
});

describe('"các cơ quan, đơn vị liên quan"', () => {
  it('names those concerned when it is the subject (dev/cantho-2025-11-kehoach-giamsat-giamngheo)', () => {
    expect(
      findAssignees(
        'Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu quy định tại Thông tư số 10/2022/TT-BLĐTBXH',
      ),
    ).toEqual(['Các cơ quan, đơn vị liên quan']);
  });

  it('gives no actor when a lead directs them (dev/vpcp-2025-11-chongbuonlau-tet)', () => {
    expect(
      findAssignees('Bộ trưởng Bộ Tài chính chỉ đạo các đơn vị liên quan khẩn trương thực hiện một số nhiệm vụ sau:'),
    ).toEqual(['Bộ trưởng Bộ Tài chính']);
  });

  it('is every recipient when not singled out ("các cơ quan, đơn vị")', () => {
    expect(findAssignees('Đề nghị các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2025')).toEqual([]);
  });
});

describe('a subject in mid-sentence', () => {
  it('after the "thì" of an opening condition, in lower case (dev/btctw-2025-11-huongdan-quydinh377-canbo)', () => {
    expect(
      findAssignees(
        'Trường hợp đặc biệt nếu nhân sự có thời gian giữ chức vụ dưới 1 năm, thì cấp ủy trực tiếp quản lý cán bộ phải tiến hành đánh giá khách quan, toàn diện',
      ),
    ).toEqual(['cấp ủy trực tiếp quản lý cán bộ']);
  });

  it('not after the "thì" of a later clause', () => {
    expect(
      findAssignees(
        'Trường hợp các đơn vị có ý kiến khác nhau, cần làm rõ nội dung; nếu vẫn chưa rõ thì cơ quan chủ trì có quyền yêu cầu làm rõ',
      ),
    ).toEqual([]);
  });

  it('after an opening phrase of time, a body in lower case (dev/btctw-2025-11-huongdan-quydinh377-canbo)', () => {
    expect(
      findAssignees(
        'Định kỳ hằng năm, ban thường vụ cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có trách nhiệm lãnh đạo, chỉ đạo việc rà soát',
      ),
    ).toEqual(['ban thường vụ cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị']);
  });

  it('"Đối với <group> thì <task>" with no other subject: the group acts (dev/bxd-2013-11-nhao-nguoicocong-qd22)', () => {
    expect(
      findAssignees(
        'Đối với các địa phương chưa lập Đề án thì khẩn trương chỉ đạo các cơ quan chức năng lập, phê duyệt Đề án hỗ trợ',
      ),
    ).toEqual(['các địa phương chưa lập Đề án']);
    expect(findAssignees('Đối với các trường hợp còn lại, thì thực hiện kết hợp vào thời điểm rà soát')).toEqual([]);
  });

  it('"Đề nghị thường trực ..." names the standing committee (dev/vptw-2025-12-ketluan-congtac-vanphong)', () => {
    expect(
      findAssignees('Đề nghị thường trực các tỉnh uỷ, thành uỷ tiếp tục quan tâm lãnh đạo, chỉ đạo, tạo điều kiện'),
    ).toEqual(['thường trực các tỉnh ủy, thành ủy']);
  });
});

describe('a conclusion notice about a province (dev/vpcp-2025-11-tbkl-dienbien)', () => {
  it('"Tỉnh" opening a task is the province that acts', () => {
    expect(
      findAssignees('Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe ô tô phục vụ công tác, bảo đảm hiệu quả'),
    ).toEqual(['Tỉnh']);
  });

  it('"về việc giao X là cơ quan chủ quản" names the act, not an addressee; "X là ..." says what X is', () => {
    expect(
      findAssignees(
        'Tỉnh thực hiện theo chỉ đạo tại Thông báo số 75-TB/VPTW; chủ động làm việc với Bộ Xây dựng về việc giao Ủy ban nhân dân tỉnh Điện Biên là cơ quan chủ quản dự án theo quy định',
      ),
    ).toEqual(['Tỉnh']);
    expect(findAssignees('Ủy ban nhân dân tỉnh là cơ quan chủ quản dự án theo quy định hiện hành')).toEqual([]);
  });
});

describe('a list of groups in lower case after a named one (dev/huongxuan-2015-10-gopy-vanminhdothi)', () => {
  it('splits before "thành viên ..." and "toàn thể ..."', () => {
    expect(
      splitUnits(
        'Tổ trưởng các tổ dân phố, thành viên Ban Chỉ đạo phường và toàn thể cán bộ, công chức cơ quan phường',
      ),
    ).toEqual([
      'Tổ trưởng các tổ dân phố',
      'thành viên Ban Chỉ đạo phường',
      'toàn thể cán bộ, công chức cơ quan phường',
    ]);
  });
});

describe('where a named unit ends', () => {
  it('before an adverb of manner or a deadline (dev/vpcp-2025-11-tbkl-bcd-giaothong-phien21)', () => {
    expect(
      findAssignees(
        'Ủy ban nhân dân các tỉnh: Quảng Trị, Gia Lai quyết liệt chỉ đạo các chủ đầu tư đẩy nhanh tiến độ thi công',
      ),
    ).toEqual(['Ủy ban nhân dân các tỉnh: Quảng Trị, Gia Lai']);
    expect(
      findAssignees('Giao Phó Thủ tướng Chính phủ trước ngày 20 tháng 11 năm 2025 trực tiếp kiểm tra, đôn đốc các bộ'),
    ).toEqual(['Phó Thủ tướng Chính phủ']);
  });
});

describe('a locality named at the start of a direction', () => {
  it('acts as the subject: "Thành phố X và các tỉnh Y, Z ..." (dev/vpcp-2025-11-tbkl-bcd-giaothong-phien21)', () => {
    expect(
      findAssignees(
        'Thành phố Hải Phòng và các tỉnh Quảng Ninh, Hưng Yên đẩy nhanh tiến độ lập, phê duyệt Báo cáo nghiên cứu khả thi dự án',
      ),
    ).toEqual(['Thành phố Hải Phòng', 'các tỉnh Quảng Ninh, Hưng Yên']);
  });
});

describe('everyone a Government notice speaks to', () => {
  it('"Các bộ, ngành, địa phương" is no particular group; "Các bộ, ngành" is (dev/vpcp-2025-11-tbkl-*)', () => {
    expect(
      findAssignees(
        'Các bộ, ngành, địa phương khẩn trương đăng ký với Chính phủ (qua Bộ Xây dựng) các công trình khánh thành, khởi công',
      ),
    ).toEqual([]);
    expect(
      findAssignees('Các bộ, ngành hoàn thiện cơ sở dữ liệu quốc gia trong ngành, lĩnh vực thuộc phạm vi quản lý'),
    ).toEqual(['Các bộ, ngành']);
  });
});

describe('"đổi mới" as a verb', () => {
  it('ends the subject (dev/vpcp-2025-11-tbkl-ctmtqg-hopnhat)', () => {
    expect(findAssignees('Bộ Nông nghiệp và Môi trường đổi mới phương thức tổ chức thực hiện Chương trình')).toEqual([
      'Bộ Nông nghiệp và Môi trường',
    ]);
  });
});
