import { canonicaliseTones } from '@congvan/common';
import { LIST_COMMA, LISTED, SUBJECT_START, UNIT_HEAD } from './assignee-patterns.js';
import { HEADS, HOLDER_HEADS } from './assignee-words.js';
import { clean } from './text-utils.js';

/** A committee named by the kind of place it governs, no name after it: "UBND huyện", "Ủy ban nhân dân các xã". */
const COMMITTEE_OF_PLACE =
  /(?:UBND|[ỦU][ỷy] ban nhân dân)\s+(?:các\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u;
/** The kind of place alone: "các huyện", "thị xã". */
const BARE_PLACE = /^(?:các\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u;

/**
 * Splits "A, B và C" into units: at " và " before a unit's head word, at ", " only before a capitalised word or "các"
 * ("Công đoàn, Đoàn thanh niên và Hội sinh viên" → three; "UBND quận, huyện, thị xã" stays one).
 */
export function splitUnits(text: string): string[] {
  // "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng" (dev
  // ttg-2025-11-congdien-khacphuc-namtrungbo 1): the members named after the colon are one entry, but the offices before
  // it are cut (corpus README, "A list of bodies is one entry per body", 3 December 2026): "Bí thư tỉnh ủy", "Chủ tịch
  // Ủy ban nhân dân các tỉnh: ...". The members' ", " and " và " are hidden while the list is cut.
  const hidden = text.replace(
    MEMBERS,
    (_, head: string, list: string) => `${head}${list.replace(/,/gu, MEMBER_COMMA).replace(/\svà\s/gu, MEMBER_AND)}`,
  );
  return splitList(hidden).map((unit) => unit.replaceAll(MEMBER_COMMA, ',').replaceAll(MEMBER_AND, ' và '));
}

/** splitUnits on a text whose colon members are hidden. */
function splitList(text: string): string[] {
  // "Các Bộ Quốc phòng, Công an", "Các Bộ Xây dựng và Công an" (Công điện 225/CĐ-TTg, tnt305/tai_lieu_noi_bo
  // ac3686f6b1d64932.md): the bodies named after a plural head share it, as "Các Bộ: Quốc phòng, Công an" does.
  const plural = /^[Cc]ác\s+(?:Bộ|Sở|Tập đoàn|Tổng công ty)\s+(?=\p{Lu})/u.exec(text);
  if (
    plural &&
    !/;/u.test(text) &&
    text
      .slice(plural[0].length)
      .split(/,\s*|\s+và\s+/u)
      .every((name) => /^\p{Lu}/u.test(name) && !OTHER_BODY.test(name) && name.split(/\s+/u).length <= 6)
  )
    return [clean(canonicaliseTones(text))];
  // "Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã": ";" separates units (a clause that opens with none, "...;
  // trên cơ sở đó, Tỉnh", is no unit); so is a ministry's department in a list ("...; Vụ Lý luận chính trị") and bodies of
  // a kind ("...; các Hội được Đảng, Nhà nước giao nhiệm vụ ...", bodies dev hcm-2025-kiemdiem-xeploai-canbo 1).
  // "các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ": the bodies listed after "các Bộ:" are one.
  if (/;\s/u.test(text) && !new RegExp(String.raw`(?:^|\s)${LISTED}:\s[^;]*;`, 'u').test(text))
    return text
      .split(/\s*;\s+/u)
      .filter((part, i) => i === 0 || SUBJECT_START.test(part) || /^(?:Vụ|các)\s\p{Lu}/u.test(part))
      .flatMap(splitList);
  return (
    text
      .split(/\s+(?:và|cùng)\s+/u)
      .reduce<string[]>((parts, part, i) => {
        // "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố" (bodies dev
        // hcm-2025-kiemdiem-xeploai-canbo 1) are one office of two bodies, the first named without its place.
        // "Uỷ ban nhân dân thành phố và các huyện" (Công văn 703/UBND-TN, 2015): the places share the committee.
        if (
          i > 0 &&
          (!UNIT_HEAD.test(part) ||
            OFFICE_OF_TWO.test(parts[parts.length - 1]) ||
            (BARE_PLACE.test(part) && COMMITTEE_OF_PLACE.test(parts[parts.length - 1])))
        )
          parts[parts.length - 1] += ` và ${part}`;
        else parts.push(part);
        return parts;
      }, [])
      // "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã": one person, two titles.
      // "Bộ trưởng các Bộ: Quốc phòng, Công an": the bodies listed after "các Bộ:" are one addressee.
      // "các Đảng ủy, Chi ủy trực thuộc" (baobacninh.com.vn, Ban Thường vụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh
      // Bắc Ninh, 2019): two kinds of body that share "các" and the qualifier are one group.
      .flatMap((part) =>
        (/^Đồng chí\s/u.test(part) && !twoHolders(part)) || /:\s/u.test(part) || SHARED.test(part)
          ? [part]
          : part.split(LIST_COMMA),
      )
      // "Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn ...", "các cơ quan chức năng, chính quyền địa phương": a
      // common noun after a proper name, or "chính quyền" ("tổ dân phố, chính quyền địa phương", dev
      // danang-sgddt-2020-07-phongchong-covid-thi-tnthpt 1.b), starts another unit; "các địa phương, đơn vị" and "Cấp ủy,
      // chính quyền địa phương các cấp" are one. "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư" (dev
      // hanoi-2025-11-kehoach-5g-iot-khucongnghiep PL.5): investors, contractors and suppliers are actors of their own.
      .flatMap((part) =>
        part.split(
          /^(?:các|những)\s|cơ quan ngang/iu.test(part)
            ? /(?<![ủu]ỷ|ủy),\s*(?=chính quyền\s)/u
            : /(?<![ủu]ỷ|ủy),\s*(?=chính quyền\s)|(?<![ủu]ỷ|ủy),\s*(?=(?:đơn vị|cơ quan|lực lượng|các|thành viên|toàn thể)\s|(?:nhà (?:đầu tư|thầu|cung cấp)|chủ đầu tư)(?:\s|$))(?<=\p{Lu}[^,]*,\s*)/u,
        ),
      )
      .map((t) => clean(canonicaliseTones(t)))
      .filter(Boolean)
  );
}

/**
 * A member named by part of its name after "các tỉnh:", "các Bộ:": capitalised words ("Gia Lai", "Nông nghiệp và ...",
 * "Công an"), not an office or a body of its own ("... và Chủ tịch Ủy ban nhân dân ...").
 */
const MEMBER = String.raw`(?!(?:${HOLDER_HEADS}|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Bộ|Sở|Ban|Văn phòng|Tỉnh ủy|Đảng ủy)\s)\p{Lu}\p{L}*(?:(?:\s+|\s*-\s*)(?!và\s)\p{L}+)*`;
/** The members listed after a plural head and a colon, up to the first word in lower case after "và" or ",". */
const MEMBERS = new RegExp(String.raw`(${LISTED}:\s+)(${MEMBER}(?:(?:,\s*|\s+và\s+)${MEMBER})*)`, 'gu');
const MEMBER_COMMA = '\u0001';
const MEMBER_AND = '\u0002';

/** An office holder's title before the body it heads: "Bộ trưởng ", "Đồng chí Thứ trưởng ". */
const TITLE = new RegExp(String.raw`^(?:Đồng chí\s+)?(?:${HOLDER_HEADS})\s+`, 'u');

/**
 * "Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế phụ trách lĩnh vực" (dev vpcp-2025-11-tbkl-benhvien-coso2-ninhbinh 2.(2)):
 * two offices of the same body are two people, cut; "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã" is one
 * person's titles in two bodies.
 */
function twoHolders(part: string): boolean {
  const [first, second] = part.split(LIST_COMMA);
  if (second === undefined || !TITLE.test(first) || !TITLE.test(second)) return false;
  const body = first.replace(TITLE, '');
  return body.length > 0 && second.replace(TITLE, '').startsWith(body);
}

/** An office of two bodies, the first named without its place: "Văn phòng HĐND", "Văn phòng Đoàn ĐBQH" (+ "và ..."). */
export const OFFICE_OF_TWO = /Văn phòng (?:HĐND|Hội đồng nhân dân|Đoàn (?:ĐBQH|[Đđ]ại biểu Quốc hội))$/u;

/** "các Đảng ủy, Chi ủy trực thuộc": bare head words between "các" and a qualifier they share. */
const SHARED = new RegExp(String.raw`^[Cc]ác\s+(?:${HEADS}),\s+(?:${HEADS})\s+(?:trực thuộc|cơ sở|các cấp)$`, 'u');

/** A name that is a body of its own kind, not one of those a plural head lists ("Các Bộ Quốc phòng, Công an"). */
const OTHER_BODY =
  /^(?:Sở|Bộ|Ban|UBND|HĐND|Ủy ban|Uỷ ban|Phòng|Trung tâm|Văn phòng|Cục|Chi cục|Chủ tịch|Giám đốc|Thủ trưởng|Hội|Đoàn|Công an\s+(?:tỉnh|thành phố|Thành phố|xã|phường|huyện|cấp))(?:\s|$)|\s(?:tỉnh|thành phố|Thành phố|xã|phường)$/u;
