/** The law a tax office's reply quotes (Công văn 3257/TNI-QLDN1 of Thuế tỉnh Tây Ninh, 2025): no task of the letter. */
import { extractDirective } from './extract-directive.js';
import { quotedParagraphs } from './quoted-law.js';

const HEAD = [
  'CỤC THUẾ',
  'THUẾ TỈNH TÂY NINH',
  'Số: 3257/TNI-QLDN1',
  'V/v thuế suất thuế GTGT',
  'Tây Ninh, ngày 01 tháng 12 năm 2025',
  'Kính gửi: Công ty TNHH Khuôn Mẫu Yong Hong.',
  'Trả lời văn bản số 01/CV-01 ngày 20/11/2025 của Công ty về việc thuế suất thuế GTGT, Thuế tỉnh Tây Ninh có ý kiến như sau:',
  '- Căn cứ Nghị định số 72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định chính sách giảm thuế giá trị gia tăng.',
];
const TAIL = [
  'Đề nghị Công ty căn cứ vào tình hình thực tế của đơn vị, đối chiếu với các quy định tại văn bản pháp luật nêu trên để thực hiện đúng quy định.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
];
const texts = (body: string[]) =>
  extractDirective([...HEAD, ...body, ...TAIL].join('\n')).directive.requirements.map((r) => r.text);

const para = (text: string) => ({
  text,
  marker: /^[-+]/u.test(text) ? '-' : null,
  span: { start: 0, end: text.length },
});

describe('quoted law in a reply', () => {
  it('reads a quotation whose opening mark the page lost, from its lead-in to the closing mark, as quoted', () => {
    const paragraphs = [
      '+ Tại Điều 2 quy định hiệu lực thi hành như sau:',
      'Điều 2. Hiệu lực thi hành và tổ chức thực hiện',
      '1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 năm 2024.',
      '…”',
      'Đề nghị Công ty căn cứ vào tình hình thực tế của đơn vị để thực hiện đúng quy định.',
    ].map(para);
    const quoted = quotedParagraphs(paragraphs);
    expect(paragraphs.filter((p) => quoted.has(p)).map((p) => p.text.slice(0, 12))).toEqual([
      'Điều 2. Hiệu',
      '1. Nghị định',
      '…”',
    ]);
  });

  it('reads the provisions of two quotations, one without its opening mark, as no tasks', () => {
    expect(
      texts([
        '+ Tại Điều 2 quy định hiệu lực thi hành như sau:',
        'Điều 2. Hiệu lực thi hành và tổ chức thực hiện',
        '1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 năm 2024.',
        '…”',
        '+ Tại Phụ lục I Danh mục hàng hóa, dịch vụ không được giảm thuế suất thuế giá trị gia tăng quy định như sau:',
        '“… Ghi chú:',
        '- Phụ lục Danh mục hàng hóa, dịch vụ không được giảm thuế giá trị gia tăng này là một phần của Phụ lục Danh mục.',
        '…” Căn cứ quy định trên, từ ngày 01/7/2024 đến hết ngày 31/12/2024, hàng hóa bán ra của Công ty thuộc đối tượng được giảm thuế GTGT.',
      ]),
      // Nor is the closing call on the company to apply the law (APPLY_LAW; samples/corpus/README.md, "How gold is
      // written", settled with wave 16; dev thuetayninh-2025-12-traloi-thuesuat-gtgt's gold follows it).
    ).toEqual([]);
  });
});
