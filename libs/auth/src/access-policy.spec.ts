import { accessCondition, type Action, binder, mayIssueFor, organisationOf, type Resource } from './access-policy.js';
import type { AuthUser, Role } from './roles.js';

const user = (role: Role, unitId: string | null, organisation: string | null): AuthUser => ({
  id: 'u',
  username: 'u',
  role,
  unitId,
  organisation,
});
const condition = (u: AuthUser, resource: Resource, action: Action, alias: string) => {
  const values: unknown[] = [];
  return { sql: accessCondition(u, resource, action, alias, binder(values)), values };
};

describe('access policy', () => {
  it('limits a unit admin to its unit and lets it answer only its own tasks', () => {
    const admin = user('unit_admin', 'ward-1', 'dongda');
    expect(condition(admin, 'task', 'read', 't')).toEqual({ sql: 't.unit_id = $1', values: ['ward-1'] });
    expect(condition(admin, 'task', 'judge', 't').sql).toBe('t.unit_id = $1');
    expect(condition(admin, 'document', 'manage', 'd').sql).toBe('FALSE');
    expect(condition(admin, 'reply', 'issue', 'r').sql).toBe('FALSE');
    expect(condition(user('unit_admin', null, null), 'task', 'read', 't').sql).toBe('FALSE');
  });

  it("gives a leader its body's tasks and the tasks of the directives its body issued, but it judges only the latter", () => {
    const leader = user('leader', 'body', 'dongda');
    const read = condition(leader, 'task', 'read', 't');
    expect(read.sql).toContain('t.unit_id = $1 OR EXISTS');
    expect(read.sql).toContain('pd.issuer_unit_id = $1');
    const judge = condition(leader, 'task', 'judge', 't').sql;
    expect(judge).not.toContain('t.unit_id');
    expect(condition(leader, 'task', 'answer', 't').sql).toBe('FALSE');
    expect(condition(leader, 'reply', 'sign', 'r').sql).toBe('r.issuer_unit_id = $1');
    expect(condition(leader, 'reply', 'author', 'r').sql).toBe('FALSE');
  });

  it("scopes a clerk to its organisation's documents; a clerk without a unit works for every organisation", () => {
    expect(condition(user('clerk', 'office', 'myduc'), 'document', 'read', 'd')).toEqual({
      sql: '(d.deleted_at IS NULL AND d.organisation = $1)',
      values: ['myduc'],
    });
    expect(condition(user('clerk', null, null), 'document', 'manage', 'd').sql).toBe('(d.deleted_at IS NULL AND TRUE)');
    expect(condition(user('system_admin', null, null), 'reply', 'sign', 'r').sql).toBe('FALSE');
  });

  it('lets a caller issue for its unit (unit admin), its organisation (clerk), anything (administrator), nothing (leader)', () => {
    const ward = { id: 'ward-1', code: 'dongda.ward.cat-linh' };
    const other = { id: 'x', code: 'myduc.huyen-uy' };
    expect(organisationOf(ward.code)).toBe('dongda');
    expect(mayIssueFor(user('unit_admin', 'ward-1', 'dongda'), ward)).toBe(true);
    expect(mayIssueFor(user('unit_admin', 'ward-2', 'dongda'), ward)).toBe(false);
    expect(mayIssueFor(user('clerk', 'office', 'dongda'), ward)).toBe(true);
    expect(mayIssueFor(user('clerk', 'office', 'dongda'), other)).toBe(false);
    expect(mayIssueFor(user('leader', 'ward-1', 'dongda'), ward)).toBe(false);
    expect(mayIssueFor(user('system_admin', null, null), other)).toBe(true);
  });
});
