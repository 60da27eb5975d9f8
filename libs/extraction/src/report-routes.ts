import { canonicaliseTones } from '@congvan/common';
import type { ReportRoute } from './directive.types.js';
import { clean } from './text-utils.js';

/** Where results go: "gửi báo cáo ... về UBND quận (qua phòng Nội vụ ...)", an e-mail address, a "Lưu ý: X gửi ... về Y". */
export function reportRoutes(text: string): ReportRoute[] {
  const routes: ReportRoute[] = [];
  const note = /Lưu ý:\s*(.+?)\s+gửi[^()]*?\s+về\s+([^().;]+)/iu.exec(text);
  const main = (note ? text.slice(0, note.index) : text).replace(/\s+để tổng hợp(?=\))/gu, '');
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u.exec(main);
  // A route written before the e-mail address ("gửi về Bộ Y tế ... trước ngày ..., đồng thời gửi ... email: x@y") comes first.
  const before = email ? main.slice(0, email.index).replace(/(?:,?\s*đồng thời)?[^,;]*$/u, '') : main;
  // Every "gửi / báo cáo ... về / đến <body>" (a body: a capitalised name, not "về công tác ..."), in order.
  // The body ends before a deadline, a purpose, what is done there ("... xã xử lý", "... kết quả thực hiện",
  // "... cho người được giới thiệu") or a form in brackets ("(Mẫu số 01/HNCT)"); "(qua phòng ...)" and "(Vụ Kế
  // hoạch-Tài chính)" are part of it.
  const END = String.raw`(?=\s+(?:xong\s+)?(?:trước|chậm nhất|trong vòng|trong thời hạn|trong thời gian|để tổng hợp|ngay|sau khi|theo|khi|để|về việc|xử lý|kết quả|cho)(?:\s|$)|\s*\((?!qua\s|Vụ\s|Phòng\s|Ban\s|Văn phòng\s|Cục\s)|[.;,]\s|[.;,]|$)`;
  // Every "gửi / báo cáo / trả lời / phản ánh / thông báo ... về / đến / cho / với <body>" (a body: a
  // capitalised name, not "về công tác ..."), in order. Forwarding ("chuyển đơn đến Ủy ban Bầu cử xã") is no report.
  const sent = [
    ...before.matchAll(
      new RegExp(
        String.raw`(?:[Gg]ửi|[Bb]áo cáo|[Tt]rả lời|[Pp]hản ánh|[Tt]hông báo)(?: báo cáo| kết quả)*(?:[^.;]{0,60}?)\s+(?:về|đến|cho|với)\s+(?!việc\s|địa chỉ)(?=\p{Lu}|(?:đồng chí|phòng|ban|bộ phận|văn phòng|trung tâm|sở|ủy ban|đảng ủy|chi bộ|hội đồng)\s)(.+?)${END}`,
        'gu',
      ),
    ),
  ];
  // "gửi Đảng ủy xã chậm nhất ...", "Báo cáo Ban Thường trực ... chậm nhất ngày": a body right after the verb.
  const direct = [
    ...before.matchAll(
      new RegExp(
        String.raw`(?:[Gg]ửi|[Bb]áo cáo)(?: báo cáo| kết quả)?\s+((?:Ban|Đảng ủy|UBND|Ủy ban|Sở|Phòng|Văn phòng|Thường trực|Huyện ủy|Quận ủy|Thành ủy|Tỉnh ủy|Thủ tướng|Bộ|Chính phủ)\s.+?)${END}`,
        'gu',
      ),
    ),
  ].filter((d) => !sent.some((m) => d.index! < m.index! + m[0].length && m.index! < d.index! + d[0].length));
  for (const route of [...sent, ...direct].sort((x, y) => x.index! - y.index!)) {
    const target = clean(canonicaliseTones(route[1]));
    if (!/@/u.test(target) && !routes.some((r) => r.target === target)) routes.push({ target, forGroups: [] });
  }
  if (email) routes.push({ target: email[0], forGroups: [] });
  if (note) routes.push({ target: clean(note[2]), forGroups: [clean(note[1])] });
  return routes;
}
