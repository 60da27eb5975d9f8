// Rules vs natural's BayesClassifier for requirement sentences, leave-one-document-out (LODO) over the
// dev split only (training: the other dev docs + samples/directives; samples/corpus/heldout is never read).
// natural is NOT a dependency of the project: install it outside the repository, then run from the root:
//   mkdir -p /tmp/nat && (cd /tmp/nat && npm init -y >/dev/null && npm install --no-audit --no-fund natural@8.1.1)
//   npm run build && NATURAL=/tmp/nat/node_modules/natural node bench/experiments/natural-requirements.mjs
// Optional: RULES_CACHE=/tmp/nat/rules.json (the rules' requirements per document, reused by later runs:
// delete it after a rebuild), INNER=5 (inner folds for threshold choice), LR=1 (also natural's LogisticRegressionClassifier,
// slow: dense features), WAVES=19 (first "recent" wave).
// Arms, each scored with the bench's own matching (dist/bench/scoring: word-set Dice >= 0.5, one to one):
//   (a) rules alone; (b) classifier alone (sentences it labels "req");
//   (c) rules, minus rule requirements the classifier scores below a veto threshold;
//   (d) rules, plus candidate sentences the rules missed that the classifier scores above a high threshold;
//   (e) (c) and (d) together.
// The thresholds of (c)-(e) are chosen inside the training fold only: an inner k-fold over the training dev
// docs gives out-of-fold scores, and the threshold with the best requirement F1 on them is applied to the
// held-out doc.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const W = process.cwd();
const natural = createRequire(import.meta.url)(process.env.NATURAL ?? '/tmp/nat/node_modules/natural');
const { extractDirective } = await import(`${W}/dist/libs/extraction/src/index.js`);
const scoring = await import(`${W}/dist/bench/scoring/score-directive.js`);
// The bench's matching (scoring.matchByText: word-set Dice >= 0.5, greedy one to one), with each text's word
// set computed once (the threshold grids re-score the same sentences thousands of times); checked against
// scoring.matchByText on every rules-alone prediction below.
const wordSets = new Map();
const wordsOf = (t) => wordSets.get(t) ?? wordSets.set(t, scoring.words(t)).get(t);
function wordDice(a, b) {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.size + y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}
function matchByText(gold, predicted, threshold = 0.5) {
  const candidates = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const s = wordDice(g, p);
      if (s >= threshold) candidates.push({ g: gi, p: pi, s });
    }),
  );
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const [usedG, usedP, pairs] = [new Set(), new Set(), []];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}
const INNER = Number(process.env.INNER ?? 5);
const RECENT = Number(process.env.WAVES ?? 19);
const docs = (base, gold) =>
  readdirSync(base)
    .filter((id) => existsSync(`${base}/${id}/${gold}`) && existsSync(`${base}/${id}/text.txt`))
    .map((id) => {
      const text = readFileSync(`${base}/${id}/text.txt`, 'utf8');
      const meta = existsSync(`${base}/${id}/meta.json`) ? JSON.parse(readFileSync(`${base}/${id}/meta.json`)) : {};
      const g = JSON.parse(readFileSync(`${base}/${id}/${gold}`, 'utf8'));
      const gold_ = g.requirements.map((r) => r.text);
      const rules = (cache[`${base}/${id}`] ??= extractDirective(text).directive.requirements.map((r) => r.text));
      const cands = candidates(text);
      return { id, wave: meta.wave ?? 0, gold: gold_, rules, cands, y: label(cands, gold_) };
    });
// Candidate units: sentences of the body between Kính gửi (or the subject) and Nơi nhận.
function candidates(text) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let start = lines.findIndex((l) => /^Kính gửi/iu.test(l));
  if (start < 0) start = Math.min(8, lines.length);
  let end = lines.findIndex((l, i) => i > start && /^Nơi nhận/iu.test(l));
  if (end < 0) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .join('\n')
    .replace(/\n(?![-–•+]|\d{1,2}[.)]|[IVX]+\.|[a-zđ]\))/gu, ' ');
  return body
    .split(/\n|(?<=[\p{Ll}\d)][.!?:;])\s+(?=\p{Lu})/u)
    .map((s) => s.replace(/^([-–•+]|\d{1,2}[.)]|[IVX]+\.|[a-zđ]\))\s*/u, '').trim())
    .filter((s) => s.length > 15);
}
const covers = (s, t) => wordDice(s, t) >= 0.5 || (t.includes(s) && s.length > 30);
const label = (sentences, gold) => sentences.map((s) => gold.some((g) => covers(s, g)));
const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const features = (s) => {
  const t = tokens(s);
  return [...new Set([...t, ...t.slice(1).map((w, i) => `${t[i]}_${w}`)])];
};

