import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { PDFParse } from 'pdf-parse';
import sharp from 'sharp';
import {
  bundledFontDir,
  createTemplateRenderer,
  DOCUMENT_SYSTEMS,
  formatCitationLine,
  formatNumberLine,
  formatPlaceAndDate,
  isExecutable,
  PdfRenderer,
  renderDocx,
  REPLY_DOCUMENT_KINDS,
  resolveChromium,
  signerLines,
  styleOf,
  type ReplyDocumentModel,
} from '../src/index.js';
import { CORPUS, corpusModel, hd05Model } from './fixtures/corpus-models.js';

/**
 * Real Chromium (Debian's when installed, else the one from npm), the Tinos fonts from npm, and the
 * PDF rasterised by pdf.js (pdf-parse): nothing from Debian is needed, nothing is skipped.
 */
const REFERENCE_DIR = fileURLToPath(new URL('./reference/', import.meta.url));
const UPDATE_REFERENCE = process.env.UPDATE_RENDERING_REFERENCE === '1';
/** A pixel "differs" when its grey level moves by more than 32; at most 1% of pixels may differ. */
const PIXEL_THRESHOLD = 32;
const MAX_DIFFERING = 0.01;

const squash = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    return squash((await parser.getText()).text);
  } finally {
    await parser.destroy();
  }
}

/** Every font the PDF embeds, by base name ("Tinos-Bold"). */
function pdfFonts(pdf: Buffer): string[] {
  return [
    ...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)/g)].map((m) => m[1])),
  ].sort();
}

/** One entry of a zip (DOCX), read from its local header. */
function unzipEntry(zip: Buffer, name: string): string {
  for (let at = 0; at + 30 <= zip.length && zip.readUInt32LE(at) === 0x04034b50;) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const entry = zip.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + size);
    if (entry === name) return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at = start + size;
  }
  throw new Error(`${name} not in the zip`);
}

/** Texts every rendering of the model must show, in document order of components. */
function expectedTexts(model: ReplyDocumentModel): string[] {
  const texts = [
    ...(model.issuer.parent ? [model.issuer.parent] : []),
    ...model.issuer.name.split('\n'),
    ...(model.system === 'state'
      ? ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']
      : ['ĐẢNG CỘNG SẢN VIỆT NAM', '*']),
    formatNumberLine(model.system, model.number, model.symbol),
    formatPlaceAndDate(model.place, model.date),
    model.kind === 'reminder' ? `${styleOf(model).congVanSubjectPrefix} ${model.subject}` : 'BÁO CÁO',
    model.subject,
    'Kính gửi:',
    ...model.recipients,
    ...model.body.flatMap((section) =>
      section.kind === 'paragraph'
        ? [section.text]
        : section.kind === 'items'
          ? section.items
          : section.rows.map((row) => row.unit),
    ),
    'Nơi nhận:',
    ...model.distribution,
    ...signerLines(model.system, model.signer, styleOf(model).collectiveSignsWithoutKT).lines.map((line) => line.text),
    model.signer.name,
  ];
  if (model.kind !== 'reminder') texts.push(formatCitationLine(model.citation));
  return texts.map(squash);
}

/** Page 1 as a grey PNG at 100 DPI (legible accents), drawn by pdf.js from the fonts embedded in the PDF. */
async function pageImage(pdf: Buffer): Promise<Buffer> {
  const parser = new PDFParse({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    const shot = await parser.getScreenshot({ partial: [1], scale: 100 / 72, imageDataUrl: false, imageBuffer: true });
    return await sharp(shot.pages[0].data)
      .flatten({ background: '#ffffff' })
      .toColourspace('b-w')
      .png({ compressionLevel: 9 })
      .toBuffer();
  } finally {
    await parser.destroy();
  }
}

async function differingShare(actual: Buffer, reference: Buffer): Promise<number> {
  const [a, b] = await Promise.all(
    [actual, reference].map((png) =>
      sharp(png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true }),
    ),
  );
  if (a.info.width !== b.info.width || a.info.height !== b.info.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i++) if (Math.abs(a.data[i] - b.data[i]) > PIXEL_THRESHOLD) differing++;
  return differing / a.data.length;
}

