/**
 * Replies (công văn trả lời) of the Tax and Customs Departments (samples/corpus/README.md, wave 16): the pointers to where a
 * matter is regulated, the call on the taxpayer to apply the law and the referral to another body ask nothing; a request
 * to a tax office does. The two-line double delegation of their signer block gives a joined title. Each phrase is quoted
 * from the dev document named.
 */
import { APPLY_LAW } from './describes.js';
import { extractDirective } from './extract-directive.js';
import { notTask, REGULATED } from './non-tasks.js';
import { parseReferences } from './parse-references.js';
import { COURTESY } from './directing-sentences.js';

const reply = (body: string[], signer: string[] = []) =>
  extractDirective(
    [
      'BỘ TÀI CHÍNH',
      'CỤC HẢI QUAN',
      'Số: 39365/CHQ-GSQL',
      'Hà Nội, ngày 01 tháng 12 năm 2025',
      'V/v phương tiện quay vòng',
      'Kính gửi: Công ty TNHH Tokokosen.',
      ...body,
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, GSQL (2b).',
      ...signer,
    ].join('\n'),
  ).directive;

describe('where a matter is regulated (dev chq-2025-12-traloi-phuongtien-quayvong-khongoaiquan)', () => {
  it('a pointer to the provision is no task', () => {
    const line = 'Hàng hoá gửi kho ngoại quan được quy định tại Điều 85 Nghị định số 08/2015/NĐ-CP.';
    expect(REGULATED.test(line)).toBe(true);
    expect(notTask(line)).toBe(true);
  });

  it('a task on what a provision sets out stays (bodies kh-ttg-2025-11-qd-dean-chuyendoiso-hatang-xaydung)', () => {
    expect(
      notTask(
        'Căn cứ chức năng nhiệm vụ được giao, phối hợp với Bộ Xây dựng để thực hiện việc chia sẻ dữ liệu, triển khai các nhiệm vụ tích hợp hệ thống thông tin liên ngành được quy định tại Phần III Điều 1 Quyết định này',
      ),
    ).toBe(false);
  });

  it('the numbered answers and the closing call give no requirement', () => {
    const directive = reply([
      'Cục Hải quan nhận được công văn số 01-10/2025/CV-TKV của Công ty TNHH Tokokosen. Về vấn đề này, Cục Hải quan có ý kiến như sau:',
      '1. Về phương tiện quay vòng',
      '- Thủ tục hải quan đối với phương tiện quay vòng được quy định tại khoản 3, khoản 4 Điều 49 Nghị định số 08/2015/NĐ-CP.',
      '2. Về hàng hóa đưa vào, đưa ra kho ngoại quan',
      '- Hàng hoá gửi kho ngoại quan được quy định tại Điều 85 Nghị định số 08/2015/NĐ-CP.',
      'Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện.',
      'Cục Hải quan trả lời để Công ty TNHH Tokokosen được biết./.',
    ]);
    expect(directive.requirements).toEqual([]);
  });
});

describe("a reply's call on the taxpayer", () => {
  it('to apply the law is no task (dev chq-2025-11-traloi-thue-dncx-giacong)', () => {
    expect(APPLY_LAW.test('Đề nghị Công ty nghiên cứu quy định tại các văn bản nêu trên để thực hiện.')).toBe(true);
  });

  it('a tax office asked to guide the taxpayer stays (dev cucthue-2025-12-traloi-hoadon-bangiao-hatinh)', () => {
    const line =
      'Đề nghị Thuế tỉnh Hà Tĩnh căn cứ quy định của pháp luật hiện hành và hồ sơ cụ thể của Công ty để hướng dẫn đơn vị thực hiện theo quy định.';
    expect(APPLY_LAW.test(line)).toBe(false);
    expect(COURTESY.test(line)).toBe(false);
  });

  it('the referral to another body is the closing courtesy (dev chq-2025-12-traloi-ghinhan-hanghoa-usabc)', () => {
    expect(
      COURTESY.test(
        'Theo đó, đề nghị Hội đồng Kinh doanh Hoa kỳ - ASEAN liên hệ với Bộ Khoa học và Công nghệ là đơn vị chủ trì xây dựng quy định về nhãn hàng hóa để được hướng dẫn.',
      ),
    ).toBe(true);
  });
});

