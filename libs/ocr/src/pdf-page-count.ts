import { inflateSync } from 'node:zlib';

/** Object streams inflated to look for the page tree are cut at this size (a bomb inflates no further). */
const MAX_OBJECT_STREAM_BYTES = 8 * 1024 * 1024;

/**
 * The page count a PDF declares, read from its page tree's `/Count` without parsing the document:
 * the largest `/Count` of a `/Type /Pages` dictionary (the root's), in the file itself or, for a
 * file that packs its objects into compressed object streams, in those streams. Milliseconds on a
 * 10,000-page file, so an oversized upload is refused before pdf.js reads anything. Null when no
 * page tree is found this way (a damaged file: pdf.js decides).
 */
export function declaredPdfPageCount(bytes: Uint8Array): number | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let count = pageTreeCount(text);
  if (count !== null) return count;
  const objectStream = /\/Type\s*\/ObjStm\b/g;
  for (let match = objectStream.exec(text); match; match = objectStream.exec(text)) {
    const start = text.indexOf('stream', match.index);
    if (start < 0) break;
    const dataStart = start + (text[start + 6] === '\r' ? 8 : 7);
    const end = text.indexOf('endstream', dataStart);
    if (end < 0) break;
    let inflated: string;
    try {
      inflated = inflateSync(buffer.subarray(dataStart, end), { maxOutputLength: MAX_OBJECT_STREAM_BYTES }).toString(
        'latin1',
      );
    } catch {
      continue;
    }
    const found = pageTreeCount(inflated);
    if (found !== null) count = Math.max(count ?? 0, found);
  }
  return count;
}

function pageTreeCount(text: string): number | null {
  let count: number | null = null;
  const pages = /\/Type\s*\/Pages\b/g;
  for (let match = pages.exec(text); match; match = pages.exec(text)) {
    const open = text.lastIndexOf('<<', match.index);
    const close = text.indexOf('>>', match.index);
    if (open < 0 || close < 0) continue;
    // The dictionary around /Type /Pages (its /Kids array holds only references, never '>>').
    const dictionary = text.slice(open, close);
    const declared = /\/Count\s+(\d+)/.exec(dictionary);
    if (declared) count = Math.max(count ?? 0, Number(declared[1]));
  }
  return count;
}
