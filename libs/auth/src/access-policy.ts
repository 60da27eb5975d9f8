import type { EntityManager } from 'typeorm';
import { AppError } from '@congvan/common';
import { forbidden } from './auth.errors.js';
import type { AuthUser } from './roles.js';

/**
 * Who may see and do what, by object: the one place that decides it. Every service method that
 * reads or changes a document, task, reply or template asks here, either as an SQL condition
 * (lists, and single objects by id) or through `authorize` (one object, 404 when the caller may not
 * see it, 403 when it may see it but not do this).
 *
 * A unit admin: its unit's tasks and replies. A leader: the body it leads — the replies that body
 * issues, the tasks sent to it, and the directives that body issued with all their tasks. A clerk:
 * its organisation's documents, their tasks and the replies its organisation's units issue (a clerk
 * without a unit works for every organisation: a single-office installation). A system
 * administrator: everything. An organisation is a registry: the first segment of a unit's code
 * ("dongda", "myduc").
 */

/** Adds a bind value and returns its placeholder ($1, $2 ...). */
export type Bind = (value: unknown) => string;

export type Resource = 'document' | 'task' | 'reply' | 'template';

/** document: read; manage (review, dispatch, issuer drafts); track (compliance, remind). */
export type DocumentAction = 'read' | 'manage' | 'track';
/** task: read; answer (respond, close, the unit's report); judge (accept, return). */
export type TaskAction = 'read' | 'answer' | 'judge';
/** reply: read; author (edit, submit); sign (sign, return to the author); issue. */
export type ReplyAction = 'read' | 'author' | 'sign' | 'issue';
export type TemplateAction = 'read';
export type Action = DocumentAction | TaskAction | ReplyAction | TemplateAction;

const TRUE = 'TRUE';
const FALSE = 'FALSE';

/** The organisation (registry) a unit belongs to: the first segment of its code. */
export const organisationOf = (unitCode: string): string => unitCode.split('.')[0];

/** A clerk bound to no unit works for every organisation. */
const wholeDeployment = (user: AuthUser) =>
  user.role === 'system_admin' || (user.role === 'clerk' && !user.organisation);

/** A deleted document (a refused upload the clerk removed) is no one's to see or act on. */
function documentCondition(user: AuthUser, action: DocumentAction, d: string, bind: Bind): string {
  const may = liveDocumentCondition(user, action, d, bind);
  return may === FALSE ? FALSE : `(${d}.deleted_at IS NULL AND ${may})`;
}

function liveDocumentCondition(user: AuthUser, action: DocumentAction, d: string, bind: Bind): string {
  if (wholeDeployment(user)) return TRUE;
  if (user.role === 'clerk') return `${d}.organisation = ${bind(user.organisation)}`;
  if (!user.unitId) return FALSE;
  const unit = bind(user.unitId);
  const received = `EXISTS (SELECT 1 FROM task pt WHERE pt.document_id = ${d}.id AND pt.unit_id = ${unit})`;
  if (user.role === 'leader')
    return action === 'read'
      ? `(${d}.issuer_unit_id = ${unit} OR ${received})`
      : action === 'track'
        ? `${d}.issuer_unit_id = ${unit}`
        : FALSE;
  return action === 'read' ? received : FALSE;
}

function taskCondition(user: AuthUser, action: TaskAction, t: string, bind: Bind): string {
  if (user.role === 'unit_admin') return user.unitId ? `${t}.unit_id = ${bind(user.unitId)}` : FALSE;
  if (action === 'answer') return FALSE;
  if (wholeDeployment(user)) return TRUE;
  if (user.role === 'clerk')
    return `EXISTS (SELECT 1 FROM document pd WHERE pd.id = ${t}.document_id AND pd.organisation = ${bind(user.organisation)})`;
  if (!user.unitId) return FALSE;
  const unit = bind(user.unitId);
  const issued = `EXISTS (SELECT 1 FROM document pd WHERE pd.id = ${t}.document_id AND pd.issuer_unit_id = ${unit})`;
  return action === 'read' ? `(${t}.unit_id = ${unit} OR ${issued})` : issued;
}

function replyCondition(user: AuthUser, action: ReplyAction, r: string, bind: Bind): string {
  if (action === 'sign')
    return user.role === 'leader' && user.unitId ? `${r}.issuer_unit_id = ${bind(user.unitId)}` : FALSE;
  if (user.role === 'system_admin') return TRUE;
  if (user.role === 'clerk')
    return user.organisation
      ? `EXISTS (SELECT 1 FROM unit pu WHERE pu.id = ${r}.issuer_unit_id AND split_part(pu.code, '.', 1) = ${bind(user.organisation)})`
      : TRUE;
  if (!user.unitId) return FALSE;
  if (user.role === 'leader') return action === 'read' ? `${r}.issuer_unit_id = ${bind(user.unitId)}` : FALSE;
  return action === 'issue' ? FALSE : `${r}.issuer_unit_id = ${bind(user.unitId)}`;
}

