// Recall and precision of deadline phrases on unseen wording (issue 12): deadline phrasings written for this check (not
// taken from any corpus document), each put into neutral requirement sentences and read by deadlinesOf with the
// document's year 2026. A phrase the reader misses, or reads with another date, is a gap in its grammar; a sentence
// with a date that is no deadline (an event, a past date, a cited document's date) must give nothing.
//   npm run build && node bench/experiments/deadline-stress.mjs [--list]
const W = process.cwd();
const { deadlinesOf } = await import(`${W}/dist/libs/extraction/src/parse-deadlines.js`);
const list = process.argv.includes('--list');

/** [phrase, expected: 'YYYY-MM-DD' (absolute), 'R:<rrule>' (recurring), 'P…' (relative offset)] */
const PHRASES = [
  ['trước ngày 15/3/2026', '2026-03-15'],
  ['trước ngày 15-3-2026', '2026-03-15'],
  ['trước ngày 15.3.2026', '2026-03-15'],
  ['trước ngày 05/01/2026', '2026-01-05'],
  ['chậm nhất ngày 20/4/2026', '2026-04-20'],
  ['chậm nhất là ngày 20/4/2026', '2026-04-20'],
  ['chậm nhất vào ngày 20/4/2026', '2026-04-20'],
  ['trước 17 giờ 00 ngày 10/6/2026', '2026-06-10'],
  ['trước 16h00 ngày 10/6/2026', '2026-06-10'],
  ['trước 10 giờ, thứ Sáu, ngày 12/6/2026', '2026-06-12'],
  ['trước ngày 15 tháng 3 năm 2026', '2026-03-15'],
  ['trước ngày 15/3', '2026-03-15'],
  ['trước ngày 30 tháng 9', '2026-09-30'],
  ['xong trước ngày 30/6/2026', '2026-06-30'],
  ['hoàn thành trước ngày 30/6/2026', '2026-06-30'],
  ['hoàn thành trong tháng 6/2026', '2026-06-30'],
  ['hoàn thành trong tháng 6 năm 2026', '2026-06-30'],
  ['hoàn thành trong quý III/2026', '2026-09-30'],
  ['hoàn thành trong Quý II năm 2026', '2026-06-30'],
  ['hoàn thành trong năm 2026', '2026-12-31'],
  ['trước ngày 31/12/2026', '2026-12-31'],
  ['không muộn hơn ngày 25/5/2026', '2026-05-25'],
  ['hạn chót ngày 25/5/2026', '2026-05-25'],
  ['thời hạn: trước ngày 25/5/2026', '2026-05-25'],
  ['trong ngày 25/5/2026', '2026-05-25'],
  ['trước ngày 25/5/2026 (thứ Hai)', '2026-05-25'],
  ['trước ngày 20 hằng tháng', 'R:FREQ=MONTHLY;BYMONTHDAY=20'],
  ['trước ngày 20 hàng tháng', 'R:FREQ=MONTHLY;BYMONTHDAY=20'],
  ['định kỳ hằng tháng', 'R:FREQ=MONTHLY'],
  ['định kỳ hằng quý', 'R:FREQ=MONTHLY;INTERVAL=3'],
  ['định kỳ 6 tháng', 'R:FREQ=MONTHLY;INTERVAL=6'],
  ['trong vòng 07 ngày làm việc kể từ ngày nhận được văn bản này', 'P7D'],
  ['trong thời hạn 10 ngày kể từ ngày ký', 'P10D'],
  ['trong vòng 15 ngày', 'P15D'],
  ['trước 15/3/2026', '2026-03-15'],
  ['đến hết ngày 15/3/2026', '2026-03-15'],
  ['muộn nhất ngày 15/3/2026', '2026-03-15'],
  ['trước thời điểm 15/3/2026', '2026-03-15'],
  ['trước ngày 15/3/2026 (theo dấu bưu điện)', '2026-03-15'],
  ['trước ngày 15 tháng 3', '2026-03-15'],
  ['trong tháng 3/2026', '2026-03-31'],
  ['trước cuối tháng 3/2026', '2026-03-31'],
  ['trước ngày 25/11 hằng năm', 'R:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25'],
  ['kịp thời trước ngày 15/3/2026', '2026-03-15'],
  ['ngay trong ngày 15/3/2026', '2026-03-15'],
  ['trước ngày 15/03/2026', '2026-03-15'],
  ['trước ngày 15 / 3 / 2026', '2026-03-15'],
  ['trước ngày 15/3/ 2026', '2026-03-15'],
  ['trước ngày 15-03-2026', '2026-03-15'],
  ['trước ngày 15/3/2026.', '2026-03-15'],
];
const SENTENCES = [
  (p) => `Đề nghị Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh ${p}.`,
  (p) => `Các đơn vị gửi báo cáo về Văn phòng ${p} để tổng hợp.`,
  (p) => `Giao Ủy ban nhân dân các xã, phường rà soát danh sách, ${p}.`,
];
/** Dates that are no deadline: each sentence must give nothing. */
const NON_DEADLINES = [
  'Thực hiện Công văn số 123/UBND-VX ngày 15/3/2026 của Ủy ban nhân dân tỉnh về việc tăng cường công tác phòng cháy.',
  'Hội nghị được tổ chức vào ngày 15/3/2026 tại Hội trường Ủy ban nhân dân tỉnh.',
  'Tính đến ngày 28/02/2026, toàn tỉnh đã giải ngân được 45% kế hoạch vốn.',
  'Từ ngày 01/01/2026 đến nay, trên địa bàn tỉnh xảy ra 12 vụ cháy.',
  'Kế hoạch này có hiệu lực từ ngày ký.',
  'Năm 2025, tỉnh đã hoàn thành 95% chỉ tiêu được giao.',
];

const expectation = (e) =>
  e.startsWith('R:')
    ? { kind: 'recurring', rrule: e.slice(2) }
    : e.startsWith('P')
      ? { kind: 'relative', offset: e }
      : { kind: 'absolute', date: e };
const same = (got, want) =>
  got.kind === want.kind &&
  (want.date ? got.date === want.date : want.rrule ? got.rrule === want.rrule : got.offset === want.offset);

let failed = 0;
for (const [phrase, e] of PHRASES)
  for (const [i, sentence] of SENTENCES.entries()) {
    const got = deadlinesOf(sentence(phrase), '2026');
    if (got.length === 1 && same(got[0], expectation(e))) continue;
    failed++;
    if (list) console.log(`  S${i} «${phrase}» → ${JSON.stringify(got.map(({ text: _t, ...d }) => d))}`);
  }
let spurious = 0;
for (const sentence of NON_DEADLINES) {
  const got = deadlinesOf(sentence, '2026');
  if (!got.length) continue;
  spurious++;
  if (list) console.log(`  N «${sentence}» → ${JSON.stringify(got.map(({ text: _t, ...d }) => d))}`);
}
console.log(
  `deadline phrases missed or misread: ${failed}/${PHRASES.length * SENTENCES.length} (${PHRASES.length} phrases)`,
);
console.log(`sentences without a deadline read as one: ${spurious}/${NON_DEADLINES.length}`);
