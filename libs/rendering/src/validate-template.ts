import Handlebars from 'handlebars';
import { templateInvalid } from './rendering.errors.js';
import { ALLOWED_HELPERS } from './template-helpers.js';

export interface TemplateValidationOptions {
  /** Partial names the template may include ({{> header-state}}). */
  partials: readonly string[];
}

interface AstNode {
  type: string;
  [key: string]: unknown;
}

type Problem = { vi: string; en: string; line?: number };

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

function lineOf(node: AstNode): number | undefined {
  return (node.loc as { start?: { line?: number } } | undefined)?.start?.line;
}

function pathName(node: unknown): string | null {
  return isNode(node) && node.type === 'PathExpression' ? String(node.original) : null;
}

/** Calls `visit` on every node of the template's syntax tree. */
function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (!isNode(node)) return;
  visit(node);
  for (const [key, child] of Object.entries(node)) if (key !== 'loc') walk(child, visit);
}

function problemsOf(node: AstNode, partials: ReadonlySet<string>): Problem[] {
  const line = lineOf(node);
  switch (node.type) {
    case 'MustacheStatement':
      if (node.escaped === false)
        return [
          {
            vi: 'không được dùng {{{ }}} hoặc {{& }} (bỏ thoát ký tự)',
            en: 'unescaped output ({{{ }}} or {{& }}) is not allowed',
            line,
          },
        ];
      return helperProblems(node, line);
    case 'BlockStatement':
    case 'SubExpression':
      return helperProblems(node, line);
    case 'PartialStatement':
    case 'PartialBlockStatement': {
      const name = pathName(node.name);
      if (name === null) return [{ vi: 'không được dùng partial động', en: 'dynamic partials are not allowed', line }];
      return partials.has(name)
        ? []
        : [{ vi: `partial không tồn tại "${name}"`, en: `unknown partial "${name}"`, line }];
    }
    case 'Decorator':
    case 'DecoratorBlock':
      return [
        {
          vi: 'không được dùng decorator / inline partial',
          en: 'decorators and inline partials are not allowed',
          line,
        },
      ];
    default:
      return [];
  }
}

/** A call with parameters or hash arguments must name an allowed helper. */
function helperProblems(node: AstNode, line: number | undefined): Problem[] {
  const name = pathName(node.path);
  const params = (node.params as unknown[] | undefined) ?? [];
  const hasHash = isNode(node.hash) && ((node.hash.pairs as unknown[]) ?? []).length > 0;
  const isCall = params.length > 0 || hasHash || node.type === 'SubExpression';
  if (!isCall || (name !== null && ALLOWED_HELPERS.has(name))) return [];
  return [{ vi: `hàm trợ giúp không được phép "${name ?? '?'}"`, en: `unknown helper "${name ?? '?'}"`, line }];
}

/**
 * Accepts a Handlebars template only if it parses, compiles, never outputs unescaped text, and
 * uses only our helpers and the given partials. Throws TEMPLATE_INVALID (422) listing every problem.
 */
export function validateTemplate(source: string, options: TemplateValidationOptions): void {
  let ast: unknown;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    throw templateInvalid(`lỗi cú pháp: ${message}`, `syntax error: ${message}`, { problems: [message] });
  }
  const partials = new Set(options.partials);
  const problems: Problem[] = [];
  walk(ast, (node) => problems.push(...problemsOf(node, partials)));
  if (problems.length > 0) {
    const at = (p: Problem) => (p.line ? ` (line ${p.line})` : '');
    throw templateInvalid(
      problems.map((p) => p.vi + (p.line ? ` (dòng ${p.line})` : '')).join('; '),
      problems.map((p) => p.en + at(p)).join('; '),
      { problems: problems.map((p) => ({ message: p.en, line: p.line ?? null })) },
    );
  }
  try {
    Handlebars.precompile(source, compileOptions());
  } catch (error) {
    const message = (error as Error).message;
    throw templateInvalid(`không biên dịch được: ${message}`, `does not compile: ${message}`, { problems: [message] });
  }
}

/** Compile options shared by validation and rendering: escaping on, only our helpers. */
export function compileOptions(): NonNullable<Parameters<typeof Handlebars.compile>[1]> {
  return {
    noEscape: false,
    strict: false,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries([...ALLOWED_HELPERS].map((name) => [name, true])),
  };
}
