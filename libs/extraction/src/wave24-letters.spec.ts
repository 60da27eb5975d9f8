import { extractDirective } from './extract-directive.js';

/** Shapes of the wave-24 dev letters (samples/corpus/dev, `"wave": 24`): lines quoted as printed, bodies shortened. */
const directive = (lines: string[]) => extractDirective(lines.join('\n')).directive;

describe('a Youth Union letter in the Party-style header (dev vinhuni-doan-2019-04-quyengop-congtrinh-thanhnien)', () => {
  const d = directive([
    'TỈNH ĐOÀN NGHỆ AN',
    '',
    'BCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH',
    '',
    '***',
    '',
    'Số: 36/ĐTN',
    '',
    'V.v. ủng hộ xây dựng công trình thanh niên hướng tới kỷ niệm 60 năm thành lập Trường và Quỹ "Vì nghĩa tình Biên giới, Hải đảo"',
    '',
    'ĐOÀN TNCS HỒ CHÍ MINH',
    '',
    'Thành phố Vinh, ngày 02 tháng 4 năm 2019',
    '',
    'Kính gửi:   - Ban Chấp hành các Đoàn Viện/ Liên chi đoàn, chi đoàn;',
    '',
    'Ban Thường vụ Đoàn Trường đề nghị các Đoàn viện nhanh chóng vận động 100% đoàn viên thanh niên ủng hộ.',
  ]);

  it('reads "ĐOÀN TNCS HỒ CHÍ MINH" where the Party prints its motto as a Party-system letter', () => {
    expect(d.system).toBe('party');
    expect(d.issuer).toEqual({ parent: 'TỈNH ĐOÀN NGHỆ AN', name: 'BCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH' });
  });

  it('takes "V.v." as the subject prefix, not a Roman "V."', () => {
    expect(d.subject).toBe(
      'ủng hộ xây dựng công trình thanh niên hướng tới kỷ niệm 60 năm thành lập Trường và Quỹ "Vì nghĩa tình Biên giới, Hải đảo"',
    );
  });
});

describe('a signer block without authority line or Nơi nhận (dev vpcp-2003-05-hoinghi-cg-giuaky)', () => {
  it('reads the two offices "BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ" as the title above the name', () => {
    const d = directive([
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 2270/VPCP-QHQT',
      'V/v tổ chức Hội nghị CG giữa kỳ năm 2003',
      'Hà Nội, ngày 12 tháng 5 năm 2003',
      'Kính gửi: Bộ Kế hoạch và Đầu tư',
      'Văn Phòng Chính Phủ xin thông báo để Bộ và các cơ quan liên quan biết và thực hiện./.',
      '',
      'BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ',
      'Đoàn Mạnh Giao',
    ]);
    expect(d.signer).toEqual({
      authority: null,
      body: null,
      title: 'BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ',
      name: 'Đoàn Mạnh Giao',
    });
  });
});

describe('a web copy that glued the signer block onto one line (dev vpcp-2007-05-chidinhthau-quyhoach-gtvt)', () => {
  it('splits the deputy\'s "PHÓ CHỦ NHIỆM" off the authority line', () => {
    const d = directive([
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 2482/VPCP-CN',
      'V/v cho phép chỉ định thầu dự án quy hoạch.',
      'Hà Nội, ngày 11 tháng 5 năm 2007',
      'Kính gửi: Bộ Giao thông vận tải.',
      'Văn phòng Chính phủ xin đề nghị Bộ Giao thông vận tải thực hiện theo ý kiến chỉ đạo./.',
      'Nơi nhận:- Như trên;',
      '- Lưu: VT, CN (3).16',
      'KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆMVăn Trọng Lý',
    ]);
    expect(d.signer).toEqual({
      authority: 'KT.',
      body: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      title: 'PHÓ CHỦ NHIỆM',
      name: 'Văn Trọng Lý',
    });
  });
});

describe('a reference whose symbol follows its number after a space (dev vpcp-2003-05-hoinghi-cg-giuaky)', () => {
  it('reads "công văn số 2272 BKH/KTĐN ngày 17 tháng 4 năm 2003" with its symbol and date', () => {
    const d = directive([
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 2270/VPCP-QHQT',
      'V/v tổ chức Hội nghị CG giữa kỳ năm 2003',
      'Hà Nội, ngày 12 tháng 5 năm 2003',
      'Kính gửi: Bộ Kế hoạch và Đầu tư',
      'Xét đề nghị của Bộ Kế hoạch và Đầu tư tại công văn số 2272 BKH/KTĐN ngày 17 tháng 4 năm 2003 về việc tổ chức Hội nghị Nhóm Tư vấn các nhà tài trợ cho Việt Nam giữa kỳ năm 2003, Thủ tướng Chính phủ có ý kiến như sau:',
    ]);
    expect(d.references).toEqual([
      { kind: 'Công văn', number: '2272', symbol: 'BKH/KTĐN', date: '2003-04-17', issuer: null, role: 'basis' },
    ]);
  });
});

describe('a decision flattened onto its header lines (dev twdoan-2013-10-qd-banhanh-vanban)', () => {
  it('reads the preamble the header line holds as the basis', () => {
    const d = directive([
      'BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quy chế hoạt động của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh khoá X, nhiệm kỳ 2012 - 2017 ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh. Điều 2. Quyết định này thay thế Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư Trung ương Đoàn.',
    ]);
    expect(d.references.map((r) => [r.number, r.symbol, r.role])).toEqual([
      ['84', 'QĐ/TWĐTN', 'basis'],
      ['1836', 'QĐ/TWĐTN', 'cited'],
    ]);
  });
});

