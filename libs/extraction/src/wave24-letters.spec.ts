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
