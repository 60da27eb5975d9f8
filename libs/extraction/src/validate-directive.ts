import { Ajv2020 } from 'ajv/dist/2020.js';
import { DIRECTIVE_SCHEMA } from './directive.schema.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(DIRECTIVE_SCHEMA);

/** Whether a value is a Directive as the contract describes it; errors name the path and the problem. */
export function validateDirective(value: unknown): { valid: boolean; errors: string[] } {
  const valid = check(value);
  return {
    valid,
    errors: valid ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()),
  };
}
