import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { declaredPdfPageCount } from './pdf-page-count.js';

async function blankPdf(pages: number, useObjectStreams: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i++) document.addPage([595, 842]);
  return document.save({ useObjectStreams });
}

describe('declaredPdfPageCount', () => {
  it('reads the page tree count of a plain PDF and of one packed into object streams', async () => {
    expect(declaredPdfPageCount(await blankPdf(3, false))).toBe(3);
    expect(declaredPdfPageCount(await blankPdf(250, true))).toBe(250);
  });

  it('counts the pages of the sample scans and says null for a file with no page tree', () => {
    const sample = (path: string) => readFileSync(new URL(`../../../samples/${path}`, import.meta.url));
    expect(declaredPdfPageCount(sample('directives/dongda-2024-01-matkhau/scan-image-only.pdf'))).toBe(2);
    expect(declaredPdfPageCount(Buffer.from('%PDF-1.7\n% nothing here\n'))).toBeNull();
  });
});
