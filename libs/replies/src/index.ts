export * from './reply-document.entity.js';
export * from './outgoing-register.entity.js';
export * from './next-register-number.js';
export * from './pdf-signature.js';
