import type { Directive, Requirement } from '@congvan/extraction';
import { f1, matchByText, normalise, referenceKey, scoreDirective, scoreScalar, wordDice } from './score-directive.js';

const requirement = (text: string, extra: Partial<Requirement> = {}): Requirement => ({
  ref: '1',
  text,
  deadlines: [],
  assignees: [],
  reportTo: [],
  ...extra,
});

const gold: Directive = {
  system: 'state',
  docType: 'Công văn',
  issuer: { parent: null, name: 'UỶ BAN NHÂN DÂN TỈNH AN GIANG' },
  number: '554',
  symbol: 'UBND-KT',
  place: 'Long Xuyên',
  date: '2006-02-22',
  subject: 'Treo cờ tổ quốc',
  recipients: ['UBND huyện, thị, thành phố'],
  references: [
    { kind: 'Công văn', number: '260', symbol: 'BGDĐT-GDTC', date: '2020-01-31', issuer: 'Bộ GDĐT', role: 'basis' },
  ],
  requirements: [
    requirement('Ủy ban nhân dân các huyện vận động nhân dân treo cờ tổ quốc', {
      assignees: ['Ủy ban nhân dân các huyện'],
    }),
    requirement('Các đơn vị gửi báo cáo về Sở Y tế trước ngày 15/3/2026', {
      ref: '2',
      deadlines: [{ kind: 'absolute', date: '2026-03-15', text: 'trước ngày 15/3/2026' }],
      reportTo: [{ target: 'Sở Y tế', forGroups: [] }],
    }),
  ],
  deadlines: [{ kind: 'absolute', date: '2026-03-15', text: 'trước ngày 15/3/2026' }],
  distribution: ['Như trên', 'Lưu VT'],
  signer: { authority: 'TL.', body: null, title: 'CHÁNH VĂN PHÒNG', name: 'Thái Hữu Phép' },
};

describe('scoring helpers', () => {
  it('normalises tone placement, spaces and trailing punctuation, keeping case', () => {
    expect(normalise('UỶ BAN  NHÂN DÂN;')).toBe('ỦY BAN NHÂN DÂN');
    expect(normalise('  ')).toBeNull();
    expect(normalise('Sở Y tế')).not.toBe(normalise('sở y tế'));
  });

  it('scores scalars: equal tp, different fp+fn, guessed fp, missed fn, both null nothing', () => {
    expect(scoreScalar('554', '554')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreScalar('554', '555')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreScalar(null, '555')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(scoreScalar('554', null)).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(scoreScalar(null, null)).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('computes word-set Dice over case- and punctuation-folded words', () => {
    expect(wordDice('Báo cáo, trước ngày 15.', 'báo cáo trước ngày 15')).toBe(1);
    // {a b c d} vs {a b e f}: 2·2 / 8.
    expect(wordDice('a b c d', 'a b e f')).toBe(0.5);
    expect(wordDice('một hai', 'ba bốn')).toBe(0);
  });

  it('matches texts one to one, greedily by best score, below the threshold not at all', () => {
    const pairs = matchByText(['a b c d', 'a b c e'], ['a b c e', 'x y z']);
    // "a b c e" matches gold 1 exactly (1.0) before gold 0 (0.75); gold 0 is then left unmatched.
    expect(pairs).toEqual([[1, 0]]);
  });

  it('identifies a reference by its whole number and symbol, wherever the year is split', () => {
    expect(referenceKey({ number: '85', symbol: '2015/QH13' })).toBe(
      referenceKey({ number: '85/2015', symbol: 'QH13' }),
    );
    expect(referenceKey({ number: '12', symbol: 'UBND-NV' })).not.toBe(
      referenceKey({ number: '12', symbol: 'UBND-VP' }),
    );
    expect(referenceKey({ number: '1582', symbol: null })).toBe('1582');
  });

  it('computes F1 from counts', () => {
    expect(f1({ tp: 2, fp: 1, fn: 1 }).f).toBeCloseTo(2 / 3);
    expect(f1({ tp: 0, fp: 0, fn: 0 }).f).toBeNaN();
  });
});

describe('scoreDirective', () => {
  it('scores a perfect prediction as all true positives', () => {
    const { counts, absoluteDates } = scoreDirective(gold, gold);
    for (const [, c] of counts) expect(c.fp + c.fn).toBe(0);
    expect(counts.get('requirements')).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(counts.get('references.attrs')).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(absoluteDates).toEqual({ found: 1, wanted: 1, predicted: 1 });
  });

  it('matches requirements by text whatever their refs and order, and scores their assignees', () => {
    const predicted: Directive = {
      ...gold,
      issuer: { parent: null, name: 'ỦY BAN NHÂN DÂN TỈNH AN GIANG' },
      requirements: [
        { ...gold.requirements[1], ref: '7', reportTo: [] },
        { ...gold.requirements[0], ref: '9', assignees: ['UBND các huyện', 'Ủy ban nhân dân các huyện'] },
        requirement('Trân trọng cảm ơn'),
      ],
    };
    const { counts, requirementPairs } = scoreDirective(predicted, gold);
    expect(counts.get('issuer.name')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(requirementPairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(counts.get('requirements')).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(counts.get('assignees')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(counts.get('reportTo')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(counts.get('requirements.ref')).toEqual({ tp: 0, fp: 2, fn: 2 });
  });

  it('counts a guessed field, a missed deadline and a wrong reference attribute', () => {
    const predicted: Directive = {
      ...gold,
      issuer: { parent: 'TỈNH AN GIANG', name: gold.issuer.name },
      deadlines: [{ kind: 'absolute', date: '2026-03-16', text: 'trước ngày 16/3/2026' }],
      references: [{ ...gold.references[0], symbol: 'BGDĐT - GDTC', role: 'cited' }],
    };
    const { counts, absoluteDates } = scoreDirective(predicted, gold);
    expect(counts.get('issuer.parent')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(counts.get('deadlines')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts.get('references')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.get('references.attrs')).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(absoluteDates).toEqual({ found: 0, wanted: 1, predicted: 1 });
  });

  it('leaves out the fields a gold marks uncertain', () => {
    const { counts } = scoreDirective({ ...gold, number: '1100' }, { ...gold, number: null }, ['number']);
    expect(counts.has('number')).toBe(false);
  });
});
