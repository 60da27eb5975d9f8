/**
 * Which sentences and items are requirements: the ones that direct someone, not those that decide,
 * announce, describe or close. Each text is quoted from a document of the dev split of samples/corpus
 * (folder named); what is expected is that document's gold or the README's "Not requirements".
 */
import { CARRY_OUT, decides, DIRECTS, informs } from './describes.js';
import { extractDirective } from './extract-directive.js';
import { parseRequirements, toParagraphs } from './parse-body.js';
import { parseProseRequirements } from './prose-requirements.js';
import { BACKGROUND, COURTESY, directs, unitMustAct } from './directing-sentences.js';
import { prepareText, splitLines } from './text-utils.js';

const texts = (lines: string[]) => extractDirective(lines.join('\n')).directive.requirements.map((r) => r.text);
const prose = (lines: string[]) =>
  parseProseRequirements(toParagraphs(splitLines(lines.join('\n')))).map((r) => r.text);

describe('items that decide, not ask', () => {
  it('a permission is the decision itself (dev/ttg-2010-09-benhvien-timmach-angiang)', () => {
    const found = texts([
      'Số: 1/TTg-KGVX',
      'Hà Nội, ngày 09 tháng 9 năm 2010',
      'Kính gửi: Ủy ban nhân dân tỉnh An Giang.',
      'Xét đề nghị của Bộ Y tế về việc bổ sung Bệnh viện Tim mạch An Giang, Thủ tướng Chính phủ có ý kiến như sau:',
      '1. Cho phép bổ sung Bệnh viện Tim mạch An Giang là bệnh viện chuyên khoa hạng I thuộc vùng Đồng bằng sông Cửu Long vào quy hoạch mạng lưới khám, chữa bệnh.',
      '2. Ủy ban nhân dân tỉnh An Giang chịu trách nhiệm chỉ đạo các cơ quan chuyên môn tổ chức thực hiện các nhiệm vụ đã được Thủ tướng Chính phủ giao.',
    ]);
    expect(found).toEqual([
      'Ủy ban nhân dân tỉnh An Giang chịu trách nhiệm chỉ đạo các cơ quan chuyên môn tổ chức thực hiện các nhiệm vụ đã được Thủ tướng Chính phủ giao',
    ]);
  });

  it('approving what the recipient is to do is a task (dev/vpcp-2010-10-hoinghi-caicachhanhchinh)', () => {
    expect(decides('Đồng ý tổ chức Hội nghị toàn quốc vào tháng 12 năm 2010 tại Hà Nội')).toBe(false);
    expect(decides('Đồng ý chủ trương giao Ủy ban nhân dân tỉnh Thanh Hóa chủ trì lập Quy hoạch')).toBe(false);
  });
});

describe('a notice that announces (dev/duchop-2021-12-tamdung-tiepdan)', () => {
  it('keeps only the items after "... thông báo như sau:" that direct someone', () => {
    const found = texts([
      'Số: 1/TB-UBND',
      'Đức Hợp, ngày 23 tháng 12 năm 2021',
      'Ủy ban nhân dân xã Đức Hợp thông báo như sau:',
      '1. Tạm dừng hoạt động tiếp công dân tại Trụ sở UBND xã Đức Hợp kể từ ngày 23/12/2021 để phòng, chống dịch Covid-19 cho đến khi có thông báo mới.',
      '2. UBND xã chỉ xem xét, xử lí đơn thư, khiếu nại, tố cáo, kiến nghị phản ánh của công dân gửi đến qua bưu điện hoặc các hình thức hợp lệ khác đảm bảo đúng quy định.',
      'Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục trên hệ thống truyền thanh xã, thôn để toàn thể nhân dân biết thực hiện./.',
    ]);
    expect(found).toEqual([
      'Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục trên hệ thống truyền thanh xã, thôn để toàn thể nhân dân biết thực hiện',
    ]);
  });
});

describe('items that describe how an event is held (dev/luongminh-2026-01-kehoach-laykien-cutri)', () => {
  it('a passive rule and the procedure followed are no tasks', () => {
    expect(
      informs(
        'Hội nghị cử tri nơi cư trú được tổ chức theo hình thức hội nghị trực tiếp. Trường hợp bất khả kháng (thiên tai, dịch bệnh) không thể tổ chức hội nghị trực tiếp, việc tổ chức trực tuyến hoặc phát phiếu lấy ý kiến sẽ thực hiện theo quyết định của Ủy ban Bầu cử tỉnh',
      ),
    ).toBe(true);
    expect(
      informs(
        'Trình tự tổ chức thực hiện theo Điều 2, 3, 4 Nghị quyết số 101/2025/UBTVQH15 và Điều 21, 22 Nghị quyết liên tịch số 102/2025/NQLT',
      ),
    ).toBe(true);
  });
});

