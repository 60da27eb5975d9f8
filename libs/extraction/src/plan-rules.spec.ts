import { extractDirective } from './extract-directive.js';
import { parseRequirements, toParagraphs } from './parse-body.js';
import { parseProseRequirements } from './prose-requirements.js';
import { splitLines } from './text-utils.js';

const requirements = (text: string) => parseRequirements(toParagraphs(splitLines(text)), '2025');

// Kế hoạch 0125/KH-UBND of Đắk Lắk (phong trào thi đua bầu cử), 18 Nov 2025.
const emulation = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  'a) Nhằm phát huy sức mạnh đại đoàn kết toàn dân.',
  'II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA',
  '1. Đối tượng thi đua',
  'a) Tập thể: Các cơ quan Đảng trực thuộc Tỉnh ủy; các Sở, ban, ngành; UBND các xã, phường.',
  '2. Nội dung thi đua',
  'a) Thi đua thực hiện thành công cuộc bầu cử; kịp thời chỉ đạo, tổ chức triển khai và phân công nhiệm vụ.',
  'g) Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong tuyên truyền phục vụ bầu cử.',
  'III. ĐỐI TƯỢNG, NGUYÊN TẮC, HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG',
  '1. Đối tượng, nguyên tắc khen thưởng',
  'b) Nguyên tắc khen thưởng:',
  '- Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được.',
  '3. Tiêu chuẩn khen thưởng',
  '3.3. Giấy khen của Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND xã, phường: Căn cứ vào tình hình thực tiễn, Thủ trưởng các cơ quan, đơn vị hướng dẫn, xem xét khen thưởng cho các tập thể, cá nhân theo thẩm quyền.',
  'IV. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG',
  '1. Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với các cơ quan, đơn vị có liên quan báo cáo Ủy ban bầu cử tỉnh xem xét lựa chọn.',
  '2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  'a) Các cơ quan, đơn vị cấp tỉnh có liên quan đến công tác bầu cử:',
  '- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;',
  '- Các cơ quan, đơn vị cấp tỉnh còn lại có liên quan đến công tác tham mưu triển khai, thực hiện công tác bầu cử: chọn không quá 01 trường hợp.',
  'V. THỦ TỤC, HỒ SƠ VÀ THỜI GIAN KHEN THƯỞNG',
  '1. Thủ tục, hồ sơ đề nghị khen thưởng',
  '- Tờ trình đề nghị khen thưởng của các cơ quan, đơn vị, địa phương;',
  '2. Thời gian trình khen thưởng: Hồ sơ trình, đề nghị Thủ tướng Chính phủ, Chủ tịch UBND tỉnh xem xét tặng Bằng khen cho các tập thể, cá nhân gửi về Sở Nội vụ (qua Phòng Xây dựng chính quyền) trước ngày 31/3/2026 để tổng hợp.',
  '3. Tuyến trình khen thưởng: Thực hiện theo đúng quy định pháp luật về thi đua, khen thưởng hiện hành.',
  'VI. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nội vụ: Tham mưu UBND tỉnh theo dõi, đôn đốc các xã, phường tổ chức triển khai thực hiện tốt Phong trào thi đua.',
].join('\n');

