import { readFileSync } from 'node:fs';
import { Document } from '@congvan/documents';
import { sampleReplyModel } from '@congvan/rendering';
import { addDays, Task, TaskEvent, TaskTransferService, vietnamToday } from '@congvan/tasking';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const HANOI_2025 = new URL('../../samples/org/two-level-2025/hanoi-2025-07.json', import.meta.url);
const NEW_COMMUNES = ['hong-son', 'huong-son', 'my-duc', 'phuc-son'];

/**
 * The reorganisation of 1 July 2025 over HTTP on real PostgreSQL: the 2024 sample registries are
 * seeded, the Hà Nội two-level registry is imported with its successor links, then a 2026 directive
 * goes to the new communes and wards, and a 2024 directive's tasks go to the successors of the
 * units it addressed, saying so.
 */
describe('two-level local government: registry import, 2026 and 2024 directives (HTTP, real PostgreSQL)', () => {
  let app: TestApp;
  let admin: string;
  let clerk: string;
  const today = vietnamToday();
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  /** A confirmed directive (OCR and review are covered by directive-flow). */
  async function confirmedDirective(directive: Record<string, unknown>): Promise<string> {
    return app.confirmedDirective(directive, { originalName: 'Công văn.pdf' });
  }

  const requirement = {
    ref: '1',
    text: 'Rà soát, thay đổi mật khẩu các tài khoản thư điện tử công vụ',
    deadlines: [{ kind: 'absolute', date: addDays(today, 10), text: 'xong trước mười ngày nữa' }],
    assignees: [],
    reportTo: [],
  };

  // Open work of Đảng ủy xã An Mỹ from before the merger, made while the 2024 registry was current.
  let openBeforeMerger: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.signIn('system_admin');
    clerk = await app.signIn('clerk');
    const documentId = await confirmedDirective({
      date: '2024-08-05',
      issuer: { name: 'HUYỆN ỦY MỸ ĐỨC' },
      recipients: ['Đảng ủy xã An Mỹ'],
      requirements: [requirement],
    });
    await app.dataSource.getRepository(Document).update(documentId, { status: 'tasked' });
    const task = await app.dataSource.getRepository(Task).save({
      documentId,
      requirementRef: '1',
      requirementText: requirement.text,
      unitId: await app.unitId('myduc.dang-uy.an-my'),
      recipientLine: 'Đảng ủy xã An Mỹ',
      dueOn: addDays(today, 10),
      deadlineText: 'xong trước mười ngày nữa',
    });
    openBeforeMerger = task.id;
  });

  afterAll(() => app.close());

  it('imports the new registry: new units, successor links, ended district bodies', async () => {
    const file = JSON.parse(readFileSync(HANOI_2025, 'utf8')) as { units: unknown[]; ended: unknown[] };
    const res = await app
      .http()
      .post('/units/import')
      .set(auth(admin))
      .attach('file', readFileSync(HANOI_2025), 'hanoi-2025-07.json')
      .expect(200);
    const replaced = (file.units as Array<{ replaces?: string[] }>).flatMap((u) => u.replaces ?? []);
    expect(res.body).toEqual({
      created: file.units.length,
      updated: 0,
      succeeded: replaced.length,
      ended: file.ended.length,
    });

    const units: Array<{
      code: string;
      validTo: string | null;
      successorCode: string | null;
      successorSince: string | null;
    }> = (await app.http().get('/units').set(auth(admin)).expect(200)).body;
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(byCode.get('myduc.dang-uy.an-my')).toMatchObject({
      validTo: '2025-06-30',
      successorCode: 'hanoi.dang-uy.hong-son',
      successorSince: '2025-07-01',
    });
    // A chain: Đốc Tín → Vạn Tín (1 January 2025) → Hương Sơn (1 July 2025).
    expect(byCode.get('myduc.xa.doc-tin')).toMatchObject({ validTo: '2024-12-31', successorCode: 'myduc.xa.van-tin' });
    expect(byCode.get('myduc.xa.van-tin')).toMatchObject({
      validTo: '2025-06-30',
      successorCode: 'hanoi.xa.huong-son',
    });
    expect(byCode.get('myduc.huyen-uy')).toMatchObject({ validTo: '2025-06-30', successorCode: null });

    // Exported and imported again, the registry is unchanged (successor links by code).
    const csv = (await app.http().get('/units/export?format=csv').set(auth(admin)).expect(200)).text;
    expect(csv.split('\r\n')[0]).toBe(
      'code,name,kind,parent_code,head_title,aliases,valid_from,valid_to,identifier,successor_code,successor_since,replaces',
    );
    const again = await app
      .http()
      .post('/units/import')
      .set(auth(admin))
      .attach('file', Buffer.from(csv), 'danh-muc.csv')
      .expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: units.length });
    const after: typeof units = (await app.http().get('/units').set(auth(admin)).expect(200)).body;
    expect(after).toEqual(units);
  });

  it('moves open work of a merged unit to its successor, saying so on the task and in its history', async () => {
    expect(await app.running.app.get(TaskTransferService).transferMergedTasks()).toBe(1);
    const task = await app.dataSource.getRepository(Task).findOneByOrFail({ id: openBeforeMerger });
    expect(task.unitId).toBe(await app.unitId('hanoi.dang-uy.hong-son'));
    expect(task.transferNote).toBe(
      'Văn bản gửi Đảng ủy xã An Mỹ; giao Đảng ủy xã Hồng Sơn, đơn vị kế thừa từ ngày 01/07/2025.',
    );
    const events = await app.dataSource.getRepository(TaskEvent).findBy({ taskId: openBeforeMerger });
    expect(events.map((e) => e.reason)).toContain(task.transferNote);
    // The successor's admin now sees it; run again, nothing moves.
    const hongSon = await app.signIn('unit_admin', 'hanoi.dang-uy.hong-son');
    const seen = (await app.http().get(`/tasks/${openBeforeMerger}`).set(auth(hongSon)).expect(200)).body;
    expect(seen.task.transferNote).toBe(task.transferNote);
    expect(await app.running.app.get(TaskTransferService).transferMergedTasks()).toBe(0);
  });

  it('refuses a registry whose successor is nowhere, naming it', async () => {
    const res = await app
      .http()
      .post('/units/import')
      .set(auth(admin))
      .attach(
        'file',
        Buffer.from(
          JSON.stringify({
            units: [
              {
                code: 'hanoi.xa.khong-co',
                name: 'Ủy ban nhân dân xã Không Có',
                kind: 'commune',
                validFrom: '2025-07-01',
                replaces: ['myduc.xa.khong-ton-tai'],
              },
            ],
          }),
        ),
        'sai.json',
      )
      .expect(422);
    expect(res.body).toMatchObject({
      code: 'INVALID_REGISTRY_FILE',
      message: expect.stringContaining('myduc.xa.khong-ton-tai'),
    });
  });

  it('dispatches a 2026 state directive to the new communes and wards', async () => {
    const documentId = await confirmedDirective({
      date: '2026-02-10',
      issuer: { name: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI' },
      recipients: ['Chủ tịch UBND các xã, phường'],
      requirements: [requirement],
    });
    const preview = (await app.http().get(`/documents/${documentId}/dispatch-preview`).set(auth(clerk)).expect(200))
      .body;
    expect(preview.lines[0].flags).toEqual([]);
    expect(preview.transfers).toEqual([]);
    const codes: string[] = preview.lines[0].groups[0].codes;
    expect(codes.sort()).toEqual(
      [
        ...NEW_COMMUNES.map((c) => `hanoi.xa.${c}`),
        ...['dong-da', 'van-mieu-quoc-tu-giam', 'kim-lien', 'lang', 'o-cho-dua'].map((c) => `hanoi.phuong.${c}`),
      ].sort(),
    );
    const dispatched = await app.http().post(`/documents/${documentId}/dispatch`).set(auth(clerk)).send({}).expect(200);
    expect(dispatched.body.created).toBe(9);
  });

  it('dispatches a 2026 Party directive to the new Đảng ủy, and finds no district left to address', async () => {
    const documentId = await confirmedDirective({
      date: '2026-03-02',
      issuer: { name: 'Thành ủy Hà Nội' },
      recipients: ['Đảng ủy các xã, phường', 'Ban Thường vụ các Huyện ủy'],
      requirements: [requirement],
    });
    const preview = (await app.http().get(`/documents/${documentId}/dispatch-preview`).set(auth(clerk)).expect(200))
      .body;
    expect(preview.lines[0].flags).toEqual([]);
    expect(preview.lines[0].groups[0].codes).toHaveLength(9);
    expect(preview.lines[0].groups[0].codes.every((c: string) => c.startsWith('hanoi.dang-uy.'))).toBe(true);
    expect(preview.lines[1].flags.map((f: { code: string }) => f.code)).toContain('UNMATCHED');
  });

  it('sends the tasks of a 2024 directive to the successors of the units it addressed, and says so', async () => {
    const documentId = await confirmedDirective({
      date: '2024-08-05',
      issuer: { name: 'HUYỆN ỦY MỸ ĐỨC' },
      recipients: ['Đảng ủy các xã, thị trấn'],
      requirements: [requirement],
    });
    const preview = (await app.http().get(`/documents/${documentId}/dispatch-preview`).set(auth(clerk)).expect(200))
      .body;
    // Resolved as the registry stood on 5 August 2024: the 22 Đảng ủy of that day.
    expect(preview.lines[0].groups[0].codes).toHaveLength(22);
    expect(preview.lines[0].flags).toEqual([]);
    expect(preview.plannedTasks).toBe(4);

    const dispatched = await app.http().post(`/documents/${documentId}/dispatch`).set(auth(clerk)).send({}).expect(200);
    expect(dispatched.body.created).toBe(4);

    const hongSon = await app.signIn('unit_admin', 'hanoi.dang-uy.hong-son');
    const [task] = (await app.http().get(`/tasks?documentId=${documentId}`).set(auth(hongSon)).expect(200)).body.items;
    expect(task.transferNote).toBe(
      'Văn bản gửi Đảng ủy xã An Mỹ, Đảng ủy xã Hồng Sơn, Đảng ủy xã Hợp Tiến, Đảng ủy xã Lê Thanh, Đảng ủy xã Phùng Xá, Đảng ủy xã Xuy Xá; giao Đảng ủy xã Hồng Sơn, đơn vị kế thừa từ ngày 01/07/2025.',
    );
    const huongSon = await app.signIn('unit_admin', 'hanoi.dang-uy.huong-son');
    const [chained] = (await app.http().get(`/tasks?documentId=${documentId}`).set(auth(huongSon)).expect(200)).body
      .items;
    expect(chained.transferNote).toContain('Đảng ủy xã Đốc Tín');
    expect(chained.transferNote).toContain('Đảng ủy xã Vạn Kim');
    const detail = (await app.http().get(`/tasks/${chained.id}`).set(auth(huongSon)).expect(200)).body;
    expect(detail.task.transferNote).toBe(chained.transferNote);
  });

  it('stops a 2024 directive whose wards have no successor, naming them, until the clerk chooses', async () => {
    const line = 'Chủ tịch UBND 21 phường thuộc quận';
    const documentId = await confirmedDirective({
      date: '2024-01-15',
      issuer: { name: 'ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA' },
      recipients: [line],
      requirements: [requirement],
    });
    const preview = (await app.http().get(`/documents/${documentId}/dispatch-preview`).set(auth(clerk)).expect(200))
      .body;
    expect(preview.lines[0].groups[0].codes).toHaveLength(21);
    const noSuccessor = preview.lines[0].flags.find((f: { code: string }) => f.code === 'NO_SUCCESSOR');
    expect(noSuccessor.units).toContain('Ủy ban nhân dân phường Cát Linh');
    expect(noSuccessor.units).not.toContain('Ủy ban nhân dân phường Thịnh Quang');
    expect(preview.transfers.map((t: { note: string }) => t.note)).toEqual(
      expect.arrayContaining([expect.stringContaining('giao Ủy ban nhân dân phường Đống Đa')]),
    );
    const refused = await app.http().post(`/documents/${documentId}/dispatch`).set(auth(clerk)).send({}).expect(409);
    expect(refused.body.code).toBe('RECIPIENT_GROUP_UNRESOLVED');

    // The clerk sends the line to the new wards it knows; the old wards with a successor go there.
    const chosen = await Promise.all(
      ['dongda.ward.thinh-quang', 'dongda.ward.van-chuong', 'hanoi.phuong.kim-lien'].map((c) => app.unitId(c)),
    );
    const dispatched = await app
      .http()
      .post(`/documents/${documentId}/dispatch`)
      .set(auth(clerk))
      .send({ lines: [{ line, unitIds: chosen }] })
      .expect(200);
    expect(dispatched.body.created).toBe(3);
  });

  const waitForStatus = (id: string, statuses: string[]): Promise<{ status: string; failure: unknown }> =>
    app.documentWhen(clerk, id, (d) => statuses.includes(d.status));

  it.each([
    [
      'hanoi-2026-02-ubnd-chuyendoiso',
      { system: 'state', symbol: 'UBND-KGVX', date: '2026-02-10' },
      (code: string) => /^hanoi\.(xa|phuong)\.[a-z-]+$/.test(code),
    ],
    [
      'hanoi-2026-09-thanhuy-matkhau',
      {
        system: 'party',
        symbol: 'CV/TU',
        date: '2026-09-01',
        subject: 'rà soát, thay đổi mật khẩu tài khoản hệ thống thông tin',
      },
      (code: string) => code.startsWith('hanoi.dang-uy.'),
    ],
  ])('reads the new-era sample %s from its PDF and dispatches it to the 9 new units', async (id, fields, isTarget) => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach(
        'file',
        readFileSync(new URL(`../../samples/directives/${id}/scan-born-digital.pdf`, import.meta.url)),
        `${id}.pdf`,
      )
      .expect(201);
    expect(await waitForStatus(upload.body.id, ['extracted', 'failed'])).toMatchObject({ status: 'extracted' });
    const { body: draft } = await app.http().get(`/documents/${upload.body.id}/directive`).set(auth(clerk)).expect(200);
    expect(draft.extracted).toMatchObject(fields);
    await app.http().post(`/documents/${upload.body.id}/confirm`).set(auth(clerk)).expect(200);
    const preview = (await app.http().get(`/documents/${upload.body.id}/dispatch-preview`).set(auth(clerk)).expect(200))
      .body;
    const codes: string[] = preview.lines.flatMap((l: { groups: Array<{ codes: string[] }> }) =>
      l.groups.flatMap((g) => g.codes),
    );
    expect(codes).toHaveLength(9);
    expect(codes.every(isTarget)).toBe(true);
    const dispatched = await app
      .http()
      .post(`/documents/${upload.body.id}/dispatch`)
      .set(auth(clerk))
      .send({})
      .expect(200);
    expect(dispatched.body.created).toBe(18); // two requirements × nine units
  });

  it('refuses a Party reply type the issuer may not issue under QĐ 399, and keeps HD 36 where an organisation pinned it', async () => {
    const registry = {
      units: [
        {
          code: 'hanoi.chi-bo.duc-khe',
          name: 'Chi bộ thôn Đục Khê',
          kind: 'party_committee',
          parentCode: 'hanoi.dang-uy.huong-son',
          headTitle: 'Bí thư',
          validFrom: '2025-07-01',
        },
      ],
    };
    // The parent is already in the registry, not in the file.
    const units: Array<Record<string, unknown>> = (await app.http().get('/units').set(auth(admin)).expect(200)).body;
    await app
      .http()
      .post('/units/import')
      .set(auth(admin))
      .attach('file', Buffer.from(JSON.stringify(registry)), 'chi-bo.json')
      .expect(200);
    expect(units.some((u) => u.code === 'hanoi.chi-bo.duc-khe')).toBe(false);
    const chiBo = await app.unitId('hanoi.chi-bo.duc-khe');
    const model = { ...sampleReplyModel('unit_report', 'party'), date: '2026-09-14' };
    const refused = await app
      .http()
      .post('/replies')
      .set(auth(admin))
      .send({ kind: 'unit_report', system: 'party', issuerUnitId: chiBo, docType: 'HD', model })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'DOCUMENT_TYPE_NOT_ALLOWED',
      message:
        'Chi bộ thôn Đục Khê không được ban hành hướng dẫn (HD). Quy định 399-QĐ/TW (thẩm quyền ban hành): chi bộ không ban hành quy định, hướng dẫn.',
    });
    await app
      .http()
      .post('/replies')
      .set(auth(admin))
      .send({ kind: 'unit_report', system: 'party', issuerUnitId: chiBo, docType: 'BC', model })
      .expect(201);

    // Thành ủy Hà Nội pins HD 36: a 2026 công văn of a unit under it is still "V/v …" and ends "./.".
    const thanhUy = units.find((u) => u.code === 'hanoi.thanh-uy')!;
    const { id: _thanhUyId, ...thanhUyRow } = thanhUy;
    await app
      .http()
      .post('/units/import')
      .set(auth(admin))
      .attach(
        'file',
        Buffer.from(JSON.stringify({ units: [{ ...thanhUyRow, formatOverrides: { party: 'hd36' } }] })),
        'tu.json',
      )
      .expect(200);
    const reminder = { ...sampleReplyModel('reminder', 'party'), date: '2026-09-14' };
    const pinned = await app
      .http()
      .post('/replies')
      .set(auth(admin))
      .send({ kind: 'reminder', system: 'party', issuerUnitId: chiBo, docType: 'CV', model: reminder })
      .expect(201);
    expect(pinned.body.model.format).toBe('hd36');
    const html = (await app.http().get(`/replies/${pinned.body.id}/preview`).set(auth(admin)).expect(200)).text;
    expect(html).toContain('format-hd36');
    expect(html).toContain('V/v đôn đốc');
    // Without the pin, the same date gives HD 05.
    const hongSon = await app.unitId('hanoi.dang-uy.hong-son');
    await app
      .http()
      .post('/units/import')
      .set(auth(admin))
      .attach('file', Buffer.from(JSON.stringify({ units: [{ ...thanhUyRow, formatOverrides: {} }] })), 'tu.json')
      .expect(200);
    const byDate = await app
      .http()
      .post('/replies')
      .set(auth(admin))
      .send({ kind: 'reminder', system: 'party', issuerUnitId: hongSon, docType: 'CV', model: reminder })
      .expect(201);
    expect(byDate.body.model.format).toBeNull();
    const html05 = (await app.http().get(`/replies/${byDate.body.id}/preview`).set(auth(admin)).expect(200)).text;
    expect(html05).toContain('format-hd05');
    expect(html05).toContain('về việc đôn đốc');
  });
});