describe('prose', () => {
  it('the closing call after the requests is not one more (dev/baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
    expect(
      prose([
        'Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam phường xây dựng Kế hoạch kiểm tra, giám sát.',
        'Đề nghị các tổ chức thành viên của Ủy ban MTTQ Việt Nam phường, Ban công tác Mặt trận các Tổ Dân phố nghiêm túc thực hiện, bảo đảm tiến độ, chất lượng theo kế hoạch./.',
      ]),
    ).toEqual(['Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam phường xây dựng Kế hoạch kiểm tra, giám sát']);
  });

  it('what a unit has done is background (dev/bnv-2014-01-gopy-tinhgianbienche)', () => {
    expect(
      prose([
        'Bộ Nội vụ đã chủ trì, phối hợp với các cơ quan có liên quan soạn thảo Tờ trình và Dự thảo Nghị định của Chính phủ về chính sách tinh giản biên chế (xin gửi kèm theo).',
      ]),
    ).toEqual([]);
  });
});

describe('items that close or shape the others (dev/luongminh-2026-01-kehoach-laykien-cutri)', () => {
  const doc = (items: string[]) =>
    extractDirective(
      ['Số: 1/KH-MTTQ', 'Lương Minh, ngày 20 tháng 01 năm 2026', 'KẾ HOẠCH', 'Lấy ý kiến cử tri', ...items].join('\n'),
    ).directive.requirements;

  it('"Chậm nhất là ngày ..." gives its deadline to the items before it', () => {
    const found = doc([
      'IV. TRÁCH NHIỆM XÁC MINH VÀ TRẢ LỜI CÁC VỤ VIỆC MÀ CỬ TRI NÊU',
      '1. Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có trách nhiệm xác minh và trả lời bằng văn bản.',
      '2. Đối với vụ việc ở khu dân cư thì cơ quan, tổ chức, đơn vị giới thiệu người ứng cử có trách nhiệm phối hợp với Ủy ban nhân dân xã xác minh và trả lời bằng văn bản.',
      '4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời về các vụ việc mà cử tri nêu đối với người ứng cử đại biểu Hội đồng nhân dân phải được tiến hành xong.',
    ]);
    expect(found.map((r) => [r.ref, r.deadlines.map((d) => d.date)])).toEqual([
      ['IV.1', ['2026-02-08']],
      ['IV.2', ['2026-02-08']],
    ]);
  });

  it('what the minutes must contain is a rule of form', () => {
    const found = doc([
      'III. HỘI NGHỊ CỬ TRI',
      '4. Nội dung và biên bản hội nghị cử tri',
      '- Biên bản phải ghi rõ thành phần, số lượng người tham gia dự, diễn biến, kết quả hội nghị, trong đó phải ghi rõ số cử tri được triệu tập, só lượng cử tri có mặt, ý kiến phát biểu và sự tín nhiệm của cử tri đối với từng người ứng cử.',
      '- Biên bản hội nghị cử tri nơi cư trú phải được gửi đến Ban Thường trực UBMTTQ cấp tổ chức hiệp thương ngay sau khi kết thúc hội nghị.',
    ]);
    expect(found.map((r) => r.text)).toEqual([
      'Biên bản hội nghị cử tri nơi cư trú phải được gửi đến Ban Thường trực UBMTTQ cấp tổ chức hiệp thương ngay sau khi kết thúc hội nghị',
    ]);
  });
});

describe('under a heading that describes (dev/luongminh-2026-01-kehoach-laykien-cutri)', () => {
  it('keeps the items where a unit acts, drops the guest list', () => {
    const found = extractDirective(
      [
        'Số: 1/KH-MTTQ',
        'Lương Minh, ngày 20 tháng 01 năm 2026',
        'KẾ HOẠCH',
        'Lấy ý kiến cử tri',
        'V. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC TRIỂN KHAI',
        '1. Thời gian: Căn cứ vào tình hình thực tế, tổ chức hội nghị cử tri nơi cư trú đối với người ứng cử đại biểu Hội đồng nhân dân như sau:',
        '- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã trao đổi với cơ quan, tổ chức, đơn vị có người ứng cử thống nhất thời gian tổ chức hội nghị.',
        '- Khách mời: Chủ tịch/Phó Chủ tịch HĐND xã, người ứng cử đại biểu Hội đồng nhân dân.',
      ].join('\n'),
    ).directive.requirements;
    expect(found.map((r) => [r.ref, r.assignees])).toEqual([['V.1.1', ['Ban Thường trực Ủy ban MTTQ Việt Nam xã']]]);
  });
});

describe('a cue is lower case inside a sentence (dev/cantho-2025-11-kehoach-danso)', () => {
  it('"Ban Chỉ đạo Dân số ..." is a name, not "chỉ đạo" + addressee', () => {
    expect(
      directs('Tham mưu Ủy ban nhân dân thành phố kịp thời kiện toàn Ban Chỉ đạo Dân số và Phát triển cấp thành phố'),
    ).toBe(false);
    expect(
      directs('Giao Sở Y tế chủ trì, phối hợp với các sở, ban, ngành liên quan tổ chức, triển khai thực hiện'),
    ).toBe(true);
  });
});

