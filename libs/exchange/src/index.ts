export * from './edxml-outbox.entity.js';
export * from './exchange.module.js';
export * from './exchange.service.js';
export * from './transport.js';
