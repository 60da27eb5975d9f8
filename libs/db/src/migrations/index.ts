import { CreateUnit1764010000000 } from './1764010000000-CreateUnit.js';
import { CreateDocuments1764030000000 } from './1764030000000-CreateDocuments.js';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [CreateUnit1764010000000, CreateDocuments1764030000000];
