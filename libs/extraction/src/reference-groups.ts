import { canonicaliseTones } from '@congvan/common';
import { issuerAfter, KIND_WORDS as KINDS } from './reference-issuer.js';

/**
 * A heading that names the kind, and often the issuer, of the documents listed after it:
 * - right before the first "số": "các Quyết định của Thủ tướng Chính phủ số 142/2008/QĐ-TTg ..., số 53/2010/QĐ-TTg"
 *   (dev bldtbxh-2019-07-dutoan-nguoicocong), "Căn cứ các Công văn của Bộ Tài chính số 3910/BTC-QLG ..." (bodies dev
 *   bct-2025-12-dieuhanh-xangdau), "Các Nghị định về lựa chọn nhà đầu tư: số 115/2024/NĐ-CP" (dev
 *   hanoi-2025-dauthau-quanly);
 * - for a later item printed with a bare "số" in the same clause: "các Công văn của Bộ Tài chính số 3910/BTC-QLG ... về
 *   công bố giá cơ sở xăng RON95, số 367/BTC-QLG ... về tính giá cơ sở xăng RON95, số 404/BTC-QLG ..." (the same);
 * - before a colon that opens a list whose items print their kind: "Căn cứ các Quyết định của Thủ tướng Chính phủ về phê
 *   duyệt quy hoạch ...: Quyết định số 1629/QĐ-TTg ...; Quyết định số 790/QĐ-TTg ..." (dev
 *   hcm-2025-11-qd-kehoach-csdl-quyhoach).
 */
const ADJACENT = new RegExp(
  String.raw`(?:^|[\s(*])[Cc]ác\s+(${KINDS})((?:\s+(?:(?!số\s+\d)[^:;.]){0,160}?)?)\s*\**\s*:?\s*\**\s*$`,
  'u',
);
const LISTING = new RegExp(String.raw`(?:^|[\s(*])[Cc]ác\s+(${KINDS})((?:\s+của\s+[^:;]{1,160}?)?)\s+số\s`, 'u');
const OPENING = new RegExp(String.raw`(?:^|[\s(*])[Cc]ác\s+(${KINDS})(\s+của\s+[^:;]{1,160}?)\s*:\s`, 'u');

export interface GroupHeading {
  kind: string;
  issuer: string | null;
  /** The heading stands right before the citation (it gives the kind); else it only opens the list. */
  adjacent: boolean;
}

/**
 * The heading of the sentence `before` a citation ("Căn cứ các Quyết định của Thủ tướng Chính phủ "), if any; `bare` when
 * the citation prints no kind ("số 367/BTC-QLG").
 */
export function groupHeading(before: string, bare: boolean): GroupHeading | null {
  const adjacent = ADJACENT.exec(before) ?? (bare ? LISTING.exec(before.split(/;\s/u).pop() ?? '') : null);
  const m = adjacent ?? OPENING.exec(before);
  if (!m) return null;
  const kind = canonicaliseTones(m[1][0].toUpperCase() + m[1].slice(1));
  const issuer = /^\s+của\s/u.test(m[2]) ? issuerAfter(m[2]).issuer : null;
  return { kind, issuer, adjacent: adjacent !== null };
}