// natural's Classifier.train() turns every document into a dense vector over the whole vocabulary (too slow
// for ~8,000 sentences x ~40,000 features); the underlying apparatus Bayes model takes sparse observations
// (an object of feature names), so textToFeatures is overridden to give it one.
function bayes() {
  const clf = new natural.BayesClassifier();
  clf.textToFeatures = (tokens) => Object.assign({}, tokens);
  // The log-odds of "req" for a sentence from the model's counts (apparatus multiplies raw probabilities and
  // underflows on long sentences; naive Bayes is so overconfident that probabilities round to 0 or 1).
  clf.pReq = (s) => {
    const m = clf.classifier;
    const logp = (label) =>
      Math.log(m.classTotals[label] / m.totalExamples) +
      features(s).reduce((a, f) => a + Math.log((m.classFeatures[label][f] || m.smoothing) / m.classTotals[label]), 0);
    return logp('req') - logp('no');
  };
  return clf;
}
// natural's logistic regression needs dense vectors: a vocabulary of the most frequent features only.
function logistic(train) {
  const clf = new natural.LogisticRegressionClassifier();
  const df = new Map();
  for (const d of train) for (const s of d.cands) for (const f of features(s)) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 400)
    .map(([f]) => f);
  clf.textToFeatures = (toks) => vocab.map((f) => (toks.includes(f) ? 1 : 0));
  clf.pReq = (s) => {
    const c = clf.getClassifications(features(s));
    const req = c.find((x) => x.label === 'req')?.value ?? 0;
    const no = c.find((x) => x.label === 'no')?.value ?? 0;
    return Math.log(req || 1e-300) - Math.log(no || 1e-300);
  };
  return clf;
}
function fit(kind, train) {
  const clf = kind === 'Bayes' ? bayes() : logistic(train);
  for (const d of train) d.cands.forEach((s, i) => clf.addDocument(features(s), d.y[i] ? 'req' : 'no'));
  clf.train();
  return clf;
}
// One document's classifier scores: of its candidate sentences and of its rule-found requirements.
const scoreDoc = (clf, d) => ({ pc: d.cands.map((s) => clf.pReq(s)), pr: d.rules.map((s) => clf.pReq(s)) });

const EMPTY = { tp: 0, fp: 0, fn: 0 };
const add = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
// Memoised per document: the threshold grids give the same prediction lists again and again.
const memo = new WeakMap();
function count(pred, gold) {
  if (!memo.has(gold)) memo.set(gold, new Map());
  const key = pred.join('\u0000');
  const m = memo.get(gold);
  if (!m.has(key)) {
    const pairs = matchByText(gold, pred);
    m.set(key, { tp: pairs.length, fp: pred.length - pairs.length, fn: gold.length - pairs.length });
  }
  return m.get(key);
}
const F = (c) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);
// Thresholds on the log-odds of "req" (0 = p 0.5, -4.6 = p 0.01, 9.2 = p 0.9999).
const VETO = [-Infinity, -40, -20, -14, -9.2, -6.9, -4.6, -2.9, -1.4, -0.85];
const ADD = [Infinity, 0, 2.2, 4.6, 9.2, 14, 20, 30, 40, 60, 80];
// The arms' predictions for one document given its scores and thresholds.
const arms = {
  rules: (d) => d.rules,
  alone: (d, s) => d.cands.filter((_, i) => s.pc[i] >= 0),
  veto: (d, s, tv) => d.rules.filter((_, i) => s.pr[i] >= tv),
  add: (d, s, _tv, ta) => [...d.rules, ...missed(d, s, ta)],
  both: (d, s, tv, ta) => [...d.rules.filter((_, i) => s.pr[i] >= tv), ...missed(d, s, ta)],
};
// Candidates the rules did not find (computed once per document).
const fresh = new WeakMap();
const missed = (d, s, ta) => {
  if (!fresh.has(d))
    fresh.set(
      d,
      d.cands.map((c) => !d.rules.some((r) => covers(c, r))),
    );
  return d.cands.filter((_, i) => fresh.get(d)[i] && s.pc[i] >= ta);
};
const best = (scored, grid, arm) =>
  grid
    .map((t) => ({ t, f: F(scored.reduce((a, [d, s]) => add(a, count(arm(d, s, t), d.gold)), EMPTY)) }))
    .sort((a, b) => b.f - a.f || 0)[0].t;

