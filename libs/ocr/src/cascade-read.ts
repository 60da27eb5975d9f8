import { blockRect } from './cascade-blocks.js';
import { betterLine, placeLine } from './line-retry.js';
import type { RecognisedLine, Recognition } from './native-tesseract.js';
import { timed, type OcrTimings } from './ocr-engine-options.js';
import { cropRegion, toPgm, type GreyImage } from './grey-image.js';
import { enlargeBoxes } from './page-transforms.js';

/** A region as the cascade's first reading saw it: its image, the copy read, and that reading at both scales. */
export interface FirstReading {
  image: GreyImage;
  small: GreyImage;
  reading: Recognition;
  first: Recognition;
}

/**
 * The cascade's second reading of lines `from`…`to` of a region read with the fast model (see
 * cascadeBlocks) with the best model (`readBest`, a block of text): cut from the image of the first
 * reading and read as one block (as the best model reads a region); its lines, to stand for those of
 * the first reading — with their paragraph numbers when as many lines were read — or null when it
 * loses a reference or a number (see betterLine).
 */
export async function readBlock(
  readBest: (pgm: Buffer) => Promise<Recognition>,
  { image, small, reading, first }: FirstReading,
  from: number,
  to: number,
  t?: OcrTimings,
): Promise<{ from: number; to: number; lines: RecognisedLine[] } | null> {
  const rect = blockRect(reading.lines, from, to, small);
  if (!rect) return null;
  if (t) t.linesRetried += to - from + 1;
  return timed(t, 'retry', async () => {
    const again = await readBest(toPgm(cropRegion(small, { ...rect, masks: [] })));
    const placed = { ...again, lines: again.lines.map((line) => placeLine(line, rect, 1, line.paragraph)) };
    const lines = (small === image ? placed : enlargeBoxes(placed, image.width / small.width)).lines;
    const replaced = first.lines.slice(from, to + 1);
    const merged = (part: RecognisedLine[]): RecognisedLine => ({
      words: part.flatMap((line) => line.words),
      paragraph: 0,
    });
    if (!betterLine(merged(replaced), merged(lines), { preferRetry: true }).retried) return null;
    if (t) t.retriesKept += to - from + 1;
    const paragraph = (index: number): number =>
      (lines.length === replaced.length ? replaced[index] : replaced[0]).paragraph;
    return { from, to, lines: lines.map((line, index) => ({ ...line, paragraph: paragraph(index) })) };
  });
}
