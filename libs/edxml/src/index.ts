export * from './apply-header.js';
export * from './build-edxml.js';
export * from './edxml-code.js';
export * from './edxml.errors.js';
export * from './edxml.types.js';
export * from './parse-edxml.js';
export * from './build-status.js';
export * from './parse-status.js';
