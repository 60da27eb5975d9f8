/**
 * Runs work one piece at a time, in the order it was given: a piece starts once the one before it
 * has settled (resolved or failed). The OCR engine prepares pages this way (decoding, despeckle,
 * layout on its own thread), so that of pages submitted together the first reaches the OCR workers
 * as soon as it is ready rather than all of them together once every page is.
 */
export class OneAtATime {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.last.then(work, work);
    this.last = run.catch(() => undefined);
    return run;
  }
}

/**
 * The indexes of the images to read (not null), largest first (ties in their order): regions
 * submitted in this order keep two workers busy together (one reads the body while the other reads
 * the header columns) instead of leaving one idle while the body, submitted last, is read alone.
 */
export function largestFirst(images: ReadonlyArray<{ width: number; height: number } | null>): number[] {
  const size = (index: number): number => images[index]!.width * images[index]!.height;
  return images
    .map((_, index) => index)
    .filter((index) => images[index] !== null)
    .sort((a, b) => size(b) - size(a) || a - b);
}
