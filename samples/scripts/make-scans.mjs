#!/usr/bin/env node
// Generates the sample scans of the corpus directives and the deliberately bad files.
//
//   node samples/scripts/make-scans.mjs [corpusDir]      (default: ../shared/corpus)
//
// Needs (Debian): weasyprint, fonts-liberation, poppler-utils (pdftoppm), qpdf, libtiff-tools (tiffcp).
// The outputs are committed, so tests never need these tools or the fonts.
//
// For every directive <id> it writes, into samples/directives/<id>/:
//   text.txt                  exact copy of the corpus truth (only when missing)
//   scan-born-digital.pdf     A4, Liberation Serif (Times New Roman metrics), real text layer (WeasyPrint)
//   scan-clean-300-p<N>.png   each page rasterised at 300 DPI, 8-bit grey
//   scan-degraded-200-p<N>.jpg 200 DPI, rotated ~1°, blurred, noisy, JPEG q60
//   scan-clean-300.tif        all pages, multi-page TIFF, 300 DPI bilevel CCITT G4
//   scan-image-only.pdf       all pages as 300 DPI greyscale JPEG images in a PDF, no text layer
// and into samples/bad/: empty.pdf, truncated.pdf, encrypted.pdf, bomb.png, bomb.pdf, not-a-document.pdf,
// photo.jpg (a non-document image).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const samplesDir = resolve(here, '..');
const corpusDir = resolve(process.argv[2] ?? join(samplesDir, '../../shared/corpus'));
const directiveIds = ['myduc-2024-08-matkhau', 'dongda-2024-01-matkhau'];

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Markdown bold (**…**) in the truth text becomes <b>; the asterisks are not printed. */
const inline = (s) => escapeHtml(s).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');

// Layout of each directive: which truth lines sit in the two header columns and the two footer columns
// (the Party format of HD 36 for Mỹ Đức, the State format of NĐ 30 for Đống Đa). Everything else is body.
const layouts = {
  'myduc-2024-08-matkhau': {
    headerLeft: [
      ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', ''],
      ['HUYỆN ỦY MỸ ĐỨC', 'b'],
      ['*', ''],
      ['Số 1100-CV/HU', ''],
      ['V/v rà soát thay đổi mật khẩu tài khoản quản trị và tài khoản người dùng phần mềm Đánh giá CBCCVC, LĐHĐ hằng tháng', 'vv'],
    ],
    headerRight: [
      ['ĐẢNG CỘNG SẢN VIỆT NAM', 'b u big'],
      ['Mỹ Đức, ngày 05 tháng 8 năm 2024', 'i date'],
    ],
    footerLeft: [
      ['Nơi nhận:', 'u'],
      ['- Các đ/c TT Huyện ủy (để b/c)', 'small'],
      ['- Như kính gửi,', 'small'],
      ['- Lưu VPHU.', 'small'],
    ],
    footerRight: [
      ['T/M BAN THƯỜNG VỤ', 'b'],
      ['PHÓ BÍ THƯ THƯỜNG TRỰC', ''],
      ['Đỗ Trung Hai', 'b sign'],
    ],
  },
  'dongda-2024-01-matkhau': {
    headerLeft: [
      ['UỶ BAN NHÂN DÂN', ''],
      ['QUẬN ĐÔNG ĐA', 'b u'],
      ['Số: /UBND-NV', 'gap'],
      ['V/v rà soát thay đổi mật khẩu tài khoản quản trị và tài khoản người dùng các phần mềm ứng dụng', 'vv'],
    ],
    headerRight: [
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'],
      ['Độc lập – Tự do – Hạnh phúc', 'b u'],
      ['Đông Đa, ngày tháng 01 năm 2024', 'i date'],
    ],
    footerLeft: [
      ['Nơi nhận:', 'b i'],
      ['- Như trên;', 'small'],
      ['- Đ/c Chủ tịch UBND quận;', 'small'],
      ['- Các đ/c PCT UBND quận;', 'small'],
      ['- Lưu: VT, NV.', 'small'],
    ],
    footerRight: [
      ['**TM. ỦY BAN NHÂN DÂN', 'b'],
      ['CHỦ TỊCH**', 'b'],
      ['Lê Tuấn Định', 'b sign'],
    ],
  },
};

