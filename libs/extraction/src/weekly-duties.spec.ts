import { parseDeadlines } from './parse-deadlines.js';

const rrules = (text: string) => parseDeadlines(text, null).map((d) => (d.kind === 'recurring' ? d.rrule : d.kind));

// bodies/dev/hanoi-2025-onhiem-khongkhi-capbach (Công văn 6356/UBND-NNMT of Hà Nội, 2025), items 1 and 8.
describe('weekly duties in a city letter on air pollution', () => {
  it('reads the frequency of the results reported: "cập nhật kết quả thực hiện hàng tuần, báo cáo ..."', () => {
    expect(
      rrules(
        'Chủ động cập nhật kết quả thực hiện hàng tuần, báo cáo UBND Thành phố và gửi Bộ Nông nghiệp và Môi trường tổng hợp',
      ),
    ).toEqual(['FREQ=WEEKLY']);
    expect(rrules('Tổng hợp kết quả hàng năm của Sở để đánh giá thi đua')).toEqual([]);
  });

  it('reads the days of each week in brackets: "định kỳ hàng tuần (Thứ 7, Chủ nhật)"', () => {
    expect(
      rrules(
        'Tổ chức việc tổng vệ sinh môi trường định kỳ hàng tuần (Thứ 7, Chủ nhật) và nâng cao ý thức giữ gìn vệ sinh môi trường trên địa bàn',
      ),
    ).toEqual(['FREQ=WEEKLY;BYDAY=SA,SU']);
  });
});
