/**
 * Stray letter spacing in the header rows of web copies (spaced-letters.ts). Rows quoted from dev documents of
 * samples/corpus (folder named), whose gold records the words without the stray spaces.
 */
import { extractDirective } from './extract-directive.js';
import { joinSpacedLetters } from './spaced-letters.js';

describe('letters spaced inside header cells', () => {
  it('joins lone consonants to their words (dev/bldtbxh-2019-07-dutoan-nguoicocong)', () => {
    const { issuer, subject } = extractDirective(
      [
        '| B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |',
        '|---|---|',
        '| Số: 2638/LĐTBXH-KHTC V/v xây dựng dự toán ngân sách trung ươ n g thực hiện Pháp lệnh ưu đãi NCC với cách mạng năm 2020 | Hà Nội, ngày 03 tháng 7 năm 2019 |',
        '',
        'Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương',
      ].join('\n'),
    ).directive;
    expect(issuer.name).toBe('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    expect(subject).toBe('xây dựng dự toán ngân sách trung ương thực hiện Pháp lệnh ưu đãi NCC với cách mạng năm 2020');
  });

  it('reads "tháng 0 6" as June (dev/ttg-2018-06-qd-kehoach-chithi14-nguoicocong)', () => {
    expect(joinSpacedLetters('| Số: 773 /QĐ-TTg | Hà Nội, ngày 26 tháng 0 6 năm 2018 |')).toBe(
      '| Số: 773 /QĐ-TTg | Hà Nội, ngày 26 tháng 06 năm 2018 |',
    );
  });

  it('repairs "T hành phố Hồ Chí M inh" and "CHỦ T Ị CH" (dev/hcm-2014-06-qd-kehoach-nhao-nguoicocong)', () => {
    expect(joinSpacedLetters('| Số: 3210/QĐ - UBND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |')).toBe(
      '| Số: 3210/QĐ - UBND | Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014 |',
    );
    expect(joinSpacedLetters('| | KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH |')).toBe('| | KT. CHỦ TỊCH PHÓ CHỦ TỊCH |');
  });

  it('leaves body text and lone letters that are words alone', () => {
    const body = 'Đồng chí Nguyễn Văn A được giới thiệu theo điểm b khoản 2.';
    expect(joinSpacedLetters(body)).toBe(body);
    expect(joinSpacedLetters('| V/v ông Nguyễn Văn A tham gia, điểm b khoản 2 | Hà Nội |')).toBe(
      '| V/v ông Nguyễn Văn A tham gia, điểm b khoản 2 | Hà Nội |',
    );
  });
});
