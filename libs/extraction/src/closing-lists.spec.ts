/** Nơi nhận lists as web copies break them (adapted from dev documents of the Government Office). */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;
const HEAD = [
  'VĂN PHÒNG CHÍNH PHỦ',
  'Số: 1234/VPCP-KGVX',
  'V/v thành lập Mạng lưới quan trắc',
  'Hà Nội, ngày 20 tháng 11 năm 2025',
  'Kính gửi: Bộ Khoa học và Công nghệ.',
  'Bộ Khoa học và Công nghệ chủ trì rà soát, báo cáo Thủ tướng Chính phủ trong quý I năm 2026.',
];
const SIGNER = ['|', '**KT. BỘ TRƯỞNG,', 'CHỦ NHIỆM**', 'PHÓ CHỦ NHIỆM', 'Phạm Mạnh Cường', '|'];

describe('Nơi nhận broken by a web copy', () => {
  it('reads the list when the heading itself is broken over two lines', () => {
    const d = read([
      ...HEAD,
      '|',
      '*Nơi',
      'nhận:*',
      '- Như trên;',
      '- Các Bộ: KHCN, QP, NV;',
      '- Lưu: VT, KGVX (3) Q',
      ...SIGNER,
    ]);
    expect(d.distribution).toEqual(['Như trên', 'Các Bộ: KHCN, QP, NV', 'Lưu: VT, KGVX (3) Q']);
    expect(d.signer).toEqual({
      authority: 'KT.',
      body: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      title: 'PHÓ CHỦ NHIỆM',
      name: 'Phạm Mạnh Cường',
    });
  });

  it('goes on with an entry wrapped in capitals, and reads a line printed without its dash', () => {
    const d = read([
      ...HEAD,
      'Nơi nhận:',
      '- VPCP: BTCN, PCN Trịnh Mạnh Linh, các Vụ: QHĐP, KTTH, Cổng',
      'TTĐTCP;',
      '- Trợ lý TTg, TGĐ Cổng TTĐT;',
      'các Vụ: KTTH, QHĐP, TH;',
      '- Báo Nhân dân;',
      'Các Vụ: TH, KTTH, NN, PL;',
      '- Lưu: VT, CN.',
      ...SIGNER,
    ]);
    expect(d.distribution).toEqual([
      'VPCP: BTCN, PCN Trịnh Mạnh Linh, các Vụ: QHĐP, KTTH, Cổng TTĐTCP',
      'Trợ lý TTg, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH',
      'Báo Nhân dân',
      'Các Vụ: TH, KTTH, NN, PL',
      'Lưu: VT, CN',
    ]);
  });

  it('splits a list on one table cell after an entry ending with a full stop', () => {
    const d = read([
      ...HEAD,
      '| Nơi nhận: - Văn phòng Quốc hội; - VPCP: BTCN, các PCN, các Vụ: TH, KGVX. - Lưu: VT, BCĐ(3b) | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Phạm Mạnh Cường |',
    ]);
    expect(d.distribution).toEqual(['Văn phòng Quốc hội', 'VPCP: BTCN, các PCN, các Vụ: TH, KGVX', 'Lưu: VT, BCĐ(3b)']);
  });
});

describe('a double delegation flattened onto one line', () => {
  it('takes the body from the first authority and the title from the end of the last', () => {
    const d = read([
      ...HEAD,
      '| Nơi nhận: - Như trên; - Lưu: VT, CS (2b). | TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ |',
    ]);
    expect(d.signer).toEqual({ authority: 'TL.', body: 'TỔNG CỤC TRƯỞNG', title: 'PHÓ VỤ TRƯỞNG', name: 'Ngô Văn Độ' });
    const e = read([...HEAD, 'Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An']);
    expect(e.signer).toEqual({
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn An',
    });
  });
});

describe('a signer without authority holding two offices', () => {
  it('takes the office he signs in, not his other post', () => {
    const d = read([
      ...HEAD,
      '| Nơi nhận: - Thủ tướng Chính phủ; - Lưu: VT, BCĐ(3b) | TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân |',
    ]);
    expect(d.signer).toEqual({ authority: null, body: null, title: 'TRƯỞNG BAN', name: 'Nguyễn Thiện Nhân' });
  });
});
