export * from './unit.entity.js';
export * from './organisation.module.js';
export * from './organisation.service.js';
export * from './registry-file.js';
export * from './resolve-recipients.js';
export * from './sample-registry.seeder.js';
export * from './succession.js';
