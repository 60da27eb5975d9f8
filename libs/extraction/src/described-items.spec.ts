import { describesOnly } from './described-items.js';
import { keepActions } from './kept-actions.js';

const item = (ref: string, text: string) => ({ ref, text, deadlines: [], assignees: [], span: { start: 0, end: 0 } });

describe('describesOnly: a numbered item that says what is, was or still is, and asks nothing', () => {
  it.each([
    // dev bnv-2025-11-tuyentruyen-sapxep-dvhc, item 1 (its second sentence, alone).
    'Chủ trương lớn này đã được Trung ương Đảng, Quốc hội, Chính phủ nghiên cứu, bàn bạc thấu đáo nhiều khía cạnh và thống nhất cao trước khi triển khai thực hiện',
    // The assessment a conclusion opens with, the state of a project (Thông báo kết luận form).
    'Dự án có ý nghĩa đặc biệt quan trọng đối với phát triển kinh tế - xã hội của vùng. Tuy nhiên, tiến độ một số gói thầu còn chậm, công tác giải phóng mặt bằng còn vướng mắc.',
    'Bộ Tài chính đã có văn bản số 1234/BTC-ĐT ngày 10/11/2025 báo cáo Thủ tướng Chính phủ về bố trí vốn.',
  ])('no task: %s', (text) => expect(describesOnly(text)).toBe(true));

  it.each([
    // dev cp-2026-05-nq-giamdinh-adn-hai-cot-liet-si 5.1.b: a unit's role is its duty.
    'Bộ Nội vụ là cơ quan đầu mối giúp Chính phủ theo dõi, đôn đốc việc thực hiện Nghị quyết này',
    // dev vpcp-2025-11-tbkl-bcd-khcn-chuyendoiso-phien5 III.4.(3): an action after its inline marker.
    'các bộ, ngành, địa phương tập trung: **(i)** Sửa đổi, bổ sung 322 văn bản quy phạm pháp luật theo phương án đã được Thủ tướng Chính phủ phê duyệt',
    // dev bldtbxh-2019-07-dutoan-nguoicocong II.3.2.b: a budget line's label, then what to do.
    'Hỗ trợ chi hoạt động phục vụ công tác nuôi dưỡng người có công tập trung: căn cứ số đối tượng người có công đang được nuôi dưỡng, điều trị tập trung tại Trung tâm để xây dựng dự toán kinh phí hỗ trợ',
    // bodies/dev kh-bacninh-2025-11-kehoach-kinhteso 8: a maxim, then the action.
    'Thi đua là động lực, khen thưởng là ghi nhận. Mở rộng, đa dạng hóa các hình thức tôn vinh, biểu dương kịp thời các tổ chức, doanh nghiệp',
    // An imperative whose object holds "đã" (dev hcm-2014-06-qd-kehoach-nhao-nguoicocong III.1.1.5).
    'Hoàn thành việc hỗ trợ các hộ gia đình người có công với cách mạng có nhà ở theo Đề án đã được phê duyệt',
    // A unit that must act, with "cần".
    'Thời gian tới, nhiệm vụ còn rất nặng nề, các Bộ, ngành, địa phương cần tập trung cao độ, quyết liệt hơn nữa',
  ])('a task: %s', (text) => expect(describesOnly(text)).toBe(false));

  it('keepActions leaves the describing item out, keeps the directing one', () => {
    const kept = keepActions([
      item('2', 'Dự án có ý nghĩa đặc biệt quan trọng đối với phát triển kinh tế - xã hội của vùng.'),
      item('4.a', 'Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính rà soát, hoàn thiện hồ sơ điều chỉnh dự án.'),
    ]);
    expect(kept.map((k) => k.ref)).toEqual(['4.a']);
  });
});
