/**
 * "Các địa phương" is every recipient in general words when the text speaks to localities only; when it also gives
 * ministries their tasks it is a group of its own, listed as written (Thông báo 661/TB-VPCP, 2025: "1. Các địa phương phát
 * động ngay “Chiến dịch Quang Trung” ...", "Về kinh phí: Các địa phương phải động viên ...", "Bộ Quốc phòng, Bộ Công an
 * huy động lực lượng ..., các địa phương hỗ trợ bố trí nơi ăn ở ...").
 */
const LOCALITIES =
  /(^(?:Về\s[^:]{1,60}:\s*)?|[,;]\s+)([Cc]ác địa phương)\s+(?=(?:phải|cần|phát động|tổ chức|hỗ trợ|chủ động|khẩn trương|huy động|bố trí|triển khai|thực hiện|tập trung|rà soát|báo cáo)\s)/u;

/** A ministry named as acting: "Bộ Quốc phòng", "Bộ trưởng Bộ Y tế". */
const MINISTRY = /^Bộ(?: trưởng)?\s\p{Lu}/u;

export function localityGroups<R extends { text: string; assignees: string[] }>(requirements: R[]): void {
  if (!requirements.some((r) => r.assignees.some((unit) => MINISTRY.test(unit)))) return;
  for (const requirement of requirements) {
    const found = LOCALITIES.exec(requirement.text);
    if (!found) continue;
    // "Chỉ đạo, đôn đốc các ngảnh, các địa phương triển khai ..." (dev ttg-2025-11-congdien-phongtranh-mualu-trungbo): those
    // a unit directs are its objects, no actors.
    const clause = requirement.text
      .slice(0, found.index)
      .split(/[.;]\s/u)
      .at(-1)!;
    if (
      /(?:^|\s)(?:chỉ đạo|đôn đốc|hướng dẫn|yêu cầu|đề nghị|giao(?=\s+(?:\p{Lu}|các|cho)\s)|phối hợp với|cùng)(?:[\s,]|$)/iu.test(
        clause,
      )
    )
      continue;
    // "Các Bộ, ngành, các địa phương chủ động ..." (Thông báo 661/TB-VPCP, 2025): one more name of a list, everyone.
    if (/^(?:[Cc]ác\s+)?[^\s,]+(?:\s[^\s,]+)?(?:,\s*[^\s,]+(?:\s[^\s,]+)?)*$/u.test(clause)) continue;
    // The subject the requirement opens with is its lead; one in a later clause acts beside the others.
    if (found.index === 0 && found[1] !== undefined && !/^[,;]/u.test(found[1])) requirement.assignees = [found[2]];
    else if (!requirement.assignees.includes(found[2])) requirement.assignees = [...requirement.assignees, found[2]];
  }
}
