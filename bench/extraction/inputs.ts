/**
 * The documents bench/extraction.bench.ts scores, with their text and gold: the corpus splits and their waves,
 * samples/bodies, samples/directives (text and OCR text), the seeds of shared/corpus and the sample scans.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Directive } from '@congvan/extraction';
import { acquireText, normaliseText, type TesseractOcrEngine } from '@congvan/ocr';
import type { Field } from '../scoring/score-directive.js';

export interface Input {
  id: string;
  text: () => Promise<string>;
  gold: () => Directive;
  skip: string[];
  /** A single page of a two-page scan: only what page 1 holds is scored. */
  onePage?: boolean;
}

export const root = process.cwd();
export const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Directive & { _uncertain?: string[] };
export const ocrText = (path: string) => normaliseText(readFileSync(path, 'utf8')).normalisedText;
export const dirs = (path: string) =>
  existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];

/** A corpus split; `wave` keeps only the documents whose meta.json names that collection wave. */
export function corpus(split: 'dev' | 'heldout', wave?: number): Input[] {
  const base = join(root, 'samples/corpus', split);
  const inWave = (id: string) =>
    wave === undefined ||
    (existsSync(join(base, id, 'meta.json')) &&
      (JSON.parse(readFileSync(join(base, id, 'meta.json'), 'utf8')) as { wave?: number }).wave === wave);
  return dirs(base)
    .filter((id) => existsSync(join(base, id, 'gold.json')) && existsSync(join(base, id, 'text.txt')))
    .filter(inWave)
    .map((id) => ({
      id: `${split}/${id}`,
      text: async () => readFileSync(join(base, id, 'text.txt'), 'utf8'),
      gold: () => readJson(join(base, id, 'gold.json')),
      skip: [],
    }));
}

/** samples/bodies: directive bodies without their printed header (samples/bodies/README.md). */
export function bodies(split: 'dev' | 'heldout'): Input[] {
  const base = join(root, 'samples/bodies', split);
  return dirs(base)
    .filter((id) => existsSync(join(base, id, 'gold.json')) && existsSync(join(base, id, 'text.txt')))
    .map((id) => ({
      id: `bodies/${split}/${id}`,
      text: async () => readFileSync(join(base, id, 'text.txt'), 'utf8'),
      gold: () => readJson(join(base, id, 'gold.json')),
      skip: [],
    }));
}

/** The fields a bodies set is scored on: its gold has no header. */
export const BODY_FIELDS = ['requirements', 'assignees', 'reportTo', 'deadlines'] as const satisfies readonly Field[];

/** The collection waves (meta.json `wave`) a split holds, in order. */
export function waves(split: 'dev' | 'heldout'): number[] {
  const base = join(root, 'samples/corpus', split);
  const found = dirs(base).flatMap((id) => {
    const meta = join(base, id, 'meta.json');
    const wave = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { wave?: number }).wave : undefined;
    return wave === undefined ? [] : [wave];
  });
  return [...new Set(found)].sort((a, b) => a - b);
}

export function samples(kind: 'text.txt' | 'ocr.txt'): Input[] {
  const base = join(root, 'samples/directives');
  return dirs(base)
    .filter((id) => existsSync(join(base, id, 'expected.json')) && existsSync(join(base, id, kind)))
    .map((id) => ({
      id: `samples/${id}${kind === 'ocr.txt' ? '/ocr' : ''}`,
      text: async () =>
        kind === 'ocr.txt' ? ocrText(join(base, id, kind)) : readFileSync(join(base, id, kind), 'utf8'),
      gold: () => readJson(join(base, id, 'expected.json')),
      skip: [],
    }));
}

/** shared/corpus sits beside the repository: ../shared from the main checkout, ../../shared from a worktree. */
export function seeds(kind: 'txt' | 'ocr.txt'): Input[] {
  const base = ['../shared/corpus', '../../shared/corpus'].map((p) => join(root, p)).find((p) => existsSync(p));
  if (!base) return [];
  return readdirSync(base)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .filter((id) => existsSync(join(base, `${id}.${kind}`)))
    .map((id) => {
      const gold = readJson(join(base, `${id}.gold.json`));
      return {
        id: `seeds/${id}${kind === 'ocr.txt' ? '/ocr' : ''}`,
        text: async () =>
          kind === 'ocr.txt' ? ocrText(join(base, `${id}.ocr.txt`)) : readFileSync(join(base, `${id}.txt`), 'utf8'),
        gold: () => gold,
        skip: gold._uncertain ?? [],
      };
    });
}

export function scans(engine: TesseractOcrEngine): Input[] {
  const base = join(root, 'samples/directives');
  return dirs(base).flatMap((id) =>
    ['scan-clean-300.tif', 'scan-degraded-200-p1.jpg']
      .filter((name) => existsSync(join(base, id, name)))
      .map((name) => ({
        id: `scans/${id}/${name}`,
        text: async () =>
          (await acquireText(readFileSync(join(base, id, name)), engine)).pages
            .map((p) => p.normalisedText)
            .join('\n\n'),
        gold: () => readJson(join(base, id, 'expected.json')),
        skip: [],
        onePage: name.endsWith('-p1.jpg'),
      })),
  );
}
