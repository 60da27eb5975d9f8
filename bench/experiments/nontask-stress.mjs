// Precision and recall of "is a task" in the genres whose held-out readings are mostly no task (Government resolutions,
// decisions that publish, correct or approve, conclusions): sentences written for this check (nontask-stress-sentences.mjs,
// in no corpus document), half of them no task by the gold conventions (normative provisions, competences, amendments,
// effect and transitional clauses, quoted procedures, spending norms, assessments, approvals, corrections, aims), half
// tasks in the same genres. Each is printed alone in the slot of a realistic skeleton (Điều 1/2/3, "QUYẾT NGHỊ:", Roman
// parts, numbered items) beside one fixed task (so the document always directs someone), and the whole text is read by
// extractDirective. A sentence is read as a task when a reading holds it (word-set Dice >= 0.5, the bench's matching, or
// >= 0.8 of its words inside one reading) other than the fixed task's.
//   npm run build && node bench/experiments/nontask-stress.mjs [--wrong] [--only <kind>] [--dump]
import { NON_TASKS, TASKS } from './nontask-stress-sentences.mjs';
const W = process.cwd();
const { extractDirective } = await import(`${W}/dist/libs/extraction/src/index.js`);
const { words, wordDice } = await import(`${W}/dist/bench/scoring/score-directive.js`);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

const STATE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n______________________';
const CP = (number, place) => `CHÍNH PHỦ\n_________\n\nSố: ${number}\n${STATE}\n${place}\n`;
const CP_SIGNER = 'TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\n\nTrần Văn Minh\n';
const RESOLUTION_ANCHOR = 'Bộ Xây dựng có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Nghị quyết này.';

/** A Government resolution that cuts procedures and decentralises competences, in articles. */
function resolution(slot, sentence) {
  const norm =
    slot === 'norm'
      ? sentence
      : 'Hồ sơ, thủ tục thực hiện theo quy định tại Phụ lục I ban hành kèm theo Nghị quyết này.';
  const quoted =
    slot === 'quoted' ? `2. Sửa đổi khoản 3 Điều 7 Nghị định số 52/2022/NĐ-CP như sau:\n${sentence}\n` : '';
  const impl = slot === 'impl' ? `1. ${sentence}\n2. ${RESOLUTION_ANCHOR}` : `1. ${RESOLUTION_ANCHOR}`;
  const effect =
    slot === 'effect'
      ? `1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.\n2. ${sentence}`
      : 'Nghị quyết này có hiệu lực thi hành kể từ ngày ký.';
  return `${CP('58/2026/NQ-CP', 'Hà Nội, ngày 12 tháng 6 năm 2026')}
NGHỊ QUYẾT
Cắt giảm, đơn giản hóa thủ tục hành chính và phân cấp thẩm quyền
trong lĩnh vực xây dựng

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;
Theo đề nghị của Bộ trưởng Bộ Xây dựng;
Chính phủ ban hành Nghị quyết cắt giảm, đơn giản hóa thủ tục hành chính trong lĩnh vực xây dựng.

Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định việc cắt giảm, đơn giản hóa thủ tục hành chính trong lĩnh vực xây dựng.
Điều 2. Cắt giảm, đơn giản hóa và phân cấp thủ tục hành chính
1. ${norm}
${quoted}Điều 3. Tổ chức thực hiện
${impl}
Điều 4. Hiệu lực thi hành
${effect}

${CP_SIGNER}`;
}

const MEETING_ANCHOR = 'Bộ Tài chính theo dõi sát diễn biến giá cả thị trường, kịp thời đề xuất giải pháp bình ổn giá.';

