import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DOCUMENT_FONT_FAMILY, fontFaceCss, loadDocumentFonts, PdfRenderer } from '@congvan/rendering';
import { registerStatusLabel } from './document-status.js';
import type { RegisterEntry } from './register.service.js';
import { formatRegisterDate } from './register-title.js';
import { INCOMING_REGISTER_COLUMNS } from './register-workbook.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const day = (iso: string | null) => (iso ? formatRegisterDate(iso) : '');

/**
 * The sổ văn bản đến as a printable page: A4 landscape, the Nghị định 30/2020 columns, the heading
 * repeated on every page, the filters it was printed with. Every value is escaped; the page loads
 * nothing (fonts embedded), so it renders in the locked-down page of the PDF renderer.
 */
export function registerHtml(
  rows: RegisterEntry[],
  context: { organisation: string; printedOn: string; filters: string[] },
  fontCss: string,
): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td class="n">${escape(r.incomingNumber)}</td><td>${day(r.receivedOn)}</td><td>${escape(r.numberSymbol)}</td>` +
        `<td>${day(r.date)}</td><td>${escape(r.issuer)}</td><td>${escape(r.subject ?? r.originalName)}</td>` +
        `<td>${day(r.dueOn)}</td><td>${escape(r.units.join('; '))}</td><td>${escape(registerStatusLabel(r))}</td></tr>`,
    )
    .join('\n');
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Sổ văn bản đến</title><style>',
    fontCss,
    `@page{size:A4 landscape;margin:12mm 10mm}`,
    `body{font-family:'${DOCUMENT_FONT_FAMILY}',serif;font-size:10.5pt;color:#000}`,
    `h1{font-size:15pt;text-align:center;margin:0 0 2mm}p.meta{text-align:center;margin:0 0 4mm}`,
    `table{width:100%;border-collapse:collapse}th,td{border:0.5pt solid #000;padding:1.2mm;vertical-align:top}`,
    `th{font-weight:bold;text-align:center}thead{display:table-header-group}tr{break-inside:avoid}td.n{text-align:center}`,
    '</style></head><body>',
    `<h1>SỔ VĂN BẢN ĐẾN</h1>`,
    `<p class="meta">${escape(context.organisation)} — in ngày ${escape(formatRegisterDate(context.printedOn))}` +
      `${context.filters.length ? ` — ${escape(context.filters.join('; '))}` : ''} — ${rows.length} văn bản</p>`,
    `<table><thead><tr>${INCOMING_REGISTER_COLUMNS.map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead>`,
    `<tbody>${body || `<tr><td colspan="${INCOMING_REGISTER_COLUMNS.length}">Không có văn bản nào.</td></tr>`}</tbody></table>`,
    '</body></html>',
  ].join('\n');
}

/** The register's PDF through the rendering library's Chromium; started on first use, closed with the app. */
@Injectable()
export class RegisterPdfRenderer implements OnApplicationShutdown {
  private renderer?: PdfRenderer;
  private fontCss?: string;

  constructor(private readonly options: { chromiumPath?: string; fontDir?: string }) {}

  async render(rows: RegisterEntry[], context: { organisation: string; printedOn: string; filters: string[] }) {
    this.fontCss ??= fontFaceCss(loadDocumentFonts(this.options.fontDir));
    this.renderer ??= new PdfRenderer({ executablePath: this.options.chromiumPath, maxConcurrentPages: 2 });
    return this.renderer.render(registerHtml(rows, context, this.fontCss));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.renderer?.close();
  }
}
