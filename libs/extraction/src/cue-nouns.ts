/**
 * "giao ban" is a briefing meeting, not "giao" (assign) + "ban": "nội dung giao ban trực tuyến toàn quốc", "cuộc họp giao
 * ban", "giao ban định kỳ hằng tháng". A board is named with a capital ("giao Ban Quản lý dự án").
 */
export function meetingNotCue(cue: string, before: string, after: string): boolean {
  if (cue.toLowerCase() !== 'giao' || !/^ban\s/u.test(after)) return false;
  return (
    /^ban\s+(?:trực tuyến|định kỳ|(?:hằng|hàng)\s|thường kỳ|tuần|tháng|quý|toàn quốc|công tác|đầu|cuối|giữa|sáng|chiều|lãnh đạo|với|giữa|của|tại)/u.test(
      after,
    ) || /(?:họp|cuộc|buổi|hội nghị|nội dung|chương trình|lịch|phiên)\s*$/u.test(before)
  );
}
