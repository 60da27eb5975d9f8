export * from './snake-naming.strategy.js';
export * from './embedded-postgres.js';
export * from './data-source-options.js';
export * from './migrations/index.js';
export * from './run-migrations.js';
export { runningPostmaster, stopPostmaster } from './postmaster.js';
export * from './change-feed.js';
export * from './change-feed.module.js';
