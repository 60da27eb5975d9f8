/**
 * A Government resolution in articles as the Official Gazette prints it: what an article states over its items, an item
 * answered by two paragraphs, accountability with no action. Lines quoted from dev/cp-2026-04-nq-thanhtoan-kcb-bhyt-vuot-dutoan
 * (Nghị quyết 113/NQ-CP).
 */
import { extractDirective } from './extract-directive.js';
import { answersFor } from './resolution-articles.js';

const NQ_113 = [
  'CHÍNH PHỦ',
  'Số: 113/NQ-CP',
  'Hà Nội, ngày 21 tháng 4 năm 2026',
  'NGHỊ QUYẾT',
  'Về việc thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán',
  'QUYẾT NGHỊ:',
  'Điều 1. Các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán,',
  'vượt tổng mức thanh toán giai đoạn năm 2018 - 2022 được thanh toán từ nguồn',
  'dự phòng của Quỹ bảo hiểm y tế, trong đó:',
  '1. Đối với các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán',
  'được Thủ tướng Chính phủ giao giai đoạn năm 2018-2022, giao Bảo hiểm xã',
  'hội Việt Nam tổ chức thực hiện thanh toán cho cơ sở khám bệnh, chữa bệnh.',
  'Điều 2. Tổ chức thực hiện',
  '1. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.',
  '3. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam tổ chức thực hiện',
  'theo Điều 1 Nghị quyết này xong trước ngày 01 tháng 5 năm 2026, báo cáo',
  'Chính phủ, Thủ tướng Chính phủ, Hội đồng quản lý bảo hiểm xã hội kết quả',
  'thực hiện, đồng thời gửi Bộ Y tế.',
  'Đối với chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán năm',
  '2023, 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực',
  'hiện theo đúng thẩm quyền đã quy định tại Nghị định số 75/2023/NĐ-CP của',
  'Chính phủ xong trước ngày 01 tháng 5 năm 2026 đối với chi phí năm 2023,',
  'xong trước ngày 01 tháng 8 năm 2026 đối với chi phí năm 2024.',
  '4. Cơ sở khám bệnh, chữa bệnh chịu trách nhiệm về tính chính xác của',
  'các chi phí khám bệnh, chữa bệnh đã đề nghị thanh toán là chi phí thực tế phát',
  'sinh đã sử dụng cho người bệnh tham gia bảo hiểm y tế, đúng đối tượng, đúng',
  'với hồ sơ, bệnh án của người bệnh, có đầy đủ hồ sơ, chứng từ hợp pháp; thuốc,',
  'hóa chất, vật tư, thiết bị y tế được mua sắm theo đúng quy định của pháp luật.',
  '5. Bộ Y tế chịu trách nhiệm về việc tổng hợp số liệu. Bộ Tài chính, Bảo',
  'hiểm xã hội Việt Nam, cơ quan bảo hiểm xã hội chịu trách nhiệm về số liệu đã',
  'rà soát, gửi Bộ Y tế tổng hợp, kết quả giám định bảo hiểm y tế, số thanh toán',
  'chi phí khám bệnh, chữa bệnh bảo hiểm y tế bảo đảm đầy đủ, chính xác, không',
  'trùng lắp, đúng quy định của pháp luật./.',
  'TM. CHÍNH PHỦ',
  'KT. THỦ TƯỚNG',
  'PHÓ THỦ TƯỚNG',
  'Phạm Thị Thanh Trà',
];

describe('a Government resolution in articles (dev/cp-2026-04-nq-thanhtoan-kcb-bhyt-vuot-dutoan)', () => {
  const { requirements } = extractDirective(NQ_113.join('\n')).directive;

  it('drops the article stating what is paid over its items, and the items that only answer for figures', () => {
    expect(requirements.map((r) => r.ref)).toEqual(['1.1', '2.3', '2.3']);
  });

  it('gives the paragraph printed under item 3, before item 4, the ref of item 3', () => {
    expect(requirements[2].text).toMatch(/^Đối với chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán năm 2023/u);
  });
});

describe('accountability with no action is no task', () => {
  it('under a unit heading too (Quyết định 893/QĐ-TTg VI.1.b, dev/ttg-2026-05-qd-dean-nhanluc-nangluong-nguyentu)', () => {
    expect(
      answersFor(
        'Chịu trách nhiệm về nội dung hồ sơ, báo cáo và đề xuất, kiến nghị tại Tờ trình số 65/TTr-BKHCN ngày 24 tháng 4 năm 2026 và văn bản số 2958/BKHCN-ATBXHN ngày 08 tháng 5 năm 2026.',
      ),
    ).toBe(true);
  });

  it('not when the item also acts (dev/hcm-2025-11-qd-kehoach-csdl-quyhoach IV.6.4)', () => {
    expect(
      answersFor(
        'Chịu trách nhiệm về nội dung thông tin do Ủy ban nhân dân phường, xã, đặc khu cung cấp và thực hiện trách nhiệm giải trình trước Ủy ban nhân dân Thành phố',
      ),
    ).toBe(false);
  });
});

