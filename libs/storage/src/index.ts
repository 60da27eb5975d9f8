export * from './file-storage.js';
