export * from './app-error.js';
export * from './json-logger.js';
export * from './vietnamese-text.js';
export * from './csv.js';
export * from './database-unavailable.js';
export * from './thread-entry.js';
