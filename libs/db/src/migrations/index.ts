import { CreateUnit1764010000000 } from './1764010000000-CreateUnit.js';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [CreateUnit1764010000000];
