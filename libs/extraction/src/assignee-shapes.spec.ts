import { findAssignees } from './assignees.js';
import { extractDirective } from './extract-directive.js';

// Shapes of assignee errors found on the dev split (corpus and bodies), one real sentence each.
const head = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH KON TUM',
  'Số: 1290/CTr-UBND',
  'Kon Tum, ngày 12 tháng 5 năm 2020',
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  'Xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ',
  '',
];
const assigneesOf = (body: string[]) =>
  extractDirective([...head, ...body].join('\n')).directive.requirements.map((r) => r.assignees);

describe('a labelled "Cơ quan thực hiện: X chủ trì, phối hợp với ..." line', () => {
  // dev kontum-2020-05-ctrhanhdong-quanhelaodong II.1.3, II.2.2, II.2.3, II.2.8: "chủ trì" followed by a comma or a
  // space ended no name ("\b" after "ì" never matches), so the partners came along.
  it('gives the lead before "chủ trì", whatever follows it', () => {
    expect(
      assigneesOf([
        'II. NỘI DUNG HOẠT ĐỘNG',
        '1. Tăng cường sự lãnh đạo của cấp ủy, tổ chức đảng',
        '1.3. Tiếp tục thực hiện hiệu quả Đề án “Tuyên truyền, phổ biến pháp luật cho người lao động” trên địa bàn tỉnh.',
        '- Cơ quan thực hiện: Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; Uỷ ban nhân dân các huyện, thành phố.',
        '- Thời gian thực hiện: Thực hiện thường xuyên.',
        '1.4. Đẩy mạnh công tác xã hội hóa nhằm hỗ trợ xây dựng nhà ở cho người lao động.',
        '- Cơ quan thực hiện: Uỷ ban nhân dân các huyện, thành phố chủ trì phối hợp với Ban quản lý Khu kinh tế tỉnh; Liên đoàn Lao động cùng cấp và các đơn vị có liên quan.',
        '- Thời gian thực hiện: Thường xuyên hằng năm.',
      ]),
    ).toEqual([['Sở Lao động - Thương binh và xã hội'], ['Ủy ban nhân dân các huyện, thành phố']]);
  });

  // dev kontum-2020-05-ctrhanhdong-quanhelaodong II.2.7.
  it('gives the subject of a line that says what its unit does', () => {
    expect(
      assigneesOf([
        'II. NỘI DUNG HOẠT ĐỘNG',
        '2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động',
        '2.6. Hình thành các cơ chế tham vấn ba bên một cách linh hoạt trên địa bàn tỉnh.',
        '- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.',
        '- Thời gian thực hiện: Thường xuyên hằng năm.',
        '2.7. Đẩy mạnh công tác tuyên truyền trên các phương tiện thông tin đại chúng về lao động và quan hệ lao động.',
        '- Cơ quan thực hiện: Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị, địa phương triển khai thực hiện.',
        '- Thời gian thực hiện: Thường xuyên hằng năm.',
      ]),
    ).toEqual([['Sở Lao động - Thương binh và Xã hội'], ['Sở Thông tin và Truyền thông']]);
  });
});

describe('actors a kết luận names in the sentence itself', () => {
  // dev vpcp-2025-11-tb-duan-dien-hcm-dongnai 1.b.(ii), 2.b.(iv): a project's investor opens the sentence.
  it('"Chủ đầu tư phối hợp chặt chẽ ..." names the investor', () => {
    expect(
      findAssignees(
        'Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu các hạng mục còn lại của Nhà máy điện Nhơn Trạch 4',
      ),
    ).toEqual(['Chủ đầu tư']);
  });

  // dev cp-2026-04-nq-thanhtoan-kcb-bhyt-vuot-dutoan 2.3: after the topic's commas the request opens the main clause.
  it('"Đối với chi phí ..., yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương ..." names both', () => {
    expect(
      findAssignees(
        'Đối với chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán năm 2023, 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện theo đúng thẩm quyền đã quy định tại Nghị định số 75/2023/NĐ-CP của Chính phủ',
      ),
    ).toEqual(['Bộ Tài chính', 'Bảo hiểm xã hội Việt Nam']);
  });

  // dev vpcp-2025-11-tbkl-bcd-giaothong-phien21 II.5.
  it('"Đối với các chủ đầu tư cần nhanh chóng ..." names the group told what it must do', () => {
    expect(
      findAssignees(
        'Đối với các chủ đầu tư cần nhanh chóng dọn dẹp mặt bằng, khôi phục lại thi công, đặc biệt lưu ý lựa chọn các vị trí lán trại',
      ),
    ).toEqual(['các chủ đầu tư']);
  });
});

describe('how often or in what spirit units act ends their names', () => {
  it.each([
    [
      'dev dongthap-2025-11-kehoach-doimoi-congnghe VI.1.2',
      'Các sở, ban, ngành, Ủy ban nhân dân xã, phường định kỳ kiểm tra, đánh giá tình hình thực hiện các mục tiêu, nhiệm vụ trong phạm vi quản lý',
      ['Các sở, ban, ngành', 'Ủy ban nhân dân xã, phường'],
    ],
    [
      'bodies dev kh-dongthap-2025-11-kehoach-tainguyen-bien VI.3',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức và phương pháp thích hợp, tổ chức tuyên truyền và vận động đoàn viên, hội viên và Nhân dân tích cực tham gia thực hiện Kế hoạch này',
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các Đoàn thể tỉnh'],
    ],
  ])('%s', (_source, text, units) => {
    expect(findAssignees(text)).toEqual(units);
  });

  // samples hoangmai-2025-07-thongbao-lichtiepdan: when the schedule is, not how often the unit acts.
  it('not "định kỳ vào ngày ..." after a schedule', () => {
    expect(
      findAssignees('Chủ tịch UBND quận tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân quận'),
    ).toEqual([]);
  });
});
