import { parseReferences } from './parse-references.js';

const read = (text: string) => parseReferences([{ text }]).map((r) => [r.kind, r.number, r.symbol, r.issuer]);

describe('a heading that names the kind and issuer of the documents listed after it', () => {
  it('gives every item of "các Quyết định của Thủ tướng Chính phủ số ..., số ... và số ..." its kind and issuer', () => {
    // dev bldtbxh-2019-07-dutoan-nguoicocong
    expect(
      read(
        'Căn cứ các Quyết định của Thủ tướng Chính phủ số 142/2008/QĐ-TTg ngày 27/10/2008, số 53/2010/QĐ-TTg ngày 20/8/2010 và số 62/2011/QĐ-TTg ngày 09/11/2011;',
      ),
    ).toEqual([
      ['Quyết định', '142/2008', 'QĐ-TTg', 'Thủ tướng Chính phủ'],
      ['Quyết định', '53/2010', 'QĐ-TTg', 'Thủ tướng Chính phủ'],
      ['Quyết định', '62/2011', 'QĐ-TTg', 'Thủ tướng Chính phủ'],
    ]);
  });

  it('keeps them for items each followed by its own title', () => {
    // bodies dev bct-2025-12-dieuhanh-xangdau
    expect(
      read(
        'Căn cứ các Công văn của Bộ Tài chính số 3910/BTC-QLG ngày 04 tháng 4 năm 2018 về công bố giá cơ sở xăng RON95, số 367/BTC-QLG ngày 06 tháng 4 năm 2018 về tính giá cơ sở xăng RON95, số 404/BTC-QLG ngày 17 tháng 4 năm 2018 về công bố giá cơ sở mặt hàng xăng RON95;',
      ),
    ).toEqual([
      ['Công văn', '3910', 'BTC-QLG', 'Bộ Tài chính'],
      ['Công văn', '367', 'BTC-QLG', 'Bộ Tài chính'],
      ['Công văn', '404', 'BTC-QLG', 'Bộ Tài chính'],
    ]);
  });

  it('takes the kind of "Các Nghị định về ...: số ..." without inventing an issuer', () => {
    // dev hanoi-2025-dauthau-quanly
    expect(
      read(
        '- Các Nghị định về lựa chọn nhà đầu tư: số 115/2024/NĐ-CP ngày 16/9/2024, số 225/2025/NĐ-CP ngày 15/8/2025 quy định chi tiết một số điều.',
      ),
    ).toEqual([
      ['Nghị định', '115/2024', 'NĐ-CP', null],
      ['Nghị định', '225/2025', 'NĐ-CP', null],
    ]);
  });

  it('gives the issuer of "các Quyết định của X về ...:" to the listed Quyết định', () => {
    // dev hcm-2025-11-qd-kehoach-csdl-quyhoach
    expect(
      read(
        'Căn cứ các Quyết định của Thủ tướng Chính phủ về phê duyệt quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050: Quyết định số 1629/QĐ-TTg ngày 16 tháng 12 năm 2023 phê duyệt Quy hoạch tỉnh Bà Rịa - Vũng Tàu; Quyết định số 790/QĐ-TTg ngày 03 tháng 8 năm 2024 phê duyệt Quy hoạch tỉnh Bình Dương;',
      ),
    ).toEqual([
      ['Quyết định', '1629', 'QĐ-TTg', 'Thủ tướng Chính phủ'],
      ['Quyết định', '790', 'QĐ-TTg', 'Thủ tướng Chính phủ'],
    ]);
  });

  it('reads a law or an ordinance whose name holds commas, and "Pháp lệnh" as a kind', () => {
    // dev cucthue-2025-12-traloi-tncn-nhiemvu-khcn-btgdvtw, ttg-2018-06-qd-kehoach-chithi14-nguoicocong
    expect(read('Tại Điều 16 Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15 quy định:')).toEqual([
      ['Luật', '93/2025', 'QH15', null],
    ]);
    expect(
      read(
        'Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29 tháng 6 năm 2005 của Ủy ban Thường vụ Quốc hội;',
      ),
    ).toEqual([['Pháp lệnh', '26/2005', 'PL-UBTVQH11', 'Ủy ban Thường vụ Quốc hội']]);
  });

  it('leaves a document cited alone after "các" untouched', () => {
    expect(read('Thực hiện các nội dung tại Công văn số 12/UBND-VX của UBND tỉnh;')).toEqual([
      ['Công văn', '12', 'UBND-VX', 'UBND tỉnh'],
    ]);
  });
});

describe('the issuer after "của"', () => {
  it("keeps an abbreviation's dot and dots inside a name, and stops at what the body asked", () => {
    // dev ct-2025-12-thue-gtgt-hoadon-ekim, cucthue-2025-11-traloi-nghiavutaichinh-datdai-nghean
    expect(
      read(
        'Cục Thuế nhận được công văn số 9172/HAN-KTr5 ngày 06/8/2025 của Thuế TP. Hà Nội, văn bản số 14/2025/CV-E.K.LM ngày 12/8/2025 của Công ty cổ phần E.K.LM về thuế GTGT.',
      ),
    ).toEqual([
      ['Công văn', '9172', 'HAN-KTr5', 'Thuế TP. Hà Nội'],
      ['Văn bản', '14/2025', 'CV-E.K.LM', 'Công ty cổ phần E.K.LM'],
    ]);
    expect(
      read('Cục Thuế nhận được công văn số 746/NAN-CNTK của Thuế tỉnh Nghệ An vướng mắc về nghĩa vụ tài chính.'),
    ).toEqual([['Công văn', '746', 'NAN-CNTK', 'Thuế tỉnh Nghệ An']]);
  });
});
