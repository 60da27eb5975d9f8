import type { Line } from './text-utils.js';

/**
 * A decision reposted on one line ("... QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này ... Điều 2. Quyết định này
 * thay thế ... Điều 3. Giao Văn phòng ... Điều 4. ... thi hành./. Nơi nhận: - Như điều 4; ..."): each article, and the
 * Nơi nhận after them, starts a line of its own, as printed on paper. Articles count only in order ("Điều 1.", "Điều 2.",
 * ...), so a cited "Điều 2 Nghị định số ..." (no full stop after the number) or a later "Điều 1" splits nothing. The
 * order runs on across lines, as that one line hard-wrapped by a PDF's text leaves it ('... Quyết định này. Điều 3.
 * Giao' / 'Văn phòng ...'): at least two articles that fall mid-line are needed to cut any.
 */
export function splitRunOnArticles(lines: Line[]): Line[] {
  const cuts = lines.map((): number[] => []);
  let next = 1;
  let last = -1;
  for (const [at, line] of lines.entries())
    for (const match of line.text.matchAll(/(?<=^|\s)Điều\s+(\d{1,2})\s*\./gu))
      if (Number(match[1]) === next) {
        if (match.index > 0) cuts[at].push(match.index);
        next++;
        last = at;
      }
  if (cuts.flat().length < 2) return lines;
  for (let at = last, from = cuts[last].at(-1) ?? 0; at < lines.length; at++, from = 0) {
    const closing = /\s(?=Nơi nhận\s*:)/u.exec(lines[at].text.slice(from));
    if (closing) {
      cuts[at].push(from + closing.index + 1);
      break;
    }
    if (/^\s*Nơi nhận\s*:/u.test(lines[at].text)) break;
  }
  return lines.flatMap((line, at) => {
    if (!cuts[at].length) return [line];
    const bounds = [0, ...cuts[at], line.text.length];
    return bounds.slice(0, -1).flatMap((from, i) => {
      const raw = line.text.slice(from, bounds[i + 1]);
      const text = raw.trim();
      const lead = raw.length - raw.trimStart().length;
      const start = line.start + from + lead;
      return text ? [{ text, start, end: start + text.length, blankBefore: i === 0 ? line.blankBefore : false }] : [];
    });
  });
}
