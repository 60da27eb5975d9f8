import { documentF1, documentMeans } from './document-means.js';
import type { Counts, Field } from './score-directive.js';

const counts = (entries: Array<[Field, Counts]>) => new Map<Field, Counts>(entries);

describe('documentF1', () => {
  it('scores the document over the set fields only, and requirements and deadlines on their own', () => {
    const scored = counts([
      ['number', { tp: 1, fp: 0, fn: 0 }],
      ['requirements', { tp: 2, fp: 1, fn: 1 }],
      ['deadlines', { tp: 1, fp: 0, fn: 0 }],
      ['requirements.deadlines', { tp: 0, fp: 5, fn: 5 }],
    ]);
    const fields: Field[] = ['number', 'requirements', 'deadlines'];
    // Overall: tp 4, fp 1, fn 1 → 8 / 10; the diagnostic is not in the fields.
    expect(documentF1(scored, fields)).toEqual({ all: 0.8, requirements: 2 / 3, deadlines: 1 });
    // A bodies set: the header field is out of the overall figure.
    expect(documentF1(scored, ['requirements', 'deadlines']).all).toBeCloseTo(6 / 8);
  });

  it('leaves out a field the gold has none of, even when something was predicted', () => {
    const scored = counts([
      ['requirements', { tp: 0, fp: 3, fn: 0 }],
      ['deadlines', { tp: 0, fp: 0, fn: 2 }],
    ]);
    const f = documentF1(scored, ['requirements', 'deadlines']);
    expect(f.requirements).toBeNaN();
    // Gold deadlines all missed: 0, not left out.
    expect(f.deadlines).toBe(0);
    expect(f.all).toBe(0);
    // A field that was skipped (uncertain) or is not among the set's fields is left out too.
    expect(documentF1(counts([]), ['deadlines']).deadlines).toBeNaN();
    expect(documentF1(scored, ['deadlines']).requirements).toBeNaN();
  });
});

describe('documentMeans', () => {
  it('weighs each document once, unlike the sum of counts', () => {
    // A long annex (90 of 100 requirements found) and a short letter (1 of 2): the micro F1 is
    // 91/102, the mean of documents (0.9 + 0.5) / 2.
    const long = documentF1(counts([['requirements', { tp: 90, fp: 10, fn: 10 }]]), ['requirements']);
    const short = documentF1(counts([['requirements', { tp: 1, fp: 1, fn: 1 }]]), ['requirements']);
    const means = documentMeans([long, short]);
    expect(means.all.f).toBeCloseTo(0.7);
    expect(means.requirements).toEqual({ f: expect.closeTo(0.7) as number, documents: 2 });
    expect(means.deadlines).toEqual({ f: NaN, documents: 0 });
  });

  it('takes each mean over the documents where it is defined', () => {
    const means = documentMeans([
      { all: 1, requirements: 1, deadlines: NaN },
      { all: 0.5, requirements: NaN, deadlines: 0.25 },
      { all: NaN, requirements: NaN, deadlines: NaN },
    ]);
    expect(means).toEqual({
      all: { f: 0.75, documents: 2 },
      requirements: { f: 1, documents: 1 },
      deadlines: { f: 0.25, documents: 1 },
    });
  });
});
