import { foldAccents } from '@congvan/common';

const DOC_TYPES = [
  'Kế hoạch',
  'Thông báo',
  'Quyết định',
  'Chỉ thị',
  'Báo cáo',
  'Hướng dẫn',
  'Tờ trình',
  'Giấy mời',
  'Nghị quyết',
  'Quy định',
  'Chương trình',
  // A province's or a ministry's programme of action ("CHƯƠNG TRÌNH HÀNH ĐỘNG" / "Thực hiện Nghị quyết ...", symbol CTr-UBND).
  'Chương trình hành động',
  'Kết luận',
  'Thông tri',
  'Thông tư',
  'Công điện',
  'Thông báo kết luận',
  'Quy chế',
  'Đề án',
  'Phương án',
  'Thông cáo',
  'Công văn',
  // Letters of a committee to the public ("THƯ NGỎ" / "Vận động hỗ trợ ..." of UBND huyện Mai Châu, 2019).
  'Thư ngỏ',
  'Thư mời',
  'Lời kêu gọi',
];
/** Urgency printed on the type line ("Thông báo Khẩn", "CÔNG ĐIỆN HỎA TỐC") is not part of the type. */
const URGENCY = /\s+(?:thượng khẩn|khẩn|hỏa tốc|hoả tốc)$/iu;
/** The type line, spaces aside ("K ÉT LUẬN" as OCR reads "KẾT LUẬN"). */
export const typeOf = (text: string) => {
  const key = (t: string) => foldAccents(t).replace(/\s+/g, '');
  return DOC_TYPES.find((t) => key(text.replace(URGENCY, '')) === key(t));
};

/** "KH-UBND" → Kế hoạch; "CV/HU" and plain "UBND-NV" → Công văn. */
export function typeFromSymbol(symbol: string, system: 'party' | 'state'): string | null {
  const code = system === 'party' ? symbol.split('/')[0] : symbol.split('-')[0];
  const types: Record<string, string> = {
    CV: 'Công văn',
    KH: 'Kế hoạch',
    TB: 'Thông báo',
    QĐ: 'Quyết định',
    CT: 'Chỉ thị',
    BC: 'Báo cáo',
    HD: 'Hướng dẫn',
    TTr: 'Tờ trình',
    GM: 'Giấy mời',
    NQ: 'Nghị quyết',
    QĐi: 'Quy định',
    CTr: 'Chương trình',
    KL: 'Kết luận',
    TT: 'Thông tri',
    CĐ: 'Công điện',
  };
  // "TT": a Thông tri of the Party, a Thông tư of the State.
  if (code === 'TT') return system === 'party' ? 'Thông tri' : 'Thông tư';
  return types[code] ?? null;
}
