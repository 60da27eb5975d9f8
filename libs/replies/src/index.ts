export * from './reply-document.entity.js';
export * from './outgoing-register.entity.js';
export * from './reply-template.entity.js';
export * from './next-register-number.js';
export * from './pdf-signature.js';
export * from './replies.module.js';
export * from './replies.service.js';
export * from './reply-drafts.js';
