// Robustness to the surface of the text (issue 12): the dev split (the held-out split is never read) read as it is
// and again after one change of layout that copies of real directives show — lines hard-wrapped as PDF text is, leading
// indentation, paragraphs separated by blank lines or by none, en-dash bullets, CRLF — each scored against the same
// gold with the bench's scorer. A field that drops under a change no reader would notice is a rule that leans on the
// layout of the documents it was written from.
//   npm run build && node bench/experiments/format-stress.mjs [--worst N] [--only <change>]
const W = process.cwd();
const { corpus } = await import(`${W}/dist/bench/extraction/inputs.js`);
const { printStress } = await import('./stress-table.mjs');
const worstAt = process.argv.indexOf('--worst');
const worst = worstAt > 0 ? Number(process.argv[worstAt + 1]) : 0;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;

/**
 * Break every line longer than `width` at the last space before it, as text taken from a PDF is; a Markdown table row
 * ("| ... |", a converter's output, never a PDF's) stays whole.
 */
const wrap = (width) => (text) =>
  text
    .split('\n')
    .flatMap((line) => {
      const out = [];
      let rest = line;
      while (rest.length > width && !line.startsWith('|')) {
        const cut = rest.lastIndexOf(' ', width);
        if (cut <= 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      return [...out, rest];
    })
    .join('\n');
const CHANGES = {
  'as published': (t) => t,
  'wrapped at 90': wrap(90),
  'wrapped at 70': wrap(70),
  'indented 4 spaces': (t) => t.replace(/^(?=\S)/gmu, '    '),
  // A paragraph ends at a line that ends a sentence or clause; a wrapped line does not.
  'blank line after paragraphs': (t) => t.replace(/(?<=[.:;!?]["”)]?)[ \t]*\n+(?=[ \t]*\S)/gu, '\n\n'),
  'no blank lines': (t) => t.replace(/\n\s*\n/gu, '\n'),
  'en-dash bullets': (t) => t.replace(/^(\s*)- /gmu, '$1– '),
  CRLF: (t) => t.replace(/\n/gu, '\r\n'),
};
const FIELDS = ['requirements', 'assignees', 'reportTo', 'deadlines', 'subject', 'recipients', 'references'];
const inputs = corpus('dev');
const texts = await Promise.all(inputs.map((i) => i.text()));
const golds = inputs.map((i) => i.gold());
console.log(`${'change'.padEnd(26)} ${[...FIELDS, 'ALL'].map((f) => f.slice(0, 12).padStart(12)).join(' ')}`);
const docs = inputs.map((input, i) => ({ id: input.id, gold: golds[i], text: texts[i] }));
printStress(
  Object.entries(CHANGES).map(([name, change]) => [name, (doc) => change(doc.text)]),
  docs,
  { fields: FIELDS, worst, only },
);
