import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFPage,
  PDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import sharp from 'sharp';

/** A page's stored JPEG, as the scanner wrote it, and its declared size in pixels. */
export interface PageJpeg {
  jpeg: Buffer;
  width: number;
  height: number;
  /** The page's visible box (CropBox, else MediaBox), in points. */
  pageWidth: number;
  pageHeight: number;
}

/** Colour spaces whose JPEG decodes to the page's own colours without any conversion by the PDF. */
const PLAIN_SPACES = new Set(['DeviceGray', 'DeviceRGB']);
/** How far the image may fall short of or beyond the page box, as a share of the box (rounding of scanner software). */
const COVER_TOLERANCE = 0.01;

type Matrix = [number, number, number, number, number, number];

/** `m` then `n` (PDF's `cm`: the new matrix applies before the current one). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/**
 * The matrix the page's content stream draws its one XObject with, when the stream does nothing else:
 * only `q`, `Q`, `cm` and a single `Do` (a scanner's "q W 0 0 H 0 0 cm /Im0 Do Q"). Anything more —
 * text, paths, clipping, graphics states, inline images — gives null: the page is not the image alone.
 */
export function soleImageMatrix(content: string): { name: string; matrix: Matrix } | null {
  const tokens = content.match(/\/[^\s/[\]()<>{}%]+|[^\s/[\]()<>{}%]+|[[\]()<>{}%]/g) ?? [];
  const operands: string[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let drawn: { name: string; matrix: Matrix } | null = null;
  for (const token of tokens) {
    if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(token) || token.startsWith('/')) {
      operands.push(token);
      continue;
    }
    switch (token) {
      case 'q':
        stack.push(ctm);
        break;
      case 'Q':
        ctm = stack.pop() ?? ctm;
        break;
      case 'cm': {
        const numbers = operands.map(Number);
        if (numbers.length !== 6 || numbers.some((n) => !Number.isFinite(n))) return null;
        ctm = multiply(numbers as Matrix, ctm);
        break;
      }
      case 'Do':
        if (drawn || operands.length !== 1 || !operands[0].startsWith('/')) return null;
        drawn = { name: operands[0].slice(1), matrix: ctm };
        break;
      default:
        return null;
    }
    operands.length = 0;
  }
  return operands.length === 0 ? drawn : null;
}

function box(page: PDFDict & { CropBox(): PDFArray | undefined; MediaBox(): PDFArray }): number[] | null {
  const array = page.CropBox() ?? page.MediaBox();
  const numbers = array.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : NaN));
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [x0, y0, x1, y1] = numbers;
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}

function contentOf(document: PDFDocument, contents: PDFObject | undefined): string | null {
  const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  let text = '';
  for (const item of streams) {
    const stream = document.context.lookup(item);
    if (!(stream instanceof PDFRawStream)) return null;
    text += Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') + '\n';
  }
  return text;
}

/** The image XObject's stored JPEG when the PDF shows it as is: 8-bit grey or RGB, one DCT filter, no mask, no Decode. */
function plainJpeg(document: PDFDocument, image: PDFObject | undefined): PDFRawStream | null {
  const stream = image && document.context.lookup(image);
  if (!(stream instanceof PDFRawStream)) return null;
  const dict = stream.dict;
  const name = (key: string): string | undefined => {
    const value = dict.lookup(PDFName.of(key));
    return value instanceof PDFName ? value.decodeText() : undefined;
  };
  if (name('Subtype') !== 'Image') return null;
  let filter = dict.lookup(PDFName.of('Filter'));
  if (filter instanceof PDFArray && filter.size() === 1) filter = document.context.lookup(filter.get(0));
  if (!(filter instanceof PDFName) || filter.decodeText() !== 'DCTDecode') return null;
  for (const key of ['SMask', 'Mask', 'Decode', 'DecodeParms', 'ImageMask']) if (dict.has(PDFName.of(key))) return null;
  const bits = dict.lookup(PDFName.of('BitsPerComponent'));
  if (!(bits instanceof PDFNumber) || bits.asNumber() !== 8) return null;
  let space = dict.lookup(PDFName.of('ColorSpace'));
  if (space instanceof PDFArray && space.size() === 2 && document.context.lookup(space.get(0)) instanceof PDFName) {
    // [/ICCBased stream] of 1 or 3 components: grey or RGB with a profile (sharp reads the JPEG's own).
    const kind = (document.context.lookup(space.get(0)) as PDFName).decodeText();
    const profile = document.context.lookup(space.get(1));
    const components = profile instanceof PDFRawStream ? profile.dict.lookup(PDFName.of('N')) : undefined;
    const n = components instanceof PDFNumber ? components.asNumber() : 0;
    if (kind !== 'ICCBased' || (n !== 1 && n !== 3)) return null;
    space = PDFName.of(n === 1 ? 'DeviceGray' : 'DeviceRGB');
  }
  if (!(space instanceof PDFName) || !PLAIN_SPACES.has(space.decodeText())) return null;
  return stream;
}

