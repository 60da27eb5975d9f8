import type { DocumentStatus } from './document.entity.js';

/** What a person reads for each pipeline status (the web interface and the exports say the same). */
export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  received: 'Đã nhận, đang nhận dạng',
  text_ready: 'Đang trích xuất',
  extracted: 'Chờ rà soát',
  reviewed: 'Đã xác nhận, chờ giao việc',
  tasked: 'Đã giao việc',
  failed: 'Lỗi',
};

/** A document given back to its sender (edXML status 15), whatever its pipeline status. */
export const TAKEN_BACK_LABEL = 'Đã bị thu hồi';

/** The register's Trạng thái: "Đã bị thu hồi ngày 06/08/2024 (Huyện ủy Mỹ Đức)" for a document taken back, else its status. */
export function registerStatusLabel(entry: {
  status: DocumentStatus;
  takenBack: { at: string; by: string | null } | null;
}): string {
  if (!entry.takenBack) return DOCUMENT_STATUS_LABELS[entry.status];
  const day = new Date(new Date(entry.takenBack.at).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const [y, m, d] = day.split('-');
  return `${TAKEN_BACK_LABEL} ngày ${d}/${m}/${y}${entry.takenBack.by ? ` (${entry.takenBack.by})` : ''}`;
}
