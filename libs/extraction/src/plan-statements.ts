/**
 * Items of a plan that state what it covers or what pays for it, no task: its scope ("2. Phạm vi: triển khai thực hiện
 * trên toàn địa bàn Thành phố; ...") and its funding sources listed as nouns ("IV. NGUỒN VỐN THỰC HIỆN KẾ HOẠCH" / "2.
 * Nguồn Quỹ Phòng chống thiên tai Thành phố."), both in dev hcm-2025-11-qd-kehoach-ruiro-thientai-congdong; the
 * corpus README lists funding-source lines among what is no requirement.
 */
export const PLAN_STATEMENT =
  /^(?:phạm vi(?:\s+(?:áp dụng|thực hiện|điều chỉnh|triển khai))?\s*:|nguồn\s+(?:vốn|kinh phí|ngân sách|quỹ)(?:\s|$))/iu;

/**
 * What a decision does to earlier documents ("Thay thế Quyết định số 3089/QĐ-UBND ngày 24 tháng 8 năm 2021 ...", dev
 * hcm-2025-11-qd-kehoach-ruiro-thientai-congdong's Điều 2 after "Quyết định này có hiệu lực kể từ ngày ký."): its own
 * act, no task.
 */
export const REPLACES =
  /^(?:thay thế|bãi bỏ|sửa đổi, bổ sung)\s+(?:các\s+)?(?:Quyết định|Chỉ thị|Kế hoạch|Quy định|Quy chế|Văn bản|Thông báo)(?=\s|$)/iu;
