// The table the layout experiments print (format-stress.mjs, table-stress.mjs): each row a way of laying out the same dev
// documents, scored with the bench's scorer against the same gold; the first row ("as published") is the reference each
// document's loss is measured from.
const W = process.cwd();
const { extractDirective } = await import(`${W}/dist/libs/extraction/src/index.js`);
const { scoreDirective, add, f1, EMPTY } = await import(`${W}/dist/bench/scoring/score-directive.js`);

/**
 * rows: [name, (doc) => text]; docs: { id, gold }; fields: the columns; allFields: the fields the ALL column sums
 * (default: the columns); worst: how many of a row's most harmed documents to list; only: one row besides the first.
 */
export function printStress(rows, docs, { fields, allFields = fields, worst = 0, only = null }) {
  const base = new Map();
  for (const [name, make] of rows) {
    if (only && name !== rows[0][0] && name !== only) continue;
    const totals = new Map();
    const perDoc = [];
    for (const doc of docs) {
      const { counts } = scoreDirective(extractDirective(make(doc)).directive, doc.gold);
      let all = EMPTY;
      for (const [field, c] of counts) {
        totals.set(field, add(totals.get(field) ?? EMPTY, c));
        if (allFields.includes(field)) all = add(all, c);
      }
      const f = f1(all).f;
      if (name === rows[0][0]) base.set(doc.id, f);
      else perDoc.push([base.get(doc.id) - f, doc.id]);
    }
    let all = EMPTY;
    for (const field of allFields) all = add(all, totals.get(field) ?? EMPTY);
    const cells = fields.map((field) => (f1(totals.get(field) ?? EMPTY).f * 100).toFixed(1).padStart(12));
    console.log(`${name.padEnd(26)} ${cells.join(' ')} ${(f1(all).f * 100).toFixed(1).padStart(12)}`);
    if (worst)
      perDoc
        .sort((a, b) => b[0] - a[0])
        .slice(0, worst)
        .filter(([d]) => d > 0.005)
        .forEach(([d, id]) => console.log(`    −${(d * 100).toFixed(1)}  ${id}`));
  }
}
