import { MIGRATIONS } from '@congvan/db';
import { DirectiveDraft, Document, DocumentPage } from '@congvan/documents';
import { Unit } from '@congvan/organisation';

/** Every entity of the application; migrations must describe exactly these (a test checks it). */
export const ENTITIES = [Unit, Document, DocumentPage, DirectiveDraft];
export { MIGRATIONS };
