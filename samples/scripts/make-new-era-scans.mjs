#!/usr/bin/env node
// Born-digital PDFs of the two sample directives of 2026 (samples/directives/hanoi-2026-*), drawn by
// congvan's own renderer (Chromium and the Tinos fonts from npm), so nothing from Debian is needed:
//
//   node --import ./scripts/ts-register.mjs samples/scripts/make-new-era-scans.mjs
//
// The header is laid out in the two columns of the format (NĐ 30 for the UBND directive, HD 05 for
// the Thành ủy one); the outputs are committed, tests never run this.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontFaceCss, loadDocumentFonts, PdfRenderer } from '@congvan/rendering';

const here = dirname(fileURLToPath(import.meta.url));
const directives = resolve(here, '../directives');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Which lines of text.txt sit in the header columns and the footer columns; the rest is body. */
const layouts = {
  'hanoi-2026-02-ubnd-chuyendoiso': {
    left: [['ỦY BAN NHÂN DÂN', ''], ['THÀNH PHỐ HÀ NỘI', 'b'], ['Số: 512/UBND-KGVX', 'sp'], ['V/v triển khai tài khoản định danh điện tử cho cán bộ cấp xã', 's']],
    right: [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'], ['Độc lập - Tự do - Hạnh phúc', 'bu'], ['Hà Nội, ngày 10 tháng 02 năm 2026', 'i sp']],
    footerFrom: 'Nơi nhận:',
    signerFrom: 'TM. ỦY BAN NHÂN DÂN',
  },
  'hanoi-2026-09-thanhuy-matkhau': {
    left: [['THÀNH ỦY HÀ NỘI', 'b'], ['*', ''], ['Số 215-CV/TU', ''], ['về việc rà soát, thay đổi mật khẩu tài khoản hệ thống thông tin', 'i s']],
    right: [['ĐẢNG CỘNG SẢN VIỆT NAM', 'b u'], ['Hà Nội, ngày 01 tháng 9 năm 2026', 'i sp']],
    footerFrom: 'Nơi nhận:',
    signerFrom: 'T/M BAN THƯỜNG VỤ',
  },
};

const css = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: 'Times New Roman', 'Tinos', 'Liberation Serif', serif; font-size: 14pt; line-height: 1.3; margin: 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; } td { vertical-align: top; text-align: center; padding: 0; }
.b { font-weight: bold; } .i { font-style: italic; } .u { text-decoration: underline; } .s { font-size: 12pt; } .sp { margin-top: 6pt; }
p { margin: 6pt 0; text-align: justify; text-indent: 1cm; } .kg { text-align: center; text-indent: 0; }
.footer td:first-child { text-align: left; font-size: 12pt; } .sign { font-weight: bold; }`;

const renderer = new PdfRenderer();
try {
  for (const [id, layout] of Object.entries(layouts)) {
    const lines = readFileSync(join(directives, id, 'text.txt'), 'utf8').trim().split('\n');
    const header = new Set([...layout.left, ...layout.right].map(([t]) => t));
    const footer = lines.indexOf(layout.footerFrom);
    const signer = lines.indexOf(layout.signerFrom);
    const body = lines.slice(0, footer).filter((l) => !header.has(l) && !['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'].includes(l));
    const cell = (rows) => rows.map(([t, c]) => `<div class="${c}">${esc(t)}</div>`).join('');
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>${fontFaceCss(loadDocumentFonts())}</style><style>${css}</style></head><body>
<table><tr><td style="width:45%">${cell(layout.left)}</td><td>${cell(layout.right)}</td></tr></table>
${body.map((l) => `<p class="${l.startsWith('Kính gửi') ? 'kg' : ''}">${esc(l)}</p>`).join('\n')}
<table class="footer"><tr><td>${lines.slice(footer, signer).map((l, i) => `<div class="${i === 0 ? 'b i' : ''}">${esc(l)}</div>`).join('')}</td>
<td>${lines.slice(signer, -1).map((l) => `<div class="sign">${esc(l)}</div>`).join('')}<div style="height:24mm"></div><div class="sign">${esc(lines.at(-1))}</div></td></tr></table>
</body></html>`;
    writeFileSync(join(directives, id, 'scan-born-digital.pdf'), await renderer.render(html));
    process.stdout.write(`${id}: scan-born-digital.pdf\n`);
  }
} finally {
  await renderer.close?.();
}
