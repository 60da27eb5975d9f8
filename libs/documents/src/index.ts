export * from './document.entity.js';
export * from './document-page.entity.js';
export * from './directive-draft.entity.js';
