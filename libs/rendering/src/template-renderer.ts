import { AppError } from '@congvan/common';
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleOf } from './document-formats.js';
import { fontFaceCss, loadDocumentFonts } from './document-fonts.js';
import { DOCUMENT_SYSTEMS, REPLY_DOCUMENT_KINDS, type ReplyDocumentModel } from './reply-document-model.js';
import { modelNotRenderable, renderFailed, templateNotFound } from './rendering.errors.js';
import { TEMPLATE_HELPERS } from './template-helpers.js';
import { compileOptions, validateTemplate } from './validate-template.js';

export interface TemplateRendererOptions {
  /** The templates/ folder: <kind>.<system>.hbs, partials/*.hbs, page.css. */
  templatesDir: string | URL;
  /** Folder of Tinos-*.ttf or LiberationSerif-*.ttf; default the Tinos of @expo-google-fonts/tinos. */
  fontDir?: string;
  /** Embed the document font as data: URLs (default true). */
  embedFonts?: boolean;
}

export interface TemplateRenderer {
  /** A complete A4 HTML page for the model, from templates/<kind>.<system>.hbs. */
  renderHtml(model: ReplyDocumentModel): string;
  /** Validates a user template, then renders the model with it (same partials, helpers, page). */
  renderCustomHtml(source: string, model: ReplyDocumentModel): string;
  /** Throws TEMPLATE_INVALID unless `source` is an acceptable template. */
  validate(source: string): void;
  /**
   * Throws what rendering the model would throw (with the user template `source`, else the built-in
   * one), without building the page: no fonts are read, so a draft can be checked on any machine.
   * A model the template cannot render is the caller's input: 422 MODEL_NOT_RENDERABLE.
   */
  check(model: ReplyDocumentModel, source?: string): void;
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
  // Read on the first page, not here: a missing font folder fails the page (FONT_MISSING), not every caller.
  let fontCss: string | undefined;
  const fonts = () => (fontCss ??= options.embedFonts === false ? '' : fontFaceCss(loadDocumentFonts(options.fontDir)));

  function page(model: ReplyDocumentModel, body: string): string {
    const title = escapeHtml(`${model.subject}`);
    return [
      '<!DOCTYPE html>',
      '<html lang="vi">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
      `<title>${title}</title>`,
      `<style>${fonts()}</style>`,
      `<style>${pageCss}</style>`,
      '</head>',
      `<body class="system-${model.system} format-${styleOf(model).id} kind-${model.kind}">`,
      body,
      '</body>',
      '</html>',
    ].join('\n');
  }

  function renderBody(template: CompiledTemplate, context: ReplyDocumentModel): string {
    try {
      // `style` carries the rules of the document's format version (V/v or "về việc", Nơi nhận marks, closing).
      return template({ ...context, style: styleOf(context) });
    } catch (error) {
      throw renderFailed((error as Error).message);
    }
  }

  function templateFor(model: ReplyDocumentModel, source?: string): CompiledTemplate {
    if (source !== undefined) {
      validateTemplate(source, { partials: partialNames });
      assertRenderable(model);
      return env.compile(source.normalize('NFC'), compileOptions());
    }
    assertRenderable(model);
    const name = `${model.kind}.${model.system}`;
    const template = templates.get(name);
    if (!template) throw templateNotFound(name, dir);
    return template;
  }

  function run(template: CompiledTemplate, model: ReplyDocumentModel): string {
    const context = normaliseStrings(model);
    return page(context, renderBody(template, context));
  }

  return {
    templateNames: [...templates.keys()],
    partialNames,
    validate: (source) => validateTemplate(source, { partials: partialNames }),
    renderHtml: (model) => run(templateFor(model), model),
    renderCustomHtml: (source, model) => run(templateFor(model, source), model),
    check(model, source) {
      try {
        renderBody(templateFor(model, source), normaliseStrings(model));
      } catch (error) {
        if (error instanceof AppError && error.code === 'RENDER_FAILED') {
          throw modelNotRenderable(String(error.details?.reason ?? error.messageEn));
        }
        throw error;
      }
    },
  };
}
