import type { Line } from './text-utils.js';

/**
 * A decision reposted on one line ("... QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này ... Điều 2. Quyết định này
 * thay thế ... Điều 3. Giao Văn phòng ... Điều 4. ... thi hành./. Nơi nhận: - Như điều 4; ..."): each article, and the
 * Nơi nhận after them, starts a line of its own, as printed on paper. Articles count only in order ("Điều 1.", "Điều 2.",
 * ...), so a cited "Điều 2 Nghị định số ..." (no full stop after the number) or a later "Điều 1" splits nothing.
 */
export function splitRunOnArticles(lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    const cuts: number[] = [];
    let next = 1;
    for (const match of line.text.matchAll(/(?<=\s)Điều\s+(\d{1,2})\s*\./gu))
      if (Number(match[1]) === next) {
        cuts.push(match.index);
        next++;
      }
    if (next < 3) return [line];
    const closing = /\s(?=Nơi nhận\s*:)/u.exec(line.text.slice(cuts.at(-1)));
    if (closing) cuts.push(cuts.at(-1)! + closing.index + 1);
    const bounds = [0, ...cuts, line.text.length];
    return bounds.slice(0, -1).flatMap((from, i) => {
      const raw = line.text.slice(from, bounds[i + 1]);
      const text = raw.trim();
      const lead = raw.length - raw.trimStart().length;
      const start = line.start + from + lead;
      return text ? [{ text, start, end: start + text.length, blankBefore: i === 0 ? line.blankBefore : false }] : [];
    });
  });
}