describe('web copies that wrap bold headings (dev/daklak-2025-11-kehoach-moitruong-saulu)', () => {
  const plan = (lines: string[]) => parseRequirements(toParagraphs(splitLines(prepareText(lines.join('\n')))));

  it('a number alone on its line heads the words on the next; a bare lettered title over dash items is a sub-heading', () => {
    const found = plan([
      '**IV. NỘI',
      'DUNG HOẠT ĐỘNG TRIỂN KHAI**',
      '**1.',
      'Công tác vệ sinh môi trường**',
      '*a) Thu gom và xử lý',
      'rác thải*, *xác động vật*',
      '- Tổ chức thu gom, vận',
      'chuyển và xử lý triệt để rác thải sau lũ.',
      '*b) Khơi thông hệ thống',
      'thoát nước*',
      '- Khơi thông cống rãnh,',
      'kênh mương, dòng chảy bị tắc nghẽn.',
      '*c) Phòng chống sốt',
      'xuất huyết, Zika, viêm não Nhật Bản..*',
      '- Tổng điều tra lăng',
      'quăng ngay khi nước rút.',
      '**4.',
      'Công tác truyền thông - giáo dục cộng đồng**',
      '',
      'Truyền thông trên loa',
      'đài, mạng xã hội về: Xử lý nước và thực phẩm; vệ sinh môi trường.',
    ]);
    expect(found.map((r) => [r.ref, r.text])).toEqual([
      ['IV.1.a.1', 'Tổ chức thu gom, vận chuyển và xử lý triệt để rác thải sau lũ'],
      ['IV.1.b.1', 'Khơi thông cống rãnh, kênh mương, dòng chảy bị tắc nghẽn'],
      ['IV.1.c.1', 'Tổng điều tra lăng quăng ngay khi nước rút'],
      ['IV.4', 'Truyền thông trên loa đài, mạng xã hội về: Xử lý nước và thực phẩm; vệ sinh môi trường'],
    ]);
  });

  it('under a unit heading ending in ":" the paragraph is the task, the unit does it', () => {
    const found = plan([
      '**V. TỔ',
      'CHỨC THỰC HIỆN**',
      '**3.',
      'Sở Tài chính:**',
      '',
      'Tham mưu nguồn kinh phí,',
      'nhằm kịp thời đáp ứng khắc phục môi trường, xử lý dịch bệnh mùa mưa bão',
    ]);
    expect(found.map((r) => [r.ref, r.text, r.assignees])).toEqual([
      [
        'V.3',
        'Tham mưu nguồn kinh phí, nhằm kịp thời đáp ứng khắc phục môi trường, xử lý dịch bệnh mùa mưa bão',
        ['Sở Tài chính'],
      ],
    ]);
  });
});

describe('a kết luận in numbered sections (dev/vptw-2025-12-ketluan-congtac-vanphong)', () => {
  const found = () =>
    parseRequirements(
      toParagraphs(
        splitLines(
          prepareText(
            [
              '**1. Về',
              'đánh giá tình hình hoạt động từ tháng 6/2022 đến nay**',
              '',
              'Tình hình thế giới và khu vực trong 3 năm qua tiếp tục có những diễn biến phức tạp, đạt',
              'được một số kết quả nổi bật như sau:',
              '',
              '(1) Công tác tham mưu phục vụ sự lãnh đạo, chỉ đạo ngày càng bài bản, chuyên nghiệp.',
              '',
              '(2) Duy trì nền nếp, nâng cao chất lượng công tác thông tin phục vụ lãnh đạo.',
              '',
              '**2. Về',
              'nhiệm vụ trọng tâm từ nay đến tháng 6/2027**',
              '',
              'Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức',
              'thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:',
              '',
              '(1) Tích cực, chủ động,',
              'sáng tạo, khoa học hơn nữa, tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp.',
              '',
              '(2) Nâng cao chất lượng',
              'công tác thông tin phục vụ lãnh đạo, chỉ đạo hiệu quả.',
              'Theo dõi sát và báo cáo kịp thời tình hình hoạt động của các cấp uỷ.',
              '',
              '(3) Triển khai, đẩy mạnh ứng dụng công nghệ thông tin.',
              '',
              '**3. Về',
              'các kiến nghị, đề xuất**',
              '',
              'Những kiến nghị thuộc thẩm quyền của Văn phòng Trung ương Đảng, lãnh đạo Văn phòng sẽ chỉ đạo các',
              'đơn vị liên quan giải quyết. Thời gian hoàn thành trước ngày 30/12/2025.',
              '',
              'Đề nghị thường trực các tỉnh',
              'uỷ, thành uỷ tiếp tục quan tâm lãnh đạo, chỉ đạo.',
              '',
              'Quá trình tổ chức thực hiện',
              'nếu có khó khăn, vướng mắc thì các văn phòng tỉnh uỷ, thành uỷ kịp thời báo cáo, trao đổi.',
            ].join('\n'),
          ),
        ),
      ),
      '2025',
    );

  it('skips the assessment, numbers "(1)" items under their section, splits lines only at empty lines', () => {
    expect(found().map((r) => [r.ref, r.text])).toEqual([
      [
        '2.(1)',
        'Tích cực, chủ động, sáng tạo, khoa học hơn nữa, tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp',
      ],
      [
        '2.(2)',
        'Nâng cao chất lượng công tác thông tin phục vụ lãnh đạo, chỉ đạo hiệu quả. Theo dõi sát và báo cáo kịp thời tình hình hoạt động của các cấp uỷ',
      ],
      ['2.(3)', 'Triển khai, đẩy mạnh ứng dụng công nghệ thông tin'],
      [
        '3',
        'Những kiến nghị thuộc thẩm quyền của Văn phòng Trung ương Đảng, lãnh đạo Văn phòng sẽ chỉ đạo các đơn vị liên quan giải quyết. Thời gian hoàn thành trước ngày 30/12/2025',
      ],
      ['3', 'Đề nghị thường trực các tỉnh uỷ, thành uỷ tiếp tục quan tâm lãnh đạo, chỉ đạo'],
    ]);
  });
});

