/**
 * The kinds of document a route's text may name beside a body, capitalised as a title is: the topic after "về" ("báo cáo
 * ... về Kết luận của ...", "về Kế hoạch số ..."), or what is submitted after the body ("trình Thủ tướng Chính phủ Chương
 * trình quốc gia ...", "trình Chính phủ Nghị định sửa đổi ..."). One list for report-routes.ts and endTopRoute below.
 */
export const DOCUMENT_KINDS = String.raw`(?:Kết luận|Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Công văn|Thông báo|Luật|Nghị định|Thông tư|Hướng dẫn|Đề án|Chương trình|Báo cáo|Chiến lược|Dự thảo|Tờ trình|Danh mục|Hồ sơ|Phương án|Dự án)(?![\p{L}\d])`;

/**
 * The Government and the Prime Minister as a route, and what the text goes on with after them: "trình Thủ tướng Chính phủ
 * Quyết định kiện toàn thành viên Ban Chỉ đạo", "trình Chính phủ Nghị định sửa đổi, bổ sung Nghị định số 165/2024/NĐ-CP",
 * "báo cáo Thủ tướng Chính phủ giải pháp điều hành phù hợp" (the Phụ lục of Nghị quyết 122/NQ-CP, dev
 * cp-2026-05-nq-phienhop-thuongky-thang4): the draft or the matter submitted is no part of who receives it. A person's name
 * ("Phó Thủ tướng Chính phủ Trần Hồng Hà"), a title joined by a dash or an aside in brackets stays; what follows the name
 * does not ("báo cáo Phó Thủ tướng Chính phủ Bùi Thanh Sơn chương trình kiểm tra tiến độ ...", dev
 * vpcp-2025-11-tb-duan-dien-hcm-dongnai 2.d).
 */
const TOP = new RegExp(
  String.raw`^((?:Phó\s+)?Thủ tướng Chính phủ(?:(?:\s+(?!${DOCUMENT_KINDS})\p{Lu}\p{Ll}*){2,4}(?=\s+\p{Ll}))?|Chính phủ)\s+(?=${DOCUMENT_KINDS}|(?!và\s|hoặc\s|phụ trách|thường trực)\p{Ll})\S.*$`,
  'u',
);

export function endTopRoute(target: string): string {
  return target.replace(TOP, '$1');
}