describe('a plan’s rules are no tasks', () => {
  it('keeps, under rules headings, only what directs a unit, what a unit must do and what has a deadline', () => {
    const found = requirements(emulation);
    expect(found.map((r) => r.ref)).toEqual(['IV.1', 'V.2', 'VI.1']);
    expect(found[1].deadlines.map((d) => d.date)).toEqual(['2026-03-31']);
  });

  it('reads "giao Sở Y tế thành lập đoàn" under criteria as a task, the council’s ranking and awards as rules', () => {
    // Kế hoạch of Cần Thơ (chi trả không dùng tiền mặt), 18 Nov 2025.
    const found = requirements(
      [
        'III. NỘI DUNG THI ĐUA, PHƯƠNG ÁN TRIỂN KHAI, TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI VÀ CÁCH THỨC XẾP HẠNG',
        '1. Nội dung thi đua',
        '',
        'Nâng cao nhận thức của người hưởng trợ cấp xã hội, các nội dung này được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:',
        '(1) 100% số người hưởng trợ cấp xã hội chưa có tài khoản được tuyên truyền, giải thích lợi ích;',
        '(4) Phấn đấu có ít nhất 70% số người hưởng trợ cấp nhận tiền trợ cấp bằng phương thức không dùng tiền mặt;',
        '2. Phương án triển khai',
        'd) Kiểm tra, giám sát đánh giá trong quá trình triển khai trước, trong và sau khi kết thúc các hoạt động thi đua;',
        '3. Tiêu chí đánh giá, xếp loại',
        'a) Trên cơ sở kết quả thực hiện các chỉ tiêu tại điểm 1 Mục III Kế hoạch, giao Sở Y tế thành lập đoàn tổ chức kiểm tra, đánh giá kết quả thực hiện;',
        'b) Trên cơ sở kết quả họp xét đánh giá, xếp hạng của Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố.',
        '4. Cách thức xếp hạng',
        'a) Trên cơ sở kết quả kiểm tra, đánh giá, chấm điểm của Sở Y tế, Hội đồng thi đua họp xét đánh giá các xã, phường;',
        'IV. KHEN THƯỞNG',
        '1. Cấp thành phố',
        'a) Chủ tịch Ủy ban nhân dân thành phố xem xét tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc;',
        'V. TỔ CHỨC THỰC HIỆN',
        '1. Sở Y tế',
        'a) Chủ trì, phối hợp với Sở, ban ngành liên quan triển khai, đôn đốc, kiểm tra việc thực hiện kế hoạch;',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['III.2.d', 'III.3.a', 'V.1.a']);
  });
});

describe('tasks listed inside an assessment or targets part', () => {
  it('reads the items after "... cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:" in "I. ĐÁNH GIÁ CHUNG"', () => {
    // Thông báo kết luận of the Government Office on Đà Nẵng's two-level government, 25 Nov 2025.
    const found = requirements(
      [
        'I. ĐÁNH GIÁ CHUNG',
        'Trong bối cảnh chịu thiệt hại nặng nề do đợt mưa lũ, Thành phố đã rất nỗ lực vượt qua khó khăn.',
        'Để tiếp tục vận hành chính quyền địa phương 02 cấp hoạt động hiệu lực, hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:',
        '1. Cấp ủy, chính quyền Thành phố phải xác định việc tổ chức và vận hành hiệu quả chính quyền địa phương 02 cấp là nhiệm vụ hết sức quan trọng.',
        '2. Tăng cường hiệu quả hoạt động của bộ máy chính quyền cấp xã.',
        'II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ',
        '1. Về đề nghị Bộ Nội vụ tham mưu ban hành các cơ chế, chính sách: Bộ Nội vụ nghiên cứu đề xuất của Ủy ban nhân dân thành phố Đà Nẵng.',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['I.1', 'I.2', 'II.1']);
  });

  it('numbers the activities after a lead-in under a plan’s targets by the items above it ("II.2.d.1")', () => {
    // Kế hoạch of Hồ Chí Minh City (bình đẳng giới), 18 Nov 2025.
    const found = requirements(
      [
        'I. MỤC ĐÍCH, YÊU CẦU',
        '- Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền.',
        'II. MỤC TIÊU CỦA KẾ HOẠCH',
        '1. Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:',
        '- Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan quản lý nhà nước có lãnh đạo chủ chốt là nữ.',
        '2. Tháng hành động',
        'b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025.',
        'd) Các hoạt động chính',
        'Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:',
        '- Lồng ghép tổ chức Lễ phát động, các hoạt động hưởng ứng Tháng hành động với hình thức phù hợp.',
        '- Tăng cường kiểm tra về bình đẳng giới và vì sự tiến bộ của phụ nữ trong Tháng hành động.',
        'III. NỘI DUNG HOẠT ĐỘNG',
        '1. Đẩy mạnh công tác truyền thông nâng cao nhận thức về bình đẳng giới.',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['II.2.d.1', 'II.2.d.2', 'III.1']);
  });

  it('leaves a plan’s aims out even when they read like a lead-in', () => {
    const found = requirements(
      [
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ sau:',
        '1. Nâng cao nhận thức của cán bộ, công chức.',
        'II. NHIỆM VỤ',
        '1. Phòng Văn hóa - Xã hội tổ chức tuyên truyền trước ngày 15/12/2025.',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['II.1']);
  });
});

describe('a guidance’s examples and definitions', () => {
  // Hướng dẫn 45-HD/BTCTW of the Central Organisation Commission, 21 Nov 2025.
  it('drops worked examples, made-up persons and definitions, keeps what a committee must do', () => {
    const found = requirements(
      [
        'II. Về quy hoạch cán bộ',
        '2. Về chức danh, đối tượng quy hoạch:',
        '2.1. Về chức danh quy hoạch.',
        'Nhân sự nếu đáp ứng tiêu chuẩn, điều kiện đối với các chức danh quy hoạch, thì được cấp ủy xem xét.',
        'Ví dụ:',
        '- Đồng chí Nguyễn Văn X hiện là Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2025-2030, nếu đáp ứng tiêu chuẩn, điều kiện, thì có thể xem xét, đề nghị cấp có thẩm quyền quyết định phê duyệt quy hoạch.',
        '- Đồng chí Nguyễn Văn Y hiện là Vụ trưởng, nếu đáp ứng tiêu chuẩn, điều kiện, thì có thể xem xét.',
        '6. Về cơ cấu quy hoạch:',
        '6.3. Cơ cấu cán bộ trẻ.',
        '- Cán bộ có trình độ khoa học công nghệ là: (i) Cán bộ có trình độ chuyên môn đại học trở lên của các ngành liên quan.',
        '- Ban thường vụ tỉnh ủy, thành ủy quy định cụ thể để thực hiện thống nhất cho phù hợp với đặc điểm của địa phương.',
        '7. Về sử dụng quy hoạch:',
        '- Đồng chí Nguyễn Văn A , Chủ nhiệm Ủy ban Y của Quốc hội, là cán bộ thuộc diện Bộ Chính trị quản lý.',
        '- Các cấp ủy, tổ chức đảng có trách nhiệm rà soát, bổ sung quy hoạch theo quy định.',
      ].join('\n'),
    );
    expect(found.map((r) => r.text)).toEqual([
      'Ban thường vụ tỉnh ủy, thành ủy quy định cụ thể để thực hiện thống nhất cho phù hợp với đặc điểm của địa phương',
      'Các cấp ủy, tổ chức đảng có trách nhiệm rà soát, bổ sung quy hoạch theo quy định',
    ]);
  });
});

describe('page layout', () => {
  it('reads "XVII." wrapped to a line of its own as the end of the sentence, not as part XVII', () => {
    const found = requirements(
      [
        'II. Về quy hoạch cán bộ',
        '1. Các tỉnh ủy giới thiệu quy hoạch Trưởng đoàn đại biểu Quốc hội tỉnh khóa',
        'XVII.',
        '2. Các tỉnh ủy báo cáo kết quả trước ngày 30/12/2025.',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['II.1', 'II.2']);
    expect(found[0].text).toContain('khóa XVII');
  });

  it('joins a dash that wraps a compound ("chính trị" / "- xã hội") to the line before', () => {
    const paragraphs = toParagraphs(
      splitLines(
        [
          '4.1. Xây dựng quy hoạch được thực hiện vào năm thứ hai của nhiệm kỳ đại hội của các tổ chức chính trị',
          '- xã hội (các hội quần chúng cũng thực hiện tương tự).',
          '- Các cấp ủy rà soát quy hoạch.',
        ].join('\n'),
      ),
    );
    expect(paragraphs.map((p) => p.marker)).toEqual(['4.1', '-']);
    expect(paragraphs[0].text).toMatch(/chính trị - xã hội/u);
  });
});

describe('whole documents', () => {
  it('keeps the tasks of a commendation plan, not its criteria and quotas', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐẮK LẮK',
      'Số: 0125/KH-UBND',
      'Đắk Lắk, ngày 18 tháng 11 năm 2025',
      'KẾ HOẠCH',
      'PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN THÀNH CÔNG CUỘC BẦU CỬ',
      'UBND tỉnh ban hành Kế hoạch phát động phong trào thi đua, cụ thể như sau:',
      emulation,
    ].join('\n');
    const { directive } = extractDirective(text);
    expect(directive.requirements.map((r) => r.ref)).toEqual(['IV.1', 'V.2', 'VI.1']);
  });
});

describe('prose: the main clause after a basis', () => {
  it('reads "Trên cơ sở ..., Bộ Xây dựng làm việc với ...; phối hợp với ... khẩn trương xử lý ..." as a task', () => {
    // Công văn of the Government Office on the Hồ Chí Minh road, 26 Nov 2025.
    const found = parseProseRequirements(
      toParagraphs(
        splitLines(
          [
            'Về Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH, Phó Thủ tướng Trần Hồng Hà có ý kiến như sau:',
            'Trên cơ sở Báo cáo số 1052/BC-CP ngày 12/11/2025 của Chính phủ và Kết luận của Ủy ban Thường vụ Quốc hội, Bộ Xây dựng làm việc với Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội để bổ sung các văn bản cần thiết; phối hợp với các bộ, ngành, địa phương liên quan khẩn trương xử lý các vướng mắc về bố trí nguồn vốn.',
          ].join('\n'),
        ),
      ),
      '2025',
    );
    expect(found.map((r) => r.text)).toEqual([expect.stringMatching(/^Trên cơ sở .*, Bộ Xây dựng làm việc/u)]);
  });

  it('leaves a lead-in after a basis ("Để ..., Ban Chấp hành ... yêu cầu ... một số nội dung sau:") to its items', () => {
    const found = parseProseRequirements(
      toParagraphs(
        splitLines(
          'Để đảm bảo tiến độ đại hội đảng bộ các cấp, Ban Chấp hành Đảng bộ Học viện yêu cầu các chi bộ sinh viên chưa tổ chức đại hội khẩn trương thực hiện một số nội dung sau:',
        ),
      ),
      '2020',
    );
    expect(found).toEqual([]);
  });
});

describe('a plan’s activities and report part', () => {
  // Kế hoạch of Hồ Chí Minh City (bình đẳng giới), 18 Nov 2025.
  it('drops the lines that only name who carries out an activity, keeps the unit with a task of its own', () => {
    const found = requirements(
      [
        'III. NỘI DUNG HOẠT ĐỘNG',
        '1. Nâng cao nhận thức của chính quyền các cấp về phòng ngừa bạo lực trên cơ sở giới',
        'c) Hoạt động 3',
        '- Nội dung: Tuyên truyền, giáo dục về phòng ngừa, ứng phó bạo lực trên cơ sở giới trên các phương tiện truyền thông đại chúng.',
        '- Cơ quan thực hiện:',
        '+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, báo, đài và các đơn vị có liên quan.',
        '+ Sở Xây dựng đăng tải thông điệp truyền thông Tháng hành động trên bảng quang báo thông tin giao thông của Thành phố.',
      ].join('\n'),
    );
    expect(found.map((r) => r.text)).toEqual([
      expect.stringMatching(/Tuyên truyền, giáo dục/u),
      expect.stringMatching(/^Sở Xây dựng đăng tải/u),
    ]);
  });

  it('reads the report paragraph of a part without items ("VII. CHẾ ĐỘ BÁO CÁO") as its task, not a source of funds', () => {
    const found = requirements(
      [
        'VI. KINH PHÍ THỰC HIỆN',
        '1. Các sở, ban, ngành xây dựng dự toán kinh phí từ ngân sách hằng năm để triển khai thực hiện Kế hoạch này.',
        '2. Nguồn tài trợ, viện trợ; nguồn hợp pháp khác (nếu có).',
        'VII. CHẾ ĐỘ BÁO CÁO',
        '',
        'Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo kết quả thực hiện Tháng hành động năm 2025 về Sở Nội vụ trước ngày 16 tháng 12 năm 2025 để tổng hợp báo cáo Bộ Nội vụ theo quy định./.',
      ].join('\n'),
    );
    expect(found.map((r) => [r.ref, r.deadlines.map((d) => d.date)])).toEqual([
      ['VI.1', []],
      ['VII', ['2025-12-16']],
    ]);
  });

  it('reads the contents, forms and methods under bare headings as no tasks (dev cantho-2025-11-kehoach-truyenthong-giamngheo, cantho-2025-11-kehoach-giamsat-giamngheo)', () => {
    const communication = requirements(
      [
        'III. NỘI DUNG, HÌNH THỨC',
        '1. Nội dung',
        '- Truyền thông về các tấm gương điển hình, sáng kiến hay, mô hình giảm nghèo tiêu biểu nhằm tạo sự lan tỏa trong toàn xã hội, góp phần thực hiện thắng lợi mục tiêu giảm nghèo bền vững.',
        'V. TỔ CHỨC THỰC HIỆN',
        '1. Sở Nông nghiệp và Môi trường',
        '- Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch này.',
      ].join('\n'),
    );
    expect(communication.map((r) => [r.ref, r.assignees])).toEqual([['V.1.1', ['Sở Nông nghiệp và Môi trường']]]);
    const monitoring = requirements(
      [
        'IV. PHƯƠNG PHÁP, CÁC BƯỚC GIÁM SÁT, ĐÁNH GIÁ',
        '1. Phương pháp',
        '- Khảo sát, kiểm tra thực tế tại địa phương.',
        '2. Các bước giám sát',
        '- Cấp thành phố',
        '+ Thông báo cho địa phương về kế hoạch giám sát.',
        '3. Các bước đánh giá',
        '- Tổng hợp, báo cáo ở cấp thành phố',
        '+ Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu theo quy định tại Thông tư số 10/2022/TT-BLĐTBXH; xây dựng báo cáo giám sát, báo cáo đánh giá để báo cáo Bộ Nông nghiệp và Môi trường và Ủy ban nhân dân thành phố.',
        'VI. TỔ CHỨC THỰC HIỆN',
        '4. Ủy ban nhân dân cấp xã',
        '- Tổ chức thực hiện giám sát, đánh giá theo Kế hoạch.',
      ].join('\n'),
    );
    const texts = monitoring.map((r) => r.text);
    expect(texts).toContainEqual(expect.stringMatching(/^Sở Nông nghiệp và Môi trường tổng hợp chung/u));
    expect(texts.filter((t) => /^(?:Khảo sát|Thông báo cho địa phương)/u.test(t))).toEqual([]);
  });

  it('keeps the items under "1. Nội dung" when no later part gives the units their tasks', () => {
    const found = requirements(
      [
        'II. NỘI DUNG, HÌNH THỨC',
        '1. Nội dung',
        '- Truyền thông về các tấm gương điển hình, sáng kiến hay, mô hình giảm nghèo tiêu biểu nhằm tạo sự lan tỏa trong toàn xã hội, góp phần thực hiện thắng lợi mục tiêu giảm nghèo bền vững.',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['II.1.1']);
  });

  it('keeps a labelled "Nội dung: ..." task and the checks under "NỘI DUNG KIỂM TRA, GIÁM SÁT" (dev luongminh-2025-11-kehoach-hiepthuong, baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
    const found = requirements(
      [
        'II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN',
        '1. Hội nghị hiệp thương lần thứ nhất',
        '1.1. Nội dung: Hiệp thương về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử đại biểu HĐND xã nhiệm kỳ 2026 - 2031.',
        'III. NỘI DUNG KIỂM TRA, GIÁM SÁT',
        '5. Giám sát việc lập, niêm yết danh sách cử tri',
      ].join('\n'),
    );
    expect(found.map((r) => r.ref)).toEqual(['II.1.1', 'III.5']);
  });
});