function buildHtml(id, truth) {
  const layout = layouts[id];
  const placed = new Set([...layout.headerLeft, ...layout.headerRight, ...layout.footerLeft, ...layout.footerRight].map(([t]) => t));
  const lines = truth.split('\n').map((l) => l.trim());
  for (const t of placed) if (!lines.includes(t)) throw new Error(`${id}: layout line not in truth: ${t}`);
  const body = lines.filter((l) => l !== '' && !placed.has(l));
  const column = (items) =>
    items
      .map(([t, cls]) => {
        const text = inline(t.replace(/^\*\*|\*\*$/g, '')).replace('Số: /', 'Số:&#8195;&#8195;&#8195;/').replace('ngày tháng', 'ngày&#8195;&#8195;&#8195;tháng');
        return `<p class="${cls}">${text}</p>`;
      })
      .join('\n');
  const bodyHtml = body
    .map((l) => {
      if (/^Kính gửi:/.test(l)) return `<p class="kg">${inline(l)}</p>`;
      if (/^- /.test(l)) return `<p class="dash">${inline(l)}</p>`;
      return `<p>${inline(l)}</p>`;
    })
    .join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.3; color: #000; }
p { margin: 0 0 5pt 0; text-align: justify; text-indent: 1cm; }
p.dash, p.kg { text-indent: 0; }
table.cols { width: 100%; border-collapse: collapse; margin-bottom: 10pt; }
table.cols td { vertical-align: top; text-align: center; padding: 0; }
table.cols p { text-indent: 0; text-align: center; margin: 0 0 2pt 0; }
td.left { width: 47%; } td.right { width: 53%; }
.b { font-weight: bold; } .i { font-style: italic; }
.u::after { content: ''; display: block; width: 45%; margin: 3pt auto 0 auto; border-bottom: 0.8pt solid #000; }
.big { font-size: 15pt; } .small { font-size: 12pt; text-align: left !important; }
.vv { font-style: italic; font-size: 12pt; margin-top: 6pt !important; }
.date { margin-top: 14pt !important; } .gap { margin-top: 8pt !important; }
.sign { margin-top: 48pt !important; }
table.foot td.left p { text-align: left; }
table.foot { margin-top: 12pt; page-break-inside: avoid; }
</style></head><body>
<table class="cols"><tr><td class="left">${column(layout.headerLeft)}</td><td class="right">${column(layout.headerRight)}</td></tr></table>
${bodyHtml}
<table class="cols foot"><tr><td class="left">${column(layout.footerLeft)}</td><td class="right">${column(layout.footerRight)}</td></tr></table>
</body></html>`;
}

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Deterministic pseudo-random numbers, so the degraded scans are reproducible. */
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function degrade(png300, seed) {
  const random = mulberry32(seed);
  const angle = (random() < 0.5 ? -1 : 1) * (0.8 + random() * 0.4);
  const base = await sharp(png300)
    .resize({ width: 1654, height: 2339, fit: 'fill' }) // A4 at 200 DPI
    .rotate(angle, { background: '#ffffff' })
    .blur(0.7)
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { data, info } = base;
  for (let i = 0; i < data.length; i++) {
    // Gaussian-ish noise (sum of uniforms), σ ≈ 10 grey levels, plus a slightly grey paper.
    const n = (random() + random() + random() - 1.5) * 20;
    data[i] = Math.max(0, Math.min(255, data[i] * 0.94 + 8 + n));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
    .withMetadata({ density: 200 })
    .jpeg({ quality: 60 })
    .toBuffer();
}

/** A minimal PDF whose pages are JPEG images (DCTDecode), A4, no text layer: what a scanner produces. */
function imagePdf(jpegs) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pages = add(null);
  const kids = [];
  for (const { data, width, height, channels } of jpegs) {
    const image = add(
      Buffer.concat([
        Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${channels === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${data.length} >>\nstream\n`),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
    const content = Buffer.from('q 595.28 0 0 841.89 0 0 cm /Im0 Do Q');
    const contents = add(Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]));
    kids.push(add(Buffer.from(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${contents} 0 R >>`)));
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
  objects[pages - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  return serialisePdf(objects, catalog);
}

function serialisePdf(objects, root) {
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A PNG that declares huge dimensions but holds almost nothing: a decompression bomb for a naive decoder. */
function bombPng(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale
  // The first rows only (a real bomb would stream zeros for all of them).
  const rows = Buffer.alloc((Math.ceil(width / 8) + 1) * 64);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

async function makeDirective(id, work) {
  const outDir = join(samplesDir, 'directives', id);
  mkdirSync(outDir, { recursive: true });
  const truthPath = join(corpusDir, `${id}.txt`);
  const textPath = join(outDir, 'text.txt');
  if (!existsSync(textPath)) {
    copyFileSync(truthPath, textPath);
    chmodSync(textPath, 0o644);
  }
  const truth = readFileSync(truthPath, 'utf8').normalize('NFC');

  const htmlPath = join(work, `${id}.html`);
  writeFileSync(htmlPath, buildHtml(id, truth));
  const bornDigital = join(outDir, 'scan-born-digital.pdf');
  run('weasyprint', ['--quiet', htmlPath, bornDigital]);

  const prefix = join(work, id);
  run('pdftoppm', ['-r', '300', '-gray', '-png', bornDigital, prefix]);
  const rendered = readdirSync(work)
    .filter((f) => f.startsWith(`${id}-`) && f.endsWith('.png'))
    .sort();
  const jpegPages = [];
  const tiffPages = [];
  for (const [index, file] of rendered.entries()) {
    const page = index + 1;
    const png300 = readFileSync(join(work, file));
    const clean = await sharp(png300).greyscale().withMetadata({ density: 300 }).png({ compressionLevel: 9, palette: true, colours: 16 }).toBuffer();
    writeFileSync(join(outDir, `scan-clean-300-p${page}.png`), clean);
    writeFileSync(join(outDir, `scan-degraded-200-p${page}.jpg`), await degrade(png300, 1000 * page + id.length));
    const tif = join(work, `${id}-p${page}.tif`);
    await sharp(png300).greyscale().threshold(160).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 300 / 25.4, yres: 300 / 25.4 }).toFile(tif);
    tiffPages.push(tif);
    const jpeg = await sharp(png300).greyscale().jpeg({ quality: 75 }).toBuffer({ resolveWithObject: true });
    jpegPages.push({ data: jpeg.data, width: jpeg.info.width, height: jpeg.info.height, channels: 1 });
  }
  run('tiffcp', ['-c', 'g4', ...tiffPages, join(outDir, 'scan-clean-300.tif')]);
  writeFileSync(join(outDir, 'scan-image-only.pdf'), imagePdf(jpegPages));
  console.log(`${id}: ${rendered.length} pages`);
  return bornDigital;
}

async function makeBad(bornDigital) {
  const badDir = join(samplesDir, 'bad');
  mkdirSync(badDir, { recursive: true });
  writeFileSync(join(badDir, 'empty.pdf'), Buffer.alloc(0));
  const pdf = readFileSync(bornDigital);
  // Cut inside the first content stream: no xref, no trailer, no complete page.
  writeFileSync(join(badDir, 'truncated.pdf'), pdf.subarray(0, Math.min(pdf.length, 1200)));
  run('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', bornDigital, join(badDir, 'encrypted.pdf')]);
  writeFileSync(join(badDir, 'bomb.png'), bombPng(60000, 60000));
  // A PDF whose one page is a 60000 × 60000 image (declared; the stream is tiny).
  const tinyGrey = Buffer.alloc(16);
  const bombImage = Buffer.concat([
    Buffer.from(`<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${deflateSync(tinyGrey).length} >>\nstream\n`),
    deflateSync(tinyGrey),
    Buffer.from('\nendstream'),
  ]);
  const content = Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q');
  writeFileSync(
    join(badDir, 'bomb.pdf'),
    serialisePdf(
      [
        Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
        Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
        Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>'),
        bombImage,
        Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
      ],
      1,
    ),
  );
  // An executable renamed .pdf (an ELF header and some code-like bytes).
  const elf = Buffer.alloc(512);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(elf);
  elf.writeUInt16LE(2, 16);
  elf.writeUInt16LE(0x3e, 18);
  writeFileSync(join(badDir, 'not-a-document.pdf'), elf);
  // A photo-like image without text: smooth gradients, blobs and noise.
  const random = mulberry32(42);
  const w = 800;
  const h = 600;
  const rgb = Buffer.alloc(w * h * 3);
  const blobs = Array.from({ length: 12 }, () => ({ x: random() * w, y: random() * h, r: 40 + random() * 120, c: [random() * 255, random() * 255, random() * 255] }));
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      let c = [90 + (120 * y) / h, 140 + (60 * x) / w, 200 - (80 * y) / h];
      for (const b of blobs) {
        const d = Math.hypot(x - b.x, y - b.y);
        if (d < b.r) {
          const a = 0.6 * (1 - d / b.r);
          c = c.map((v, k) => v * (1 - a) + b.c[k] * a);
        }
      }
      for (let k = 0; k < 3; k++) rgb[i + k] = Math.max(0, Math.min(255, c[k] + (random() - 0.5) * 20));
    }
  await sharp(rgb, { raw: { width: w, height: h, channels: 3 } }).blur(1.5).jpeg({ quality: 80 }).toFile(join(badDir, 'photo.jpg'));
  console.log('bad: done');
}

const work = mkdtempSync(join(tmpdir(), 'make-scans-'));
try {
  let bornDigital;
  for (const id of directiveIds) bornDigital = await makeDirective(id, work);
  await makeBad(bornDigital);
} finally {
  rmSync(work, { recursive: true, force: true });
}
