import { readdirSync, readFileSync } from 'node:fs';
import { pollUntil } from '../setup/http.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const sample = (path: string) => readFileSync(new URL(`../../samples/${path}`, import.meta.url));

describe('edXML import and the closed loop (HTTP, real PostgreSQL, real files)', () => {
  let app: TestApp;
  let clerk: string;
  let anMy: string;
  let phungXa: string;
  let directiveId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    clerk = await app.signIn('clerk', 'myduc.van-phong-huyen-uy');
    anMy = await app.signIn('unit_admin', 'myduc.dang-uy.an-my');
    phungXa = await app.signIn('unit_admin', 'myduc.dang-uy.phung-xa');
  });

  afterAll(() => app.close());

  const documentOf = (id: string) => app.documentWhen(clerk, id, (d) => ['extracted', 'failed'].includes(d.status));
  const matchOf = (documentId: string) =>
    pollUntil(
      async () =>
        (
          (await app.http().get('/reply-matches').set(auth(clerk)).expect(200)).body as Array<{
            id: string;
            documentId: string;
            evidence: { method: string; quote: string };
          }>
        ).find((m) => m.documentId === documentId),
      (m) => m !== undefined,
    );
  const tasksOf = async (token: string) =>
    (await app.http().get(`/tasks?documentId=${directiveId}&limit=500`).set(auth(token)).expect(200)).body
      .items as Array<{
      id: string;
      status: string;
      requirementRef: string;
    }>;

  it('imports a Party directive package: the header fills the directive, the PDF text is read with no OCR', async () => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('edxml/myduc-1100-cv-hu.xml'), 'goi-tin.bin')
      .expect(201);
    expect(upload.body).toMatchObject({ source: 'edxml', mimeType: 'application/xml', status: 'received' });
    expect(upload.body.edxml).toMatchObject({ number: '1100', symbol: 'CV/HU', system: 'party', priority: 1 });
    directiveId = upload.body.id;
    expect(await documentOf(directiveId)).toMatchObject({ status: 'extracted', textSource: 'text-layer' });

    const { body: files } = await app.http().get(`/documents/${directiveId}/files`).set(auth(clerk)).expect(200);
    expect(files).toEqual([expect.objectContaining({ position: 0, role: 'main', mimeType: 'application/pdf' })]);
    const pdf = await app.http().get(`/documents/${directiveId}/files/0`).set(auth(clerk)).expect(200);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    const { body: draft } = await app.http().get(`/documents/${directiveId}/directive`).set(auth(clerk)).expect(200);
    expect(draft.extracted).toMatchObject({
      system: 'party',
      docType: 'Công văn',
      number: '1100',
      symbol: 'CV/HU',
      date: '2024-08-05',
      place: 'Mỹ Đức',
      issuer: { name: 'Huyện ủy Mỹ Đức' },
      signer: { authority: 'T/M', body: 'BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Đỗ Trung Hai' },
    });
    expect(draft.extracted.deadlines).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'absolute', date: '2024-08-08' })]),
    );
    // Requirements come from the PDF's text; the header carries none.
    expect(draft.extracted.requirements.map((r: { ref: string }) => r.ref)).toEqual(['1', '2', '3', '4']);
    expect(draft.evidence.number).toMatchObject({ confidence: 1, source: 'edxml' });
    // The printed issuer is in capitals: not a disagreement, the same name.
    expect(draft.disagreements.map((d: { field: string }) => d.field)).not.toContain('issuer');
  });

  it('records where the header and the text disagree (the Đống Đa seed prints no number or day)', async () => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('edxml/dongda-245-ubnd-nv.zip.soap.xml'), 'dongda.xml')
      .expect(201);
    expect(await documentOf(upload.body.id)).toMatchObject({ status: 'extracted', textSource: 'text-layer' });
    const { body: draft } = await app.http().get(`/documents/${upload.body.id}/directive`).set(auth(clerk)).expect(200);
    expect(draft.extracted).toMatchObject({ number: '245', symbol: 'UBND-NV', date: '2024-01-19', system: 'state' });
    expect(draft.disagreements).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'date', header: '2024-01-19', extracted: '2024-01' })]),
    );
  });

  it('dispatches the imported directive', async () => {
    const body = await app.dispatchAsPreviewed(clerk, directiveId);
    expect(body.created).toBeGreaterThan(0);
    expect((await tasksOf(anMy)).length).toBeGreaterThan(0);
    expect((await tasksOf(phungXa)).every((t) => t.status === 'open')).toBe(true);
  });

  it("closes a unit's task by itself when its electronic report (ResponseFor) arrives, for the issuer to accept", async () => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('edxml/report-anmy-45-bc-du.xml'), 'bao-cao-an-my.xml')
      .expect(201);
    await documentOf(upload.body.id);
    const match = await matchOf(upload.body.id);
    expect(match).toMatchObject({
      status: 'applied',
      directiveId,
      unitId: await app.unitId('myduc.dang-uy.an-my'),
      evidence: { method: 'response_for' },
    });
    const tasks = await tasksOf(anMy);
    const closed = tasks.filter((t) => t.status === 'closed');
    expect(closed.length).toBe(new Set(tasks.map((t) => t.requirementRef)).size);
    const { body: task } = await app.http().get(`/tasks/${closed[0].id}`).set(auth(anMy)).expect(200);
    expect(task.responses[0].attachments[0]).toMatchObject({ name: '45-BC-DU.pdf', mimeType: 'application/pdf' });

    const { body: accepted } = await app
      .http()
      .post(`/reply-matches/${(match as { id: string }).id}/accept`)
      .set(auth(clerk))
      .expect(200);
    expect(accepted.status).toBe('accepted');
  });

  it('closes a task from a plain PDF report read from its text, and the issuer can undo it', async () => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('edxml/report-phungxa-112-bc-du.pdf'), 'bao-cao-phung-xa.pdf')
      .expect(201);
    await documentOf(upload.body.id);
    const match = (await matchOf(upload.body.id)) as { id: string; evidence: { method: string; quote: string } };
    expect(match).toMatchObject({ status: 'applied', unitId: await app.unitId('myduc.dang-uy.phung-xa') });
    expect(match.evidence.method).toBe('text');
    expect(match.evidence.quote).toContain('1100-CV/HU');
    expect((await tasksOf(phungXa)).some((t) => t.status === 'closed')).toBe(true);

    await app.http().post(`/reply-matches/${match.id}/undo`).set(auth(clerk)).expect(200);
    expect((await tasksOf(phungXa)).every((t) => t.status === 'open')).toBe(true);
    const again = await app.http().post(`/reply-matches/${match.id}/undo`).set(auth(clerk)).expect(409);
    expect(again.body).toMatchObject({ code: 'REPLY_MATCH_STATE_CONFLICT' });
  });

  it("closes a unit's task from its scanned report, read by OCR", async () => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('edxml/report-dainghia-77-bc-du-scan.jpg'), 'bao-cao-dai-nghia.jpg')
      .expect(201);
    expect(await documentOf(upload.body.id)).toMatchObject({ status: 'extracted', textSource: 'ocr' });
    const match = await matchOf(upload.body.id);
    expect(match).toMatchObject({
      status: 'applied',
      directiveId,
      unitId: await app.unitId('myduc.dang-uy.dai-nghia'),
      evidence: { method: 'text', sender: { name: 'ĐẢNG ỦY THỊ TRẤN ĐẠI NGHĨA', source: 'text' } },
    });
    const daiNghia = await app.signIn('unit_admin', 'myduc.dang-uy.dai-nghia');
    expect((await tasksOf(daiNghia)).some((t) => t.status === 'closed')).toBe(true);
  });

  it('leaves an answer from a body outside the registry to the clerk, who dismisses it', async () => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('edxml/report-chibo-thpt-08-bc-cb.pdf'), 'chi-bo.pdf')
      .expect(201);
    await documentOf(upload.body.id);
    const match = (await matchOf(upload.body.id)) as { id: string };
    expect(match).toMatchObject({
      status: 'pending',
      reason: 'unknown_unit',
      unitId: null,
      candidateIds: [directiveId],
    });
    const { body: pending } = await app.http().get('/reply-matches?status=pending').set(auth(clerk)).expect(200);
    expect(pending.map((m: { id: string }) => m.id)).toContain(match.id);
    // A unit admin is not the clerk: the route is not for it.
    await app.http().post(`/reply-matches/${match.id}/dismiss`).set(auth(anMy)).expect(403);
    const { body } = await app.http().post(`/reply-matches/${match.id}/dismiss`).set(auth(clerk)).expect(200);
    expect(body.status).toBe('dismissed');
  });

  it("another organisation's clerk, leader and unit admin neither see nor act on these matches", async () => {
    const { body: ours } = await app.http().get('/reply-matches').set(auth(clerk)).expect(200);
    const ids = (ours as Array<{ id: string }>).map((m) => m.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const others = {
      clerk: await app.signIn('clerk', 'dongda.phong.van-phong'),
      leader: await app.signIn('leader', 'dongda'),
      unit_admin: await app.signIn('unit_admin', 'dongda.ward.cat-linh'),
    };
    const resolveBody = { directiveId, unitId: await app.unitId('myduc.dang-uy.an-my') };
    // Role first (the route is not the caller's: 403), then the object (not visible to it: 404).
    const expected: Record<keyof typeof others, { issuer: number; clerkOnly: number }> = {
      clerk: { issuer: 404, clerkOnly: 404 },
      leader: { issuer: 404, clerkOnly: 403 },
      unit_admin: { issuer: 403, clerkOnly: 403 },
    };
    for (const [role, token] of Object.entries(others) as Array<[keyof typeof others, string]>) {
      const { issuer, clerkOnly } = expected[role];
      const list = await app.http().get('/reply-matches').set(auth(token));
      expect(list.status).toBe(issuer === 404 ? 200 : 403);
      if (list.status === 200)
        expect((list.body as Array<{ id: string }>).filter((m) => ids.includes(m.id))).toEqual([]);
      await app.http().get(`/documents/${directiveId}/signature`).set(auth(token)).expect(issuer);
      for (const id of ids) {
        await app.http().get(`/reply-matches/${id}`).set(auth(token)).expect(issuer);
        await app.http().post(`/reply-matches/${id}/accept`).set(auth(token)).expect(issuer);
        await app.http().post(`/reply-matches/${id}/undo`).set(auth(token)).expect(issuer);
        await app.http().post(`/reply-matches/${id}/resolve`).set(auth(token)).send(resolveBody).expect(clerkOnly);
        await app.http().post(`/reply-matches/${id}/dismiss`).set(auth(token)).expect(clerkOnly);
      }
    }
  });

  it('refuses every malformed package with a 4xx and its reason, and stores nothing', async () => {
    const count = async () =>
      (await app.dataSource.query(
        `SELECT (SELECT count(*) FROM document)::int AS documents, (SELECT count(*) FROM document_file)::int AS files`,
      )) as Array<{ documents: number; files: number }>;
    const before = await count();
    const bad = readdirSync(new URL('../../samples/edxml/bad/', import.meta.url));
    expect(bad.length).toBeGreaterThanOrEqual(9);
    for (const name of bad) {
      const response = await app
        .http()
        .post('/documents')
        .set(auth(clerk))
        .attach('file', sample(`edxml/bad/${name}`), name);
      expect([name, response.status >= 400 && response.status < 500]).toEqual([name, true]);
      expect(response.body).toEqual(
        expect.objectContaining({
          code: expect.stringMatching(/^EDXML_/),
          message: expect.stringMatching(/edXML|DOCTYPE/),
          messageEn: expect.any(String),
        }),
      );
    }
    expect(await count()).toEqual(before);
  });
});