describe('a resolution transferring a body (dev/cp-2026-05-nq-chuyengiao-lang-vanhoa-dantoc, Nghị quyết 126/NQ-CP)', () => {
  const { requirements, deadlines } = extractDirective(
    [
      'CHÍNH PHỦ',
      'Số: 126/NQ-CP',
      'Hà Nội, ngày 15 tháng 5 năm 2026',
      'NGHỊ QUYẾT',
      'Về việc chuyển giao Làng Văn hóa - Du lịch các dân tộc Việt Nam',
      'QUYẾT NGHỊ:',
      'Điều 1.',
      '1. Đồng ý chủ trương chuyển giao nguyên trạng Làng Văn hóa - Du lịch',
      'các dân tộc Việt Nam thuộc quyền quản lý của Bộ Văn hoá, Thể thao và',
      'Du lịch về Ủy ban nhân dân thành phố Hà Nội trực tiếp quản lý.',
      '',
      'Việc bàn giao và tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm',
      '2026. Từ ngày 01 tháng 7 năm 2026, Ủy ban nhân dân thành phố Hà Nội trực tiếp',
      'quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam.',
      '2. Giao Bộ Văn hoá, Thể thao và Du lịch:',
      'a) Chủ trì, phối hợp với Ủy ban nhân dân thành phố Hà Nội và các bộ,',
      'ngành liên quan xây dựng, trình Thủ tướng Chính phủ ban hành Quyết định về',
      'việc chuyển giao nguyên trạng Làng Văn hóa - Du lịch các dân tộc Việt Nam.',
      '3. Giao Ủy ban nhân dân thành phố Hà Nội:',
      'a) Phối hợp với Bộ Văn hoá, Thể thao và Du lịch tổ chức tiếp nhận nguyên',
      'trạng và quản lý Làng Văn hoá - Du lịch các dân tộc Việt Nam theo quy định.',
      'b) Ban hành quyết định quy định về chức năng, nhiệm vụ, quyền hạn và',
      'cơ cấu tổ chức của Làng Văn hóa - Du lịch các dân tộc Việt Nam theo quy định',
      'của pháp luật.',
      'Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.',
      'TM. CHÍNH PHỦ',
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
      'Mai Văn Chính',
    ].join('\n'),
  ).directive;

  it('keeps work that must be finished by a date, though it opens with "Việc" and names no actor', () => {
    expect(requirements[0].ref).toBe('1.1');
    expect(requirements[0].assignees).toEqual([]);
    expect(deadlines[0]).toMatchObject({ kind: 'absolute', date: '2026-07-01' });
  });

  it('keeps what the unit the item names enacts ("b) Ban hành quyết định ...")', () => {
    expect(requirements.map((r) => r.ref)).toEqual(['1.1', '1.2.a', '1.3.a', '1.3.b']);
    expect(requirements[3].assignees).toEqual(['Ủy ban nhân dân thành phố Hà Nội']);
  });
});

describe('a decision correcting a circular (dev/bkhdt-2024-10-qd-dinhchinh-thongtu-dauthau-ppp, Quyết định 2416/QĐ-BKHĐT)', () => {
  it('reads the quoted corrections as no task, so the closing article is the one requirement', () => {
    const { requirements } = extractDirective(
      [
        'BỘ KẾ HOẠCH VÀ ĐẦU TƯ',
        'Số: 2416/QĐ-BKHĐT',
        'Hà Nội, ngày 15 tháng 10 năm 2024',
        'QUYẾT ĐỊNH',
        'Đính chính Thông tư số 15/2024/TT-BKHĐT',
        'QUYẾT ĐỊNH:',
        'Điều 1. Đính chính một số lỗi kỹ thuật tại Thông tư số 15/2024/TT-BKHĐT',
        '(sau đây viết tắt là Thông tư số 15/2024/TT-BKHĐT) như sau:',
        '2. Tại đoạn đầu Điều 21 đã in: “Đối với dự án PPP, kể từ ngày Thông tư này',
        'có hiệu lực thi hành theo quy định tại khoản 2 Điều 23 của Thông tư này, thực',
        'hiện chuyển tiếp như sau:”',
        'Nay sửa thành: “Đối với dự án PPP, kể từ ngày Thông tư này có hiệu lực thi',
        'hành theo quy định tại khoản 2 Điều 22 của Thông tư này, thực hiện chuyển tiếp',
        'như sau:”',
        'Điều 2. Quyết định này có hiệu lực kể từ ngày ký và là bộ phận không thể tách',
        'rời của Thông tư số 15/2024/TT-BKHĐT.',
        'Điều 3. Cục trưởng Cục Quản lý đấu thầu và Thủ trưởng các cơ quan, đơn vị,',
        'tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
        'KT. BỘ TRƯỞNG',
        'THỨ TRƯỞNG',
        'Trần Quốc Phương',
      ].join('\n'),
    ).directive;
    expect(requirements.map((r) => r.ref)).toEqual(['3']);
  });
});

