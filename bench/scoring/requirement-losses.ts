/**
 * Why requirements go unmatched, for the bench's diagnostic line under each table: an aggregate that tells a
 * cutting error (the right text read as too many or too few requirements) from a reading error (a task not read at
 * all, or a passage that is no task read as one) without showing any document.
 *
 * Containment c(a, b) is the share of a's words that b holds (the bench's word sets). An unmatched gold requirement is:
 * - inLonger: c(gold, p) ≥ 0.8 for one predicted requirement p (it sits inside a longer one: merged with other text);
 * - inPieces: the predicted requirements contained in it (c(p, gold) ≥ 0.8) cover ≥ 0.8 of its words together (split);
 * - missed: neither.
 * An unmatched predicted requirement is:
 * - piece: c(p, g) ≥ 0.8 for one gold requirement g (a piece of a task, or a task with text around it cut short);
 * - holdsGold: c(g, p) ≥ 0.8 for one gold requirement g (a task read together with more text);
 * - extra: neither (a passage that no gold requirement is near).
 */
import type { Directive } from '@congvan/extraction';
import { words } from './score-directive.js';

export interface RequirementLosses {
  inLonger: number;
  inPieces: number;
  missed: number;
  piece: number;
  holdsGold: number;
  extra: number;
}

export const NO_REQUIREMENT_LOSSES: RequirementLosses = {
  inLonger: 0,
  inPieces: 0,
  missed: 0,
  piece: 0,
  holdsGold: 0,
  extra: 0,
};

const NEAR = 0.8;

/** The share of a's words that b holds. */
function contained(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / a.size;
}

export function requirementLosses(
  gold: Directive,
  predicted: Directive,
  pairs: Array<[number, number]>,
): RequirementLosses {
  const losses = { ...NO_REQUIREMENT_LOSSES };
  const g = gold.requirements.map((r) => words(r.text));
  const p = predicted.requirements.map((r) => words(r.text));
  const [matchedG, matchedP] = [new Set(pairs.map(([i]) => i)), new Set(pairs.map(([, j]) => j))];
  g.forEach((gw, i) => {
    if (matchedG.has(i)) return;
    if (p.some((pw) => contained(gw, pw) >= NEAR)) losses.inLonger++;
    else {
      const pieces = new Set(p.filter((pw) => contained(pw, gw) >= NEAR).flatMap((pw) => [...pw]));
      if (contained(gw, pieces) >= NEAR) losses.inPieces++;
      else losses.missed++;
    }
  });
  p.forEach((pw, j) => {
    if (matchedP.has(j)) return;
    if (g.some((gw) => contained(pw, gw) >= NEAR)) losses.piece++;
    else if (g.some((gw) => contained(gw, pw) >= NEAR)) losses.holdsGold++;
    else losses.extra++;
  });
  return losses;
}

export function addRequirementLosses(a: RequirementLosses, b: RequirementLosses): RequirementLosses {
  const sum = { ...a };
  for (const k of Object.keys(sum) as Array<keyof RequirementLosses>) sum[k] += b[k];
  return sum;
}

export function describeRequirementLosses(l: RequirementLosses): string {
  return (
    `unmatched gold requirements: ${l.inLonger} inside a longer reading, ${l.inPieces} read in pieces, ` +
    `${l.missed} not read; unmatched readings: ${l.piece} a piece of a gold requirement, ${l.holdsGold} ` +
    `holding one with more text, ${l.extra} near none`
  );
}
