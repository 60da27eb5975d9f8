/**
 * The precision study of 2 December 2026 (samples/corpus/README.md): items that state instead of asking, found on real
 * directives outside the corpus. Each phrase is quoted from the public document named (Công văn 37569, 37951,
 * 37563/CHQ-GSQL, the Cục Hải quan reply on “Nhà phi thuyền” in tnt305/tai_lieu_noi_bo src/etl/dataset/05c420d29b859e9b.md,
 * 9162/BCT-TTTN, 5402/CT-CS of November 2025; Kế hoạch 130/KH-UBND of Ninh Bình, 2022); none of them is in samples/.
 */
import { APPLY_LAW } from './describes.js';
import { extractDirective } from './extract-directive.js';
import { notTask } from './non-tasks.js';
import { AIM_JOINED } from './requirement-patterns.js';
import { pointsFirmToLaw, statesOnly } from './stated-items.js';

const reply = (body: string[]) =>
  extractDirective(
    [
      'BỘ TÀI CHÍNH',
      'CỤC HẢI QUAN',
      'Số: 37569/CHQ-GSQL',
      'Hà Nội, ngày 21 tháng 11 năm 2025',
      'V/v hướng dẫn thủ tục hải quan',
      'Kính gửi: Chi nhánh Công ty TNHH thương mại dịch vụ giao nhận hàng hóa F.D.I tại Hà Nội.',
      'Trả lời công văn số 13/CV-FDI ngày 13/11/2025 của Chi nhánh Công ty, Cục Hải quan có ý kiến như sau:',
      ...body,
      'Cục Hải quan trả lời để Công ty biết./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, GSQL (3b).',
    ].join('\n'),
  ).directive;

describe("a reply's item that only points the firm to the law (Công văn 37569 and 37951/CHQ-GSQL, 2025)", () => {
  const rights =
    'Về quyền xuất khẩu, quyền nhập khẩu của doanh nghiệp có vốn đầu tư nước ngoài: Nội dung và phạm vi quyền xuất khẩu, quyền nhập khẩu của tổ chức kinh tế có vốn đầu tư nước ngoài được quy định tại Luật Quản lý ngoại thương. Theo đó, trường hợp Chi nhánh Công ty F.D.I là doanh nghiệp có vốn đầu tư nước ngoài đề nghị căn cứ các quy định nêu trên để thực hiện quyền nhập khẩu, quyền xuất khẩu (nếu có) đảm bảo đúng quy định.';
  const machines =
    'Theo quy định tại khoản 1 Điều 1 Quyết định số 18/2019/QĐ-TTg ngày 19/4/2018 của Thủ tướng Chính phủ thì quy định này chỉ điều chỉnh đối với thủ tục nhập khẩu và giám định máy móc, thiết bị, dây chuyền công nghệ đã qua sử dụng. Đề nghị Công ty nghiên cứu quy định nêu trên để thực hiện và liên hệ với Bộ Khoa học và Công nghệ để được hướng dẫn.';

  it('asks nothing: the law stated, then the call to apply it', () => {
    expect(pointsFirmToLaw(rights)).toBe(true);
    expect(pointsFirmToLaw(machines)).toBe(true);
    expect(notTask(machines)).toBe(true);
  });

  it('"... để thực hiện đảm bảo đúng quy định" is the call too (Công văn 37569/CHQ-GSQL, item 2)', () => {
    expect(
      APPLY_LAW.test(
        'Đề nghị Công ty căn cứ tình hình thực tế, đối chiếu với Bảng mã loại hình ban hành kèm theo Quyết định số 1357/QĐ-TCHQ ngày 18/5/2021 để thực hiện đảm bảo đúng quy định.',
      ),
    ).toBe(true);
  });

  it('gives no requirement in the reply read whole', () => {
    const read = reply([
      '1. Về quyền xuất khẩu, quyền nhập khẩu của doanh nghiệp có vốn đầu tư nước ngoài:',
      'Nội dung và phạm vi quyền xuất khẩu, quyền nhập khẩu của tổ chức kinh tế có vốn đầu tư nước ngoài được quy định tại Luật Quản lý ngoại thương.',
      'Theo đó, trường hợp Chi nhánh Công ty F.D.I là doanh nghiệp có vốn đầu tư nước ngoài đề nghị căn cứ các quy định nêu trên để thực hiện quyền nhập khẩu, quyền xuất khẩu (nếu có) đảm bảo đúng quy định.',
      '2. Về việc sử dụng mã loại hình:',
      'Đề nghị Công ty căn cứ tình hình thực tế, đối chiếu với Bảng mã loại hình ban hành kèm theo Quyết định số 1357/QĐ-TCHQ ngày 18/5/2021 để thực hiện đảm bảo đúng quy định.',
    ]);
    expect(read.requirements).toEqual([]);
  });

  it('a tax office asked to act, or a firm asked to report, is still a task', () => {
    expect(
      pointsFirmToLaw(
        'Để bảo đảm việc thu lệ phí trước bạ từ ngày 01/01/2026, đề nghị Thuế tỉnh Tây Ninh khẩn trương báo cáo, tham mưu UBND tỉnh xây dựng, ban hành Bảng giá tính lệ phí trước bạ ô tô, xe máy mới.',
      ),
    ).toBe(false);
    expect(
      pointsFirmToLaw(
        'Đề nghị Công ty căn cứ quy định nêu trên để thực hiện và báo cáo kết quả về Cục Hải quan trước ngày 15/12/2025.',
      ),
    ).toBe(false);
  });
});

