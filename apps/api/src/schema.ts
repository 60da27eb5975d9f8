import { ApiToken, AuditEvent, PasswordHistory, Session, UserAccount } from '@congvan/auth';
import { MIGRATIONS } from '@congvan/db';
import { EdxmlOutbox, EdxmlTakeBack } from '@congvan/exchange';
import { DirectiveDraft, Document, DocumentFile, DocumentPage } from '@congvan/documents';
import { Unit } from '@congvan/organisation';
import { OutgoingRegister, ReplyDocument, ReplyTemplate } from '@congvan/replies';
import { ReplyMatch, Task, TaskEvent, TaskResponse } from '@congvan/tasking';

/** Every entity of the application; migrations must describe exactly these (a test checks it). */
export const ENTITIES = [
  Unit,
  UserAccount,
  PasswordHistory,
  Session,
  AuditEvent,
  ApiToken,
  Document,
  DocumentPage,
  DirectiveDraft,
  DocumentFile,
  Task,
  TaskResponse,
  TaskEvent,
  ReplyMatch,
  EdxmlOutbox,
  EdxmlTakeBack,
  ReplyDocument,
  OutgoingRegister,
  ReplyTemplate,
];
export { MIGRATIONS };
