export * from './compute-due-dates.js';
export * from './plan-horizon-extension.js';
export * from './plan-tasks.js';
export * from './task.entity.js';
export * from './task-response.entity.js';
export * from './task-event.entity.js';
export * from './tasking.module.js';
export * from './tasking.service.js';
