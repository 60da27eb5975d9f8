/**
 * How a registered document is named to people: "CV số 1100-CV/HU ngày 07/8/2024" once its type,
 * number and date are known (Nghị định 30/2020: a day under 10 and the months 1 and 2 get a
 * leading zero), else the name of the uploaded file.
 */

const TYPE_ABBREVIATIONS: Record<string, string> = {
  'công văn': 'CV',
  'kế hoạch': 'KH',
  'quyết định': 'QĐ',
  'thông báo': 'TB',
  'chỉ thị': 'CT',
  'hướng dẫn': 'HD',
  'nghị quyết': 'NQ',
  'báo cáo': 'BC',
  'tờ trình': 'TTr',
  'giấy mời': 'GM',
  'công điện': 'CĐ',
  'chương trình': 'CTr',
  'kết luận': 'KL',
  'quy chế': 'QC',
  'quy định': 'QyĐ',
  'thông tư': 'TT',
  'nghị định': 'NĐ',
};

export interface TitleFields {
  docType: string | null;
  number: string | null;
  symbol: string | null;
  /** YYYY-MM-DD (or YYYY-MM, YYYY). */
  date: string | null;
}

/** "07/8/2024" from "2024-08-07", "12/01/2024" from "2024-01-12"; "" when not a date. */
export function formatRegisterDate(iso: string | null): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!match) return '';
  const [, year, month, day] = match;
  if (!month) return year;
  const monthText = Number(month) <= 2 ? month : String(Number(month));
  return day ? `${day}/${monthText}/${year}` : `${monthText}/${year}`;
}

/** "1100-CV/HU" (a party symbol carries its slash), "3347/UBND-NV" (a state symbol none); "" without a number. */
export function formatNumberSymbol(number: string | null, symbol: string | null): string {
  const n = number?.trim() ?? '';
  const s = symbol?.trim() ?? '';
  if (!n) return s;
  if (!s) return n;
  return s.includes('/') ? `${n}-${s}` : `${n}/${s}`;
}

/** Abbreviations already worked out, by document type as written: lists name many documents of few types. */
const abbreviations = new Map<string, string>();

function abbreviation(docType: string | null): string {
  const known = abbreviations.get(docType ?? '');
  if (known !== undefined) return known;
  const type = docType?.normalize('NFC').trim().toLocaleLowerCase('vi') ?? '';
  const result =
    TYPE_ABBREVIATIONS[type] ?? (type ? type.charAt(0).toLocaleUpperCase('vi') + type.slice(1) : 'Văn bản');
  // Bounded: types are a short list, but a misread one is free text.
  if (abbreviations.size >= 500) abbreviations.clear();
  abbreviations.set(docType ?? '', result);
  return result;
}

/** "CV số 1100-CV/HU ngày 07/8/2024", or null while the number is unknown. */
export function registerTitle(fields: TitleFields): string | null {
  const numberSymbol = formatNumberSymbol(fields.number, fields.symbol);
  if (!fields.number?.trim()) return null;
  const date = formatRegisterDate(fields.date);
  const dated = date ? ` ${/^\d{4}-\d{2}-\d{2}/.test(fields.date ?? '') ? 'ngày' : 'tháng'} ${date}` : '';
  return `${abbreviation(fields.docType)} số ${numberSymbol}${dated}`.normalize('NFC');
}

/** A file name from a title: "CV số 1100-CV-HU ngày 07-8-2024.pdf" (no slash, no control or reserved character). */
export function titleFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[/\\]/g, '-')
    .replace(/[\u0000-\u001f\u007f:*?"<>|]/g, '')
    .trim()
    .slice(0, 200);
  return `${base || 'van-ban'}${extension}`;
}

/** The extension of a stored original, by its detected type. */
export function extensionOf(mimeType: string | null, originalName: string): string {
  const byType: Record<string, string> = {
    'application/pdf': '.pdf',
    'image/png': '.png',
    'image/jpeg': '.jpg',
    'image/tiff': '.tif',
  };
  return (mimeType && byType[mimeType]) ?? /\.[A-Za-z0-9]{1,5}$/.exec(originalName)?.[0] ?? '';
}
