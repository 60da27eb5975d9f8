export * from './directive.types.js';
export * from './extract-directive.js';
export * from './parse-deadlines.js';
export * from './parse-references.js';
export * from './validate-directive.js';
export * from './directive.schema.js';
export * from './extraction-pool.js';
export * from './extraction.errors.js';
