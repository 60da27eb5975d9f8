/**
 * Per-document (macro) averages for the bench's "(doc mean)" rows beside ALL.
 *
 * The ALL row sums tp / fp / fn over every document (micro average), so a few documents with long task
 * annexes, holding hundreds of requirements each, outweigh dozens of short letters. The mean over
 * documents of each document's own F1 weighs every document once:
 * - all: the document's F1 over the set's fields (the figure `--docs` prints), for every document
 *   where anything was expected or predicted;
 * - requirements, deadlines: the document's F1 on that field, only for documents whose gold has any
 *   (a document without gold requirements that predicts some is left out of that mean, not counted 0).
 */
import { add, EMPTY, f1, type Counts, type Field } from './score-directive.js';

/** One document's F1 overall and on two fields; NaN where it does not enter the mean. */
export interface DocumentF1 {
  all: number;
  requirements: number;
  deadlines: number;
}

/** The mean F1 and how many documents it is taken over. */
export interface DocumentMean {
  f: number;
  documents: number;
}

export interface DocumentMeans {
  all: DocumentMean;
  requirements: DocumentMean;
  deadlines: DocumentMean;
}

/** F1 on a field for a document whose gold has any of it (tp + fn > 0); NaN otherwise. */
function fieldF1(c: Counts | undefined): number {
  return c && c.tp + c.fn > 0 ? f1(c).f : NaN;
}

/** One document's F1s from its counts (scoreDirective), the overall one over `fields`. */
export function documentF1(counts: Map<Field, Counts>, fields: readonly Field[]): DocumentF1 {
  let all = EMPTY;
  for (const [field, c] of counts) if (fields.includes(field)) all = add(all, c);
  return {
    all: f1(all).f,
    requirements: fields.includes('requirements') ? fieldF1(counts.get('requirements')) : NaN,
    deadlines: fields.includes('deadlines') ? fieldF1(counts.get('deadlines')) : NaN,
  };
}

function mean(values: number[]): DocumentMean {
  const kept = values.filter((v) => Number.isFinite(v));
  return { f: kept.length === 0 ? NaN : kept.reduce((s, v) => s + v, 0) / kept.length, documents: kept.length };
}

/** The mean over documents of each F1, each over the documents where it is defined. */
export function documentMeans(documents: readonly DocumentF1[]): DocumentMeans {
  return {
    all: mean(documents.map((d) => d.all)),
    requirements: mean(documents.map((d) => d.requirements)),
    deadlines: mean(documents.map((d) => d.deadlines)),
  };
}
