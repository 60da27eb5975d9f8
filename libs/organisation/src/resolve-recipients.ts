import { foldAccents } from '@congvan/common';
import type { RegistryUnit } from './registry-file.js';
import type { UnitKind } from './unit.entity.js';

export type ResolutionFlag =
  | { code: 'COUNT_MISMATCH'; phrase: string; stated: number; found: number }
  | { code: 'UNMATCHED'; phrase: string }
  | { code: 'AMBIGUOUS'; phrase: string; candidates: string[] }
  /** Units the line named on the document's date that are gone today with no successor. */
  | { code: 'NO_SUCCESSOR'; phrase: string; units: string[] };

export interface ResolvedGroup {
  phrase: string;
  /** Codes of the units the phrase names. */
  codes: string[];
  matchedBy: 'kind' | 'name' | 'none';
  statedCount: number | null;
  flags: ResolutionFlag[];
}

export interface RecipientResolution {
  line: string;
  groups: ResolvedGroup[];
  flags: ResolutionFlag[];
}

export interface ResolveOptions {
  /** Units valid on this day (YYYY-MM-DD) are considered. */
  onDate: string;
  /** The issuer's name as printed; limits resolution to the issuer's registry (code prefix). */
  issuerName?: string | null;
}

/** Lower case, no diacritics, đ → d, common abbreviations spelled out, single spaces. */
export function fold(text: string): string {
  return ` ${foldAccents(text).replace(/[^a-z0-9]+/g, ' ')} `
    .replace(/ ubnd /g, ' uy ban nhan dan ')
    .replace(/ hdnd /g, ' hoi dong nhan dan ')
    .replace(/ mttq /g, ' mat tran to quoc ')
    .replace(/ (ttxd|qlttxd) /g, (m) => (m.includes('ql') ? ' quan ly trat tu xay dung ' : ' trat tu xay dung '))
    .replace(/ tt /g, ' trung tam ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words naming a kind of unit, folded, longest first so "trung hoc co so" wins over "th". */
const KIND_WORDS: Array<[string, UnitKind[]]> = [
  ['trung hoc co so', ['school_lower_secondary']],
  ['phong chuyen mon', ['specialised_office']],
  ['don vi su nghiep', ['public_service_unit']],
  ['doan the chinh tri xa hoi', ['mass_organisation']],
  ['doan the', ['mass_organisation']],
  ['ban dang', ['party_board']],
  ['thi tran', ['township']],
  ['dac khu', ['special_zone']],
  ['mam non', ['school_preschool']],
  ['tieu hoc', ['school_primary']],
  ['thcs', ['school_lower_secondary']],
  ['phuong', ['ward']],
  ['phong', ['specialised_office']],
  ['xa', ['commune']],
  ['mn', ['school_preschool']],
  ['th', ['school_primary']],
  ['hoi', ['association']],
];
const SCHOOL_KINDS: UnitKind[] = ['school_preschool', 'school_primary', 'school_lower_secondary'];
/** Words that only extend a group ("các phòng, ban, cơ quan"), naming nothing by themselves. */
const FILLER = new Set(['ban', 'co quan', 'don vi', 'cong lap', 'truong', 'truong hoc']);
const DISTRICT_WORDS = new Set(['quan', 'huyen', 'thi xa']);
const HEAD_TITLES = /^(thu truong|chu tich|hieu truong|bi thu|giam doc|truong phong|dong chi|d c)\s+/;
const SCOPE = /\s+(truc thuoc|thuoc|tren dia ban)\s+.*$|\s+(quan|huyen)$/;

/**
 * Which units each "Kính gửi" line names. A line is split into phrases at commas and "và"; a
 * phrase naming a kind ("21 phường", "các trường MN, TH, THCS công lập", "Đảng ủy các xã, thị
 * trấn") takes every unit of that kind in the issuer's registry, checked against a stated count;
 * any other phrase must match one unit by name or alias. Nothing is dropped: a phrase that matches
 * nothing, matches several units, or whose count disagrees carries a flag for the clerk.
 */
export function resolveRecipients(
  lines: string[],
  registry: RegistryUnit[],
  options: ResolveOptions,
): RecipientResolution[] {
  const units = inScope(registry, options);
  const valid = registry.filter((u) => isValidOn(u, options.onDate));
  return lines.map((line) => {
    const groups = splitPhrases(line).map((phrase) => resolveDistricts(phrase, valid) ?? resolvePhrase(phrase, units));
    return { line, groups, flags: groups.flatMap((g) => g.flags) };
  });
}

/** District-level people's committees ("UBND quận Đống Đa", "UBND huyện Mỹ Đức"): gone since 1 July 2025. */
const DISTRICT_GROUP = /^(?:(cac|\d+) )((?:(?:quan|huyen|thi xa)\s*)+)$/;

/**
 * "UBND các quận, huyện, thị xã", "Chủ tịch UBND các huyện": the district-level committees that
 * existed on the document's date, across the registry (districts sit above any one district's
 * registry). From 1 July 2025 there are none, so the phrase is flagged.
 */
function resolveDistricts(phrase: string, valid: RegistryUnit[]): ResolvedGroup | null {
  const folded = stripHead(fold(phrase)).replace(/\s+(truc thuoc|thuoc|tren dia ban)\s+.*$/, '');
  const group = DISTRICT_GROUP.exec(folded);
  if (!group) return null;
  const words = group[2].trim().split(/\s+(?=quan|huyen|thi xa)/);
  const matched = valid.filter(
    (u) => u.kind === 'people_committee' && words.some((w) => fold(u.name).startsWith(`uy ban nhan dan ${w} `)),
  );
  const statedCount = group[1] === 'cac' ? null : Number(group[1]);
  const flags: ResolutionFlag[] = [];
  if (matched.length === 0) flags.push({ code: 'UNMATCHED', phrase });
  if (statedCount !== null && statedCount !== matched.length)
    flags.push({ code: 'COUNT_MISMATCH', phrase, stated: statedCount, found: matched.length });
  return { phrase, codes: matched.map((u) => u.code), matchedBy: 'kind', statedCount, flags };
}

/** Whether a unit exists on a day (YYYY-MM-DD): wards merge and are renamed. */
export function isValidOn(unit: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day);
}

/** The registry unit a directive's issuer is, by its name as printed or an alias; null when none is. */
export function findIssuerUnit<T extends { name: string; aliases: string[] }>(
  units: T[],
  issuerName: string | null | undefined,
): T | null {
  if (!issuerName) return null;
  const wanted = fold(issuerName);
  return (
    units.find((unit) => fold(unit.name) === wanted || unit.aliases.some((alias) => fold(alias) === wanted)) ?? null
  );
}

function inScope(registry: RegistryUnit[], options: ResolveOptions): RegistryUnit[] {
  const valid = registry.filter((u) => isValidOn(u, options.onDate));
  const own = findIssuerUnit(valid, options.issuerName);
  if (!own) return valid;
  const prefix = own.code.split('.')[0];
  return valid.filter((u) => u.code === prefix || u.code.startsWith(`${prefix}.`));
}

/** "A, B và C" → phrases; continuation pieces ("TH", "thị trấn", "ban") join the group before them. */
function splitPhrases(line: string): string[] {
  const pieces = line
    .split(/,|;|\s+và\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const phrases: string[] = [];
  for (const piece of pieces) {
    const folded = fold(piece).replace(SCOPE, '');
    const continuation =
      phrases.length > 0 &&
      isGroup(phrases.at(-1)!) &&
      (FILLER.has(folded) ||
        DISTRICT_WORDS.has(folded) ||
        KIND_WORDS.some(([word]) => folded === word || folded === `${word} cong lap`));
    if (continuation) phrases[phrases.length - 1] += `, ${piece}`;
    else phrases.push(piece);
  }
  return phrases;
}

function isGroup(phrase: string): boolean {
  return /^(cac|\d+) /.test(stripHead(fold(phrase))) || /^dang uy cac /.test(stripHead(fold(phrase)));
}

/** "Chủ tịch UBND 21 phường" → "21 phường": the title addressed and the body it heads. */
function stripHead(folded: string): string {
  return folded.replace(HEAD_TITLES, '').replace(/^uy ban nhan dan (?=(cac|\d+) )/, '');
}

function resolvePhrase(phrase: string, units: RegistryUnit[]): ResolvedGroup {
  const folded = stripHead(fold(phrase)).replace(SCOPE, '').trim();
  const group = /^(?:(dang uy) )?(cac|\d+) (.+)$/.exec(folded);
  if (group)
    return resolveKindGroup(
      phrase,
      group[3],
      group[2] === 'cac' ? null : Number(group[2]),
      group[1] === 'dang uy',
      units,
    );
  if (/ khac$/.test(folded)) return resolveKindGroup(phrase, folded.replace(/ khac$/, ''), null, false, units);
  return resolveByName(phrase, folded, units);
}

function resolveKindGroup(
  phrase: string,
  words: string,
  statedCount: number | null,
  partyOf: boolean,
  units: RegistryUnit[],
): ResolvedGroup {
  const kinds = new Set<UnitKind>();
  let rest = ` ${words.replace(/ cong lap/g, ' ')} `;
  for (const [word, wordKinds] of KIND_WORDS) {
    if (rest.includes(` ${word} `)) {
      wordKinds.forEach((k) => kinds.add(k));
      rest = rest.replaceAll(` ${word} `, ' ');
    }
  }
  if (/ truong( hoc)? /.test(` ${words} `) && ![...kinds].some((k) => SCHOOL_KINDS.includes(k)))
    SCHOOL_KINDS.forEach((k) => kinds.add(k));
  if (kinds.size === 0) return resolveByName(phrase, words, units);

  let matched: RegistryUnit[];
  if (partyOf) {
    // "Đảng ủy các xã, thị trấn": the party committees of the communes and townships.
    const places = units.filter((u) => kinds.has(u.kind)).map((u) => placeName(u.name));
    matched = units.filter((u) => u.kind === 'party_committee' && places.includes(placeName(u.name)));
  } else {
    matched = units.filter((u) => kinds.has(u.kind));
  }
  const flags: ResolutionFlag[] = [];
  if (matched.length === 0) flags.push({ code: 'UNMATCHED', phrase });
  if (statedCount !== null && statedCount !== matched.length)
    flags.push({ code: 'COUNT_MISMATCH', phrase, stated: statedCount, found: matched.length });
  return { phrase, codes: matched.map((u) => u.code), matchedBy: 'kind', statedCount, flags };
}

/** "Ủy ban nhân dân xã An Mỹ", "Đảng ủy xã An Mỹ" → "an my". */
function placeName(name: string): string {
  return fold(name).replace(/^(uy ban nhan dan|dang uy) (xa|thi tran|phuong|dac khu) /, '');
}

function resolveByName(phrase: string, folded: string, units: RegistryUnit[]): ResolvedGroup {
  const names = (u: RegistryUnit) => [u.name, ...u.aliases].map(fold);
  let matched = units.filter((u) => names(u).includes(folded));
  if (matched.length === 0)
    matched = units.filter((u) =>
      names(u).some((n) => n.startsWith(`${folded} `) || (n.length >= 8 && folded.startsWith(`${n} `))),
    );
  if (matched.length === 1)
    return { phrase, codes: [matched[0].code], matchedBy: 'name', statedCount: null, flags: [] };
  const flags: ResolutionFlag[] =
    matched.length === 0
      ? [{ code: 'UNMATCHED', phrase }]
      : [{ code: 'AMBIGUOUS', phrase, candidates: matched.map((u) => u.code) }];
  return { phrase, codes: [], matchedBy: 'none', statedCount: null, flags };
}
