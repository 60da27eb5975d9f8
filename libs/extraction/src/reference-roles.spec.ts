import { parseReferences } from './parse-references.js';

const roles = (...texts: string[]) => parseReferences(texts.map((text) => ({ text }))).map((r) => [r.number, r.role]);

describe('role of a cited document', () => {
  it('takes what the document answers for its basis', () => {
    expect(
      roles('Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019 của Tổng công ty Khí Việt Nam về việc hướng dẫn.'),
    ).toEqual([['615', 'basis']]);
    expect(
      roles('Trả lời Công văn số 577/CT-THNVDT ngày 23/4/2013 của Cục Thuế tỉnh Hà Tĩnh, Tổng cục Thuế có ý kiến:'),
    ).toEqual([['577', 'basis']]);
  });

  it('takes the documents of a purpose clause for the basis, not those it follows up', () => {
    expect(
      roles(
        'Để tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-TTg ngày 18/5/2022 của Thủ tướng Chính phủ về tăng cường quản lý; Chỉ thị số 31-CT/TU ngày 06/6/2023, Kế hoạch số 134-KH/TU ngày 29/12/2023 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh yêu cầu:',
      ),
    ).toEqual([
      ['05', 'basis'],
      ['31', 'basis'],
      ['134', 'basis'],
    ]);
    expect(
      roles(
        'Để nhanh chóng sửa chữa nhà cửa cho các hộ dân, tiếp theo Công điện số 227/CĐ-TTg ngày 23/11/2025 của Thủ tướng Chính phủ và Nghị quyết số 380/NQ-CP ngày 25/11/2025 của Chính phủ, Thủ tướng Chính phủ yêu cầu:',
      ),
    ).toEqual([
      ['227', 'cited'],
      ['380', 'cited'],
    ]);
    expect(
      roles('Để bảo đảm tiến độ, đề nghị các đơn vị thực hiện theo Công văn số 12/UBND-VP ngày 02/01/2025.'),
    ).toEqual([['12', 'cited']]);
  });

  it('cites only a document named in the title of the basis', () => {
    expect(
      roles(
        'Thực hiện Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/5/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy;',
        'Căn cứ Thông tư số 95/2025/TT-BTC của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 44/2022/TT-BTC;',
        'Căn cứ Thông tư số 06/2017/TT-BVHTTDL được sửa đổi, bổ sung bởi Thông tư số 13/2019/TT-BVHTTDL; thực hiện Kế hoạch số 210-KH/HU ngày 20/02/2025 của Ban Thường vụ Huyện ủy.',
      ),
    ).toEqual([
      ['283', 'basis'],
      ['71', 'cited'],
      ['10', 'cited'],
      ['95/2025', 'basis'],
      ['44/2022', 'cited'],
      ['06/2017', 'basis'],
      ['13/2019', 'cited'],
      ['210', 'basis'],
    ]);
  });

  it('cites the documents that amended the basis, named beside it (samples/corpus/README.md, waves 16-20)', () => {
    expect(
      roles(
        // dev hagiang-2022-03-qd-congbo-tthc-xangdau
        'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính (đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ);',
        // dev luongminh-2025-11-kehoach-baucu
        'Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13, ngày 25/6/2015 và được sửa đổi, bổ sung một số điều tại Luật số 83/2025/QH15, ngày 24/6/2025;',
      ),
    ).toEqual([
      ['63/2010', 'basis'],
      ['92/2017', 'cited'],
      ['85/2015', 'basis'],
      ['83/2025', 'cited'],
    ]);
  });

  it('goes on with a basis list only in a paragraph that opens with a document', () => {
    expect(
      roles(
        'Căn cứ Chỉ thị số 27/CT-TTg ngày 15/8/2024 của Thủ tướng Chính phủ;',
        'Công văn số 6676/BYT-CDS ngày 29/10/2024 của Bộ Y tế;',
        '- Xây dựng đội ngũ làm công tác dân số theo Quyết định số 496/QĐ-TTg ngày 30/3/2021 của Thủ tướng Chính phủ;',
      ),
    ).toEqual([
      ['27', 'basis'],
      ['6676', 'basis'],
      ['496', 'cited'],
    ]);
  });
});

