import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@congvan/auth';
import { ReplyDocument, ReplyTemplate } from '@congvan/replies';
import { sampleReplyModel } from '@congvan/rendering';
import { addDays, vietnamToday } from '@congvan/tasking';
import { listRoutes, type Route } from '../setup/routes.js';
import { makeTestCertificate } from '../setup/test-certificate.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/**
 * Walks objects, not routes: two organisations (Quận Đống Đa, Huyện Mỹ Đức), each with a clerk,
 * the leader of the issuing body, the leader of a ward/commune and two unit admins. Every route
 * that takes an id is called with the ids of the other unit and of the other organisation, as
 * every role, and must answer exactly 404 (the object is hidden) or 403 (the role may not call the
 * route, or may see the object but not act on it); lists must hold exactly what the caller may see.
 */

type Org = 'A' | 'B';
type Kind = 'document' | 'task' | 'reply';

const sample = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../samples/directives/${name}/expected.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

const ORGS = {
  A: {
    office: 'dongda.phong.van-phong',
    body: 'dongda',
    unit1: 'dongda.ward.cat-linh',
    unit2: 'dongda.ward.hang-bot',
    line: 'Chủ tịch UBND các phường Cát Linh, Hàng Bột',
    sample: 'dongda-2024-01-matkhau',
  },
  B: {
    office: 'myduc.van-phong-huyen-uy',
    body: 'myduc.huyen-uy',
    unit1: 'myduc.dang-uy.an-my',
    unit2: 'myduc.dang-uy.an-phu',
    line: 'Đảng ủy các xã An Mỹ, An Phú',
    sample: 'myduc-2024-08-matkhau',
  },
} as const;

interface Account {
  name: string;
  role: Role;
  token: string;
  /** Object keys the account may see (documents, tasks, replies). */
  sees: Set<string>;
}

/** A route that takes the id of one kind of object, and how to call it. */
interface IdRoute {
  kind: Kind;
  method: 'get' | 'post' | 'patch' | 'delete';
  /** The route as declared (to find its roles). */
  declared: string;
  path: (id: string) => string;
  body?: (id: string) => Record<string, unknown>;
  multipart?: boolean;
}

