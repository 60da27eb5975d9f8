/**
 * The entry of an extraction thread (see ExtractionPool): reads each text it is sent with
 * extractDirective and posts the result back under the request's id. Says `ready` once loaded and
 * warmed up (one short letter read, so that the reader's patterns are compiled), so the pool's
 * timeout counts the reading, not the thread's start: a cold first read took 0.5 s for a one-page letter.
 */
import { parentPort } from 'node:worker_threads';
import { extractDirective } from './extract-directive.js';
import type { ExtractionResult } from './directive.types.js';

export interface ExtractionRequest {
  id: number;
  text: string;
}

export type ExtractionReply =
  | { ready: true }
  | { id: number; result: ExtractionResult }
  | { id: number; error: { message: string; stack?: string } };

const port = parentPort!;

/** A short letter written for the warm-up: header, addressees, a numbered task with a deadline and route, closing. */
const WARM_UP = [
  'ỦY BAN NHÂN DÂN TỈNH AN BÌNH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 1/UBND-VX',
  'V/v báo cáo kết quả',
  'An Bình, ngày 02 tháng 01 năm 2026',
  'Kính gửi: Sở Nội vụ; Ủy ban nhân dân các xã, phường.',
  'Thực hiện Công văn số 12/BNV-VP ngày 01/01/2026 của Bộ Nội vụ, Ủy ban nhân dân tỉnh đề nghị:',
  '1. Sở Nội vụ chủ trì, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/01/2026.',
  '- Các xã, phường định kỳ hằng tháng gửi báo cáo về Sở Nội vụ.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn A',
].join('\n');

port.on('message', ({ id, text }: ExtractionRequest) => {
  try {
    port.postMessage({ id, result: extractDirective(text) } satisfies ExtractionReply);
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ id, error: { message, stack } } satisfies ExtractionReply);
  }
});
extractDirective(WARM_UP);
port.postMessage({ ready: true } satisfies ExtractionReply);
