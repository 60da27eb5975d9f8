import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { extractDirective } from './extract-directive.js';
import { validateDirective } from './validate-directive.js';

const root = new URL('../../../samples/directives/', import.meta.url);
const samples = readdirSync(root).filter((id) => existsSync(new URL(`${id}/expected.json`, root)));

describe.each(samples)('golden: %s', (id) => {
  const expected = JSON.parse(readFileSync(new URL(`${id}/expected.json`, root), 'utf8'));
  const { directive } = extractDirective(readFileSync(new URL(`${id}/text.txt`, root), 'utf8'));

  it('is valid against the contract', () => expect(validateDirective(directive)).toEqual({ valid: true, errors: [] }));

  it.each([
    'system',
    'docType',
    'issuer',
    'number',
    'symbol',
    'place',
    'date',
    'subject',
    'recipients',
    'references',
    'distribution',
    'signer',
  ])('reads %s', (field) => {
    expect(directive[field as keyof typeof directive]).toEqual(expected[field]);
  });

  it('reads every deadline exactly', () => expect(directive.deadlines).toEqual(expected.deadlines));

  it('finds the requirements with their deadlines and report routes', () => {
    expect(directive.requirements.map((r) => r.ref)).toEqual(expected.requirements.map((r: { ref: string }) => r.ref));
    directive.requirements.forEach((requirement, i) => {
      expect(requirement.deadlines).toEqual(expected.requirements[i].deadlines);
      expect(requirement.reportTo).toEqual(expected.requirements[i].reportTo);
    });
  });
});