describe('a guidance letter whose items are rules (dev/btc-2014-12-luathaiquan-huongdan)', () => {
  it('keeps the request before "... hướng dẫn ... như sau:", not the rules after it nor the closing call', () => {
    const found = texts([
      'BỘ TÀI CHÍNH',
      'Số: 19046/BTC-TCHQ',
      'V/v hướng dẫn thực hiện các quy định của Luật hải quan 2014',
      'Hà Nội, ngày 29 tháng 12 năm 2014',
      'Kính gửi: Cục Hải quan các tỉnh, thành phố.',
      'Để thực hiện thống nhất quy định của Luật Hải quan năm 2014 từ ngày 01/01/2015, Bộ Tài chính yêu cầu các đơn vị thực hiện các quy định của Luật hải quan năm 2014 từ thời điểm Luật có hiệu lực 01/01/2015.',
      'Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:',
      '1. Địa điểm làm thủ tục hải quan Thực hiện theo quy định tại Điều 22 Luật Hải quan năm 2014.',
      '2. Thẩm quyền công nhận đại lý hải quan: Tổng cục trưởng Tổng cục Hải quan quyết định việc công nhận, tạm dừng, chấm dứt hoạt động đại lý làm thủ tục hải quan.',
      '3. Trường hợp khai tờ khai hải quan giấy, người khai hải quan phải nộp hoặc xuất trình chứng từ có liên quan khi đăng ký tờ khai hải quan.',
      '4. Về việc lưu giữ hàng hóa tại cửa hàng miễn thuế Hàng hóa bán tại cửa hàng miễn thuế phải được lưu giữ tại cửa hàng miễn thuế.',
      'Bộ Tài chính yêu cầu các Cục Hải quan tỉnh, thành phố triển khai thực hiện./.',
    ]);
    expect(found).toEqual([
      'Để thực hiện thống nhất quy định của Luật Hải quan năm 2014 từ ngày 01/01/2015, Bộ Tài chính yêu cầu các đơn vị thực hiện các quy định của Luật hải quan năm 2014 từ thời điểm Luật có hiệu lực 01/01/2015',
    ]);
  });
});

describe('the closing call (dev/quangtri-2025-11-chithi-lanchiem-rung, dev/angiang-2006-02-treoco-mekong, dev/angiang-2006-03-cumh5n1-tieudoc, dev/ttg-2025-11-congdien-duan-tondong)', () => {
  it('carrying the document out asks nothing new, pressed or not; following it up or asking for a report is a task', () => {
    expect(
      CARRY_OUT.test(
        'Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ; Thủ trưởng các cơ quan, đơn vị có liên quan triển khai thực hiện nghiêm túc Chỉ thị này',
      ),
    ).toBe(true);
    expect(CARRY_OUT.test('Bộ Tài chính yêu cầu các Cục Hải quan tỉnh, thành phố triển khai thực hiện./.')).toBe(true);
    expect(
      CARRY_OUT.test('Ủy ban nhân dân tỉnh An Giang yêu cầu UBND huyện, thị, thành phố khẩn trương tổ chức thực hiện.'),
    ).toBe(true);
    expect(
      CARRY_OUT.test(
        'Yêu cầu Sở Nông nghiệp và PTNT, Sở Y tế và Ủy ban nhân dân huyện, thị, thành phố khẩn trương tổ chức thực hiện.',
      ),
    ).toBe(true);
    expect(
      CARRY_OUT.test(
        'Giao Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751 đôn đốc các Bộ, cơ quan, địa phương khẩn trương triển khai thực hiện Công điện này./.',
      ),
    ).toBe(false);
  });
});