describe('rows of figures, the decision formula, a provision quoted as the answer', () => {
  it('a price row read from a table (Công văn 9162/BCT-TTTN, 2025)', () => {
    expect(statesOnly('Xăng E5RON92 19.844 19.807')).toBe(true);
    expect(statesOnly('Dầu madút 180CST 3.5S 14.074 13.739 -335 -2,38')).toBe(true);
    expect(statesOnly('Tổ chức tập huấn cho 100 cán bộ trong năm 2026')).toBe(false);
  });

  it("the issuer's own decision formula (Công văn 9162/BCT-TTTN, 2025)", () => {
    expect(
      statesOnly(
        'Trước những diễn biến giá thành phẩm xăng dầu thế giới trong thời gian gần đây và thực hiện điều hành giá xăng dầu theo cơ chế thị trường có sự quản lý của Nhà nước, Bộ Công Thương và Bộ Tài chính quyết định',
      ),
    ).toBe(true);
    // A task that ends with a decision to be taken by someone else stays (dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5).
    expect(
      statesOnly(
        'trên cơ sở đề xuất của Bộ Khoa học và Công nghệ, Bộ Tài chính tổng hợp, trình cấp có thẩm quyền xem xét, quyết định',
      ),
    ).toBe(false);
  });

  it('a provision quoted as the answer (Công văn 5402/CT-CS, 2025)', () => {
    expect(
      statesOnly(
        'Tại khoản 2 Điều 2 Nghị định 175/2025/NĐ-CP quy định từ ngày Nghị định này có hiệu lực thi hành (từ ngày 01/7/2025) đến hết ngày 31/12/2025, trường hợp UBND tỉnh, thành phố trực thuộc trung ương chưa ban hành Bảng giá tính lệ phí trước bạ đối với ô tô, xe máy thì tiếp tục được áp dụng Bảng giá tính lệ phí trước bạ do Bộ Tài chính ban hành',
      ),
    ).toBe(true);
    // The request after the provision is the task.
    expect(
      statesOnly(
        'Tại khoản 3 Điều 7 Nghị định 10/2022/NĐ-CP quy định giá tính lệ phí trước bạ. Đề nghị Thuế tỉnh Tây Ninh khẩn trương tham mưu UBND tỉnh ban hành Bảng giá.',
      ),
    ).toBe(false);
  });
});

