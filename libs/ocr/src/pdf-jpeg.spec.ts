import { readFileSync } from 'node:fs';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { pageJpegs, soleImageMatrix } from './pdf-jpeg.js';
import { openPdf } from './pdf-pages.js';

/** An A4 page scanned at 200 DPI: grey, a dark bar where a line of text would be, as a scanner's JPEG. */
async function scanJpeg(width = 1654, height = 2339): Promise<Buffer> {
  const bar = await sharp({ create: { width: 800, height: 40, channels: 3, background: '#202020' } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#f8f8f8' } })
    .composite([{ input: bar, left: 200, top: 300 }])
    .greyscale()
    .jpeg({ quality: 80 })
    .toBuffer();
}

const A4: [number, number] = [595.28, 841.89];

/** A PDF of one page per entry, each drawn by `draw` on a fresh A4 page. */
async function pdfOf(
  ...draws: Array<(document: PDFDocument, page: ReturnType<PDFDocument['addPage']>) => Promise<void>>
): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (const draw of draws) await draw(document, document.addPage(A4));
  return document.save();
}

const fullPage =
  (jpeg: Buffer) =>
  async (document: PDFDocument, page: ReturnType<PDFDocument['addPage']>): Promise<void> => {
    const image = await document.embedJpg(jpeg);
    page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  };

describe('pageJpegs', () => {
  it("hands over a scanner page's JPEG byte for byte, and null for a page that is more than its image", async () => {
    const jpeg = await scanJpeg();
    const bytes = await pdfOf(fullPage(jpeg), async (document, page) => {
      await fullPage(jpeg)(document, page);
      page.drawText('So: 12/UBND' /* WinAnsi: no Vietnamese letters */, {
        x: 50,
        y: 50,
        font: await document.embedFont(StandardFonts.Helvetica),
      });
    });
    const [scan, withText] = await pageJpegs(bytes);
    expect(scan?.jpeg.equals(jpeg)).toBe(true);
    expect(scan).toMatchObject({ width: 1654, height: 2339, pageWidth: A4[0], pageHeight: A4[1] });
    expect(withText).toBeNull();
  });

  it('gives null for an image that does not cover the page, a rotated page, a PNG image and a CMYK JPEG', async () => {
    const jpeg = await scanJpeg();
    const png = await sharp(jpeg).png().toBuffer();
    const cmyk = await sharp(jpeg).toColourspace('cmyk').jpeg().toBuffer();
    const bytes = await pdfOf(
      async (document, page) => {
        const image = await document.embedJpg(jpeg);
        page.drawImage(image, { x: 0, y: A4[1] / 2, width: A4[0], height: A4[1] / 2 });
      },
      async (document, page) => {
        await fullPage(jpeg)(document, page);
        page.setRotation(degrees(90));
      },
      async (document, page) => {
        const image = await document.embedPng(png);
        page.drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
      },
      fullPage(cmyk),
    );
    expect(await pageJpegs(bytes)).toEqual([null, null, null, null]);
  });

  it("takes the JPEG of each page of the sample scanner PDFs (dongda's and myduc's scan-image-only.pdf)", async () => {
    for (const id of ['dongda-2024-01-matkhau', 'myduc-2024-08-matkhau']) {
      const bytes = readFileSync(new URL(`../../../samples/directives/${id}/scan-image-only.pdf`, import.meta.url));
      const pages = await pageJpegs(bytes);
      expect(pages.map((page) => page && [page.width, page.height])).toEqual([
        [2481, 3508],
        [2481, 3508],
      ]);
    }
  });

  it('gives nothing for a file pdf-lib cannot parse', async () => {
    expect(await pageJpegs(Buffer.from('%PDF-1.7\n% nothing here\n'))).toEqual([]);
  });

  it("is what openPdf's pageImage returns for a scanner page (embedded, as stored); a drawn page is rendered", async () => {
    const jpeg = await scanJpeg();
    const pdf = await openPdf(
      await pdfOf(fullPage(jpeg), async (document, page) => {
        page.drawText('Kinh gui', { x: 50, y: 700, font: await document.embedFont(StandardFonts.Helvetica) });
      }),
    );
    try {
      const scan = await pdf.pageImage(1, 50_000_000);
      expect(scan.from).toBe('embedded');
      expect(scan.image.equals(jpeg)).toBe(true);
      const drawn = await pdf.pageImage(2, 50_000_000);
      expect(drawn.from).toBe('rendered');
      expect((await sharp(drawn.image).metadata()).format).toBe('png');
    } finally {
      await pdf.close();
    }
  });

  it('renders a scanner page whose JPEG is below 150 DPI', async () => {
    const pdf = await openPdf(await pdfOf(fullPage(await scanJpeg(827, 1170))));
    try {
      expect((await pdf.pageImage(1, 50_000_000)).from).toBe('rendered');
    } finally {
      await pdf.close();
    }
  });
});

describe('soleImageMatrix', () => {
  it("finds the matrix of a scanner's one image, and null when the stream draws anything else", () => {
    expect(soleImageMatrix('q 595 0 0 842 0 0 cm /Im0 Do Q')).toEqual({ name: 'Im0', matrix: [595, 0, 0, 842, 0, 0] });
    expect(soleImageMatrix('q 1 0 0 1 10 20 cm q 2 0 0 3 0 0 cm /X1 Do Q Q')?.matrix).toEqual([2, 0, 0, 3, 10, 20]);
    expect(soleImageMatrix('q 595 0 0 842 0 0 cm /Im0 Do Q BT /F1 12 Tf (a) Tj ET')).toBeNull();
    expect(soleImageMatrix('q 595 0 0 842 0 0 cm /Im0 Do /Im1 Do Q')).toBeNull();
    expect(soleImageMatrix('q 0 0 595 842 re W n 595 0 0 842 0 0 cm /Im0 Do Q')).toBeNull();
    expect(soleImageMatrix('q Q')).toBeNull();
  });
});