describe('a plan that specifies sampling (dev/thanhhoa-2025-11-kehoach-quantrac-thuysan)', () => {
  const plan = (lines: string[]) =>
    parseRequirements(toParagraphs(splitLines(prepareText(lines.join('\n')))), '2025').map((r) => [r.ref, r.text]);

  it('a titled sub-item over lettered items is a heading; the members of a counted list and the parameters are details', () => {
    const found = plan([
      '**II. NỘI DUNG',
      'KẾ HOẠCH**',
      '',
      '**1. Quan trắc, cảnh báo môi',
      'trường nuôi trồng thủy sản**',
      '',
      '**1.1. Tôm nuôi nước lợ (tôm',
      'sú, tôm thẻ chân trắng)**',
      '',
      '**a) Nguồn nước cấp nuôi tôm',
      'nước lợ**',
      '',
      'Điểm quan trắc: Thực hiện quan',
      'trắc tại 07 cửa sông cấp nước cho các vùng nuôi tôm nước lợ tập trung trên địa',
      'bàn tỉnh, lấy mẫu tại 15 vị trí như sau:',
      '',
      '- Cửa sông lạch Càn: Lấy mẫu 01',
      'vị trí tại khu vực cấp nước chung cho vùng nuôi tôm Nga Tân và Nga Tiến - xã',
      'Tân Tiến.',
      '',
      '- Cửa sông lạch Trường: Lấy mẫu',
      '04 vị trí gồm:',
      '',
      '+ 01 vị trí tại khu vực nước cấp',
      'cho vùng nuôi tôm Xuân Lộc - xã Hoa Lộc;',
      '',
      '- Thông số, tần suất, thời gian',
      'và số lượng mẫu quan trắc:',
      '',
      '+ Các thông số: Độ mặn, pH, oxy',
      'hòa tan (DO) quan trắc với tần suất 2 lần/tháng.',
      '',
      '**b) Môi trường ao nuôi tôm**',
      '',
      '- Điểm quan trắc: Thực hiện quan',
      'trắc môi trường nước trong ao nuôi đại diện ở 21 vùng nuôi tôm nước lợ tập',
      'trung tại 14 xã, phường; lấy mẫu 01 vị trí/ao/vùng, cụ thể như sau:',
      '',
      '+ Xã Tân Tiến: Lấy mẫu 01 vị',
      'trí vùng nuôi tôm Nga Tân và 01 vị trí vùng nuôi tôm Nga Tiến;',
      '',
      '+ Xã Nga Sơn: Lấy mẫu 01 vị trí',
      'tại vùng nuôi tôm Nga Thủy;',
      '',
      '- Thông số, tần suất, thời gian',
      'và số lượng mẫu quan trắc: pH, độ mặn, độ kiềm, DO quan trắc với tần suất 2 lần/tháng.',
    ]).filter(([, text]) => !informs(text));
    expect(found).toEqual([
      [
        'II.1.1.a',
        'Điểm quan trắc: Thực hiện quan trắc tại 07 cửa sông cấp nước cho các vùng nuôi tôm nước lợ tập trung trên địa bàn tỉnh, lấy mẫu tại 15 vị trí như sau',
      ],
      [
        // The lettered item's one task, given on its labelled lines: the item's ref, without the label (gold II.1.1.b).
        'II.1.1.b',
        'Thực hiện quan trắc môi trường nước trong ao nuôi đại diện ở 21 vùng nuôi tôm nước lợ tập trung tại 14 xã, phường; lấy mẫu 01 vị trí/ao/vùng, cụ thể như sau',
      ],
    ]);
  });

  it('parameters and quantities describe a task, they are none', () => {
    expect(informs('Số lượng: 5.000 cuốn')).toBe(true);
    expect(informs('Thông số, tần suất, thời gian và số lượng mẫu quan trắc')).toBe(true);
    expect(informs('Điểm quan trắc: Thực hiện quan trắc môi trường nước nuôi ngao tại bãi nuôi ngao Hải Châu')).toBe(
      false,
    );
  });

  it('a counted list of tasks ("05 nội dung như sau:") still gives tasks', () => {
    expect(
      plan([
        '1. Về công tác tuyên truyền',
        '',
        'Các đơn vị tập trung thực hiện 03 nội dung như sau:',
        '',
        '- Rà soát danh sách cử tri.',
        '',
        '- Niêm yết danh sách cử tri.',
      ]).map(([, text]) => text),
    ).toEqual(['Rà soát danh sách cử tri', 'Niêm yết danh sách cử tri']);
  });
});