/**
 * Each page's stored JPEG (by page index) when the page is nothing but one full-page JPEG, as a
 * scanner writes it: the content stream draws one image XObject, upright and covering the visible box
 * (within 1 %), the page not rotated and without annotations, the image a plain DCT stream (see
 * plainJpeg) whose JPEG header agrees with its dictionary and has no EXIF rotation. Else null for that
 * page (and every page null for an encrypted or unparsable file): it is rendered as before.
 * OCR then decodes the scanner's JPEG once, instead of pdf.js decoding it and the engine decoding
 * pdf.js's PNG of it.
 */
export async function pageJpegs(bytes: Uint8Array): Promise<Array<PageJpeg | null>> {
  let document: PDFDocument;
  let pages: PDFPage[];
  try {
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    pages = document.getPages();
  } catch {
    return [];
  }
  if (document.isEncrypted) return pages.map(() => null);
  const found = pages.map((page): PageJpeg | null => {
    try {
      const node = page.node;
      const rotate = node.Rotate()?.asNumber() ?? 0;
      if (rotate % 360 !== 0 || (node.Annots()?.size() ?? 0) > 0) return null;
      const visible = box(node);
      const content = contentOf(document, node.Contents());
      const drawn = content === null ? null : soleImageMatrix(content);
      const xobjects = node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
      if (!visible || !drawn || !xobjects) return null;
      const [a, b, c, d, e, f] = drawn.matrix;
      const [x0, y0, x1, y1] = visible;
      const width = x1 - x0;
      const height = y1 - y0;
      const near = (value: number, target: number, size: number): boolean =>
        Math.abs(value - target) <= COVER_TOLERANCE * size;
      if (b !== 0 || c !== 0 || a <= 0 || d <= 0) return null;
      if (!near(e, x0, width) || !near(f, y0, height) || !near(e + a, x1, width) || !near(f + d, y1, height))
        return null;
      const stream = plainJpeg(document, xobjects.get(PDFName.of(drawn.name)));
      const w = stream?.dict.lookup(PDFName.of('Width'));
      const h = stream?.dict.lookup(PDFName.of('Height'));
      if (!stream || !(w instanceof PDFNumber) || !(h instanceof PDFNumber)) return null;
      const { contents } = stream;
      return {
        jpeg: Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength),
        width: w.asNumber(),
        height: h.asNumber(),
        pageWidth: width,
        pageHeight: height,
      };
    } catch {
      return null;
    }
  });
  return Promise.all(
    found.map(async (page) => {
      if (!page) return null;
      try {
        const meta = await sharp(page.jpeg, { limitInputPixels: false }).metadata();
        const agrees = meta.format === 'jpeg' && meta.width === page.width && meta.height === page.height;
        return agrees && (meta.orientation ?? 1) === 1 && (meta.channels === 1 || meta.channels === 3) ? page : null;
      } catch {
        return null;
      }
    }),
  );
}
