// Run from the repository root after `npm run build` and `npm install --no-save natural@8.1.1`:
//   node bench/experiments/natural-requirements.mjs
// Rules vs natural (BayesClassifier / LogisticRegressionClassifier) for requirement sentences,
// leave-one-document-out over the dev split (training: other dev docs + samples/directives).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import natural from 'natural';
const W = process.cwd();
const { extractDirective } = await import(`${W}/dist/libs/extraction/src/index.js`);
const { matchByText, wordDice } = await import(`${W}/dist/bench/scoring/score-directive.js`);
const docs = (base, gold) =>
  readdirSync(base)
    .filter((id) => existsSync(`${base}/${id}/${gold}`))
    .map((id) => ({
      id,
      text: readFileSync(`${base}/${id}/text.txt`, 'utf8'),
      gold: JSON.parse(readFileSync(`${base}/${id}/${gold}`, 'utf8')),
    }));
const dev = docs(`${W}/samples/corpus/dev`, 'gold.json');
const samples = docs(`${W}/samples/directives`, 'expected.json');
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
const label = (sentences, gold) =>
  sentences.map((s) =>
    gold.requirements.some((r) => wordDice(s, r.text) >= 0.5 || (r.text.includes(s) && s.length > 30)),
  );
const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const features = (s) => {
  const t = tokens(s);
  return [...t, ...t.slice(1).map((w, i) => `${t[i]}_${w}`)];
};
function score(pred, gold) {
  const pairs = matchByText(gold, pred);
  return { tp: pairs.length, fp: pred.length - pairs.length, fn: gold.length - pairs.length };
}
const add = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const f1 = (c) =>
  `P ${((c.tp / (c.tp + c.fp)) * 100).toFixed(1)} R ${((c.tp / (c.tp + c.fn)) * 100).toFixed(1)} F1 ${(((2 * c.tp) / (2 * c.tp + c.fp + c.fn)) * 100).toFixed(1)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
for (const Kind of ['BayesClassifier', 'LogisticRegressionClassifier']) {
  let rules = { tp: 0, fp: 0, fn: 0 },
    alone = { ...rules },
    both = { ...rules },
    either = { ...rules };
  for (const held of dev) {
    const clf = new natural[Kind]();
    for (const d of [...dev.filter((x) => x !== held), ...samples]) {
      const s = candidates(d.text);
      const y = label(s, d.gold);
      s.forEach((x, i) => clf.addDocument(features(x), y[i] ? 'req' : 'no'));
    }
    clf.train();
    const gold = held.gold.requirements.map((r) => r.text);
    const ruleReqs = extractDirective(held.text).directive.requirements.map((r) => r.text);
    const s = candidates(held.text);
    const pos = s.filter((x) => clf.classify(features(x)) === 'req');
    rules = add(rules, score(ruleReqs, gold));
    alone = add(alone, score(pos, gold));
    both = add(
      both,
      score(
        ruleReqs.filter((r) => pos.some((p) => wordDice(p, r) >= 0.5)),
        gold,
      ),
    );
    either = add(
      either,
      score([...ruleReqs, ...pos.filter((p) => !ruleReqs.some((r) => wordDice(p, r) >= 0.5))], gold),
    );
  }
  console.log(`\n${Kind}, leave-one-document-out over ${dev.length} dev documents (requirements field)`);
  console.log(`rules alone          ${f1(rules)}`);
  console.log(`classifier alone     ${f1(alone)}`);
  console.log(`rules AND classifier ${f1(both)}`);
  console.log(`rules OR classifier  ${f1(either)}`);
}