describe("a unit's item and the paragraphs under it (dev/btgdvtw-2025-11-huongdan-bantin-chibo)", () => {
  it('a line opening in lower case goes on; each verb-first paragraph after the item is one more task of the unit', () => {
    const found = parseRequirements(
      toParagraphs(
        splitLines(
          prepareText(
            [
              '**IV. TỔ CHỨC THỰC HIỆN**',
              '',
              '**1.** Ban Tuyên giáo và Dân vận Trung ương chủ trì',
              'hướng dẫn, định hướng nội dung Bản tin sinh hoạt chi bộ của các cấp ủy.',
              '',
              '**2.** Các tỉnh ủy, thành ủy, đảng ủy trực thuộc',
              'Trung ương cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương, đơn vị;',
              'chỉ đạo cấp ủy, chi bộ trực thuộc thực hiện nghiêm túc, hiệu quả.',
              '',
              'Chỉ đạo các cấp ủy, tổ chức đảng trực thuộc hướng dẫn đảng viên sử dụng Bản tin sinh hoạt chi bộ.',
              '',
              'Bố trí kinh phí, trang bị phương tiện, tài liệu phục',
              'vụ công tác biên soạn, phát hành và sử dụng Bản tin sinh hoạt chi bộ.',
              '',
              'Quan tâm lãnh đạo, chỉ đạo việc bồi dưỡng nghiệp vụ',
              'biên tập cho bộ phận biên tập Bản tin sinh hoạt chi bộ./.',
            ].join('\n'),
          ),
        ),
      ),
    );
    expect(found.map((r) => [r.ref, r.text.slice(0, 16)])).toEqual([
      ['IV.1', 'Ban Tuyên giáo v'],
      ['IV.2', 'Các tỉnh ủy, thà'],
      ['IV.2', 'Chỉ đạo các cấp '],
      ['IV.2', 'Bố trí kinh phí,'],
      ['IV.2', 'Quan tâm lãnh đạ'],
    ]);
    // The unit that opens the item does the tasks under it (where its name ends is the assignees' business).
    for (const r of found.slice(2))
      expect(r.assignees[0]).toMatch(/^Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương/u);
    expect(found[1].text).toBe(
      'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương, đơn vị; chỉ đạo cấp ủy, chi bộ trực thuộc thực hiện nghiêm túc, hiệu quả',
    );
  });

  it('a background opener is a whole word ("Quan tâm ...", "Theo dõi ..." are tasks)', () => {
    expect(BACKGROUND.test('Quan tâm lãnh đạo, chỉ đạo việc bồi dưỡng nghiệp vụ biên tập')).toBe(false);
    expect(BACKGROUND.test('Theo dõi sát và báo cáo kịp thời tình hình hoạt động của các cấp uỷ')).toBe(false);
    expect(BACKGROUND.test('Qua kiểm tra, Sở Y tế nhận thấy ...')).toBe(true);
  });
});

describe('a công điện (dev/ttg-2025-11-congdien-thiethai-nhao)', () => {
  const found = () =>
    texts([
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Số: 229/CĐ-TTg',
      'Hà Nội, ngày 26 tháng 11 năm 2025',
      'CÔNG ĐIỆN',
      'Về việc hỗ trợ Nhân dân sửa chữa, xây dựng lại nhà cửa',
      'Để nhanh chóng sửa chữa, xây dựng lại nhà cửa cho các hộ dân, Thủ tướng Chính phủ yêu cầu:',
      '1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính quyền cơ sở khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:',
      '(1) Số hộ dân có nhà bị sập, đổ, trôi cần phải xây dựng lại.',
      '(2) Số hộ dân có nhà bị hư hỏng nặng cần phải sửa chữa.',
      '(3) Tổng kinh phí cần thiết hỗ trợ Nhân dân sửa chữa, xây dựng lại nhà cửa.',
      '2. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng quân đội, công an địa phương hỗ trợ người dân sửa chữa, xây dựng lại nhà cửa theo đề nghị của địa phương.',
      'Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này, kịp thời tổng hợp, báo cáo Thủ tướng Chính phủ./.',
    ]);

  it('the figures a report must give are the report task; following the công điện up is a task', () => {
    expect(found()).toEqual([
      'Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng và chính quyền cơ sở khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau: Số hộ dân có nhà bị sập, đổ, trôi cần phải xây dựng lại. Số hộ dân có nhà bị hư hỏng nặng cần phải sửa chữa. Tổng kinh phí cần thiết hỗ trợ Nhân dân sửa chữa, xây dựng lại nhà cửa',
      'Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng quân đội, công an địa phương hỗ trợ người dân sửa chữa, xây dựng lại nhà cửa theo đề nghị của địa phương',
      'Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này, kịp thời tổng hợp, báo cáo Thủ tướng Chính phủ',
    ]);
  });
});

