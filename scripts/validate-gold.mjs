// Checks corpus gold files against the Directive contract: node scripts/validate-gold.mjs samples/corpus/dev/*/gold.json
// (run `npm run build` first; reads the validator from dist/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { validateDirective } = require('../dist/libs/extraction/src/validate-directive.js');
let invalid = 0;
for (const file of process.argv.slice(2)) {
  const result = validateDirective(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.valid) {
    invalid++;
    console.log(file, result.errors);
  }
}
console.log(invalid ? `${invalid} of ${process.argv.length - 2} invalid` : `${process.argv.length - 2} valid`);
process.exit(invalid ? 1 : 0);
