/**
 * Headers and closings of Official Gazette texts (wave 20 of samples/corpus, dev split; folder named): the
 * expected fields are that document's gold.
 */
import { extractDirective } from './extract-directive.js';

const read = (lines: string[]) => extractDirective(lines.join('\n')).directive;

describe('Official Gazette headers', () => {
  it('reads "Nghị quyết số:" and dates a Standing Committee resolution by its adoption (dev/ubtvqh-2022-03-nq-giolamthem-covid)', () => {
    const d = read([
      'ỦY BAN THƯỜNG VỤ QUỐC HỘI ',
      ' ',
      'Nghị quyết số: 17/2022/UBTVQH15 ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc  ',
      'NGHỊ QUYẾT ',
      'Về số giờ làm thêm trong 01 năm, trong 01 tháng của người lao động trong  ',
      'bối cảnh phòng, chống dịch COVID-19 và phục hồi, phát triển kinh tế - xã hội ',
      'ỦY BAN THƯỜNG VỤ QUỐC HỘI ',
      'Căn cứ Nghị quyết số 30/2021/QH15 ngày 28 tháng 7 năm 2021 Kỳ họp thứ ',
      'nhất, Quốc hội khóa XV; ',
      'QUYẾT NGHỊ: ',
      'Điều 4. Hiệu lực thi hành ',
      'Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2022. ',
      'Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa ',
      'Việt Nam khóa XV, phiên họp thứ 9 thông qua ngày 23 tháng 3 năm 2022./. ',
      'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI ',
      'CHỦ TỊCH ',
      'Vương Đình Huệ ',
    ]);
    expect([d.number, d.symbol, d.place, d.date]).toEqual(['17/2022', 'UBTVQH15', null, '2022-03-23']);
  });

  it("does not date a text by a cited law's adoption (dev/btc-2014-12-luathaiquan-huongdan)", () => {
    const d = read([
      'BỘ TÀI CHÍNH',
      'Số: 19046/BTC-TCHQ V/v hướng dẫn thực hiện các quy định của Luật hải quan 2014',
      'Kính gửi: Cục Hải quan các tỉnh, thành phố.',
      'Luật hải quan được Quốc hội khóa XIII kỳ họp thứ 7 thông qua ngày 23/6/2014 và',
      'có hiệu lực thi hành từ ngày 01/01/2015.',
    ]);
    expect(d.date).toBeNull();
  });

  it('joins a ministry name broken before "VÀ" (dev/bldtbxh-2024-01-qd-congbo-vbqppl-hethieuluc)', () => {
    const d = read([
      'BỘ LAO ĐỘNG - THƯƠNG BINH ',
      'VÀ XÃ HỘI ',
      ' ',
      'Số: 135/QĐ-BLĐTBXH ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ',
      'Độc lập - Tự do - Hạnh phúc ',
      'Hà Nội, ngày 31 tháng 01 năm 2024 ',
    ]);
    expect(d.issuer).toEqual({ parent: null, name: 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI' });
  });

  it('reads a minister signing in his own name with no Nơi nhận (dev/bldtbxh-2025-01-qd-congbo-vbqppl-hethieuluc)', () => {
    const d = read([
      'Số: 169/QĐ-BLĐTBXH ',
      'Hà Nội, ngày 24 tháng 01 năm 2025 ',
      'QUYẾT ĐỊNH ',
      'Điều 3. Thủ trưởng các đơn vị thuộc Bộ, các cơ quan có liên quan chịu trách ',
      'nhiệm thi hành Quyết định này./. ',
      ' ',
      'BỘ TRƯỞNG ',
      ' ',
      'Đào Ngọc Dung ',
    ]);
    expect(d.signer).toEqual({ authority: null, body: null, title: 'BỘ TRƯỞNG', name: 'Đào Ngọc Dung' });
  });
});
