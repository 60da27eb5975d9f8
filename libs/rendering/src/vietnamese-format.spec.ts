import { numberToVietnameseWords } from './number-words.js';
import {
  authorityFor,
  BLANK,
  formatCitationLine,
  formatCount,
  formatNumberLine,
  formatPlaceAndDate,
  formatShortDate,
  formatVietnameseDate,
  signerLines,
} from './vietnamese-format.js';

describe('formatVietnameseDate', () => {
  it('pads the day under 10 and months 1–2 only', () => {
    expect(formatVietnameseDate('2024-08-05')).toBe('ngày 05 tháng 8 năm 2024');
    expect(formatVietnameseDate('2024-01-05')).toBe('ngày 05 tháng 01 năm 2024');
    expect(formatVietnameseDate('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    expect(formatVietnameseDate('2024-12-31')).toBe('ngày 31 tháng 12 năm 2024');
    expect(formatVietnameseDate('2024-03-10')).toBe('ngày 10 tháng 3 năm 2024');
  });
  it('leaves the day blank for a YYYY-MM date ("ngày   tháng 01 năm 2024")', () => {
    expect(formatVietnameseDate('2024-01')).toBe(`ngày ${BLANK} tháng 01 năm 2024`);
  });
  it('rejects what is not an ISO date', () => {
    expect(() => formatVietnameseDate('05/08/2024')).toThrow(RangeError);
    expect(() => formatVietnameseDate('2024-13-01')).toThrow(RangeError);
  });
});

describe('formatShortDate', () => {
  it('writes "31/7/2024" and "12/01/2024" as in citations', () => {
    expect(formatShortDate('2024-07-31')).toBe('31/7/2024');
    expect(formatShortDate('2024-01-12')).toBe('12/01/2024');
    expect(formatShortDate('2024-08-08T09:30:00+07:00')).toBe('08/8/2024');
  });
});

describe('formatPlaceAndDate', () => {
  it('joins the place and the date with a comma', () => {
    expect(formatPlaceAndDate('Mỹ Đức', '2024-08-05')).toBe('Mỹ Đức, ngày 05 tháng 8 năm 2024');
  });

  it('leaves an unknown place blank for the author', () => {
    expect(formatPlaceAndDate('', '2024-08-05')).toBe(`${'\u00a0'.repeat(8)}, ngày 05 tháng 8 năm 2024`);
  });
});

describe('formatNumberLine', () => {
  it('writes "Số: 12/BC-UBND" in the state format and "Số 12-BC/HU" in the Party format', () => {
    expect(formatNumberLine('state', 12, 'BC-UBND')).toBe('Số: 12/BC-UBND');
    expect(formatNumberLine('party', '12', 'BC/HU')).toBe('Số 12-BC/HU');
  });
  it('pads numbers under 10', () => {
    expect(formatNumberLine('state', 5, 'UBND-NV')).toBe('Số: 05/UBND-NV');
    expect(formatNumberLine('party', 7, 'CV/HU')).toBe('Số 07-CV/HU');
  });
  it('leaves a blank while the document is not numbered', () => {
    expect(formatNumberLine('state', null, 'UBND-NV')).toBe(`Số: ${BLANK}/UBND-NV`);
    expect(formatNumberLine('party', null, 'CV/HU')).toBe(`Số ${BLANK}-CV/HU`);
  });
});

describe('formatCitationLine', () => {
  it('builds "Thực hiện Công văn số 4135-CV/BTCTU ngày 31/7/2024 của Ban Tổ chức Thành ủy ..."', () => {
    const citation = {
      kind: 'Công văn',
      number: '4135',
      symbol: 'CV/BTCTU',
      date: '2024-07-31',
      issuer: 'Ban Tổ chức Thành ủy',
      subject: 'rà soát thay đổi mật khẩu',
    };
    expect(formatCitationLine(citation)).toBe(
      'Thực hiện Công văn số 4135-CV/BTCTU ngày 31/7/2024 của Ban Tổ chức Thành ủy về việc rà soát thay đổi mật khẩu',
    );
  });
  it('joins a state symbol with a slash and takes another lead', () => {
    const citation = { kind: 'Công văn', number: '3347', symbol: 'UBND-NV', date: '2024-01-12', issuer: null };
    expect(formatCitationLine(citation, 'Căn cứ')).toBe('Căn cứ Công văn số 3347/UBND-NV ngày 12/01/2024');
  });
  it('dates a document whose day was left blank by its month, and one with only a year by its year', () => {
    const citation = {
      kind: 'Công văn',
      number: null,
      symbol: 'UBND-NV',
      date: '2024-01',
      issuer: 'Ủy ban nhân dân quận Đống Đa',
    };
    expect(formatCitationLine(citation)).toBe(
      `Thực hiện Công văn số ${BLANK}/UBND-NV tháng 01/2024 của Ủy ban nhân dân quận Đống Đa`,
    );
    expect(formatCitationLine({ ...citation, date: '2024' })).toBe(
      `Thực hiện Công văn số ${BLANK}/UBND-NV năm 2024 của Ủy ban nhân dân quận Đống Đa`,
    );
  });
});

describe('numberToVietnameseWords', () => {
  const cases: Array<[number, string]> = [
    [0, 'không'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1021, 'một nghìn không trăm hai mươi mốt'],
    [12_345, 'mười hai nghìn ba trăm bốn mươi lăm'],
    [100_001, 'một trăm nghìn không trăm linh một'],
    [999_999, 'chín trăm chín mươi chín nghìn chín trăm chín mươi chín'],
    [1_000_000, 'một triệu'],
    [2_500_000, 'hai triệu năm trăm nghìn'],
  ];
  it.each(cases)('reads %d as "%s"', (value, words) => {
    expect(numberToVietnameseWords(value)).toBe(words);
  });
  it('refuses negatives and fractions', () => {
    expect(() => numberToVietnameseWords(-1)).toThrow(RangeError);
    expect(() => numberToVietnameseWords(1.5)).toThrow(RangeError);
  });
  it('writes counts as "05 (năm)"', () => {
    expect(formatCount(5)).toBe('05 (năm)');
    expect(formatCount(21)).toBe('21 (hai mươi mốt)');
  });
});

describe('signerLines', () => {
  it('signs for a collective body: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', () => {
    const lines = signerLines('state', {
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      name: 'Lê Tuấn Định',
    });
    expect(lines.lines.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(lines.name).toBe('Lê Tuấn Định');
  });
  it('adds KT. when a deputy signs for the collective body', () => {
    const lines = signerLines('state', {
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      deputyTitle: 'PHÓ CHỦ TỊCH',
      name: 'X',
    });
    expect(lines.lines.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
  it('writes the Party forms with a slash and no full stop', () => {
    expect(
      signerLines('party', {
        authority: 'TM.',
        body: 'BAN THƯỜNG VỤ',
        title: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
        name: 'Đỗ Trung Hai',
      }).lines.map((l) => l.text),
    ).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC']);
    expect(
      signerLines('party', {
        authority: 'KT.',
        body: null,
        title: 'BÍ THƯ',
        deputyTitle: 'PHÓ BÍ THƯ',
        name: 'X',
      }).lines.map((l) => l.text),
    ).toEqual(['K/T BÍ THƯ', 'PHÓ BÍ THƯ']);
    expect(authorityFor('state', 'T/M')).toBe('TM.');
    expect(authorityFor('party', 'TUQ.')).toBe('TUQ.');
  });
  it('prints only the title when the head signs in person', () => {
    expect(signerLines('state', { authority: null, body: null, title: 'CHỦ TỊCH', name: 'X' }).lines).toEqual([
      { text: 'CHỦ TỊCH', role: 'title' },
    ]);
  });
});