describe('role of a document a reply applies or answers', () => {
  // A provision quoted in the body is cited (samples/corpus/README.md, settled 2 December 2026 with the gold audit).
  it('cites a provision the reply quotes, and takes the document a "Về ..., X có ý kiến" opening answers for the basis', () => {
    expect(
      roles(
        '- Tại khoản 5, Điều 2 Nghị định số 120/2010/NĐ-CP ngày 30/12/2010 của Chính phủ quy định: "5. Việc miễn, giảm tiền sử dụng đất"',
        'Về Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025 của Văn phòng Quốc hội, Phó Thủ tướng có ý kiến như sau:',
        'Về tiến độ, các bộ thực hiện theo Công văn số 12/UBND-VP ngày 02/01/2025. Bộ Xây dựng có ý kiến như sau:',
      ),
    ).toEqual([
      ['120/2010', 'cited'],
      ['4387', 'basis'],
      ['12', 'cited'],
    ]);
  });
});

describe('the answer of a reply (dev cucthue-2025-11-traloi-hoanthue-duan-vinhlong)', () => {
  it('cites what its "Căn cứ" sentences quote after "... có ý kiến như sau:", and keeps the letter it answers', () => {
    // A flattened copy: the answer in the same paragraph (dev cucthue-2025-12-traloi-khoanthue-hokinhdoanh).
    expect(
      roles(
        'Về vấn đề này, Cục Thuế có ý kiến như sau: Căn cứ khoản 25 Điều 5 Luật Thuế GTGT số 48/2024/QH15 quy định đối tượng không chịu thuế;',
      ),
    ).toEqual([['48/2024', 'cited']]);
    expect(
      roles(
        'Cục Thuế nhận được công văn số 1009/VLO-QLDN2 ngày 03/10/2025 của Thuế tỉnh Vĩnh Long. Về vấn đề này, Cục Thuế có ý kiến như sau:',
        'Căn cứ khoản 3 Điều 1 Luật số 106/2016/QH13 ngày 19/4/2016 sửa đổi, bổ sung khoản 1 và khoản 2 Điều 13 Luật Thuế GTGT;',
      ),
    ).toEqual([
      ['1009', 'basis'],
      ['106/2016', 'cited'],
    ]);
  });
});

describe('a clause opening with a verb of work', () => {
  it('cites the document that a task "thực hiện công tác ... theo" names, but takes a lead-in clause for the basis', () => {
    expect(
      roles(
        'd) Phối hợp với Sở Nội vụ kiện toàn bộ máy; thực hiện công tác đào tạo, bồi dưỡng, nâng cao năng lực đội ngũ theo Quyết định số 496/QĐ-TTg ngày 30 tháng 3 năm 2021 của Thủ tướng Chính phủ;',
        'Căn cứ Hướng dẫn số 25-HD/BTCTW ngày 09/10/2024 của Ban Tổ chức Trung ương; thực hiện Kế hoạch số 210-KH/HU ngày 20/02/2025 của Ban Thường vụ Huyện ủy, Đảng ủy xã xây dựng kế hoạch như sau:',
      ),
    ).toEqual([
      ['496', 'cited'],
      ['25', 'basis'],
      ['210', 'basis'],
    ]);
  });
});

describe('a basis list of dash items (bodies dev btgdvtw-2025-11-hd-baocaovien-cacap)', () => {
  it('takes "- Căn cứ ..." for the basis as it takes "Căn cứ ..."', () => {
    expect(
      roles(
        '- Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về thi hành Điều lệ Đảng;',
        '- Thực hiện nghiêm các quy định về phòng cháy theo Nghị định số 136/2020/NĐ-CP;',
      ),
    ).toEqual([
      ['294', 'basis'],
      ['136/2020', 'cited'],
    ]);
  });
});