describe('what a bulletin carries (dev/btgdvtw-2025-11-huongdan-bantin-chibo)', () => {
  it('the content groups listed under "... tập trung vào các nhóm nội dung" and how the bulletin is laid out are no tasks', () => {
    const found = parseRequirements(
      toParagraphs(
        splitLines(
          [
            'II. NỘI DUNG ĐỔI MỚI, NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ BẢN TIN SINH HOẠT CHI BỘ',
            '1. Bản tin sinh hoạt thường kỳ, tập trung vào các nhóm nội dung',
            '- Phổ biến, quán triệt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.',
            '- Tuyên truyền, phổ biến mô hình mới, cách làm hay, gương điển hình tiên tiến trên các lĩnh vực.',
            '2. Bản tin sinh hoạt chi bộ thường kỳ và Bản tin sinh hoạt chuyên đề được kết cấu theo hướng vừa truyền tải những nội dung chính, trọng tâm từ Bản tin Trung ương, vừa đáp ứng các yêu cầu thực tiễn của địa phương.',
            'III. TỔ CHỨC THỰC HIỆN',
            '1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương, đơn vị.',
          ].join('\n'),
        ),
      ),
    ).filter((r) => !informs(r.text));
    expect(found.map((r) => r.ref)).toEqual(['III.1']);
  });
});

describe('"yêu cầu" the noun (dev/btgdvtw-2025-11-huongdan-bantin-chibo)', () => {
  it('is no cue after "các", "những", "đáp ứng", "theo", "đúng"', () => {
    expect(DIRECTS.test('vừa đáp ứng các yêu cầu thực tiễn của địa phương')).toBe(false);
    expect(DIRECTS.test('bồi dưỡng kỹ năng xử lý công việc theo yêu cầu chuyển đổi số')).toBe(false);
    expect(DIRECTS.test('Sở Y tế yêu cầu các đơn vị báo cáo')).toBe(true);
  });
});

describe('a request that leads in with "Cụ thể:" (dev/hanoi-sgddt-2025-12-onhiem-khongkhi)', () => {
  it('gives the dash items after it, not itself; the contact line is courtesy', () => {
    expect(
      prose([
        'Nhằm đảm bảo sức khỏe cho học sinh, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc thực hiện nghiêm túc theo văn bản chỉ đạo của UBND Thành phố, chủ động điều chỉnh lịch học tập và sinh hoạt ngoài trời. Cụ thể:',
        '- Thường xuyên cập nhật thông tin về chất lượng không khí.',
        '- Hạn chế các hoạt động ngoài trời cho học sinh trong các khung giờ có chất lượng không khí ở mức “Xấu” trở lên.',
        'Chi tiết liên hệ phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên, điện thoại: 02439411232.',
        'Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.',
      ]),
    ).toEqual([
      'Thường xuyên cập nhật thông tin về chất lượng không khí',
      'Hạn chế các hoạt động ngoài trời cho học sinh trong các khung giờ có chất lượng không khí ở mức “Xấu” trở lên',
    ]);
  });
});

describe('the closing thanks (dev/bnv-2025-11-tuyentruyen-sapxep-dvhc)', () => {
  it('"<issuer> trân trọng cảm ơn và rất mong ..." is courtesy; "<issuer> trân trọng đề nghị ..." is not', () => {
    expect(
      COURTESY.test(
        'Bộ Nội vụ trân trọng cảm ơn và rất mong Quý cơ quan phối hợp làm tốt công tác tuyên truyền để cán bộ, đảng viên và Nhân dân hiểu rõ mục tiêu',
      ),
    ).toBe(true);
    expect(
      COURTESY.test('Bộ Nội vụ trân trọng đề nghị Ban Tuyên giáo và Dân vận Trung ương chỉ đạo các cơ quan thông tấn'),
    ).toBe(false);
  });
});

