export * from './edxml-outbox.entity.js';
export * from './exchange.module.js';
export * from './exchange.service.js';
export * from './outbox.service.js';
export * from './transport.js';
export * from './edxml-take-back.entity.js';
export * from './take-back.service.js';
export * from './take-back.controller.js';
