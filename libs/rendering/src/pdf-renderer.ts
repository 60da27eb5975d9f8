import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { resolveChromium, type ChromiumLaunch, type ChromiumOptions } from './chromium.js';
import { browserUnavailable, renderFailed } from './rendering.errors.js';

/** How Chromium is started here: headless, as root, with no calls home (the network is closed). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PdfRendererOptions extends ChromiumOptions {
  /** Pages rendered at the same time; further renders wait (default 4). */
  maxConcurrentPages?: number;
  /** Per-render time limit in ms (default 30 s). */
  timeoutMs?: number;
}

/** Only inline content may load: a template can never reach the network or the disk. */
async function allowInlineOnly(route: Route): Promise<void> {
  const url = route.request().url();
  if (url.startsWith('data:')) await route.continue();
  else await route.abort('blockedbyclient');
}

/** Waits its turn so at most `limit` pages exist at once. */
class Gate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/**
 * Starts Chromium (see resolveChromium: configured, Debian's, or the npm one) with CHROMIUM_ARGS.
 * A browser that dies while starting is started once more: on a loaded machine Chromium
 * occasionally exits during start-up ("Target page, context or browser has been closed").
 */
export async function launchChromium(options: ChromiumOptions = {}, timeoutMs = 30_000): Promise<Browser> {
  let target: ChromiumLaunch | undefined;
  try {
    const resolved = await resolveChromium(options);
    target = resolved;
    const launch = () =>
      chromium.launch({
        executablePath: resolved.executablePath,
        args: CHROMIUM_ARGS,
        timeout: timeoutMs,
        ...(resolved.env ? { env: resolved.env } : {}),
      });
    return await launch().catch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return launch();
    });
  } catch (error) {
    throw browserUnavailable(
      target?.executablePath ?? options.executablePath ?? 'npm @sparticuz/chromium',
      (error as Error).message.split('\n')[0],
    );
  }
}

/**
 * HTML → PDF with one warm Chromium (see launchChromium, driven by playwright-core). Pages
 * live in their own browser contexts (JavaScript off, network blocked) and are reused: each render
 * replaces the whole document, and a page that fails is thrown away. Reuse matters: a new page
 * spends ~0.3 s decoding the embedded fonts again. Safe to call concurrently; the browser is
 * started on first use and restarted if it dies.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private readonly chromium: ChromiumOptions;
  private readonly gate: Gate;
  private readonly timeoutMs: number;
  private idle: Page[] = [];

  constructor(options: PdfRendererOptions = {}) {
    this.chromium = {
      executablePath: options.executablePath,
      systemPaths: options.systemPaths,
      cacheDir: options.cacheDir,
    };
    this.gate = new Gate(Math.max(1, options.maxConcurrentPages ?? 4));
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Starts the browser now instead of on the first render. */
  async start(): Promise<void> {
    await this.getBrowser();
  }

  async render(html: string): Promise<Buffer> {
    return this.gate.run(() => this.renderPage(html));
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.idle = [];
    if (browser) await (await browser.catch(() => null))?.close().catch(() => undefined);
  }

  private getBrowser(): Promise<Browser> {
    this.browser ??= launchChromium(this.chromium, this.timeoutMs)
      .then((browser) => {
        browser.on('disconnected', () => {
          this.browser = null;
          this.idle = [];
        });
        return browser;
      })
      .catch((error: unknown) => {
        this.browser = null;
        throw error;
      });
    return this.browser;
  }

  private async renderPage(html: string): Promise<Buffer> {
    const page = this.idle.pop() ?? (await this.newPage());
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      this.idle.push(page);
      return pdf;
    } catch (error) {
      await page
        .context()
        .close()
        .catch(() => undefined);
      throw renderFailed((error as Error).message.split('\n')[0]);
    }
  }

  private async newPage(): Promise<Page> {
    const browser = await this.getBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', allowInlineOnly);
    const page = await context.newPage();
    page.setDefaultTimeout(this.timeoutMs);
    return page;
  }
}
