import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleOf } from './document-formats.js';
import { fontFaceCss, loadLiberationSerif } from './liberation-fonts.js';
import { DOCUMENT_SYSTEMS, REPLY_DOCUMENT_KINDS, type ReplyDocumentModel } from './reply-document-model.js';
import { renderFailed, templateNotFound } from './rendering.errors.js';
import { TEMPLATE_HELPERS } from './template-helpers.js';
import { compileOptions, validateTemplate } from './validate-template.js';

export interface TemplateRendererOptions {
  /** The templates/ folder: <kind>.<system>.hbs, partials/*.hbs, page.css. */
  templatesDir: string | URL;
  /** Folder of LiberationSerif-*.ttf; default Debian's fonts-liberation folder. */
  fontDir?: string;
  /** Embed Liberation Serif as data: URLs (default true). */
  embedFonts?: boolean;
}

export interface TemplateRenderer {
  /** A complete A4 HTML page for the model, from templates/<kind>.<system>.hbs. */
  renderHtml(model: ReplyDocumentModel): string;
  /** Validates a user template, then renders the model with it (same partials, helpers, page). */
  renderCustomHtml(source: string, model: ReplyDocumentModel): string;
  /** Throws TEMPLATE_INVALID unless `source` is an acceptable template. */
  validate(source: string): void;
  readonly templateNames: readonly string[];
  readonly partialNames: readonly string[];
}

type CompiledTemplate = (context: unknown) => string;

function readTemplateFiles(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.hbs'))
      .sort()
      .map((file) => [basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8').normalize('NFC')]),
  );
}

/** Deep copy with every string in NFC, so mixed-source text renders and compares consistently. */
function normaliseStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normaliseStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, normaliseStrings(child)])) as T;
  }
  return value;
}

function assertRenderable(model: ReplyDocumentModel): void {
  if (!DOCUMENT_SYSTEMS.includes(model?.system)) throw renderFailed(`unknown system "${String(model?.system)}"`);
  if (!REPLY_DOCUMENT_KINDS.includes(model.kind)) throw renderFailed(`unknown kind "${String(model.kind)}"`);
}

function escapeHtml(text: string): string {
  return Handlebars.Utils.escapeExpression(text);
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/** Creates an isolated Handlebars environment with our helpers and partials, and the templates compiled. */
export function createTemplateRenderer(options: TemplateRendererOptions): TemplateRenderer {
  const dir = options.templatesDir instanceof URL ? fileURLToPath(options.templatesDir) : options.templatesDir;
  const env = Handlebars.create();
  env.registerHelper(TEMPLATE_HELPERS as unknown as Handlebars.HelperDeclareSpec);

  const partials = readTemplateFiles(join(dir, 'partials'));
  const partialNames = [...partials.keys()];
  for (const [name, source] of partials) {
    validateTemplate(source, { partials: partialNames });
    env.registerPartial(name, env.compile(source, compileOptions()));
  }

  const templates = new Map<string, CompiledTemplate>();
  for (const [name, source] of readTemplateFiles(dir)) {
    validateTemplate(source, { partials: partialNames });
    templates.set(name, env.compile(source, compileOptions()));
  }

  const cssPath = join(dir, 'page.css');
  if (!existsSync(cssPath)) throw templateNotFound('page.css', dir);
  const pageCss = readFileSync(cssPath, 'utf8');
  const fontCss = options.embedFonts === false ? '' : fontFaceCss(loadLiberationSerif(options.fontDir));

  function page(model: ReplyDocumentModel, body: string): string {
    const title = escapeHtml(`${model.subject}`);
    return [
      '<!DOCTYPE html>',
      '<html lang="vi">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
      `<title>${title}</title>`,
      `<style>${fontCss}</style>`,
      `<style>${pageCss}</style>`,
      '</head>',
      `<body class="system-${model.system} format-${styleOf(model).id} kind-${model.kind}">`,
      body,
      '</body>',
      '</html>',
    ].join('\n');
  }

  function run(template: CompiledTemplate, model: ReplyDocumentModel): string {
    assertRenderable(model);
    const context = normaliseStrings(model);
    let body: string;
    try {
      // `style` carries the rules of the document's format version (V/v or "về việc", Nơi nhận marks, closing).
      body = template({ ...context, style: styleOf(context) });
    } catch (error) {
      throw renderFailed((error as Error).message);
    }
    return page(context, body);
  }

  return {
    templateNames: [...templates.keys()],
    partialNames,
    validate: (source) => validateTemplate(source, { partials: partialNames }),
    renderHtml(model) {
      assertRenderable(model);
      const name = `${model.kind}.${model.system}`;
      const template = templates.get(name);
      if (!template) throw templateNotFound(name, dir);
      return run(template, model);
    },
    renderCustomHtml(source, model) {
      validateTemplate(source, { partials: partialNames });
      return run(env.compile(source.normalize('NFC'), compileOptions()), model);
    },
  };
}
