export * from './app-error.js';
export * from './json-logger.js';
export * from './app-exception.filter.js';
export * from './vietnamese-text.js';
export * from './csv.js';
export * from './page-query.dto.js';
export * from './database-unavailable.js';
