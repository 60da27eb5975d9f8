import type { RecognisedLine } from './native-tesseract.js';
import { blockRect, cascadeBlocks, recipientBlock } from './cascade-blocks.js';

/** A line of words 30 px high at row `top`, each word 80 px wide. */
const line = (text: string, top: number, paragraph = 0): RecognisedLine => ({
  paragraph,
  words: text.split(' ').map((word, index) => ({
    text: word,
    confidence: 90,
    bbox: { x0: 100 + index * 100, y0: top, x1: 180 + index * 100, y1: top + 30 },
  })),
});

describe('recipientBlock', () => {
  it('takes the lines from "Kính gửi" to the recipient closed by a full stop (samples/directives/myduc-2024-08-matkhau)', () => {
    const lines = [
      line('Mỹ Đức, ngày 05 tháng 8 năm 2024', 0),
      line('Kính gửi: - Các Ban Đẳng và Văn phòng Huyện ủy, TT Chính trị, Ủy ban', 50),
      line('MTTQ, các đoàn thể - chính trị xã hội huyện,', 100),
      line('- Các Phòng, ban, cơ quan trực thuộc UBND Huyện,', 150),
      line('- Đảng ủy các xã, thị trấn, Đảng ủy Khối doanh nghiệp.', 200),
      line('Căn cứ Quyết định số 2021-QĐ/TU ngày 22/12/2021 của Ban Thường vụ', 250),
    ];
    expect(recipientBlock(lines)).toEqual([false, true, true, true, true, false]);
  });

  it('knows "Kính gửi:" alone on its line and misread, and finds no block without it (samples/directives/dongda-2024-01-matkhau)', () => {
    const lines = [
      line('Kinh gũi:', 0),
      line('- Chủ tịch UBND 21 phường thuộc quận;', 50),
      line('- Hiệu trưởng các trường MN, TH, THCS công lập thuộc quận.', 100),
      line('Thực hiện Công văn số 3347-CV/BTCTU ngày 12/01/2024', 150),
    ];
    expect(recipientBlock(lines)).toEqual([true, true, true, false]);
    expect(recipientBlock([line('- Như Kính gửi;', 0), line('- Lưu: VT.', 50)])).toEqual([false, false]);
  });

  it('ends a list without a full stop after 12 lines', () => {
    const lines = [
      line('Kính gửi: Các phòng', 0),
      ...Array.from({ length: 20 }, (_, i) => line('- Phòng ban,', 50 * (i + 1))),
    ];
    expect(recipientBlock(lines).filter(Boolean)).toHaveLength(13);
  });
});

describe('blockRect', () => {
  it('bounds the block by its words, widened, but not into the lines around it', () => {
    const lines = [line('a b', 0), line('Kính gửi: x', 40), line('- y.', 80), line('c', 120)];
    const image = { pixels: Buffer.alloc(0), width: 1000, height: 400 };
    // Words of the block span x 100…380 and rows 40…110; pad 10; the line above ends at row 30, the next starts at 120.
    expect(blockRect(lines, 1, 2, image)).toEqual({ left: 90, top: 31, width: 300, height: 89 });
  });
});

describe('cascadeBlocks', () => {
  it('joins the Kính gửi block and the runs of uncertain lines (samples/directives/dongda-2024-01-matkhau, poor scan)', () => {
    const sure = (text: string, top: number): RecognisedLine => line(text, top);
    const unsure = (text: string, top: number): RecognisedLine => ({
      ...line(text, top),
      words: line(text, top).words.map((word) => ({ ...word, confidence: 60 })),
    });
    const lines = [
      sure('Đông Đa, ngày tháng 01 năm 2024', 0),
      sure('Kính gửi:', 50),
      sure('- Hiệu trưởng các trường MN, TH, THCS công lập thuộc quận.', 100),
      unsure('Thực hiện Công văn số 3347-CV/BTCTU ngày 12/01/2024 của Ban Tổ', 150),
      unsure('„chức Thành Ủy Hà Nội về tiệc rà coát thay đổi mật khẩu', 200),
      sure('và tài khoản người dùng các phần mềm ứng dụng.', 250),
      unsure('thay đổi mật khẩu để đảm bảo an ninh mạng (03 thánglần đối với phần', 300),
      unsure('~ — ~', 350),
    ];
    expect(cascadeBlocks(lines, 85)).toEqual([
      [1, 4],
      [6, 6],
    ]);
  });
});
