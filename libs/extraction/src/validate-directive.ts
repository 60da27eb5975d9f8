import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';

/** The contract (a copy of shared/contracts/directive.schema.json kept beside the code). */
export const DIRECTIVE_SCHEMA = JSON.parse(readFileSync(new URL('./directive.schema.json', import.meta.url), 'utf8')) as object;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(DIRECTIVE_SCHEMA);

/** Whether a value is a Directive as the contract describes it; errors name the path and the problem. */
export function validateDirective(value: unknown): { valid: boolean; errors: string[] } {
  const valid = check(value);
  return { valid, errors: valid ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()) };
}
