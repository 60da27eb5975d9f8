// Checks corpus gold files against the Directive contract: node scripts/validate-gold.mjs [gold.json ...]
// (run `npm run build` first; reads the validator from dist/). With no file named, every corpus gold is checked.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { validateDirective } = require('../dist/libs/extraction/src/validate-directive.js');
const corpusGolds = () =>
  ['dev', 'heldout'].flatMap((split) => {
    const base = `samples/corpus/${split}`;
    return readdirSync(base)
      .map((id) => `${base}/${id}/gold.json`)
      .filter((file) => existsSync(file));
  });
const files = process.argv.length > 2 ? process.argv.slice(2) : corpusGolds();
let invalid = 0;
for (const file of files) {
  const result = validateDirective(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.valid) {
    invalid++;
    console.log(file, result.errors);
  }
}
console.log(invalid ? `${invalid} of ${files.length} invalid` : `${files.length} valid`);
process.exit(invalid ? 1 : 0);
