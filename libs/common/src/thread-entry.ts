import { fileURLToPath } from 'node:url';

/**
 * The module a worker thread runs, named without extension beside `base` (the caller's
 * `import.meta.url`): the compiled `<name>.js` when the caller is compiled, or — when the application
 * runs from its TypeScript sources (the tests, `node --import ./scripts/ts-register.mjs`) —
 * `<name>.ts` with the same transpiling hooks passed to the thread.
 */
export function threadEntry(base: string, name: string): [URL, string[] | undefined] {
  if (!base.endsWith('.ts')) return [new URL(`./${name}.js`, base), undefined];
  const register = fileURLToPath(new URL('../../../scripts/ts-register.mjs', import.meta.url));
  return [new URL(`./${name}.ts`, base), ['--import', register]];
}