/** A Government Office letter conveying the Prime Minister's opinion (header shortened). */
const opinionLetter = (body: string[]) =>
  directive([
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số: 2270/VPCP-QHQT',
    'V/v tổ chức Hội nghị CG giữa kỳ năm 2003',
    'Hà Nội, ngày 12 tháng 5 năm 2003',
    'Kính gửi: Bộ Kế hoạch và Đầu tư',
    '',
    'Xét đề nghị của Bộ Kế hoạch và Đầu tư tại công văn số 2272 BKH/KTĐN ngày 17 tháng 4 năm 2003, Thủ tướng Chính phủ có ý kiến như sau:',
    '',
    ...body,
    '',
    'Văn Phòng Chính Phủ xin thông báo để Bộ và các cơ quan liên quan biết và thực hiện./.',
  ]);

describe('tasks of an opinion letter read as prose (dev vpcp-2003-05-hoinghi-cg-giuaky)', () => {
  const d = opinionLetter([
    '- Đồng ý kế hoạch tổ chức Hội nghị CG giữa kỳ như đề nghị của Bộ Kế hoạch và Đầu tư tại công văn nói trên. Về nội dung Hội nghị CG giữa kỳ, cần nghiên cứu đưa ra những dự án cụ thể cho mục tiêu tăng trưởng và xoá đói giảm nghèo ở các tỉnh miền núi phía Bắc.',
    '',
    'Giao Phó Thủ tướng Chính phủ Vũ Khoan phát biểu Hội nghị CG giữa kỳ năm 2003, Bộ trưởng Bộ Kế hoạch và Đầu tư chủ trì và Diễn đàn doanh nghiệp Việt Nam.',
    '',
    '- Bộ Kế hoạch và Đầu tư chủ trì chuẩn bị nội dung và phối hợp với các cơ quan liên quan, Uỷ ban nhân dân tỉnh Lào Cai và các nhà tài trợ tổ chức Hội nghị CG giữa kỳ năm 2003 và Diễn đàn doanh nghiệp Việt Nam.',
  ]);

  it('reads the impersonal "Về nội dung X, cần nghiên cứu ..." as a task without an actor, not the approval before it', () => {
    expect(d.requirements[0].text).toMatch(/^Về nội dung Hội nghị CG giữa kỳ, cần nghiên cứu/u);
    expect(d.requirements[0].assignees).toEqual([]);
    expect(d.requirements.some((r) => r.text.startsWith('Đồng ý'))).toBe(false);
  });

  it('gives both office holders of a comma-chained sentence, without the verb "phát biểu"', () => {
    expect(d.requirements[1].assignees).toEqual([
      'Phó Thủ tướng Chính phủ Vũ Khoan',
      'Bộ trưởng Bộ Kế hoạch và Đầu tư',
    ]);
  });

  it('reads a dash item that opens with the unit that leads', () => {
    expect(d.requirements).toHaveLength(3);
    expect(d.requirements[2].assignees).toEqual(['Bộ Kế hoạch và Đầu tư']);
  });
});

describe('an assignee followed by its act (wave-24 dev letters)', () => {
  it('stops before "ra Quyết định" (dev vpcp-2002-12-quyhoach-kktck-tinhbien)', () => {
    const d = opinionLetter(['2. Chủ tịch Uỷ ban nhân dân tỉnh An Giang ra Quyết định phê duyệt./.']);
    expect(d.requirements.map((r) => r.assignees)).toEqual([['Chủ tịch Ủy ban nhân dân tỉnh An Giang']]);
  });

  it('takes whom an appeal calls on, after the basis and a cue that names no one (dev vinhuni-doan-2019-04)', () => {
    const d = directive([
      'BCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH',
      'Số: 36/ĐTN',
      'V.v. ủng hộ xây dựng công trình thanh niên',
      'Thành phố Vinh, ngày 02 tháng 4 năm 2019',
      'Kính gửi: Ban Chủ nhiệm các câu lạc bộ, đội, nhóm.',
      '',
      'Thực hiện Chương trình công tác Đoàn và Phong trào thanh niên năm học 2018 - 2019, đồng thời ủng hộ Quỹ "Vì nghĩa tình Biên giới, Hải đảo" theo công văn chỉ đạo của Ban Thường vụ Tỉnh đoàn Nghệ An, Ban Thường vụ Đoàn Trường Đại học Vinh kêu gọi toàn thể đoàn viên thanh niên quyên góp ủng hộ xây dựng công trình thanh niên chào mừng 60 năm thành lập Trường.',
    ]);
    expect(d.requirements.map((r) => r.assignees)).toEqual([['toàn thể đoàn viên thanh niên']]);
  });

  it('reads no task in a narrated earlier letter whose cue comes after its number (dev vpcp-2013-10-dondoc-baocao-dioxin)', () => {
    const d = opinionLetter([
      'Ngày 19 tháng 9 năm 2013, Văn phòng Chính phủ có văn bản số 349/TB-VPCP thông báo ý kiến chỉ đạo của Phó Thủ tướng Nguyễn Thiện Nhân yêu cầu quý Bộ chủ trì, phối hợp với Bộ Y tế khẩn trương xây dựng Thông tư liên tịch, báo cáo Phó Thủ tướng trước ngày 30 tháng 9 năm 2013.',
    ]);
    expect(d.requirements).toEqual([]);
  });
});