const CACHE = process.env.RULES_CACHE;
const cache = CACHE && existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
const dev = docs(`${W}/samples/corpus/dev`, 'gold.json');
const samples = docs(`${W}/samples/directives`, 'expected.json');
if (CACHE) writeFileSync(CACHE, JSON.stringify(cache));
for (const d of dev)
  if (matchByText(d.gold, d.rules).length !== scoring.matchByText(d.gold, d.rules).length)
    throw new Error(`matching differs from the bench's on ${d.id}`);
const fmt = (c) =>
  `P ${((c.tp / (c.tp + c.fp || 1)) * 100).toFixed(1).padStart(5)} R ${((c.tp / (c.tp + c.fn || 1)) * 100).toFixed(1).padStart(5)} F1 ${(F(c) * 100).toFixed(1).padStart(5)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
const kinds = process.env.LR ? ['Bayes', 'LogisticRegression'] : ['Bayes'];
for (const kind of kinds) {
  const total = Object.fromEntries(Object.keys(arms).map((k) => [k, { all: EMPTY, recent: EMPTY }]));
  const chosen = { veto: new Map(), add: new Map() };
  const t0 = Date.now();
  const heldScores = [];
  for (const held of dev) {
    const train = dev.filter((x) => x !== held);
    // Inner folds: out-of-fold scores for the training dev docs, to choose the thresholds.
    const oof = [];
    for (let k = 0; k < INNER; k++) {
      const inner = fit(kind, [...train.filter((_, i) => i % INNER !== k), ...samples]);
      train.forEach((d, i) => i % INNER === k && oof.push([d, scoreDoc(inner, d)]));
    }
    const tv = best(oof, VETO, arms.veto);
    const ta = best(oof, ADD, (d, s, t) => arms.add(d, s, 0, t));
    chosen.veto.set(tv, (chosen.veto.get(tv) ?? 0) + 1);
    chosen.add.set(ta, (chosen.add.get(ta) ?? 0) + 1);
    const s = scoreDoc(fit(kind, [...train, ...samples]), held);
    heldScores.push([held, s]);
    if (process.env.VERBOSE) console.error(held.id, tv, ta, ((Date.now() - t0) / 1000).toFixed(0));
    for (const [k, arm] of Object.entries(arms)) {
      const c = count(arm(held, s, tv, ta), held.gold);
      total[k].all = add(total[k].all, c);
      if (held.wave >= RECENT) total[k].recent = add(total[k].recent, c);
    }
  }
  const nRecent = dev.filter((d) => d.wave >= RECENT).length;
  console.log(
    `\n${kind}, LODO over ${dev.length} dev docs (recent = waves >= ${RECENT}: ${nRecent} docs), ${Math.round((Date.now() - t0) / 1000)} s`,
  );
  console.log(
    `thresholds chosen in the training folds: veto ${JSON.stringify([...chosen.veto])} add ${JSON.stringify([...chosen.add])}`,
  );
  const names = {
    rules: '(a) rules alone',
    alone: '(b) classifier alone',
    veto: '(c) rules + veto',
    add: '(d) rules + additions',
    both: '(e) veto + additions',
  };
  for (const [k, name] of Object.entries(names))
    console.log(`${name.padEnd(22)} all ${fmt(total[k].all)}   recent ${fmt(total[k].recent)}`);
  // For reference only (chosen with hindsight, not a fair estimate): each fixed threshold over the held-out scores.
  const fixed = (label, arm) => {
    const all = heldScores.reduce((a, [d, s]) => add(a, count(arm(d, s), d.gold)), EMPTY);
    const rec = heldScores
      .filter(([d]) => d.wave >= RECENT)
      .reduce((a, [d, s]) => add(a, count(arm(d, s), d.gold)), EMPTY);
    console.log(`  ${label.padEnd(20)} all ${fmt(all)}   recent ${fmt(rec)}`);
  };
  console.log('fixed thresholds, for reference (hindsight):');
  for (const t of VETO.slice(1)) fixed(`veto < ${t}`, (d, s) => arms.veto(d, s, t));
  for (const t of ADD.slice(1)) fixed(`add >= ${t}`, (d, s) => arms.add(d, s, 0, t));
}
