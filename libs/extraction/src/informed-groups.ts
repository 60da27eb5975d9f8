/**
 * "Bộ Công Thương thông báo các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu biết, thực hiện và
 * báo cáo tình hình thực hiện về Bộ Công Thương, Bộ Tài chính để giám sát theo quy định./." (Công văn 9634/BCT-TTTN, 2025):
 * a closing that tells the recipients to know and carry out is no task, but one that also asks them to report back is:
 * the groups told act.
 */
const INFORMS_REPORT =
  /\sthông báo\s+(?:(?:để|cho)\s+)?((?:các\s+)?\p{Ll}[^.;:]{2,200}?)\s+(?:được\s+)?biết\s*(?:,|và)\s*(?:thực hiện|triển khai)[^.;]*?\s(?:và\s+)?báo cáo\s[^.;]*?\svề\s+\p{Lu}/u;

/** The groups a closing tells to carry out and report back, or null when it asks no report. */
export function informedReporters(text: string): string[] | null {
  const told = INFORMS_REPORT.exec(text);
  if (!told) return null;
  // "các thương nhân đầu mối ..., thương nhân phân phối ...": a list that repeats its head noun names two groups.
  const head = /^(?:các\s+)?(\p{Ll}+\s+\p{Ll}+)/u.exec(told[1])?.[1];
  return head ? told[1].split(new RegExp(String.raw`,\s+(?=${head}\s)`, 'u')) : [told[1]];
}
