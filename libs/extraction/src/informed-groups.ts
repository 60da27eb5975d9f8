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
  return told ? groups(told[1]) : null;
}

/**
 * "Điều chỉnh giá bán các mặt hàng xăng dầu: Do thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng dầu quy
 * định nhưng không muộn hơn 15 giờ 00’ ngày 04 tháng 12 năm 2025 ..." (Công văn 9634/BCT-TTTN, 2025): a labelled act the
 * groups named after "Do" decide, by a time limit, is theirs.
 */
const DECIDED_BY = /^[^:]{2,80}:\s*Do\s+((?:các\s+)?\p{Ll}[^.;:]{2,200}?)\s+(?:quy định|quyết định)\s+nhưng\s/u;

export function decidedBy(text: string): string[] {
  const by = DECIDED_BY.exec(text);
  return by ? groups(by[1]) : [];
}

/** The groups named after "Do" go to the requirements that name no actor. */
export function giveDeciders<R extends { text: string; assignees: string[] }>(requirements: R[]): void {
  for (const requirement of requirements)
    if (requirement.assignees.length === 0) requirement.assignees = decidedBy(requirement.text);
}

/** "các thương nhân đầu mối ..., thương nhân phân phối ...": a list that repeats its head noun names two groups. */
function groups(list: string): string[] {
  const head = /^(?:các\s+)?(\p{Ll}+\s+\p{Ll}+)/u.exec(list)?.[1];
  return head ? list.split(new RegExp(String.raw`,\s+(?=${head}\s)`, 'u')) : [list];
}