/** A Government meeting resolution: "QUYẾT NGHỊ:", Roman parts, the situation then the tasks. */
function meeting(slot, sentence) {
  const situation = slot === 'situation' ? sentence : 'Chính phủ đánh giá tình hình tháng 5 năm 2026 như sau:';
  const principle =
    slot === 'principle' ? `1. ${sentence}\n2. Phát triển khoa học, công nghệ là đột phá quan trọng hàng đầu.` : '';
  const record =
    slot === 'record'
      ? `IV. Về việc báo cáo Chính phủ tại Phiên họp\nTại Phiên họp, các Bộ đã có báo cáo Chính phủ như sau:\n1. ${sentence}\n2. Bộ Tài chính báo cáo về dự thảo Nghị quyết của Quốc hội về thuế.\n`
      : '';
  const tasks = slot === 'meeting' ? `1. ${sentence}\n2. ${MEETING_ANCHOR}` : `1. ${MEETING_ANCHOR}`;
  return `${CP('131/NQ-CP', 'Hà Nội, ngày 08 tháng 6 năm 2026')}
NGHỊ QUYẾT
Phiên họp Chính phủ thường kỳ tháng 5 năm 2026
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Trên cơ sở thảo luận của các Thành viên Chính phủ và kết luận của Thủ tướng Chính phủ tại Phiên họp Chính phủ thường kỳ
tháng 5 năm 2026, tổ chức vào ngày 04 tháng 6 năm 2026,

QUYẾT NGHỊ:
I. Về quan điểm, định hướng chỉ đạo, điều hành
Chính phủ thống nhất một số quan điểm, định hướng chỉ đạo, điều hành như sau:
${principle}
II. Về tình hình kinh tế - xã hội tháng 5 năm 2026
${situation}
III. Về nhiệm vụ, giải pháp trọng tâm thời gian tới
${tasks}
${record}
${CP_SIGNER}`;
}

const DECISION_ANCHOR = 'Văn phòng Bộ có trách nhiệm gửi Quyết định này đến các đơn vị trực thuộc để triển khai.';

/** A minister's decision: Điều 1 publishes, corrects or approves, Điều 2 assigns, then effect and the closing article. */
function decision(slot, sentence) {
  const art1 =
    slot === 'art1'
      ? sentence
      : slot === 'fix'
        ? `Đính chính Thông tư số 18/2024/TT-BTC như sau:\n1. ${sentence}`
        : slot === 'fixquote'
          ? `Đính chính Thông tư số 18/2024/TT-BTC như sau:\n1. Tại khoản 2 Điều 8 đã in: “Sở Tài chính tổng hợp”.\n${sentence}`
          : 'Ban hành kèm theo Quyết định này Kế hoạch thực hiện nhiệm vụ năm 2026.';
  const art2 = slot === 'art2' ? `Tổ chức thực hiện\n1. ${sentence}\n2. ${DECISION_ANCHOR}` : DECISION_ANCHOR;
  return `BỘ TÀI CHÍNH
_________

Số: 1520/QĐ-BTC
${STATE}
Hà Nội, ngày 15 tháng 6 năm 2026

QUYẾT ĐỊNH
Về việc thực hiện nhiệm vụ năm 2026
_________
BỘ TRƯỞNG BỘ TÀI CHÍNH
Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ;
Theo đề nghị của Vụ trưởng Vụ Pháp chế.

QUYẾT ĐỊNH:
Điều 1. ${art1}
Điều 2. ${art2}
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT, PC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG


Lê Văn Bình
`;
}

const CONCLUSION_ANCHOR = 'Bộ Giao thông vận tải rà soát thiết kế kỹ thuật, bảo đảm chất lượng công trình.';

/** A conclusion of a Deputy Prime Minister's meeting: the assessment, then the tasks. */
function conclusion(slot, sentence) {
  const assess = slot === 'assess' ? sentence : 'Phó Thủ tướng ghi nhận báo cáo của các cơ quan.';
  const tasks = slot === 'concl' ? `1. ${sentence}\n2. ${CONCLUSION_ANCHOR}` : `1. ${CONCLUSION_ANCHOR}`;
  return `VĂN PHÒNG CHÍNH PHỦ
_________

Số: 610/TB-VPCP
${STATE}
Hà Nội, ngày 22 tháng 6 năm 2026

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tiến độ dự án đường cao tốc

Ngày 18 tháng 6 năm 2026, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ chủ trì cuộc họp về tiến độ dự án. Sau khi nghe
báo cáo và ý kiến của các đại biểu, Phó Thủ tướng Chính phủ kết luận như sau:
I. ĐÁNH GIÁ CHUNG
${assess}
II. NHIỆM VỤ THỜI GIAN TỚI
${tasks}
Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Bộ Giao thông vận tải;
- Lưu: VT, CN.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM


Nguyễn Văn Hùng
`;
}

const CENTRAL_ANCHOR = 'Đảng đoàn Quốc hội lãnh đạo hoàn thiện thể chế về đất đai, bảo đảm đồng bộ.';