describe('a reply that points the firm to the law or draws the answer from it (Công văn 37563/CHQ-GSQL and the Cục Hải quan reply on “Nhà phi thuyền”, 2025)', () => {
  it('"đề nghị Công ty nghiên cứu quy định tại ..." with nothing after the law cited (Công văn 37563/CHQ-GSQL)', () => {
    expect(
      statesOnly(
        'Về thủ tục hải quan: đề nghị Công ty nghiên cứu quy định tại Điều 67 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 được sửa đổi, bổ sung tại khoản 44 Điều 1 Thông tư số 39/2018/TT-BTC ngày 20/4/2018 của Bộ Tài chính',
      ),
    ).toBe(true);
    expect(
      statesOnly(
        'Về chính sách thuế giá trị gia tăng: đề nghị Công ty nghiên cứu quy định tại Điều 3, Điều 5, Điều 9 Luật Thuế giá trị gia tăng số 48/2024/QH15',
      ),
    ).toBe(true);
    // Asked to do something beyond reading the law, the firm has a task.
    expect(
      statesOnly(
        'Đề nghị Công ty nghiên cứu quy định tại Điều 67 Thông tư số 38/2015/TT-BTC để lập hồ sơ và báo cáo Chi cục Hải quan trước ngày 15/12/2025.',
      ),
    ).toBe(false);
  });

  it('the legal basis and the answer drawn from it (Cục Hải quan, reply on “Nhà phi thuyền”, 2025)', () => {
    expect(
      statesOnly(
        'Căn cứ khoản 1 Điều 2 Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13 quy định hàng hóa xuất khẩu, nhập khẩu qua cửa khẩu, biên giới Việt Nam thuộc đối tượng chịu thuế nhập khẩu. Căn cứ quy định dẫn trên, mặt hàng “Nhà phi thuyền” nhập khẩu thuộc đối tượng chịu thuế nhập khẩu',
      ),
    ).toBe(true);
    expect(
      statesOnly(
        'Căn cứ quy định dẫn trên, mặt hàng “Nhà phi thuyền” thuộc đối tượng chịu thuế giá trị gia tăng với mức thuế suất là 10%',
      ),
    ).toBe(true);
    // A request drawn from the law is a task.
    expect(
      statesOnly(
        'Căn cứ quy định nêu trên, đề nghị Chi cục Hải quan khu vực III kiểm tra hồ sơ và báo cáo Cục trước ngày 20/12/2025.',
      ),
    ).toBe(false);
  });

  it('gives no requirement in the reply read whole (Công văn 37563/CHQ-GSQL)', () => {
    const read = reply([
      '1. Về thủ tục hải quan: đề nghị Công ty nghiên cứu quy định tại Điều 67 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 được sửa đổi, bổ sung tại khoản 44 Điều 1 Thông tư số 39/2018/TT-BTC ngày 20/4/2018 của Bộ Tài chính.',
      '2. Về chính sách thuế xuất khẩu, nhập khẩu: đề nghị Công ty nghiên cứu quy định tại khoản 6 Điều 16 Luật Thuế xuất khẩu, thuế nhập khẩu 107/2016/QH13, khoản 1, khoản 2 Điều 11 Nghị định số 134/2016/NĐ-CP ngày 01/9/2016 của Chính phủ.',
      '3. Về chính sách thuế giá trị gia tăng: đề nghị Công ty nghiên cứu quy định tại Điều 3, Điều 5, Điều 9 Luật Thuế giá trị gia tăng số 48/2024/QH15.',
    ]);
    expect(read.requirements).toEqual([]);
  });
});

describe("a plan's aims heading joined to its first line (Kế hoạch 130/KH-UBND of Ninh Bình, 2022)", () => {
  it('is the aims heading, not the cue "Yêu cầu"', () => {
    expect(
      AIM_JOINED.test(
        '2. Yêu cầu Kiểm tra, giám sát, đánh giá kết quả thực hiện Chương trình phải được thực hiện định kỳ 6 tháng, hằng năm.',
      ),
    ).toBe(true);
    expect(AIM_JOINED.test('2. Yêu cầu Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức kiểm tra.')).toBe(
      false,
    );
  });

  it('gives no requirement in the excerpt read whole', () => {
    const read = extractDirective(
      [
        'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
        'Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |',
        '1. Mục đích',
        'Thiết lập hệ thống giám sát, đánh giá đồng bộ, toàn diện đáp ứng yêu cầu quản lý Chương trình.',
        '2. Yêu cầu',
        'Kiểm tra, giám sát, đánh giá kết quả thực hiện Chương trình phải được thực hiện định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất khi cần thiết.',
      ].join('\n'),
    ).directive;
    expect(read.requirements).toEqual([]);
  });
});

describe('an article whose subject answers for the items under it (Quyết định 1544/QĐ-BLĐTBXH, 2024)', () => {
  it('gives the items to the subject and drops the heading that leads in to them', () => {
    const read = extractDirective(
      [
        'QUYẾT ĐỊNH',
        'về việc phê duyệt kế hoạch lựa chọn nhà thầu một số gói thầu dự án Trung tâm Điều dưỡng người có công tỉnh Bạc Liêu',
        'BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'Căn cứ Luật Đấu thầu ngày 23/6/2023;',
        'QUYẾT ĐỊNH:',
        'Điều 1. Phê duyệt kế hoạch lựa chọn nhà thầu một số gói thầu thuộc dự án Trung tâm Điều dưỡng người có công tỉnh Bạc Liêu theo chi tiết tại Phụ lục kèm theo Quyết định này.',
        'Điều 2. Chủ đầu tư chịu trách nhiệm toàn diện trước Bộ trưởng và pháp luật:',
        '1. Rà soát nội dung các gói thầu, dự toán được phê duyệt làm cơ sở xác định giá gói thầu trước khi tổ chức lựa chọn nhà thầu.',
        '2. Tổ chức lựa chọn nhà thầu theo quy định của pháp luật, đảm bảo công khai, minh bạch.',
        '3. Báo cáo kết quả thực hiện về Bộ (qua Vụ Kế hoạch - Tài chính) theo đúng quy định.',
        'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
        'Điều 4. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Bạc Liêu, Thủ trưởng các đơn vị và cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./.',
      ].join('\n'),
    ).directive;
    expect(read.requirements.map((r) => [r.ref, r.assignees])).toEqual([
      ['2.1', ['Chủ đầu tư']],
      ['2.2', ['Chủ đầu tư']],
      ['2.3', ['Chủ đầu tư']],
    ]);
  });
});