describe('a reply made of quoted law (dev/tct-2013-05-traloi-hatinh-tiensudungdat)', () => {
  it('the quoted provisions, their points and the amended point between two quotations are no tasks', () => {
    const found = texts([
      'BỘ TÀI CHÍNH',
      'TỔNG CỤC THUẾ',
      'Số: 1414/TCT-CS',
      'V/v hỗ trợ người có công với cách mạng cải thiện nhà ở.',
      'Hà Nội, ngày 04 tháng 05 năm 2013',
      'Kính gửi: Cục Thuế tỉnh Hà Tĩnh.',
      'Trả lời Công văn số 577/CT-THNVDT ngày 23/4/2013 của Cục Thuế tỉnh Hà Tĩnh về chính sách hỗ trợ tiền sử dụng đất đối với người có công với cách mạng, Tổng cục Thuế có ý kiến như sau:',
      '- Tại khoản 1, khoản 2, Điều 1 Quyết định số 117/2007/QĐ-TTg ngày 27/7/2007 của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 118/TTg ngày 27/02/1996 của Thủ tướng Chính phủ về việc hỗ trợ người có công với cách mạng cải thiện nhà ở quy định:',
      '',
      '"1. Đối tượng được hỗ trợ cải thiện nhà ở theo Quyết định này, bao gồm:',
      '',
      'a) Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945;',
      '',
      'c) Thân nhân liệt sĩ;',
      '',
      'l) Người có công giúp đỡ cách mạng"',
      '',
      '2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:',
      '',
      '"c) Đối tượng thuộc diện được hỗ trợ cải thiện nhà ở theo Quyết định này nếu mua nhà ở thuộc sở hữu nhà nước thì được hỗ trợ toàn bộ tiền sử dụng đất đối với nhà ở nhiều tầng, nhiều hộ ở.',
      '',
      '- Thương binh, người hưởng chính sách như thương binh, thương binh loại B, bệnh binh có tỷ lệ suy giảm khả năng lao động do thương tật, bệnh tật từ 41% đến 60% được hỗ trợ 80% tiền sử dụng đất.',
      '',
      'Các mức hỗ trợ nêu trên được tính trong định mức đất ở do Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương quy định và tính trên số tiền sử dụng đất mà người được hỗ trợ phải nộp".',
      '',
      '- Tại khoản 7, Điều 2 Quyết định số 118/TTg nêu trên quy định: "7. Những quy định trên đây áp dụng đối với những người có công với Cách mạng quy định tại Điểm 1, Điều 1 của Quyết định này."',
      '',
      'Tổng cục Thuế thông báo để Cục Thuế được biết, báo cáo UBND tỉnh Hà Tĩnh chỉ đạo các cơ quan liên quan giải quyết theo đúng quy định của pháp luật./.',
    ]);
    expect(found).toEqual([
      'Tổng cục Thuế thông báo để Cục Thuế được biết, báo cáo UBND tỉnh Hà Tĩnh chỉ đạo các cơ quan liên quan giải quyết theo đúng quy định của pháp luật',
    ]);
  });
});

describe('a closing call after the requests, and one that is the only request (dev/angiang-2006-02-treoco-mekong)', () => {
  const letter = (body: string[]) =>
    texts([
      'UỶ BAN NHÂN DÂN TỈNH AN GIANG',
      'Số: 554/UBND-KT',
      'V/v Treo cờ tổ quốc Chào mừng"Mekong Festival 2006"',
      'Long Xuyên, ngày 22 tháng 02 năm 2006',
      'Kính gửi: UBND huyện, thị, thành phố.',
      '',
      ...body,
    ]);

  it('after the requests it is dropped; alone it is the request', () => {
    expect(
      letter([
        'Nhân dịp Lễ hội "Mekong Festival 2006" diễn ra tại An Giang từ ngày 23 đến ngày 26 tháng 02 năm 2006, Ủy ban nhân dân tỉnh An Giang yêu cầu:',
        '',
        'Ủy ban nhân dân các huyện, thị, thành phố vận động nhân dân treo cờ tổ quốc trong suốt những ngày diễn ra Lễ hội Liên hoan Du lịch ĐBSCL, bắt đầu từ ngày 22/02/2006.',
        '',
        'Ủy ban nhân dân tỉnh An Giang yêu cầu UBND huyện, thị, thành phố khẩn trương tổ chức thực hiện.',
      ]),
    ).toEqual([
      'Ủy ban nhân dân các huyện, thị, thành phố vận động nhân dân treo cờ tổ quốc trong suốt những ngày diễn ra Lễ hội Liên hoan Du lịch ĐBSCL, bắt đầu từ ngày 22/02/2006',
    ]);
    expect(
      letter([
        'Nhân dịp Lễ hội "Mekong Festival 2006" diễn ra tại An Giang từ ngày 23 đến ngày 26 tháng 02 năm 2006.',
        '',
        'Ủy ban nhân dân tỉnh An Giang yêu cầu UBND huyện, thị, thành phố khẩn trương tổ chức thực hiện.',
      ]),
    ).toEqual(['Ủy ban nhân dân tỉnh An Giang yêu cầu UBND huyện, thị, thành phố khẩn trương tổ chức thực hiện']);
  });
});

describe('a reply that asks nothing (dev/bldtbxh-2015-07-traloi-longan-doan-xdkt)', () => {
  it('its opening "X nhận được Công văn số ... , X có ý kiến như sau:" is no task', () => {
    expect(
      unitMustAct(
        'Bộ Lao động - Thương binh và Xã hội nhận được Công văn số 1879/UBND-VX ngày 27/05/2015 của Ủy ban nhân dân tỉnh Long An về việc giải quyết chính sách đối với quân nhân từ trần hoặc bị thương trong lúc thực hiện nghĩa vụ lao động tại các Đoàn Xây dựng kinh tế, Bộ Lao động - Thương binh và Xã hội có ý kiến như sau:',
      ),
    ).toBe(false);
  });
});