/** A Politburo conclusion in numbered paragraphs without parts: the assessment first, then the tasks. */
function centralConclusion(_slot, sentence) {
  return `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 215-KL/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 25 tháng 6 năm 2026

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ
về tiếp tục thực hiện Chương trình phát triển vùng đồng bào dân tộc thiểu số

Tại phiên họp ngày 20/6/2026, sau khi xem xét Tờ trình của Ban cán sự đảng Chính phủ, Bộ Chính trị kết luận như sau:
1. ${sentence}
2. ${CENTRAL_ANCHOR}
3. Giao Ban Tuyên giáo và Dân vận Trung ương theo dõi, đôn đốc việc thực hiện Kết luận này.

T/M BỘ CHÍNH TRỊ


Trần Cẩm Tú
`;
}

const PLAN_ANCHOR = 'Bộ Công an hướng dẫn các địa phương bố trí lực lượng bảo vệ dữ liệu.';

/** A Prime Minister's decision issuing a plan printed after the signature: aims, then tasks. */
function plan(slot, sentence) {
  const aim =
    slot === 'aim' ? sentence : 'Xác định cụ thể nội dung công việc, thời hạn và trách nhiệm của các cơ quan.';
  const tasks = slot === 'plan' ? `1. ${sentence}\n2. ${PLAN_ANCHOR}` : `1. ${PLAN_ANCHOR}`;
  return `THỦ TƯỚNG CHÍNH PHỦ
_________

Số: 2480/QĐ-TTg
${STATE}
Hà Nội, ngày 20 tháng 6 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu
_________
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG


Phạm Văn Đức

KẾ HOẠCH
Triển khai thi hành Luật Bảo vệ dữ liệu
(Kèm theo Quyết định số 2480/QĐ-TTg ngày 20 tháng 6 năm 2026 của Thủ tướng Chính phủ)
I. MỤC ĐÍCH, YÊU CẦU
1. ${aim}
II. NỘI DUNG
${tasks}
`;
}

const SKELETONS = {
  norm: resolution,
  quoted: resolution,
  quotedmid: resolution,
  impl: resolution,
  effect: resolution,
  situation: meeting,
  meeting,
  record: meeting,
  art1: decision,
  fixquote: decision,
  principle: meeting,
  conclopen: centralConclusion,
  art2: decision,
  fix: decision,
  assess: conclusion,
  concl: conclusion,
  aim: plan,
  plan,
};
const ANCHORS = [
  RESOLUTION_ANCHOR,
  MEETING_ANCHOR,
  DECISION_ANCHOR,
  CONCLUSION_ANCHOR,
  PLAN_ANCHOR,
  CENTRAL_ANCHOR,
  'Giao Ban Tuyên giáo và Dân vận Trung ương theo dõi, đôn đốc việc thực hiện Kết luận này.',
];

const within = (a, b) => {
  const [x, y] = [words(a), words(b)];
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return x.size ? common / x.size : 0;
};
const bare = (s) => s.replace(/^[“"]\s*(?:\d{1,2}\.|[a-zđ]\))?\s*/u, '').replace(/[”";:.]+$/u, '');

/** Whether a reading other than the fixed task's holds the sentence. */
function readAsTask(slot, sentence) {
  const text = SKELETONS[slot](slot, sentence);
  const readings = extractDirective(text).directive.requirements.map((r) => r.text);
  if (args.includes('--dump')) console.log(`--- [${slot}] readings:\n${readings.map((r) => `    ${r}`).join('\n')}`);
  const s = bare(sentence);
  return readings.some(
    (r) =>
      !ANCHORS.some((a) => wordDice(a, r) >= 0.5 && wordDice(a, r) > wordDice(s, r)) &&
      (wordDice(s, r) >= 0.5 || within(s, r) >= 0.8),
  );
}

const rows = [...NON_TASKS, ...TASKS].filter(([, kind]) => !only || kind === only);
let [tp, fp, fn, tn] = [0, 0, 0, 0];
const wrong = [];
for (const [task, kind, slot, sentence] of rows) {
  const read = readAsTask(slot, sentence);
  if (task && read) tp++;
  else if (task) {
    fn++;
    wrong.push(`  missed   [${kind}/${slot}] ${sentence}`);
  } else if (read) {
    fp++;
    wrong.push(`  nontask  [${kind}/${slot}] ${sentence}`);
  } else tn++;
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–');
console.log(
  `nontask stress: ${rows.length} sentences (${tp + fn} tasks, ${fp + tn} no task); "is a task" P ${pct(tp, tp + fp)} R ${pct(tp, tp + fn)}; ` +
    `tp ${tp} fp ${fp} fn ${fn} tn ${tn}`,
);
if (args.includes('--wrong')) console.log(wrong.join('\n'));
