// Sender unit of a report: the exact name key of libs/tasking (bodyKey equality, as matchReply does) vs
// natural's JaroWinklerDistance and DiceCoefficient (nearest unit name or alias above a threshold, with a
// margin over the runner-up). A measurement only; libs/ is unchanged. natural is NOT a project dependency:
//   mkdir -p /tmp/nat && (cd /tmp/nat && npm init -y >/dev/null && npm install --no-audit --no-fund natural@8.1.1)
//   npm run build && NATURAL=/tmp/nat/node_modules/natural node bench/experiments/natural-unit-names.mjs
// Data: samples/reports/index.json (the training reports only; samples/reports/heldout is never read) with
// the two sample registries. Each report's printed sender (printedSender) is resolved; "noisy" repeats
// it with one character of the name deleted or replaced (5 seeded variants per report), as OCR damages it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const W = process.cwd();
const natural = createRequire(import.meta.url)(process.env.NATURAL ?? '/tmp/nat/node_modules/natural');
const { bodyKey, printedSender } = await import(`${W}/dist/libs/tasking/src/reply-text.js`);
const read = (p) => JSON.parse(readFileSync(`${W}/${p}`, 'utf8'));
const units = ['samples/org/myduc-2024-08.json', 'samples/org/dongda-2024-01.json'].flatMap((f) => read(f).units);
const keys = units.map((u) => ({ code: u.code, keys: [u.name, ...u.aliases].map(bodyKey).filter(Boolean) }));
const reports = read('samples/reports/index.json')
  .documents.filter((d) => d.unit)
  .map((d) => ({
    ...d,
    name: d.header?.from?.organName ?? printedSender(readFileSync(`${W}/samples/reports/${d.file}`, 'utf8'))?.name,
  }))
  .filter((d) => d.name);

const exact = (name) => {
  const k = bodyKey(name);
  const hits = keys.filter((u) => u.keys.includes(k));
  return hits.length === 1 ? hits[0].code : null;
};
// Nearest unit by a similarity; null unless the best is >= t and beats the next unit by >= margin.
const nearest = (sim, t, margin) => (name) => {
  const k = bodyKey(name);
  const scored = keys.map((u) => ({ code: u.code, s: Math.max(...u.keys.map((x) => sim(k, x))) }));
  scored.sort((a, b) => b.s - a.s);
  return scored[0].s >= t && scored[0].s - (scored[1]?.s ?? 0) >= margin ? scored[0].code : null;
};
const jw = (a, b) => natural.JaroWinklerDistance(a, b, {});
const dice = (a, b) => natural.DiceCoefficient(a, b);

let seed = 12;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const damage = (name) => {
  const at = Math.floor(rand() * name.length);
  return rand() < 0.5 ? name.slice(0, at) + name.slice(at + 1) : name.slice(0, at) + 'x' + name.slice(at + 1);
};
const noisy = reports.flatMap((d) => Array.from({ length: 5 }, () => ({ ...d, name: damage(d.name) })));

function run(label, resolve, set) {
  let right = 0,
    wrong = 0,
    none = 0;
  for (const d of set) {
    const got = resolve(d.name);
    if (got === d.unit) right++;
    else if (got) wrong++;
    else none++;
  }
  return `${label.padEnd(30)} right ${String(right).padStart(3)} wrong ${String(wrong).padStart(3)} unresolved ${String(none).padStart(3)} / ${set.length}`;
}
const arms = [['exact bodyKey (libs today)', exact]];
for (const t of [0.9, 0.95])
  for (const m of [0, 0.02]) arms.push([`JaroWinkler >=${t} margin ${m}`, nearest(jw, t, m)]);
for (const t of [0.8, 0.9]) for (const m of [0, 0.05]) arms.push([`Dice >=${t} margin ${m}`, nearest(dice, t, m)]);
// Fuzzy only as a fallback when the exact key finds nothing.
arms.push(['exact, else JaroWinkler >=0.95/0.02', (n) => exact(n) ?? nearest(jw, 0.95, 0.02)(n)]);
arms.push(['exact, else Dice >=0.9/0.05', (n) => exact(n) ?? nearest(dice, 0.9, 0.05)(n)]);
console.log(`${reports.length} reports with an expected unit, ${units.length} registry units`);
for (const [label, f] of arms) console.log(`clean  ${run(label, f, reports)}    noisy  ${run(label, f, noisy)}`);
if (process.env.VERBOSE)
  for (const d of reports) {
    const j = nearest(jw, 0.9, 0)(d.name);
    if (exact(d.name) !== d.unit || j !== d.unit)
      console.log(`${d.file} (${d.expect}) "${d.name}" expected ${d.unit}: exact ${exact(d.name)}, JaroWinkler ${j}`);
  }
