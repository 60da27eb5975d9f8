/**
 * Writes libs/ocr/src/lexicon/known-text.ts: the pairs of adjacent syllables that correct Vietnamese text
 * is known to contain, for the phrase corrector to tell a span read right ("quy định tại khoản", "người
 * đứng đầu", "Thứ trưởng") from an OCR misreading of a lexicon phrase ("họp đồng", "Ban Tố chức"). See
 * `PhraseCorrector` in libs/ocr/src/normalise-text.ts.
 *
 * Sources (correct, born-digital text only): samples/corpus/dev/<id>/text.txt,
 * samples/directives/<id>/text.txt and the lexicon (ADMIN_PHRASES, ALSO_CORRECT); the misprints of
 * `MISPRINTS` are left out. Never samples/corpus/heldout.
 *
 * Run after changing the lexicon or the sources:
 *   node --import ./scripts/ts-register.mjs libs/ocr/scripts/build-known-text.ts
 * (normalise-text.spec.ts fails while the committed file is not what this script writes.)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownTextModule } from '../src/known-text-source.js';

const root = process.cwd();
const sources = (base: string): string[] =>
  existsSync(join(root, base))
    ? readdirSync(join(root, base))
        .sort()
        .map((id) => join(root, base, id, 'text.txt'))
        .filter((path) => existsSync(path))
    : [];

const texts = [...sources('samples/corpus/dev'), ...sources('samples/directives')].map((path) =>
  readFileSync(path, 'utf8'),
);
writeFileSync(join(root, 'libs/ocr/src/lexicon/known-text.ts'), knownTextModule(texts));
