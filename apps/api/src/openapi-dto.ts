import { getMetadataStorage } from 'class-validator';

/** An OpenAPI schema object (the subset written here). */
export type Schema = Record<string, unknown>;

interface ValidationMeta {
  type: string;
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

/**
 * The JSON schema of a DTO class, read from its class-validator decorators (the same rules the
 * ValidationPipe applies): property types, enums, lengths and bounds, required unless @IsOptional.
 * Nested DTOs (@ValidateNested with their design type) are described in turn.
 */
export function dtoSchema(target: new () => unknown, depth = 0): Schema {
  const metas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false) as ValidationMeta[];
  const properties: Record<string, Schema> = {};
  const optional = new Set<string>();
  for (const meta of metas) {
    const property = (properties[meta.propertyName] ??= {});
    if (meta.type === 'conditionalValidation') optional.add(meta.propertyName);
    if (meta.type === 'nestedValidation' && depth < 4) {
      const type = Reflect.getMetadata('design:type', target.prototype as object, meta.propertyName) as
        (new () => unknown) | undefined;
      if (type && type !== Array && type !== Object) Object.assign(property, dtoSchema(type, depth + 1));
      else if (type === Array) property.type = 'array';
      continue;
    }
    const rule = constraint(meta);
    if (!rule) continue;
    if (meta.each) {
      property.type = 'array';
      property.items = { ...((property.items as Schema) ?? {}), ...rule };
    } else Object.assign(property, rule);
  }
  const required = Object.keys(properties).filter((name) => !optional.has(name));
  return { type: 'object', properties, ...(required.length ? { required } : {}) };
}

/** The schema words for one class-validator constraint; null for the ones a schema cannot say. */
function constraint(meta: ValidationMeta): Schema | null {
  const [first, second] = meta.constraints ?? [];
  switch (meta.name) {
    case 'isString':
      return { type: 'string' };
    case 'isInt':
      return { type: 'integer' };
    case 'isNumber':
    case 'isNumberString':
      return { type: 'number' };
    case 'isBoolean':
    case 'isBooleanString':
      return { type: 'boolean' };
    case 'isArray':
      return { type: 'array' };
    case 'isIn':
      return { enum: first as unknown[] };
    case 'isEnum':
      return { enum: Object.values(first as object) };
    case 'isUuid':
    case 'isUUID':
      return { type: 'string', format: 'uuid' };
    case 'isDate':
      return { type: 'string', format: 'date-time' };
    case 'isDateString':
    case 'isISO8601':
      return { type: 'string', format: 'date' };
    case 'isEmail':
      return { type: 'string', format: 'email' };
    case 'isObject':
      return { type: 'object' };
    case 'minLength':
      return { minLength: first };
    case 'maxLength':
      return { maxLength: first };
    case 'length':
      return { minLength: first, ...(second !== undefined ? { maxLength: second } : {}) };
    case 'min':
      return { minimum: first };
    case 'max':
      return { maximum: first };
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    case 'matches':
      return first instanceof RegExp ? { pattern: first.source } : null;
    default:
      return null;
  }
}
