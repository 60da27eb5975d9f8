/**
 * Rendering benchmark (prints figures; not a test).
 *
 *   npm run build && node dist/bench/rendering.bench.js [count]
 *
 * PDFs per second with one warm Chromium (sequential, then 2 and 4 pages at once) against a cold
 * start (a browser launched per PDF), for the six templates in turn. Uses Debian's chromium when
 * installed, else the one from npm (CHROMIUM_PATH picks another). Target: ≥ 3 PDFs per second warm.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createTemplateRenderer,
  DOCUMENT_SYSTEMS,
  PdfRenderer,
  REPLY_DOCUMENT_KINDS,
  renderDocx,
  sampleReplyModel,
  type ReplyDocumentModel,
} from '@congvan/rendering';

const COUNT = Number(process.argv[2] ?? 24);
const COLD_COUNT = 4;

/** The repository: the first folder holding templates/ above this file, else above the working directory. */
function templatesDir(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'templates', 'page.css'))) return join(dir, 'templates');
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('templates/ not found');
}

const models: ReplyDocumentModel[] = REPLY_DOCUMENT_KINDS.flatMap((kind) =>
  DOCUMENT_SYSTEMS.map((system) => sampleReplyModel(kind, system)),
);
const renderer = createTemplateRenderer({ templatesDir: templatesDir() });
const pages = Array.from({ length: COUNT }, (_, i) => renderer.renderHtml(models[i % models.length]));

async function timed(label: string, count: number, work: () => Promise<void>, unit = 'PDF'): Promise<number> {
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const perSecond = count / seconds;
  console.log(
    `${label.padEnd(34)} ${String(count).padStart(4)} ${unit}s  ${seconds.toFixed(2).padStart(6)} s  ${perSecond.toFixed(2).padStart(6)} ${unit}/s`,
  );
  return perSecond;
}

async function warm(concurrency: number): Promise<number> {
  const pdf = new PdfRenderer({ maxConcurrentPages: concurrency, executablePath: process.env.CHROMIUM_PATH });
  await pdf.start();
  await pdf.render(pages[0]); // first page load warms the renderer process
  try {
    return await timed(`warm, ${concurrency} page(s) at once`, COUNT, async () => {
      let next = 0;
      const worker = async () => {
        while (next < pages.length) await pdf.render(pages[next++]);
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    });
  } finally {
    await pdf.close();
  }
}

async function cold(): Promise<number> {
  return timed('cold (launch per PDF)', COLD_COUNT, async () => {
    for (let i = 0; i < COLD_COUNT; i++) {
      const pdf = new PdfRenderer({ executablePath: process.env.CHROMIUM_PATH });
      await pdf.render(pages[i]);
      await pdf.close();
    }
  });
}

async function html(): Promise<void> {
  await timed(
    'HTML only (Handlebars)',
    COUNT * 10,
    async () => {
      for (let i = 0; i < COUNT * 10; i++) renderer.renderHtml(models[i % models.length]);
    },
    'HTML',
  );
  await timed(
    'DOCX (docx package)',
    COUNT,
    async () => {
      for (let i = 0; i < COUNT; i++) await renderDocx(models[i % models.length]);
    },
    'DOCX',
  );
}

await html();
const results = { sequential: await warm(1), two: await warm(2), four: await warm(4), cold: await cold() };
const best = Math.max(results.sequential, results.two, results.four);
console.log(`\nwarm/cold speed-up (sequential): ${(results.sequential / results.cold).toFixed(1)}×`);
console.log(`target ≥ 3 PDF/s warm: ${best >= 3 ? 'met' : 'NOT met'} (best ${best.toFixed(2)} PDF/s)`);
