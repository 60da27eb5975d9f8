import { readFile } from 'node:fs/promises';
import { extractDirective } from '@congvan/extraction';
import { readDocumentText } from '../read-document-text.js';
import { usage } from '../usage.js';

/** `congvan extract FILE [--evidence]`: the Directive JSON read from a text, image or PDF file. */
export async function run(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) return usage();
  const text = await readDocumentText(await readFile(file));
  const result = extractDirective(text);
  process.stdout.write(JSON.stringify(args.includes('--evidence') ? result : result.directive, null, 2) + '\n');
  return 0;
}