const ID_ROUTES: IdRoute[] = [
  { kind: 'document', method: 'get', declared: '/documents/:id', path: (id) => `/documents/${id}` },
  { kind: 'document', method: 'get', declared: '/documents/:id/pages', path: (id) => `/documents/${id}/pages` },
  {
    kind: 'document',
    method: 'get',
    declared: '/documents/:id/pages/:index/image',
    path: (id) => `/documents/${id}/pages/0/image`,
  },
  { kind: 'document', method: 'get', declared: '/documents/:id/original', path: (id) => `/documents/${id}/original` },
  { kind: 'document', method: 'get', declared: '/documents/:id/files', path: (id) => `/documents/${id}/files` },
  { kind: 'document', method: 'get', declared: '/documents/:id/signature', path: (id) => `/documents/${id}/signature` },
  {
    kind: 'document',
    method: 'get',
    declared: '/documents/:id/files/:position',
    path: (id) => `/documents/${id}/files/0`,
  },
  { kind: 'document', method: 'get', declared: '/documents/:id/directive', path: (id) => `/documents/${id}/directive` },
  {
    kind: 'document',
    method: 'patch',
    declared: '/documents/:id/directive',
    path: (id) => `/documents/${id}/directive`,
    body: () => sample(ORGS.A.sample),
  },
  { kind: 'document', method: 'post', declared: '/documents/:id/confirm', path: (id) => `/documents/${id}/confirm` },
  {
    kind: 'document',
    method: 'get',
    declared: '/documents/:id/dispatch-preview',
    path: (id) => `/documents/${id}/dispatch-preview`,
  },
  {
    kind: 'document',
    method: 'post',
    declared: '/documents/:id/dispatch',
    path: (id) => `/documents/${id}/dispatch`,
    body: () => ({}),
  },
  {
    kind: 'document',
    method: 'get',
    declared: '/documents/:id/compliance',
    path: (id) => `/documents/${id}/compliance`,
  },
  {
    kind: 'document',
    method: 'get',
    declared: '/documents/:id/compliance/:unitId',
    // Any unit: the directive is checked first, so a caller who may not see it learns nothing of the unit.
    path: (id) => `/documents/${id}/compliance/00000000-0000-4000-8000-000000000001`,
  },
  { kind: 'document', method: 'post', declared: '/documents/:id/retry', path: (id) => `/documents/${id}/retry` },
  { kind: 'document', method: 'delete', declared: '/documents/:id', path: (id) => `/documents/${id}` },
  {
    kind: 'document',
    method: 'post',
    declared: '/documents/:id/take-back/accept',
    path: (id) => `/documents/${id}/take-back/accept`,
    body: () => ({}),
  },
  {
    kind: 'document',
    method: 'post',
    declared: '/documents/:id/take-back/refuse',
    path: (id) => `/documents/${id}/take-back/refuse`,
    body: () => ({ reason: 'Văn bản đã được giao việc' }),
  },
  {
    kind: 'document',
    method: 'post',
    declared: '/documents/:id/remind',
    path: (id) => `/documents/${id}/remind`,
    body: () => ({ scope: 'unreported' }),
  },
  {
    kind: 'document',
    method: 'post',
    declared: '/replies/drafts/summary',
    path: () => '/replies/drafts/summary',
    body: (id) => ({ documentId: id }),
  },
  {
    kind: 'document',
    method: 'post',
    declared: '/replies/drafts/reminder',
    path: () => '/replies/drafts/reminder',
    body: (id) => ({ documentId: id }),
  },
  { kind: 'task', method: 'get', declared: '/tasks/:id', path: (id) => `/tasks/${id}` },
  {
    kind: 'task',
    method: 'post',
    declared: '/tasks/:id/responses',
    path: (id) => `/tasks/${id}/responses`,
    multipart: true,
  },
  { kind: 'task', method: 'post', declared: '/tasks/:id/close', path: (id) => `/tasks/${id}/close` },
  { kind: 'task', method: 'post', declared: '/tasks/:id/accept', path: (id) => `/tasks/${id}/accept` },
  {
    kind: 'task',
    method: 'post',
    declared: '/tasks/:id/return',
    path: (id) => `/tasks/${id}/return`,
    body: () => ({ reason: 'Báo cáo chưa đủ số liệu' }),
  },
  {
    kind: 'task',
    method: 'post',
    declared: '/replies/drafts/unit-report',
    path: () => '/replies/drafts/unit-report',
    body: (id) => ({ taskId: id }),
  },
  { kind: 'reply', method: 'get', declared: '/replies/:id', path: (id) => `/replies/${id}` },
  { kind: 'reply', method: 'get', declared: '/replies/:id/preview', path: (id) => `/replies/${id}/preview` },
  { kind: 'reply', method: 'get', declared: '/replies/:id/pdf', path: (id) => `/replies/${id}/pdf` },
  { kind: 'reply', method: 'get', declared: '/replies/:id/docx', path: (id) => `/replies/${id}/docx` },
  {
    kind: 'reply',
    method: 'patch',
    declared: '/replies/:id',
    path: (id) => `/replies/${id}`,
    body: () => ({ model: { subject: 'Sửa đổi' } }),
  },
  { kind: 'reply', method: 'post', declared: '/replies/:id/submit', path: (id) => `/replies/${id}/submit` },
  {
    kind: 'reply',
    method: 'post',
    declared: '/replies/:id/return',
    path: (id) => `/replies/${id}/return`,
    body: () => ({ reason: 'Đề nghị sửa lại' }),
  },
  {
    kind: 'reply',
    method: 'post',
    declared: '/replies/:id/sign',
    path: (id) => `/replies/${id}/sign`,
    multipart: true,
  },
  { kind: 'reply', method: 'post', declared: '/replies/:id/issue', path: (id) => `/replies/${id}/issue` },
  {
    kind: 'reply',
    method: 'post',
    declared: '/replies/:id/edxml/take-back',
    path: (id) => `/replies/${id}/edxml/take-back`,
    body: () => ({ reason: 'Gửi nhầm văn bản' }),
  },
];

