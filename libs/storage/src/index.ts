export * from './file-storage.js';
export * from './storage.module.js';
