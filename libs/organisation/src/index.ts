export * from './unit.entity.js';
export * from './organisation.module.js';
export * from './organisation.service.js';