function templateCondition(user: AuthUser, tp: string, bind: Bind): string {
  if (wholeDeployment(user)) return TRUE;
  return user.organisation
    ? `(${tp}.organisation = '' OR ${tp}.organisation = ${bind(user.organisation)})`
    : `${tp}.organisation = ''`;
}

/**
 * Everything of the caller these conditions read — role, unit (the unit a unit admin handles, the
 * body a leader leads), organisation — as one string: two callers with the same key see exactly the
 * same objects, so a cached answer may be shared by them and by no one else. Whoever makes the
 * conditions read another field of the caller adds it here.
 */
export function accessKey(user: AuthUser): string {
  return `${user.role}|${user.unitId ?? ''}|${user.organisation ?? ''}`;
}

/**
 * The change scope (ChangeFeed; migration ChangeNotifications1764300000017) that covers every task
 * the caller may read: its unit's for a unit admin or a leader (the triggers count a task for its
 * unit and for its directive's issuer), its organisation's for a clerk, any task otherwise.
 */
export function taskScope(user: AuthUser): string {
  if (wholeDeployment(user)) return '*';
  if (user.role === 'clerk') return `o:${user.organisation}`;
  return user.unitId ? `u:${user.unitId}` : '*';
}

/** The SQL condition on `alias` (a row of the resource's table) under which `user` may do `action`. */
export function accessCondition(user: AuthUser, resource: Resource, action: Action, alias: string, bind: Bind): string {
  switch (resource) {
    case 'document':
      return documentCondition(user, action as DocumentAction, alias, bind);
    case 'task':
      return taskCondition(user, action as TaskAction, alias, bind);
    case 'reply':
      return replyCondition(user, action as ReplyAction, alias, bind);
    case 'template':
      return templateCondition(user, alias, bind);
  }
}

const TABLES: Record<Resource, string> = {
  document: 'document',
  task: 'task',
  reply: 'reply_document',
  template: 'reply_template',
};

/** Positional binds ($1, $2 ...) appended to `values`, for raw queries. */
export function binder(values: unknown[]): Bind {
  return (value) => `$${values.push(value)}`;
}

/** Named binds (:access0, :access1 ...) collected in `params`, for TypeORM query builders. */
export function namedBinder(params: Record<string, unknown>, prefix = 'access'): Bind {
  return (value) => {
    const name = `${prefix}${Object.keys(params).length}`;
    params[name] = value;
    return `:${name}`;
  };
}

/**
 * Checks one object by id: resolves when `user` may do `action` on it; throws `notFound()` when the
 * caller may not even see it (or it does not exist), FORBIDDEN (403) when it may see it but not do this.
 */
export async function authorize(
  manager: EntityManager,
  user: AuthUser,
  resource: Resource,
  action: Action,
  id: string,
  notFound: () => AppError,
): Promise<void> {
  const values: unknown[] = [id];
  const check = authorizationSql(user, resource, action, binder(values));
  const [row] = await manager.query(`${check} WHERE o.id = $1`, values);
  checkAuthorization(row, notFound);
}

/**
 * authorize's statement, to fold the check into a route's own query (one round trip): `SELECT may,
 * sees FROM <table> o`, to be completed with `WHERE o.id = <the object's bind>`; its row (or none)
 * goes to checkAuthorization.
 */
export function authorizationSql(user: AuthUser, resource: Resource, action: Action, bind: Bind): string {
  const may = accessCondition(user, resource, action, 'o', bind);
  const sees = action === 'read' ? may : accessCondition(user, resource, 'read', 'o', bind);
  return `SELECT (${may}) AS may, (${sees}) AS sees FROM ${TABLES[resource]} o`;
}

/** authorize's verdict on the row of authorizationSql: `notFound()` when none or not even visible, FORBIDDEN when visible only. */
export function checkAuthorization(row: { may: boolean; sees: boolean } | undefined, notFound: () => AppError): void {
  if (!row || (!row.may && !row.sees)) throw notFound();
  if (!row.may) throw forbidden();
}

/** Units a caller may issue a reply for: a unit admin its unit; a clerk its organisation's; an administrator any. */
export function mayIssueFor(user: AuthUser, unit: { id: string; code: string }): boolean {
  if (user.role === 'system_admin') return true;
  if (user.role === 'unit_admin') return user.unitId === unit.id;
  if (user.role === 'clerk') return !user.organisation || organisationOf(unit.code) === user.organisation;
  return false;
}
