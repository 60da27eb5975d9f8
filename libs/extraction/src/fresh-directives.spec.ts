/**
 * Requirement detection on texts outside the corpus, quoted from documents kept in the public repository
 * johnPa02/thuvienphapluat-crawler (crawls of a legal-document site; the file is named in each test). None of them is in
 * samples/corpus; what is expected follows the corpus README ("requirements").
 */
import { extractDirective } from './extract-directive.js';
import { unitMustAct } from './prose-requirements.js';

const texts = (lines: string[]) => extractDirective(lines.join('\n')).directive.requirements.map((r) => r.text);

describe('the units that open a sentence, then what they must do (Chỉ thị 299/TTg, crawl/dat_dai/Chỉ_thị_299_TTg.txt)', () => {
  it('a list of units, however long, before the verb', () => {
    expect(
      unitMustAct(
        'Ủy ban kế hoạch Nhà nước, các Bộ Vật tư, lương thực và thực phẩm, Nội thương, Tài chính, Công nghiệp nhẹ, Ngân hàng Nhà nước Việt Nam... giải quyết kinh phí, vật tư, thiết bị kỹ thuật, lương thực, thực phẩm, phương tiện giao thông, nhiên liệu... cần thiết để công tác này triên khai được thuận lợi.',
      ),
    ).toBe(true);
  });

  it('an aside after the unit', () => {
    expect(
      unitMustAct(
        'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch trực tiếp chỉ đạo công tác này.',
      ),
    ).toBe(true);
  });

  it('"có nhiệm vụ" and "cần" say what a unit must do', () => {
    expect(
      unitMustAct(
        'Tổng Cục Quản lý ruộng đất có nhiệm vụ hướng dẫn cụ thể và giúp các địa phương đào tạo, bồi dưỡng cán bộ để các Ban quản lý ruộng đất và các Hội đồng đăng ký ruộng đất thực hiện tốt nhiệm vụ công tác.',
      ),
    ).toBe(true);
    expect(
      unitMustAct(
        'UBND các tỉnh, thành phố cần huy động và sử dụng mọi lực lượng cán bộ và khả năng vật tư, tài chính hiện có của địa phương để xây dựng kế hoạch thực hiện công tác này trong địa phương mình.',
      ),
    ).toBe(true);
  });

  it('what is being explained, or the issuer announcing guidance (dev/btc-2014-12-luathaiquan-huongdan), is not', () => {
    expect(unitMustAct('Bộ Tài chính hướng dẫn cụ thể một số nội dung như sau:')).toBe(false);
    expect(
      unitMustAct(
        'Công tác đo đạc, phân hạng và đăng ký thống kê sử dụng ruộng đất này cần được hoàn thành tốt trong một thời gian tương đối ngắn.',
      ),
    ).toBe(false);
  });

  it("after a unit's lettered items, each paragraph in which units must act is a task; the closing call is not", () => {
    const found = texts([
      'THỦ TƯỚNG CHÍNH PHỦ',
      'Số: 299/TTg',
      'Hà Nội, ngày 10 tháng 11 năm 1980',
      'CHỈ THỊ',
      'VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC',
      '3. Về tổ chức chỉ đạo:',
      'a) Tổng Cục Quản lý ruộng đất có trách nhiệm:',
      '- Xây dựng các phương án kỹ thuật, kế hoạch tiến hành và tổ chức thực hiện công tác đo đạc, phân hạng và đăng ký thống kê ruộng đất.',
      'e) Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng và triển khai các quy trình kỹ thuật có liên quan đến công tác thống kê.',
      'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch trực tiếp chỉ đạo công tác này.',
      'Thành phần của Hội đồng gồm có: Chủ tịch UBND xã làm Chủ tịch Hội đồng; cán bộ quản lý ruộng đất làm ủy viên thư ký.',
      'UBND các tỉnh, thành phố cần huy động và sử dụng mọi lực lượng cán bộ và khả năng vật tư, tài chính hiện có của địa phương để xây dựng kế hoạch thực hiện công tác này trong địa phương mình.',
      'Thủ tướng Chính phủ yêu cầu các ngành, các cấp tập trung lực lượng để hoàn thành công tác này theo đúng thời gian quy định.',
      'K/T THỦ TƯỚNG CHÍNH PHỦ',
      'PHÓ THỦ TƯỚNG',
      'Tố Hữu',
    ]);
    expect(found).toEqual([
      'Xây dựng các phương án kỹ thuật, kế hoạch tiến hành và tổ chức thực hiện công tác đo đạc, phân hạng và đăng ký thống kê ruộng đất',
      'Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng và triển khai các quy trình kỹ thuật có liên quan đến công tác thống kê',
      'Ủy ban Nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ tịch trực tiếp chỉ đạo công tác này',
      'UBND các tỉnh, thành phố cần huy động và sử dụng mọi lực lượng cán bộ và khả năng vật tư, tài chính hiện có của địa phương để xây dựng kế hoạch thực hiện công tác này trong địa phương mình',
    ]);
  });
});
