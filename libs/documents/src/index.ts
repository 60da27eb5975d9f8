export * from './document.entity.js';
export * from './document-page.entity.js';
export * from './directive-draft.entity.js';
export * from './documents.module.js';
export * from './documents.service.js';
export * from './documents.options.js';
export * from './pipeline.js';
export * from './inbox-watcher.js';
