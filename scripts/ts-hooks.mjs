// Module hooks that let plain `node` run the TypeScript sources (apps/*/src/main.ts) the way
// ts-jest does in the tests: each file transpiled on its own (isolatedModules), `@congvan/<lib>`
// resolved to libs/<lib>/src/index.ts and `./x.js` to `./x.ts`. Used by tests that spawn the real
// application as a child process, so they exercise the sources under test rather than a stale dist/,
// and by worker threads started from the sources (libs/ocr's OCR thread under Jest).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
/** Transpiled files, by hash of path and source: a second process skips TypeScript altogether. */
const cache = new URL('node_modules/.cache/congvan-ts/', root);

let compiler;
async function transpile(source, fileName) {
  compiler ??= import('typescript').then(({ default: ts }) => ({
    ts,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2023,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      esModuleInterop: true,
      isolatedModules: true,
      inlineSourceMap: true,
      inlineSources: true,
    },
  }));
  const { ts, compilerOptions } = await compiler;
  return ts.transpileModule(source, { fileName, compilerOptions }).outputText;
}

export async function resolve(specifier, context, next) {
  // As tsconfig's paths: @congvan/<lib> is its index, @congvan/<lib>/<entry> a light entry beside it.
  const alias = /^@congvan\/([\w-]+)(?:\/([\w-]+))?$/.exec(specifier);
  if (alias) return { url: new URL(`libs/${alias[1]}/src/${alias[2] ?? 'index'}.ts`, root).href, shortCircuit: true };
  if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const url = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const source = await readFile(fileName, 'utf8');
  const cached = new URL(`${createHash('sha256').update(`${fileName}\0${source}`).digest('hex')}.js`, cache);
  let output = await readFile(cached, 'utf8').catch(() => undefined);
  if (output === undefined) {
    output = await transpile(source, fileName);
    const temporary = fileURLToPath(cached) + `.${process.pid}.tmp`;
    await mkdir(cache, { recursive: true })
      .then(() => writeFile(temporary, output))
      .then(() => rename(temporary, cached))
      .catch(() => undefined); // a read-only node_modules: no cache, same result
  }
  return { format: 'module', source: output, shortCircuit: true };
}
