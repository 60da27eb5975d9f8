/**
 * Real annex tables as the web copies print them (task-tables/*.txt): one cell per line run, cells parted by lines holding
 * only "|". Sources (tnt305/tai_lieu_noi_bo, crawls of thuvienphapluat.vn pages):
 * - Kế hoạch 552/KH-UBND Đồng Tháp: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/192068354fd1ffe5.md
 * - Kế hoạch 179/KH-UBND Đồng Nai: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/f004d93b21e7fc5f.md
 * - Quyết định 2530/QĐ-TTg (Kế hoạch hành động quốc gia, không khí): https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/646f0a00d4174382.md
 * - Kế hoạch 310/KH-UBND Hà Nội: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/31786b0833a4130d.md
 * - Kế hoạch 144/KH-UBND Bắc Ninh: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/ad5aff6c13929815.md
 */
import { readFileSync } from 'node:fs';
import { readTaskTables } from '../task-tables.js';
import { prepareText } from '../text-utils.js';

const annex = (name: string) => readFileSync(new URL(`./task-tables/${name}.txt`, import.meta.url), 'utf8');

export const DONGTHAP_552_ANNEX = annex('dongthap-552-annex');
/** Kế hoạch 552/KH-UBND Đồng Tháp whole: its header, body's end and annex. */
export const DONGTHAP_552 = annex('dongthap-552-header') + DONGTHAP_552_ANNEX;
export const DONGNAI_179_ANNEX = annex('dongnai-179-annex');
export const TTG_2530_ANNEXES = annex('ttg-2530-annexes');
export const HANOI_310_ANNEX = annex('hanoi-310-annex');
export const BACNINH_144_ANNEX = annex('bacninh-144-annex');

/** The task tables of a text as `extractDirective` prepares it, the annexes from `annexFrom` on. */
export const tables = (text: string, annexFrom = 0) => readTaskTables(prepareText(text), annexFrom, '2025');