describe('a ministry decision publishing its review of legal documents (dev/bldtbxh-2024-03-qd-congbo-hethonghoa-vbqppl)', () => {
  const { requirements } = extractDirective(
    [
      'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
      'Số: 225/QĐ-BLĐTBXH',
      'Hà Nội, ngày 05 tháng 3 năm 2024',
      'QUYẾT ĐỊNH',
      'Về việc công bố kết quả hệ thống hóa văn bản quy phạm pháp luật',
      'QUYẾT ĐỊNH:',
      'Điều 1. Công bố kết quả hệ thống hóa văn bản quy phạm pháp luật',
      'thuộc lĩnh vực quản lý nhà nước của Bộ Lao động - Thương binh và Xã hội',
      'kỳ 2019 - 2023',
      '4. Danh mục văn bản quy phạm pháp luật cần đình chỉ thi hành, ngưng hiệu lực,',
      'sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới thuộc lĩnh vực quản lý nhà nước',
      'của Bộ Lao động - Thương binh và Xã hội trong kỳ hệ thống hóa 2019 - 2023.',
      'Điều 2. Tổ chức thực hiện',
      '1. Vụ Pháp chế chủ trì phối hợp với Trung tâm công nghệ thông tin và các',
      'đơn vị có liên quan thực hiện việc đăng tải kết quả hệ thống hóa văn bản quy',
      'phạm pháp luật trên Cổng thông tin điện tử của Bộ Lao động - Thương',
      'binh và Xã hội.',
      'Điều 3. Hiệu lực thi hành',
      '1. Quyết định này có hiệu lực thi hành kể từ ngày ký.',
      'KT. BỘ TRƯỞNG',
      'THỨ TRƯỞNG',
      'Lê Văn Thanh',
    ].join('\n'),
  ).directive;

  it('reads the list the article publishes as no task, and "Vụ Pháp chế" as the unit that acts', () => {
    expect(requirements.map((r) => [r.ref, r.assignees])).toEqual([['2.1', ['Vụ Pháp chế']]]);
  });
});

describe('a catch-all beside named units in a closing article', () => {
  it('is read whole and dropped, heads and all (dev/bkhdt-2024-10-qd-dinhchinh-thongtu-dauthau-ppp, dev/btc-2026-03-qd-dinhchinh-thongtu-chungkhoan)', () => {
    const assignees = (closing: string) =>
      extractDirective(
        [
          'BỘ TÀI CHÍNH',
          'Số: 372/QĐ-BTC',
          'Hà Nội, ngày 10 tháng 3 năm 2026',
          'QUYẾT ĐỊNH',
          'Về việc đính chính Thông tư số 138/2025/TT-BTC',
          'QUYẾT ĐỊNH:',
          'Điều 1. Đính chính Thông tư số 138/2025/TT-BTC như sau:',
          'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
          closing,
          'TL. BỘ TRƯỞNG',
          'PHÓ CHỦ TỊCH',
          'Lê Thị Việt Nga',
        ].join('\n'),
      ).directive.requirements.map((r) => r.assignees);
    expect(
      assignees(
        'Điều 3. Cục trưởng Cục Quản lý đấu thầu và Thủ trưởng các cơ quan, đơn vị, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ).toEqual([['Cục trưởng Cục Quản lý đấu thầu']]);
    expect(
      assignees(
        'Điều 3. Chánh Văn phòng Bộ, Chủ tịch Ủy ban Chứng khoán Nhà nước, Thủ trưởng các đơn vị thuộc Bộ, các cơ quan, đơn vị, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ).toEqual([['Chánh Văn phòng Bộ', 'Chủ tịch Ủy ban Chứng khoán Nhà nước', 'Thủ trưởng các đơn vị thuộc Bộ']]);
  });
});

describe('an issuer name broken before its "VÀ" (dev/bldtbxh-2024-03-qd-congbo-hethonghoa-vbqppl)', () => {
  it('is one name, no parent', () => {
    const { issuer } = extractDirective(
      [
        'BỘ LAO ĐỘNG - THƯƠNG BINH',
        'VÀ XÃ HỘI',
        '',
        'Số: 225/QĐ-BLĐTBXH',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Hà Nội, ngày 05 tháng 3 năm 2024',
        'QUYẾT ĐỊNH',
        'Về việc công bố kết quả hệ thống hóa văn bản quy phạm pháp luật',
      ].join('\n'),
    ).directive;
    expect(issuer).toEqual({ parent: null, name: 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI' });
  });
});
