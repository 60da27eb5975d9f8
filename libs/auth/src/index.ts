export * from './public.decorator.js';
export * from './default-deny.guard.js';