/** Objects an account can see, but on which it may not do this: the exact 403s of the walk. */
const SEEN_BUT_NOT_ACTIONABLE: Array<[account: string, declared: string, object: string]> = [
  ['unitLeaderA', '/documents/:id/compliance', 'docA'],
  ['unitLeaderA', '/documents/:id/remind', 'docA'],
  ['unitLeaderA', '/tasks/:id/accept', 'taskA1'],
  ['unitLeaderA', '/tasks/:id/return', 'taskA1'],
  ['unitLeaderB', '/documents/:id/compliance', 'docB'],
  ['unitLeaderB', '/documents/:id/remind', 'docB'],
  ['unitLeaderB', '/tasks/:id/accept', 'taskB1'],
  ['unitLeaderB', '/tasks/:id/return', 'taskB1'],
];

describe('object-level access: every id route with the ids of another unit and another organisation (HTTP, real PostgreSQL)', () => {
  let app: TestApp;
  let routes: Route[];
  const ids: Record<string, string> = {};
  const units: Record<string, string> = {};
  const accounts: Record<string, Account> = {};
  const p12 = makeTestCertificate('Nguyen Van Lanh Dao', 'mat-khau-ky');
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const call = (account: Account, route: IdRoute, id: string) => {
    const http = app.http();
    const request = http[route.method](route.path(id)).set(auth(account.token));
    if (route.multipart && route.kind === 'reply')
      return request.attach('certificate', p12, 'chu-ky.p12').field('passphrase', 'mat-khau-ky');
    if (route.multipart) return request.field('text', 'Đơn vị đã thực hiện xong.');
    return route.body ? request.send(route.body(id)) : request;
  };
  const allowed = (role: Role, declared: string, method: string) =>
    routes.find((r) => r.path === declared && r.method === method.toUpperCase())!.roles.includes(role);

  async function seedDirective(org: Org): Promise<string> {
    const o = ORGS[org];
    const base = sample(o.sample);
    const directive = {
      ...base,
      recipients: [o.line],
      requirements: [
        {
          ref: '1',
          text: 'Rà soát, thay đổi mật khẩu các tài khoản và báo cáo kết quả',
          deadlines: [{ kind: 'absolute', date: addDays(vietnamToday(), 10), text: 'chậm nhất mười ngày nữa' }],
          assignees: [],
          reportTo: [],
        },
      ],
    };
    // organisation: the clerk's organisation, as an upload by that clerk records it.
    const documentId = await app.confirmedDirective(directive, {
      originalName: `cong-van-${org}.pdf`,
      organisation: o.body.split('.')[0],
    });
    await app
      .http()
      .post(`/documents/${documentId}/dispatch`)
      .set(auth(accounts[`clerk${org}`].token))
      .send({ lines: [{ line: o.line, unitIds: [units[`${org}1`], units[`${org}2`]] }] })
      .expect(200);
    return documentId;
  }

  beforeAll(async () => {
    app = await startTestApp();
    routes = listRoutes(app);
    for (const org of ['A', 'B'] as const) {
      const o = ORGS[org];
      for (const [key, code] of [
        ['body', o.body],
        ['1', o.unit1],
        ['2', o.unit2],
      ])
        units[`${org}${key}`] = await app.unitId(code);
      const make = async (name: string, role: Role, unit: string, sees: string[]) =>
        (accounts[`${name}${org}`] = {
          name: `${name}${org}`,
          role,
          token: await app.signIn(role, unit),
          sees: new Set(sees.map((key) => key.replace(/^(doc|replyBody)$|^(task|reply)([12])$/, `$1$2${org}$3`))),
        });
      await make('clerk', 'clerk', o.office, ['doc', 'task1', 'task2', 'reply1', 'reply2', 'replyBody']);
      await make('bodyLeader', 'leader', o.body, ['doc', 'task1', 'task2', 'replyBody']);
      await make('unitLeader', 'leader', o.unit1, ['doc', 'task1', 'reply1']);
      await make('admin1', 'unit_admin', o.unit1, ['task1', 'reply1']);
      await make('admin2', 'unit_admin', o.unit2, ['task2', 'reply2']);
    }
    accounts.sysadmin = {
      name: 'sysadmin',
      role: 'system_admin',
      token: await app.signIn('system_admin'),
      sees: new Set(),
    };

    for (const org of ['A', 'B'] as const) {
      ids[`doc${org}`] = await seedDirective(org);
      for (const n of ['1', '2'] as const) {
        const [task] = await app.dataSource.query(`SELECT id FROM task WHERE document_id = $1 AND unit_id = $2`, [
          ids[`doc${org}`],
          units[`${org}${n}`],
        ]);
        ids[`task${org}${n}`] = task.id;
      }
      // Replies as their authors leave them (rendering is covered by the replies tests): the
      // unit's report of unit 1 a draft, of unit 2 submitted; the body's summary submitted.
      const seedReply = (issuer: string, kind: string, status: string) =>
        app.dataSource
          .getRepository(ReplyDocument)
          .save({
            kind: kind as 'unit_report',
            system: org === 'A' ? ('state' as const) : ('party' as const),
            documentId: ids[`doc${org}`],
            issuerUnitId: units[issuer],
            docType: 'BC',
            model: { subject: 'về việc rà soát, thay đổi mật khẩu' },
            status: status as 'draft',
            createdById: null,
          })
          .then((reply) => reply.id);
      ids[`reply${org}1`] = await seedReply(`${org}1`, 'unit_report', 'draft');
      ids[`reply${org}2`] = await seedReply(`${org}2`, 'unit_report', 'submitted');
      ids[`replyBody${org}`] = await seedReply(`${org}body`, 'summary_report', 'submitted');
    }
    accounts.sysadmin.sees = new Set(Object.keys(ids));
  });

  afterAll(() => app.close());

  const kindOf = (key: string): Kind =>
    key.startsWith('doc') ? 'document' : key.startsWith('task') ? 'task' : 'reply';

  it('seeded what it walks: two documents, four tasks, six replies, eleven accounts', () => {
    expect(Object.keys(ids).sort()).toEqual(
      ['docA', 'docB', 'replyA1', 'replyA2', 'replyB1', 'replyB2', 'replyBodyA', 'replyBodyB']
        .concat(['taskA1', 'taskA2', 'taskB1', 'taskB2'])
        .sort(),
    );
    expect(accounts.unitLeaderA.sees).toEqual(new Set(['docA', 'taskA1', 'replyA1']));
    expect(accounts.clerkB.sees).toEqual(new Set(['docB', 'taskB1', 'taskB2', 'replyB1', 'replyB2', 'replyBodyB']));
    expect(Object.keys(accounts)).toHaveLength(11);
  });

  it('hides every object of another unit or organisation behind 404 (403 where the role may not call the route)', async () => {
    const wrong: string[] = [];
    let calls = 0;
    for (const account of Object.values(accounts))
      for (const [key, id] of Object.entries(ids)) {
        if (account.sees.has(key)) continue;
        for (const route of ID_ROUTES.filter((r) => r.kind === kindOf(key))) {
          const expected = allowed(account.role, route.declared, route.method) ? 404 : 403;
          const { status } = await call(account, route, id);
          calls++;
          if (status !== expected)
            wrong.push(
              `${account.name} ${route.method.toUpperCase()} ${route.declared} ${key}: ${status} (expected ${expected})`,
            );
        }
      }
    expect(calls).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it('refuses with 403 what a caller may see but not do', async () => {
    const wrong: string[] = [];
    for (const [name, declared, key] of SEEN_BUT_NOT_ACTIONABLE) {
      const route = ID_ROUTES.find((r) => r.declared === declared)!;
      const { status } = await call(accounts[name], route, ids[key]);
      if (status !== 403) wrong.push(`${name} ${declared} ${key}: ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('shows each caller its own objects (the ids walked are real)', async () => {
    const reads = ID_ROUTES.filter(
      (r) =>
        r.method === 'get' &&
        ['/documents/:id', '/documents/:id/directive', '/tasks/:id', '/replies/:id'].includes(r.declared),
    );
    const wrong: string[] = [];
    for (const account of Object.values(accounts))
      for (const key of account.sees)
        for (const route of reads.filter((r) => r.kind === kindOf(key) && allowed(account.role, r.declared, 'get'))) {
          const { status } = await call(account, route, ids[key]);
          if (status !== 200) wrong.push(`${account.name} GET ${route.declared} ${key}: ${status}`);
        }
    expect(wrong).toEqual([]);
  });

  it('lists exactly what each caller may see: documents, tasks, the register, replies', async () => {
    const keyOf = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    for (const account of Object.values(accounts)) {
      const sees = (kind: Kind) => [...account.sees].filter((key) => kindOf(key) === kind).sort();
      const listed = async (path: string) => {
        const { body } = await app.http().get(path).set(auth(account.token)).expect(200);
        // The register and task lists are pages ({ items, total }); replies a plain list.
        const rows = (Array.isArray(body) ? body : body.items) as Array<{ id: string }>;
        if (!Array.isArray(body)) expect(body.total).toBe(rows.length);
        return rows.map((row) => keyOf.get(row.id) ?? `other:${row.id}`).sort();
      };
      if (allowed(account.role, '/documents', 'get'))
        expect([account.name, await listed('/documents')]).toEqual([account.name, sees('document')]);
      expect([account.name, await listed('/tasks')]).toEqual([account.name, sees('task')]);
      expect([account.name, await listed('/replies')]).toEqual([account.name, sees('reply')]);
      const csv = await app.http().get('/tasks/register.csv').set(auth(account.token)).expect(200);
      expect([account.name, csv.text.trim().split('\r\n').length - 1]).toEqual([account.name, sees('task').length]);
      for (const org of ['A', 'B'] as const) {
        const filtered = await listed(`/tasks?documentId=${ids[`doc${org}`]}`);
        expect([account.name, filtered]).toEqual([
          account.name,
          sees('task').filter((key) => key.startsWith(`task${org}`)),
        ]);
      }
    }
  });

  const newReply = (account: string, extra: Record<string, unknown>) =>
    app
      .http()
      .post('/replies')
      .set(auth(accounts[account].token))
      .send({
        kind: 'unit_report',
        system: 'state',
        docType: 'BC',
        model: sampleReplyModel('unit_report', 'state'), // a reply model (a directive is not one: no citation)
        ...extra,
      });

  it('refuses a reply in the name of a body the caller may not act for, or of a unit that does not exist', async () => {
    const statuses = {
      otherUnit: (await newReply('admin1A', { issuerUnitId: units.A2 })).status,
      ownBody: (await newReply('admin1A', { issuerUnitId: units.Abody })).status,
      otherOrgUnit: (await newReply('admin1A', { issuerUnitId: units.B1 })).status,
      unknownUnit: (await newReply('admin1A', { issuerUnitId: randomUUID() })).status,
      otherOrgDocument: (await newReply('admin1A', { documentId: ids.docB })).status,
      otherUnitsDocument: (await newReply('admin1B', { documentId: ids.docA })).status,
      clerkOtherOrgBody: (await newReply('clerkA', { issuerUnitId: units.Bbody })).status,
      clerkUnknownUnit: (await newReply('clerkA', { issuerUnitId: randomUUID() })).status,
      clerkWithoutIssuer: (await newReply('clerkA', {})).status,
      leader: (await newReply('bodyLeaderA', { issuerUnitId: units.Abody })).status,
    };
    expect(statuses).toEqual({
      otherUnit: 403,
      ownBody: 403,
      otherOrgUnit: 403,
      unknownUnit: 422,
      otherOrgDocument: 404,
      otherUnitsDocument: 404,
      clerkOtherOrgBody: 403,
      clerkUnknownUnit: 422,
      clerkWithoutIssuer: 422,
      leader: 403,
    });
    // Nor may a clerk send its directive's work to another organisation's units.
    const dispatch = await app
      .http()
      .post(`/documents/${ids.docA}/dispatch`)
      .set(auth(accounts.clerkA.token))
      .send({ lines: [{ line: ORGS.A.line, unitIds: [units.A1, units.B1] }] });
    expect([dispatch.status, dispatch.body.code, dispatch.body.details]).toEqual([
      422,
      'UNKNOWN_UNITS',
      { unitIds: [units.B1] },
    ]);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM reply_document`);
    expect(count).toBe(6);
  });

  // Renders the draft: needs the Liberation fonts the replies tests need.
  it("derives a unit admin's issuer from its unit; a clerk names a body of its organisation", async () => {
    const derived = await newReply('admin2A', { documentId: ids.docA });
    expect([derived.status, derived.body.issuerUnitId]).toEqual([201, units.A2]);
    const own = await newReply('admin1A', { issuerUnitId: units.A1 });
    expect([own.status, own.body.issuerUnitId]).toEqual([201, units.A1]);
    const clerk = await newReply('clerkA', { issuerUnitId: units.Abody, documentId: ids.docA });
    expect([clerk.status, clerk.body.issuerUnitId]).toEqual([201, units.Abody]);
  });

  it("offers each organisation its own templates and the shared ones; another's is a 404 when used", async () => {
    const template = (name: string, organisation: string) =>
      app.dataSource
        .getRepository(ReplyTemplate)
        .save({
          name,
          kind: 'unit_report' as const,
          system: 'state' as const,
          source: '{{> header-state}}',
          organisation,
        })
        .then((saved) => saved.id);
    const templates = {
      shared: await template('Mẫu chung', ''),
      A: await template('Mẫu Đống Đa', 'dongda'),
      B: await template('Mẫu Mỹ Đức', 'myduc'),
    };
    const names = new Map(Object.entries(templates).map(([key, id]) => [id, key]));
    const listed = async (account: string) =>
      (
        (await app.http().get('/templates').set(auth(accounts[account].token)).expect(200)).body as Array<{
          id: string;
        }>
      )
        .map((t) => names.get(t.id))
        .sort();
    expect({
      clerkA: await listed('clerkA'),
      admin1B: await listed('admin1B'),
      unitLeaderA: await listed('unitLeaderA'),
      sysadmin: await listed('sysadmin'),
    }).toEqual({
      clerkA: ['A', 'shared'],
      admin1B: ['B', 'shared'],
      unitLeaderA: ['A', 'shared'],
      sysadmin: ['A', 'B', 'shared'],
    });
    const foreign = await newReply('admin1A', { templateId: templates.B });
    expect([foreign.status, foreign.body.code]).toEqual([404, 'REPLY_TEMPLATE_NOT_FOUND']);
  });

  it('every role is covered by the walk', () => {
    expect(new Set(Object.values(accounts).map((a) => a.role))).toEqual(new Set(ROLES));
  });
});
