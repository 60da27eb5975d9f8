/** `--diff <id>`: expected vs predicted, field by field, for tuning on dev documents. */
import type { Directive } from '@congvan/extraction';
import { deadlineKey, f1, scoreDirective } from './score-directive.js';

const show = (value: unknown) => JSON.stringify(value);

export function printDiff(predicted: Directive, gold: Directive, skip: string[]): void {
  const scored = scoreDirective(predicted, gold, skip);
  for (const [field, c] of scored.counts) {
    const mark = c.fp + c.fn === 0 ? '  ' : '✗ ';
    console.log(`${mark}${field.padEnd(24)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  F1 ${f1(c).f.toFixed(2)}`);
  }
  const scalar = (name: string, e: unknown, p: unknown) => {
    if (show(e) !== show(p)) console.log(`\n${name}\n  expected  ${show(e)}\n  predicted ${show(p)}`);
  };
  for (const field of ['system', 'docType', 'number', 'symbol', 'place', 'date', 'subject'] as const)
    scalar(field, gold[field], predicted[field]);
  scalar('issuer', gold.issuer, predicted.issuer);
  scalar('signer', gold.signer, predicted.signer);
  scalar('recipients', gold.recipients, predicted.recipients);
  scalar('distribution', gold.distribution, predicted.distribution);
  scalar(
    'references',
    gold.references.map((r) => `${r.kind} ${r.number}/${r.symbol} ${r.date} ${r.issuer} ${r.role}`),
    predicted.references.map((r) => `${r.kind} ${r.number}/${r.symbol} ${r.date} ${r.issuer} ${r.role}`),
  );
  scalar('deadlines', gold.deadlines.map(deadlineKey), predicted.deadlines.map(deadlineKey));

  console.log('\nrequirements');
  const paired = new Map(scored.requirementPairs);
  const used = new Set(scored.requirementPairs.map(([, p]) => p));
  gold.requirements.forEach((e, g) => {
    const p = paired.get(g);
    const x = p === undefined ? null : predicted.requirements[p];
    console.log(`  ${x ? '=' : '✗ missed'} [${e.ref}] ${e.text}`);
    if (!x) return;
    if (x.text !== e.text) console.log(`      predicted [${x.ref}] ${x.text}`);
    if (show(x.assignees) !== show(e.assignees))
      console.log(`      assignees expected ${show(e.assignees)} predicted ${show(x.assignees)}`);
    if (show(x.reportTo) !== show(e.reportTo))
      console.log(`      reportTo expected ${show(e.reportTo)} predicted ${show(x.reportTo)}`);
    const [ed, xd] = [e.deadlines.map(deadlineKey), x.deadlines.map(deadlineKey)];
    if (show(ed) !== show(xd)) console.log(`      deadlines expected ${show(ed)} predicted ${show(xd)}`);
  });
  predicted.requirements.forEach((x, p) => {
    if (!used.has(p)) console.log(`  ✗ extra [${x.ref}] ${x.text}`);
  });
}
