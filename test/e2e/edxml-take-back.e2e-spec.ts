import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStatusEdxml, parseEdxml, parseStatusEdxml } from '@congvan/edxml';
import { ComplianceService, HorizonService, ReplyMatch } from '@congvan/tasking';
import { EDXML_LIMITS as limits, issuedAnMyReport, myducDirectivePackage, sample } from '../setup/edxml-fixtures.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** Mã định danh (Quyết định 20/2020/QĐ-TTg) given to two Mỹ Đức units through the registry import. */
const IDS = { myduc: '000.00.12.H26', anMy: '000.12.34.H26' };

describe('taking exchanged documents back (status 13, 15, 16) and organ identifiers in packages (HTTP, real PostgreSQL)', () => {
  let app: TestApp;
  let clerk: string;
  let admin: string;
  let outbox: string;
  let directiveId: string;
  let directiveDocumentId: string;
  let replyId: string;
  let exportedDocumentId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    // The folder transport's default outbox, under the app's data folder (removed with it).
    outbox = join(app.dataDir, 'edxml-outbox');
    clerk = await app.signIn('clerk', 'myduc.van-phong-huyen-uy');
    admin = await app.signIn('system_admin');
  });

  afterAll(() => app.close());

  let anMy: string;
  let anMyAdmin: string;
  let closedTaskId: string;
  let taskCount: number;

  /**
   * Confirms the received directive and gives it to the units its Kính gửi names; An Mỹ answers
   * one of its tasks and closes it, the others stay open (and are overdue: the deadlines are in 2024).
   */
  const dispatchAndAnswer = async () => {
    const dispatched = await app.dispatchAsPreviewed(clerk, directiveId);
    taskCount = dispatched.created;
    anMy = await app.unitId('myduc.dang-uy.an-my');
    anMyAdmin = await app.signIn('unit_admin', 'myduc.dang-uy.an-my');
    const { body: mine } = await app.http().get('/tasks').set(auth(anMyAdmin)).expect(200);
    expect(mine.items.length).toBeGreaterThan(1);
    closedTaskId = mine.items[0].id;
    await app.answerTask(anMyAdmin, closedTaskId, 'Đã triển khai tới các chi bộ.');
    await app.http().post(`/tasks/${closedTaskId}/close`).set(auth(anMyAdmin)).expect(200);
    const { body: before } = await app.http().get('/worklist').set(auth(anMyAdmin)).expect(200);
    expect(before.overdue).toBeGreaterThan(0);
    await deliver();
  };

  const deliver = async () => (await app.http().post('/edxml/outbox/deliver').set(auth(clerk)).expect(200)).body;
  const sentFile = (name: string) => readFileSync(join(outbox, name));
  const postStatus = (token: string, xml: string) =>
    app.http().post('/edxml/statuses').set(auth(token)).attach('file', Buffer.from(xml), 'trang-thai.xml');

  it('carries the mã định danh through the registry export and import (JSON in, CSV out)', async () => {
    const exported = await app.http().get('/units/export').set(auth(admin)).expect(200);
    const registry = JSON.parse(exported.text) as { units: Array<{ code: string; identifier: string | null }> };
    for (const unit of registry.units) {
      if (unit.code === 'myduc') unit.identifier = IDS.myduc;
      if (unit.code === 'myduc.dang-uy.an-my') unit.identifier = IDS.anMy;
    }
    await app
      .http()
      .post('/units/import')
      .set(auth(admin))
      .attach('file', Buffer.from(JSON.stringify(registry)), 'danh-muc.json')
      .expect(200);
    const csv = (await app.http().get('/units/export?format=csv').set(auth(admin)).expect(200)).text;
    const header = csv.split(/\r?\n/)[0].split(',');
    const column = header.indexOf('identifier');
    expect(column).toBeGreaterThan(0);
    const anMyLine = csv.split(/\r?\n/).find((line) => line.startsWith('myduc.dang-uy.an-my,'))!;
    expect(anMyLine).toContain(IDS.anMy);

    // One mã định danh, one organ: another unit may not take it, whatever the file says of it.
    const identifierOf = async (code: string) =>
      (await app.dataSource.query(`SELECT identifier FROM unit WHERE code = $1`, [code]))[0].identifier;
    const dongda = registry.units.find((u) => u.code === 'dongda')!;
    const taken = await app
      .http()
      .post('/units/import')
      .set(auth(admin))
      .attach('file', Buffer.from(JSON.stringify({ units: [{ ...dongda, identifier: IDS.anMy }] })), 'dongda.json')
      .expect(422);
    expect(taken.body).toMatchObject({
      code: 'INVALID_REGISTRY_FILE',
      details: { identifier: IDS.anMy, codes: ['dongda', 'myduc.dang-uy.an-my'] },
    });
    expect(taken.body.message).toContain('đã thuộc về đơn vị khác');
    expect(await identifierOf('dongda')).toBeNull();
    // Two units may exchange theirs in one import (checked at commit), and exchange them back.
    const swap = (a: string, b: string) =>
      registry.units
        .filter((u) => u.code === 'myduc' || u.code === 'myduc.dang-uy.an-my')
        .map((u) => ({ ...u, identifier: u.code === 'myduc' ? a : b }));
    for (const [a, b] of [
      [IDS.anMy, IDS.myduc],
      [IDS.myduc, IDS.anMy],
    ]) {
      await app
        .http()
        .post('/units/import')
        .set(auth(admin))
        .attach('file', Buffer.from(JSON.stringify({ units: swap(a, b) })), 'doi-ma.json')
        .expect(200);
      expect([await identifierOf('myduc'), await identifierOf('myduc.dang-uy.an-my')]).toEqual([a, b]);
    }
  });

  it('records a sender asking for its document back (13), refuses a stranger, and the clerk gives it back (15)', async () => {
    // The Mỹ Đức directive addressed to the Huyện ủy by name only: statuses go out under the registry's mã định danh.
    const xml = myducDirectivePackage({
      to: [{ organId: null, organName: 'Huyện ủy Mỹ Đức', organizationInCharge: null }],
      documentId: 'myduc.huyen-uy,2024/08/05,1100-CV/HU,lay-lai',
    });
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', Buffer.from(xml), 'cong-van.xml')
      .expect(201);
    directiveId = upload.body.id;
    directiveDocumentId = upload.body.edxml.documentId;
    await app.documentWhen(clerk, directiveId, (d) => d.status === 'extracted');
    await deliver();
    const arrived = parseStatusEdxml(sentFile(`status-01-${directiveId}.xml`));
    expect(arrived.from.organId).toBe(IDS.myduc);
    await dispatchAndAnswer();

    const request = buildStatusEdxml({
      responseFor: {
        organId: 'myduc.huyen-uy',
        code: '1100-CV/HU',
        number: null,
        symbol: null,
        promulgationDate: '2024-08-05',
        documentId: directiveDocumentId,
      },
      from: { organId: 'myduc.huyen-uy', organName: 'Huyện ủy Mỹ Đức', organizationInCharge: null },
      code: '13',
      description: 'Văn bản ghi sai hạn báo cáo, sẽ ban hành lại',
      timestamp: '2024-08-06T01:00:00.000Z',
      staff: { department: 'Văn phòng', name: null },
    });
    // Another organisation's clerk cannot see the document, so nothing is recorded for it.
    const stranger = await app.signIn('clerk', 'dongda.phong.van-phong');
    const refused = await postStatus(stranger, request).expect(404);
    expect(refused.body).toMatchObject({ code: 'STATUS_SUBJECT_NOT_FOUND', messageEn: expect.any(String) });
    const { body: requested } = await postStatus(clerk, request).expect(201);
    expect(requested).toMatchObject({
      direction: 'incoming',
      subjectId: directiveId,
      state: 'requested',
      reason: 'Văn bản ghi sai hạn báo cáo, sẽ ban hành lại',
      counterpartOrganId: 'myduc.huyen-uy',
    });
    expect((await postStatus(clerk, request).expect(409)).body.code).toBe('TAKE_BACK_EXISTS');
    await app.http().post(`/documents/${directiveId}/take-back/accept`).set(auth(stranger)).send({}).expect(404);

    const { body: accepted } = await app
      .http()
      .post(`/documents/${directiveId}/take-back/accept`)
      .set(auth(clerk))
      .send({})
      .expect(200);
    expect(accepted).toMatchObject({ state: 'accepted', decidedAt: expect.any(String) });
    await app
      .http()
      .post(`/documents/${directiveId}/take-back/refuse`)
      .set(auth(clerk))
      .send({ reason: 'Muộn' })
      .expect(409);
    await deliver();
    const given = parseStatusEdxml(sentFile(`status-15-${directiveId}.xml`));
    expect(given).toMatchObject({
      code: '15',
      from: { organId: IDS.myduc },
      responseFor: { organId: 'myduc.huyen-uy', code: '1100-CV/HU', documentId: directiveDocumentId },
    });

    // Given back: the units' work on it stops (cancelled, not deleted), and it sends no further processing status.
    await app.http().post(`/documents/${directiveId}/take-back/accept`).set(auth(clerk)).send({}).expect(409);
    await deliver();
    expect(
      readdirSync(outbox)
        .filter((f) => f.endsWith(`${directiveId}.xml`))
        .sort(),
    ).toEqual(['01', '03', '04', '05', '15'].map((code) => `status-${code}-${directiveId}.xml`));
  });

  it('cancels the open tasks of the directive given back, keeps the closed one and its answer, and stops reminding and counting them', async () => {
    // Every task of the directive, as the database holds them (the list pages by 200).
    const tasks: Array<{ id: string; status: string; unitId: string; cancelledAt: Date | null }> =
      await app.dataSource.query(
        `SELECT id, status, unit_id AS "unitId", cancelled_at AS "cancelledAt" FROM task WHERE document_id = $1`,
        [directiveId],
      );
    expect(tasks.length).toBe(taskCount);
    const closed = tasks.filter((t) => t.id === closedTaskId);
    expect(closed).toEqual([expect.objectContaining({ status: 'closed', cancelledAt: null })]);
    const cancelled = tasks.filter((t) => t.id !== closedTaskId);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((t) => t.status === 'cancelled' && t.cancelledAt !== null)).toBe(true);

    // Each task says why in its history; the closed one keeps its answer and may no longer be sent back.
    const { body: one } = await app.http().get(`/tasks/${cancelled[0].id}`).set(auth(admin)).expect(200);
    expect(one.events.at(-1)).toMatchObject({
      fromStatus: 'open',
      toStatus: 'cancelled',
      reason: expect.stringContaining('Văn bản đã bị Huyện ủy Mỹ Đức thu hồi ngày'),
    });
    expect(one.events.at(-1).reason).toContain('Văn bản ghi sai hạn báo cáo, sẽ ban hành lại');
    expect(one.directive.takenBack).toEqual({ at: expect.any(String), by: 'Huyện ủy Mỹ Đức' });
    const { body: kept } = await app.http().get(`/tasks/${closedTaskId}`).set(auth(anMyAdmin)).expect(200);
    expect(kept.responses.map((r: { text: string }) => r.text)).toEqual(['Đã triển khai tới các chi bộ.']);
    const refusedReturn = await app
      .http()
      .post(`/tasks/${closedTaskId}/return`)
      .set(auth(clerk))
      .send({ reason: 'Bổ sung số liệu' })
      .expect(409);
    expect(refusedReturn.body).toMatchObject({
      code: 'DIRECTIVE_TAKEN_BACK',
      message: expect.stringContaining('thu hồi'),
    });
    // Nor does undoing an automatic match of its report reopen it.
    const match = await app.dataSource.getRepository(ReplyMatch).save({
      documentId: directiveId,
      directiveId,
      unitId: anMy,
      status: 'applied' as const,
      evidence: { method: 'text' } as never,
      tasks: [{ taskId: closedTaskId, responseId: kept.responses[0].id, previousStatus: 'open' }],
    });
    const undo = await app.http().post(`/reply-matches/${match.id}/undo`).set(auth(clerk)).expect(409);
    expect(undo.body.code).toBe('DIRECTIVE_TAKEN_BACK');
    await app
      .http()
      .post(`/tasks/${cancelled.find((t) => t.unitId === anMy)!.id}/responses`)
      .set(auth(anMyAdmin))
      .field('text', 'Báo cáo muộn')
      .expect(409);

    // The audit log: the take-back, and one entry per unit whose work was cancelled.
    const { body: audit } = await app.http().get(`/audit?action=task.cancelled&limit=500`).set(auth(admin)).expect(200);
    expect(audit.map((e: { targetId: string }) => e.targetId).sort()).toEqual(
      [...new Set(cancelled.map((t) => t.unitId))].sort(),
    );
    const { body: takenBack } = await app.http().get(`/audit?action=document.taken_back`).set(auth(admin)).expect(200);
    expect(takenBack).toEqual([
      expect.objectContaining({
        targetId: directiveId,
        details: expect.objectContaining({ cancelledTasks: cancelled.length }),
      }),
    ]);

    // Compliance, the unit's home page and the calendar count them no more; reminders and the horizon skip them.
    const { body: board } = await app.http().get(`/documents/${directiveId}/compliance`).set(auth(clerk)).expect(200);
    const sum = (key: string) => board.reduce((n: number, row: Record<string, number>) => n + row[key], 0);
    expect([sum('total'), sum('notReported'), sum('overdue'), sum('cancelled')]).toEqual([1, 0, 0, cancelled.length]);
    const { body: home } = await app.http().get('/worklist').set(auth(anMyAdmin)).expect(200);
    expect(home).toMatchObject({ overdue: 0, dueToday: 0 });
    expect(home.cancelled).toBe(cancelled.filter((t) => t.unitId === anMy).length);
    const reminded = await app
      .http()
      .post(`/documents/${directiveId}/remind`)
      .set(auth(clerk))
      .send({ scope: 'unreported' })
      .expect(200);
    expect(reminded.body.reminded).toBe(0);
    expect(await app.running.app.get(ComplianceService).remindOverdue()).toBe(0);
    expect(await app.running.app.get(HorizonService).extendHorizon()).toBe(0);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM task WHERE document_id = $1 AND (last_reminded_at IS NOT NULL OR status = 'open')`,
      [directiveId],
    );
    expect(count).toBe(0);
    const again = await app.http().post(`/documents/${directiveId}/dispatch`).set(auth(clerk)).send({}).expect(409);
    expect(again.body.code).toBe('DIRECTIVE_TAKEN_BACK');

    // The register and each unit's inbox say it was taken back, when and by whom.
    const { body: register } = await app.http().get('/documents').set(auth(clerk)).expect(200);
    expect(register.items.find((d: { id: string }) => d.id === directiveId).takenBack).toEqual({
      at: expect.any(String),
      by: 'Huyện ủy Mỹ Đức',
    });
    const { body: inbox } = await app.http().get('/tasks?status=cancelled').set(auth(anMyAdmin)).expect(200);
    expect(inbox.items.length).toBe(home.cancelled);
    expect(inbox.items[0].directive).toMatchObject({ id: directiveId, takenBack: { by: 'Huyện ủy Mỹ Đức' } });

    // Object-level authorisation holds for cancelled work: another organisation's unit admin reads none of it.
    const strangerAdmin = await app.signIn('unit_admin', 'dongda.phong.van-phong');
    await app.http().get(`/tasks/${cancelled[0].id}`).set(auth(strangerAdmin)).expect(404);
    await app.http().get(`/tasks/${closedTaskId}`).set(auth(strangerAdmin)).expect(404);
    const { body: theirs } = await app
      .http()
      .get(`/tasks?documentId=${directiveId}&status=cancelled`)
      .set(auth(strangerAdmin))
      .expect(200);
    expect(theirs).toMatchObject({ items: [], total: 0 });
  });

  it('exports a reply under its unit’s mã định danh, takes it back (13) and records the refusal (16)', async () => {
    const reply = await issuedAnMyReport(app, directiveId, 46);
    replyId = reply.id;
    // Nothing sent yet: nothing to take back.
    const early = await app
      .http()
      .post(`/replies/${replyId}/edxml/take-back`)
      .set(auth(clerk))
      .send({ reason: 'Sai số liệu' })
      .expect(409);
    expect(early.body.code).toBe('REPLY_NOT_SENT');
    await app.http().post(`/replies/${replyId}/edxml`).set(auth(clerk)).expect(201);
    await deliver();
    const exported = parseEdxml(sentFile(`document-${replyId}.xml`), limits);
    expect(exported.header.from.organId).toBe(IDS.anMy);
    expect(exported.header.documentId).toBe(`${IDS.anMy},2024,46-BC/ĐU`);
    expect(exported.header.traces[0].organId).toBe(IDS.anMy);
    exportedDocumentId = exported.header.documentId!;

    const { body: taken } = await app
      .http()
      .post(`/replies/${replyId}/edxml/take-back`)
      .set(auth(clerk))
      .send({ reason: 'Báo cáo ghi sai số liệu, sẽ gửi lại' })
      .expect(201);
    expect(taken).toMatchObject({ direction: 'outgoing', state: 'requested', packageDocumentId: exportedDocumentId });
    await app
      .http()
      .post(`/replies/${replyId}/edxml/take-back`)
      .set(auth(clerk))
      .send({ reason: 'Lần hai' })
      .expect(409);
    await deliver();
    const thirteen = parseStatusEdxml(sentFile(`status-13-${replyId}.xml`));
    expect(thirteen).toMatchObject({
      code: '13',
      description: 'Báo cáo ghi sai số liệu, sẽ gửi lại',
      from: { organId: IDS.anMy },
      responseFor: {
        organId: IDS.anMy,
        code: '46-BC/ĐU',
        documentId: exportedDocumentId,
        promulgationDate: '2024-08-07',
      },
    });

    const answer = buildStatusEdxml({
      ...thirteen,
      from: { organId: 'myduc.huyen-uy', organName: 'Huyện ủy Mỹ Đức', organizationInCharge: null },
      code: '16',
      description: 'Báo cáo đã được tổng hợp, không thể trả lại',
    });
    const { body: refused } = await postStatus(clerk, answer).expect(201);
    expect(refused).toMatchObject({
      direction: 'outgoing',
      subjectId: replyId,
      state: 'refused',
      answer: 'Báo cáo đã được tổng hợp, không thể trả lại',
    });
    const { body: list } = await app.http().get('/edxml/take-backs').set(auth(clerk)).expect(200);
    expect(list.map((t: { subjectId: string; state: string }) => [t.subjectId, t.state]).sort()).toEqual(
      [
        [directiveId, 'accepted'],
        [replyId, 'refused'],
      ].sort(),
    );
    const stranger = await app.signIn('clerk', 'dongda.phong.van-phong');
    expect((await app.http().get('/edxml/take-backs').set(auth(stranger)).expect(200)).body).toEqual([]);
  });

  it('refuses status packages that are not about taking back, and documents sent as statuses', async () => {
    const done = buildStatusEdxml({ ...parseStatusEdxml(sentFile(`status-13-${replyId}.xml`)), code: '06' });
    expect((await postStatus(clerk, done).expect(422)).body.code).toBe('STATUS_NOT_HANDLED');
    const notStatus = await app
      .http()
      .post('/edxml/statuses')
      .set(auth(clerk))
      .attach('file', sample('edxml/myduc-1100-cv-hu.xml'), 'goi-tin.xml')
      .expect(422);
    expect(notStatus.body).toMatchObject({ code: 'EDXML_MALFORMED', message: expect.any(String) });
    await app.http().post('/edxml/statuses').set(auth(clerk)).expect(400);
  });
});
