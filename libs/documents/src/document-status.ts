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
