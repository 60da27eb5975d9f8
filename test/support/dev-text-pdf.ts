import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName } from 'pdf-lib';

/**
 * A real dev text (the longest, 47,000 characters, with every Vietnamese letter) set in Tinos, 40 lines
 * a page, its pages repeated to `pages` pages (about 1,700 characters of text each). Pages after the
 * first pass share the first pass's content streams, so the file is made in a second.
 */
export async function devTextPdf(pages: number): Promise<Buffer> {
  const root = new URL('../../', import.meta.url);
  const text = readFileSync(
    new URL('samples/corpus/dev/btctw-2025-11-huongdan-quydinh377-canbo/text.txt', root),
    'utf8',
  );
  const tinos = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json'));
  const lines = text.split('\n').flatMap((line) => wrap(line.trim(), 90));
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(readFileSync(join(tinos, '400Regular/Tinos_400Regular.ttf')), { subset: true });
  const firstPass = [];
  for (let start = 0; start < lines.length; start += 40) {
    const page = document.addPage([595, 842]);
    lines
      .slice(start, start + 40)
      .forEach((line, i) => line && page.drawText(line, { x: 40, y: 800 - i * 19, size: 10, font }));
    firstPass.push(page);
  }
  for (let i = firstPass.length; i < pages; i++) {
    const page = document.addPage([595, 842]);
    const source = firstPass[i % firstPass.length]!;
    for (const key of ['Contents', 'Resources']) page.node.set(PDFName.of(key), source.node.get(PDFName.of(key))!);
  }
  return Buffer.from(await document.save());
}

function wrap(line: string, width: number): string[] {
  if (!line) return [''];
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...lines, current];
}