describe('a request to a tax office (dev cucthue-2025-12-traloi-tienthuedat-laocai)', () => {
  it('and the conditional next step after it are two tasks', () => {
    const texts = reply([
      'Về vấn đề này, Cục Thuế có ý kiến như sau:',
      'Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan rà soát hồ sơ thuê đất, thông báo nộp tiền thuê đất và tình hình thực hiện nghĩa vụ về tiền thuê đất của người sử dụng đất. Trường hợp xác định thông báo không phù hợp với quy định thì thực hiện điều chỉnh, thu hồi thông báo.',
      'Cục Thuế trả lời để Thuế tỉnh Lào Cai được biết./.',
    ]).requirements.map((r) => r.text);
    expect(texts).toEqual([
      'Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan rà soát hồ sơ thuê đất, thông báo nộp tiền thuê đất và tình hình thực hiện nghĩa vụ về tiền thuê đất của người sử dụng đất',
      'Trường hợp xác định thông báo không phù hợp với quy định thì thực hiện điều chỉnh, thu hồi thông báo',
    ]);
  });
});

describe('the letter a reply answers (dev chq-2025-11-traloi-thue-dncx-giacong)', () => {
  it('is its basis, after the address line printed under the addressee', () => {
    const directive = extractDirective(
      [
        'BỘ TÀI CHÍNH',
        'CỤC HẢI QUAN',
        'Số: 38162/CHQ-GSQL',
        'Hà Nội, ngày 25 tháng 11 năm 2025',
        'V/v thuê DNCX gia công',
        '**Kính gửi:** Công ty TNHH Minebea AccessSolutions Việt Nam.',
        '*(đ/c: KCN Đồng Văn 11, Phường Duy Hà, tỉnh Ninh Bình)*',
        'Trả lời công văn số 20251022/CV-HD',
        'ngày 22/10/2025 của Công ty TNHH Minebea AccessSolutions Việt Nam về vướng mắc thuê doanh nghiệp chế xuất gia công, Cục Hải quan có ý kiến như sau:',
        'Đề nghị Công ty nghiên cứu quy định tại các văn bản nêu trên để thực hiện.',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT, GSQL (2b).',
      ].join('\n'),
    ).directive;
    expect(directive.references.find((r) => r.number === '20251022')?.role).toBe('basis');
  });
});

describe('a letter number with a hyphened serial (dev chq-2025-12-traloi-phuongtien-quayvong-khongoaiquan)', () => {
  it('keeps the serial with its numbered year', () => {
    const [answered] = parseReferences([
      {
        text: 'Trả lời công văn số 01-10/2025/CV-TKV của Công ty TNHH Tokokosen về việc vướng mắc chính sách mặt hàng, Cục Hải quan có ý kiến như sau:',
      },
    ]);
    expect(answered).toMatchObject({ number: '01-10/2025', symbol: 'CV-TKV', role: 'basis' });
  });
});

describe('a letter numbered without a symbol part (dev chq-2025-12-traloi-ghinhan-hanghoa-usabc)', () => {
  it('is read whole as the basis, with its date and sender', () => {
    const references = parseReferences([
      {
        text: 'Trả lời công văn số USABC-HN-20251121-01 ngày 21/11/2025 của Hội đồng Kinh doanh Hoa kỳ - ASEAN về vướng mắc liên quan đến ghi địa chỉ trên nhãn hàng hóa sau sắp xếp đơn vị hành chính, Cục Hải quan có ý kiến như sau:',
      },
    ]);
    expect(references).toEqual([
      {
        kind: 'Công văn',
        number: 'USABC-HN-20251121-01',
        symbol: null,
        date: '2025-11-21',
        issuer: 'Hội đồng Kinh doanh Hoa kỳ - ASEAN',
        role: 'basis',
      },
    ]);
  });
});

describe('a double delegation printed over lines (dev chq-2025-12-traloi-phuongtien-quayvong-khongoaiquan)', () => {
  it("the title is the signer's own office, where it starts in the second authority line and the lines under it", () => {
    const directive = reply(
      ['Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện.'],
      ['**TL. CỤC TRƯỞNG**', '**KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ **', 'VỀ HQ PHÓ TRƯỞNG BAN', '**Nguyễn Bắc Hải**'],
    );
    expect(directive.signer).toEqual({
      authority: 'TL.',
      body: 'CỤC TRƯỞNG',
      title: 'PHÓ TRƯỞNG BAN',
      name: 'Nguyễn Bắc Hải',
    });
  });
});
