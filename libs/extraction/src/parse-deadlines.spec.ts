import { parseDeadlines } from './parse-deadlines.js';

const strip = (text: string) => parseDeadlines(text).map(({ at: _at, ...d }) => d);

describe('parseDeadlines', () => {
  it.each([
    ['gửi báo cáo trước ngày 25/01/2024.', [{ kind: 'absolute', date: '2024-01-25', text: 'trước ngày 25/01/2024' }]],
    [
      'hoàn thành chậm nhất ngày 13.12.2007',
      [{ kind: 'absolute', date: '2007-12-13', text: 'chậm nhất ngày 13.12.2007' }],
    ],
    [
      'xong trước ngày 08/08/2024 (sau thời gian trên ...)',
      [{ kind: 'absolute', date: '2024-08-08', text: 'trước ngày 08/08/2024' }],
    ],
    [
      'báo cáo trước ngày 30 tháng 9 năm 2024',
      [{ kind: 'absolute', date: '2024-09-30', text: 'trước ngày 30 tháng 9 năm 2024' }],
    ],
    [
      'thay đổi mật khẩu (03 tháng/lần)',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3', text: '03 tháng/lần' }],
    ],
    [
      'gửi kết quả trước ngày 29 hằng tháng',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=29', text: 'trước ngày 29 hằng tháng' }],
    ],
    [
      'đánh giá từ ngày 22-24, kết quả',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=22,23,24', text: 'từ ngày 22-24' }],
    ],
    [
      'báo cáo trong vòng 07 ngày kể từ ngày nhận được văn bản',
      [{ kind: 'relative', offset: 'P7D', anchor: 'receipt', text: 'trong vòng 07 ngày kể từ ngày nhận' }],
    ],
    [
      'trong thời hạn 10 ngày làm việc kể từ ngày ký',
      [{ kind: 'relative', offset: 'P10D', anchor: 'issue', text: 'trong thời hạn 10 ngày làm việc kể từ ngày ký' }],
    ],
    [
      'gửi báo cáo trước ngày l5/3/2025 (OCR)',
      [{ kind: 'absolute', date: '2025-03-15', text: 'trước ngày l5/3/2025' }],
    ],
    [
      'thay đổi mật khẩu (06 tháng/ỉần)',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=6', text: '06 tháng/ỉần' }],
    ],
  ])('reads "%s"', (text, expected) => expect(strip(text)).toEqual(expected));

  it.each([
    'cài đặt lại phần mềm trước khi đăng nhập tài khoản',
    'tạm dừng cho đến khi có thông báo mới',
    'ngày 32/13/2024',
    'Quyết định số 15 ngày 12/01/2024',
  ])('finds no deadline in "%s"', (text) => {
    expect(strip(text)).toEqual([]);
  });

  it('keeps several deadlines in reading order', () => {
    const text = 'gửi bản pdf trước ngày 29 hằng tháng (cá nhân đánh giá từ ngày 22-24, đơn vị vào ngày 25 hằng tháng)';
    expect(strip(text).map((d) => d.text)).toEqual([
      'trước ngày 29 hằng tháng',
      'từ ngày 22-24',
      'vào ngày 25 hằng tháng',
    ]);
  });

  // Real sentences of the dev split (samples/corpus/dev/<id>).
  it.each([
    [
      'luongminh-2025-11-kehoach-hiepthuong: an offset after a meeting',
      '- Gửi Biên bản Hội nghị hiệp thương lần thứ ba về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ngay sau khi tổ chức hội nghị 01 ngày.',
      [{ kind: 'relative', offset: 'P1D', anchor: 'meeting', text: 'ngay sau khi tổ chức hội nghị 01 ngày' }],
    ],
    [
      'luongminh-2025-12-kehoach-kiemtra-giamsat: "cơ quan, đơn vị, tổ chức" names organisations, no event',
      '- Giám sát việc giới thiệu người ứng cử tại các cơ quan, đơn vị, tổ chức hội nghị cử tri giới thiệu người ứng cử (từ 17/12/2025 đến 25/01/2026).',
      [{ kind: 'absolute', date: '2026-01-25', text: 'từ 17/12/2025 đến 25/01/2026' }],
    ],
    [
      'luongminh-2025-12-kehoach-tiepcongdan-baucu: from receipt',
      'chuyển đơn đến Ủy ban nhân dân xã Lương Minh để giải quyết theo thẩm quyền (trong thời hạn 05 ngày kể từ ngày nhận đơn).',
      [{ kind: 'relative', offset: 'P5D', anchor: 'receipt', text: 'trong thời hạn 05 ngày kể từ ngày nhận' }],
    ],
    [
      'luongminh-2026-01-kehoach-laykien-cutri: a wordy date after "Chậm nhất là"',
      '4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời về các vụ việc mà cử tri nêu đối với người ứng cử đại biểu Hội đồng nhân dân phải được tiến hành xong.',
      [{ kind: 'absolute', date: '2026-02-08', text: 'Chậm nhất là ngày 08 tháng 02 năm 2026' }],
    ],
    [
      'daklak-2025-11-kehoach-moitruong-saulu: a daily report',
      '- Thiết lập chế độ báo cáo nhanh hàng ngày trong thời gian lũ lụt xảy ra trên địa bàn tỉnh.',
      [{ kind: 'recurring', rrule: 'FREQ=DAILY', text: 'hàng ngày' }],
    ],
    [
      'daklak-2025-11-kehoach-moitruong-saulu: a daily summary report',
      '- Báo cáo tổng hợp hàng ngày gửi UBND tỉnh, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn.',
      [{ kind: 'recurring', rrule: 'FREQ=DAILY', text: 'hàng ngày' }],
    ],
  ])('reads %s', (_doc, text, expected) => expect(strip(text)).toEqual(expected));

  it.each([
    // dev/bvhttdl-2009-12-tuyentruyen-nghiquyet: the year something happens
    'thông tin kịp thời các hoạt động kỷ niệm trong năm 2010 đến các tầng lớp nhân dân',
    // dev/cantho-2025-11-kehoach-danso: a yearly budget, no duty
    'ngân sách hàng năm, phối hợp với Sở Y tế tham mưu bố trí kinh phí theo phân cấp',
    // dev/cantho-2025-11-kehoach-danso: "định kỳ" without a period
    'định kỳ tổng hợp, báo cáo Ủy ban nhân dân thành phố kết quả thực hiện theo quy định',
    // dev/tnut-2021-10-qd-ketnapdangvien: when a decision takes effect
    'Điều 2: Quyết định này có hiệu lực kể từ ngày ký.',
  ])('finds no deadline in the dev sentence "%s"', (text) => expect(strip(text)).toEqual([]));

  // The phrases the gold conventions (samples/corpus/README.md) and directives use for which no dev document
  // carries a sentence yet: the phrase as the conventions write it.
  it.each([
    ['định kỳ hằng quý', [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3', text: 'định kỳ hằng quý' }]],
    [
      'báo cáo định kỳ 6 tháng một lần',
      [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=6', text: 'định kỳ 6 tháng một lần' }],
    ],
    [
      'báo cáo hằng tháng gửi về Sở Nội vụ trước ngày 20.',
      [
        {
          kind: 'recurring',
          rrule: 'FREQ=MONTHLY;BYMONTHDAY=20',
          text: 'hằng tháng gửi về Sở Nội vụ trước ngày 20',
        },
      ],
    ],
    ['hoàn thành trong quý I/2026', [{ kind: 'absolute', date: '2026-03-31', text: 'hoàn thành trong quý I/2026' }]],
    ['hoàn thành trong năm 2026', [{ kind: 'absolute', date: '2026-12-31', text: 'hoàn thành trong năm 2026' }]],
    // dev/vpcp-2025-11-caotoc-bienhoa-vungtau and vpcp-2025-11-duong-hochiminh: what is completed between verb and year.
    [
      'áp dụng các giải pháp kỹ thuật rút ngắn thời gian thi công để có thể hoàn thành Dự án thành phần 1 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu trong năm 2025, bảo đảm chất lượng',
      [
        {
          kind: 'absolute',
          date: '2025-12-31',
          text: 'hoàn thành Dự án thành phần 1 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu trong năm 2025',
        },
      ],
    ],
    [
      'đẩy nhanh tiến độ thi công để đảm bảo thông xe tuyến chính (Dự án thành phần 2 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu) trong năm 2025, thi công đảm bảo chất lượng',
      [
        {
          kind: 'absolute',
          date: '2025-12-31',
          text: 'thông xe tuyến chính (Dự án thành phần 2 thuộc Dự án cao tốc Biên Hòa - Vũng Tàu) trong năm 2025',
        },
      ],
    ],
    [
      'xử lý các vướng mắc về bố trí nguồn vốn, giải phóng mặt bằng, bảo đảm tiến độ hoàn thành Dự án vào năm 2026.',
      [{ kind: 'absolute', date: '2026-12-31', text: 'hoàn thành Dự án vào năm 2026' }],
    ],
    ['gửi báo cáo trước ngày 15 tháng 3.', [{ kind: 'absolute', date: '2026-03-15', text: 'trước ngày 15 tháng 3' }]],
    ['Thời hạn: 15.3.2026', [{ kind: 'absolute', date: '2026-03-15', text: 'Thời hạn: 15.3.2026' }]],
    ['chậm nhất vào ngày 15/3/2026', [{ kind: 'absolute', date: '2026-03-15', text: 'chậm nhất vào ngày 15/3/2026' }]],
    [
      'chậm nhất 05 ngày làm việc sau khi kết thúc hội nghị',
      [
        {
          kind: 'relative',
          offset: 'P5D',
          anchor: 'meeting',
          text: 'chậm nhất 05 ngày làm việc sau khi kết thúc hội nghị',
        },
      ],
    ],
  ])('reads the convention phrase "%s"', (text, expected) =>
    expect(parseDeadlines(text, '2026').map(({ at: _at, ...d }) => d)).toEqual(expected),
  );

  it('reads "định kỳ hằng tháng" once when the day of the month is printed', () => {
    expect(strip('báo cáo định kỳ hằng tháng, gửi trước ngày 20 hằng tháng').map((d) => d.rrule)).toEqual([
      'FREQ=MONTHLY;BYMONTHDAY=20',
    ]);
  });
});

describe('parseDeadlines on long texts and repeated passages', () => {
  it('gives each caller its own deadlines when the same passage is read again', () => {
    const passage = 'Các đơn vị hoàn thành trong tháng 12/2025 và báo cáo trước ngày 20/12/2025.';
    const first = parseDeadlines(passage, '2025');
    first[0].text = 'changed by a caller';
    first.pop();
    expect(parseDeadlines(passage, '2025')).toEqual([
      expect.objectContaining({ kind: 'absolute', date: '2025-12-31', text: 'hoàn thành trong tháng 12/2025' }),
      expect.objectContaining({ kind: 'absolute', date: '2025-12-20' }),
    ]);
  });

  it('finds "trong tháng ..." deadlines anywhere in a long text, with the words of their line before them', () => {
    const filler = 'Trang 1, dong 1: UBND quan Dong Da de nghi cac don vi thuc hien.\n'.repeat(2_000);
    const text = `${filler}Các đơn vị xong trong quý IV/2025; ${filler}báo cáo kết quả hoàn thành trong tháng 3 năm 2026.`;
    expect(parseDeadlines(text).map((d) => [d.date, d.text])).toEqual([
      ['2025-12-31', 'Các đơn vị xong trong quý IV/2025'],
      ['2026-03-31', 'báo cáo kết quả hoàn thành trong tháng 3 năm 2026'],
    ]);
  });
});
