import { parseReferences } from './parse-references.js';

describe('parseReferences', () => {
  it('reads the basis citation with its date and issuer', () => {
    const refs = parseReferences([
      { text: 'Thực hiện Công văn số 3347-CV/BTCTU ngày 12/01/2024 của Ban Tổ chức Thành Ủy Hà Nội về việc rà soát.' },
    ]);
    expect(refs).toEqual([
      {
        kind: 'Công văn',
        number: '3347',
        symbol: 'CV/BTCTU',
        date: '2024-01-12',
        issuer: 'Ban Tổ chức Thành ủy Hà Nội',
        role: 'basis',
      },
    ]);
  });

  it('reads "Căn cứ Quyết định số 2021-QĐ/TU ngày 22/12/2021 của Ban Thường vụ Thành ủy Ban hành ..."', () => {
    const [ref] = parseReferences([
      {
        text: 'Căn cứ Quyết định số 2021-QĐ/TU ngày 22/12/2021 của Ban Thường vụ Thành ủy Ban hành Quy chế về việc quản lý',
      },
    ]);
    expect(ref).toEqual({
      kind: 'Quyết định',
      number: '2021',
      symbol: 'QĐ/TU',
      date: '2021-12-22',
      issuer: 'Ban Thường vụ Thành ủy',
      role: 'basis',
    });
  });

  it('keeps year-qualified numbers and two numbers in one citation', () => {
    const refs = parseReferences([
      { text: 'Theo Nghị quyết số 17/2022/NQ-HĐND, Công văn số 12/UBND-NV và số 15/UBND-NV của UBND quận.' },
    ]);
    expect(refs.map((r) => [r.kind, r.number, r.symbol])).toEqual([
      ['Nghị quyết', '17/2022', 'NQ-HĐND'],
      ['Công văn', '12', 'UBND-NV'],
      ['Công văn', '15', 'UBND-NV'],
    ]);
  });

  it('gives the issuer named after the last of several numbers to each of them', () => {
    const refs = parseReferences([
      {
        text: 'Thực hiện Công văn số 12/UBND-NV và số 15/UBND-NV của UBND quận về việc tăng cường kỷ luật; Công văn số 7/UBND-VP.',
      },
    ]);
    expect(refs.map((r) => [r.number, r.issuer])).toEqual([
      ['12', 'UBND quận'],
      ['15', 'UBND quận'],
      ['7', null],
    ]);
  });

  it('reads a law named between its kind and number, and every item of a "Căn cứ" list as basis', () => {
    const refs = parseReferences([
      {
        text: 'Căn cứ Luật Tiếp công dân số 42/2013/QH13; Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia.',
      },
    ]);
    expect(refs).toEqual([
      { kind: 'Luật', number: '42/2013', symbol: 'QH13', date: null, issuer: null, role: 'basis' },
      {
        kind: 'Quyết định',
        number: '749',
        symbol: 'QĐ-TTg',
        date: '2020-06-03',
        issuer: 'Thủ tướng Chính phủ',
        role: 'basis',
      },
    ]);
  });

  it('reads "sô" misread by OCR for "số"', () => {
    expect(
      parseReferences([{ text: 'Rà soát dự án theo Kế hoạch sô 45/KH-UBND ngày 20/01/2025.' }]).map((r) => r.number),
    ).toEqual(['45']);
  });

  it('marks a citation inside the body as cited', () => {
    const [ref] = parseReferences([
      { text: 'Bảo mật tài khoản theo đúng Công văn số 2493-CV/BTCTU ngày 19/4/2023, thường xuyên thay đổi mật khẩu.' },
    ]);
    expect(ref).toMatchObject({ number: '2493', date: '2023-04-19', issuer: null, role: 'cited' });
  });
});
