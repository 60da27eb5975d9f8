import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { DIRECTIVE_SCHEMA } from './directive.schema.js';

let check: ValidateFunction | undefined;

/**
 * The contract's validator, built on first use: loading Ajv and compiling the schema costs ~0.15 s of CPU, which
 * `congvan extract` (and every other importer of the package that only extracts) would pay at start-up for nothing.
 */
function validator(): ValidateFunction {
  if (!check) {
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    check = new Ajv2020({ allErrors: true, strict: false }).compile(DIRECTIVE_SCHEMA);
  }
  return check;
}

/** Whether a value is a Directive as the contract describes it; errors name the path and the problem. */
export function validateDirective(value: unknown): { valid: boolean; errors: string[] } {
  const check = validator();
  const valid = check(value);
  return {
    valid,
    errors: valid ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()),
  };
}