/** NĐ 30 ("state") and HD 36 ("party": the corpus is dated 2024) for every kind; HD 05 for a công văn and a báo cáo. */
const CASES = CORPUS.flatMap((corpus) => [
  ...REPLY_DOCUMENT_KINDS.flatMap((kind) =>
    DOCUMENT_SYSTEMS.map((system) => ({
      name: `${corpus.id}.${kind}.${system}`,
      model: corpusModel(corpus, kind, system),
    })),
  ),
]).concat(
  (['reminder', 'unit_report'] as const).map((kind) => ({
    name: `hongson-2026-09.${kind}.hd05`,
    model: hd05Model(kind),
  })),
);

describe('reply rendering with real Chromium', () => {
  const renderer = createTemplateRenderer({ templatesDir: new URL('../../../templates', import.meta.url) });
  let pdf: PdfRenderer;
  /** Each case is printed once; its text, fonts and page image are all checked on that PDF. */
  const printed = new Map<string, Promise<Buffer>>();
  const pdfOf = (name: string, model: ReplyDocumentModel): Promise<Buffer> => {
    if (!printed.has(name)) printed.set(name, pdf.render(renderer.renderHtml(model)));
    return printed.get(name)!;
  };

  beforeAll(async () => {
    pdf = new PdfRenderer({ maxConcurrentPages: 2 });
    await pdf.start();
  });

  afterAll(async () => {
    await pdf?.close();
  });

  it.each(CASES)('$name: the PDF shows every component, in Tinos only', async ({ name, model }) => {
    const bytes = await pdfOf(name, model);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const expected of expectedTexts(model)) expect(text).toContain(expected);
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.startsWith('Tinos'))).toEqual([]);
  });

  it.each(CASES)('$name: page 1 matches the reference image', async ({ name, model }) => {
    const image = await pageImage(await pdfOf(name, model));
    const referencePath = join(REFERENCE_DIR, `${name}.png`);
    if (UPDATE_REFERENCE) {
      mkdirSync(REFERENCE_DIR, { recursive: true });
      writeFileSync(referencePath, image);
    }
    if (!existsSync(referencePath))
      throw new Error(`No reference image ${referencePath}: run with UPDATE_RENDERING_REFERENCE=1 once and commit it`);
    expect(await differingShare(image, readFileSync(referencePath))).toBeLessThan(MAX_DIFFERING);
  });

  it.each(CASES)('$name: the DOCX holds the same texts in Times New Roman', async ({ model }) => {
    const xml = unzipEntry(await renderDocx(model), 'word/document.xml');
    const text = squash(
      [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('\n')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    for (const expected of expectedTexts(model)) expect(text).toContain(expected);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('w:w="11906"');
  });

  it('renders concurrently and keeps the page away from the network', async () => {
    let requests = 0;
    const server: Server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const html = renderer
        .renderHtml(CASES[0].model)
        .replace(
          '</body>',
          `<img src="http://127.0.0.1:${port}/pixel.png"><link rel="stylesheet" href="http://127.0.0.1:${port}/x.css"></body>`,
        );
      const results = await Promise.all([html, html, html, html].map((page) => pdf.render(page)));
      for (const bytes of results) expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('prints with the Chromium from npm when no installed one is used: unpacked once, with the bundled fonts', async () => {
    const target = await resolveChromium({ systemPaths: [] });
    expect(target.source).toBe('npm');
    expect(isExecutable(target.executablePath)).toBe(true);
    expect(readFileSync(target.env!.FONTCONFIG_FILE, 'utf8')).toContain(`<dir>${bundledFontDir()}</dir>`);
    const npmPdf = new PdfRenderer({ systemPaths: [] });
    try {
      const bytes = await npmPdf.render(renderer.renderHtml(CASES[0].model));
      expect(await pdfText(bytes)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(pdfFonts(bytes)).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
    } finally {
      await npmPdf.close();
    }
  });

  it('escapes a <script> in the model: it is printed as text', async () => {
    const model = { ...CASES[0].model, subject: '<script>document.title="pwned"</script>' };
    const text = await pdfText(await pdf.render(renderer.renderHtml(model)));
    expect(text).toContain('<script>document.title="pwned"</script>');
  });
});
