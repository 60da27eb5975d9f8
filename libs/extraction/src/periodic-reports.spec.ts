/**
 * A closing report that opens with how often (and by when) it falls, then names the units who send it: a task of its
 * own after the numbered items, whatever kind its date is.
 */
import { extractDirective } from './extract-directive.js';
import type { Paragraph } from './parse-body.js';
import { OPENS_RECURRING, periodicReport } from './task-tails.js';

const paragraph = (text: string): Paragraph => ({ marker: null, text, span: { start: 0, end: text.length } });

describe('OPENS_RECURRING', () => {
  it.each([
    // bodies dev kh-ttg-2025-11-qd-kehoach-onhiem-khongkhi IV.p
    [
      'Hàng năm, trước ngày 25 tháng 12, các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao gửi Bộ Nông nghiệp và Môi trường báo cáo tình hình',
      'các cơ quan, đơn vị chủ trì',
    ],
    // corpus dev ttg-2018-06-qd-kehoach-chithi14-nguoicocong
    ['Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh báo cáo kết quả thực hiện', 'các bộ, ngành'],
    // paraphrases
    ['Định kỳ hằng tháng, trước ngày 20, các sở, ban, ngành báo cáo kết quả', 'các sở, ban, ngành'],
    ['Định kỳ hằng quý (trước ngày 15 tháng cuối quý), Ủy ban nhân dân các xã gửi báo cáo', 'Ủy ban nhân dân các xã'],
    ['Hằng tuần, chậm nhất là ngày thứ Sáu, các phòng gửi báo cáo', 'các phòng'],
  ])('reads the opening of "%s"', (text, rest) => {
    expect(text.replace(OPENS_RECURRING, '')).toMatch(new RegExp(`^${rest}`, 'u'));
  });
});

describe('periodicReport', () => {
  it.each([
    'Định kỳ hằng tháng, trước ngày 20, các sở, ban, ngành báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
    'Hằng quý, trước ngày 15 của tháng cuối quý, Ủy ban nhân dân các xã, phường gửi báo cáo về Sở Nội vụ.',
    'Định kỳ hằng năm (trước ngày 30/11), các đơn vị trực thuộc báo cáo kết quả thực hiện về Sở Y tế.',
  ])('is a closing report of its own: %s', (text) => {
    expect(periodicReport(paragraph(text), '2025')).toBe(true);
  });

  it.each([
    // no unit after the opening: the item's own actor reports (dev dongthap-2025-11-kehoach-chuyendoiso-hatang-giaothong)
    'Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân Tỉnh.',
    // no report sent anywhere
    'Hằng tháng, các sở, ngành tổ chức kiểm tra việc thực hiện.',
    // the date does not open the sentence
    'Các sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 20 hằng tháng.',
  ])('is not: %s', (text) => {
    expect(periodicReport(paragraph(text), '2025')).toBe(false);
  });
});

describe('a periodic closing report after numbered items', () => {
  const requirements = (items: string[], closing: string) =>
    extractDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH ĐỒNG THÁP',
        'Số: 100/UBND-KT',
        'V/v triển khai chuyển đổi số',
        'Đồng Tháp, ngày 1 tháng 12 năm 2025',
        'Kính gửi: Các sở, ban, ngành tỉnh.',
        'Ủy ban nhân dân tỉnh yêu cầu:',
        ...items,
        closing,
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
      ].join('\n'),
    ).directive.requirements;

  it('stands after items that name their unit (was: run into the last item)', () => {
    const found = requirements(
      ['1. Sở Tài chính bố trí kinh phí thực hiện.', '2. Sở Nội vụ hướng dẫn các đơn vị triển khai.'],
      'Định kỳ hằng tháng, trước ngày 20, các sở, ban, ngành báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
    );
    expect(found.map((r) => r.ref)).toEqual(['1', '2', '3']);
    expect(found[1].text).toBe('Sở Nội vụ hướng dẫn các đơn vị triển khai');
    expect(found[2].assignees).toEqual(['các sở, ban, ngành']);
    expect(found[2].reportTo.map((r) => r.target)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(found[2].deadlines.map((d) => d.rrule)).toEqual(['FREQ=MONTHLY;BYMONTHDAY=20']);
  });

  it('stands after sub-items', () => {
    const found = requirements(
      ['1. Sở Tài chính:', '1.1. Bố trí kinh phí thực hiện.', '1.2. Hướng dẫn thanh quyết toán kinh phí.'],
      'Hằng quý, trước ngày 15 của tháng cuối quý, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả về Sở Nội vụ.',
    );
    const last = found.at(-1)!;
    expect(found).toHaveLength(3);
    expect(last.text).toMatch(/^Hằng quý/u);
    expect(last.reportTo.map((r) => r.target)).toEqual(['Sở Nội vụ']);
    expect(found[1].text).toBe('Hướng dẫn thanh quyết toán kinh phí');
  });
});
