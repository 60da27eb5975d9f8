import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildEdxml, parseEdxml } from '@congvan/edxml';
import { ReplyDocument, signPdf } from '@congvan/replies';
import { makeTestCertificate } from '../setup/test-certificate.js';
import {
  AN_MY_REPORT_PDF,
  EDXML_LIMITS as limits,
  issuedAnMyReport,
  myducDirectivePackage,
  sample,
} from '../setup/edxml-fixtures.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('edXML out: status packages and an issued reply through the folder transport (HTTP, real PostgreSQL)', () => {
  let app: TestApp;
  let clerk: string;
  let outbox: string;
  let directiveId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startTestApp();
    // The folder transport's default outbox, under the app's data folder (removed with it).
    outbox = join(app.dataDir, 'edxml-outbox');
    clerk = await app.signIn('clerk', 'myduc.van-phong-huyen-uy');
  });

  afterAll(() => app.close());

  const waitExtracted = async (id: string) => {
    const document = await app.documentWhen(clerk, id, (d) => d.status === 'extracted' || d.status === 'failed');
    if (document.status === 'failed') throw new Error(JSON.stringify(document.failure));
    return document;
  };
  const statusesSent = () => {
    const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false });
    return readdirSync(outbox)
      .filter((f) => f.startsWith('status-') && f.endsWith(`${directiveId}.xml`))
      .map((f) => parser.parse(readFileSync(join(outbox, f), 'utf8')).edXMLEnvelope.edXMLHeader.Status)
      .sort((a, b) => a.StatusCode.localeCompare(b.StatusCode));
  };
  const deliver = async () => (await app.http().post('/edxml/outbox/deliver').set(auth(clerk)).expect(200)).body;

  it('sends 01 arrived, 03 registered and 04 assigned as the directive is imported, confirmed and dispatched', async () => {
    // The Mỹ Đức directive as a package addressed to one unit, so that one report completes it.
    const xml = myducDirectivePackage({
      to: [{ organId: 'myduc.dang-uy.an-my', organName: 'Đảng ủy xã An Mỹ', organizationInCharge: null }],
      toPlaces: ['Đảng ủy xã An Mỹ'],
    });
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', Buffer.from(xml), 'cong-van.xml')
      .expect(201);
    directiveId = upload.body.id;
    await waitExtracted(directiveId);
    expect(await deliver()).toEqual({ statuses: 1, delivered: 1 });
    expect(statusesSent().map((s) => s.StatusCode)).toEqual(['01']);

    // The clerk settles requirement 1 as a one-off (the header's DueDate), so one report completes the directive.
    const { body: draft } = await app.http().get(`/documents/${directiveId}/directive`).set(auth(clerk)).expect(200);
    const corrected = {
      ...draft.current,
      requirements: draft.current.requirements.map((r: { deadlines: Array<{ kind: string }> }) => ({
        ...r,
        deadlines: r.deadlines.filter((d) => d.kind !== 'recurring'),
      })),
    };
    await app.http().patch(`/documents/${directiveId}/directive`).set(auth(clerk)).send(corrected).expect(200);
    await app.http().post(`/documents/${directiveId}/confirm`).set(auth(clerk)).expect(200);
    const anMy = await app.unitId('myduc.dang-uy.an-my');
    await app
      .http()
      .post(`/documents/${directiveId}/dispatch`)
      .set(auth(clerk))
      .send({ lines: [{ line: 'Đảng ủy xã An Mỹ', unitIds: [anMy] }] })
      .expect(200);
    await deliver();
    const sent = statusesSent();
    expect(sent.map((s) => s.StatusCode)).toEqual(['01', '03', '04']);
    expect(sent[0].ResponseFor).toMatchObject({
      OrganId: 'myduc.huyen-uy',
      Code: '1100-CV/HU',
      PromulgationDate: '2024/08/05',
    });
    expect(sent[0].From.OrganId).toBe('myduc.dang-uy.an-my');
    // Nothing is sent twice.
    expect(await deliver()).toEqual({ statuses: 0, delivered: 0 });
  });

  it("sends 05 and 06 when the unit's report closes its tasks", async () => {
    const upload = await app
      .http()
      .post('/documents')
      .set(auth(clerk))
      .attach('file', sample('edxml/report-anmy-45-bc-du.xml'), 'bao-cao.xml')
      .expect(201);
    await waitExtracted(upload.body.id);
    for (let i = 0; i < 200; i++) {
      const { body } = await app.http().get(`/documents/${directiveId}/compliance`).set(auth(clerk)).expect(200);
      if (body.every((row: { notReported: number }) => row.notReported === 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Two senders at once (an API host's "deliver now" beside a worker host's minute job): each status once.
    const sentCount = async () =>
      ((await app.http().get('/edxml/outbox?state=sent').set(auth(clerk)).expect(200)).body as unknown[]).length;
    const sentBefore = await sentCount();
    const [first, second] = await Promise.all([deliver(), deliver()]);
    expect(first.delivered + second.delivered).toBe((await sentCount()) - sentBefore);
    expect(first.delivered + second.delivered).toBeGreaterThanOrEqual(2);
    expect(statusesSent().map((s) => s.StatusCode)).toEqual(['01', '03', '04', '05', '06']);
    const { body: entries } = await app.http().get('/edxml/outbox?state=sent').set(auth(clerk)).expect(200);
    expect(entries.filter((e: { subjectId: string }) => e.subjectId === directiveId)).toHaveLength(5);
  });

  it('exports an issued reply with its signed PDF and ResponseFor the directive it answers', async () => {
    const pdf = sample(AN_MY_REPORT_PDF);
    const reply = await issuedAnMyReport(app, directiveId, 45, {
      recipients: ['Ban Thường vụ Huyện ủy Mỹ Đức'],
      signer: { authority: 'T/M', body: 'ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Nguyễn Văn Thắng' },
    });
    // Another organisation's clerk cannot see the reply, so cannot export it.
    const foreignClerk = await app.signIn('clerk', 'dongda.phong.van-phong');
    await app.http().post(`/replies/${reply.id}/edxml`).set(auth(foreignClerk)).expect(404);
    const { body: entry } = await app.http().post(`/replies/${reply.id}/edxml`).set(auth(clerk)).expect(201);
    expect(entry).toMatchObject({ kind: 'document', state: 'queued', toOrganId: 'myduc.huyen-uy' });
    await deliver();
    const exported = parseEdxml(readFileSync(join(outbox, `document-${reply.id}.xml`)), limits);
    expect(exported.header).toMatchObject({
      from: { organId: 'myduc.dang-uy.an-my' },
      number: '45',
      symbol: 'BC/ĐU',
      system: 'party',
      date: '2024-08-07',
      documentType: { typeName: 'Báo cáo' },
      signer: { competence: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', fullName: 'Nguyễn Văn Thắng' },
      responseFor: [expect.objectContaining({ number: '1100', symbol: 'CV/HU', promulgationDate: '2024-08-05' })],
    });
    expect(exported.attachments[0].bytes.equals(pdf)).toBe(true);

    const { id: _issued, ...copy } = reply;
    const draft = await app.dataSource
      .getRepository(ReplyDocument)
      .save({ ...copy, status: 'draft' as const, number: null, signedPdfSha256: null });
    const refused = await app.http().post(`/replies/${draft.id}/edxml`).set(auth(clerk)).expect(409);
    expect(refused.body).toMatchObject({ code: 'REPLY_NOT_ISSUED', messageEn: expect.any(String) });
  });

  it("verifies the signature of a received package's PDF: signed and intact, or unsigned", async () => {
    const p12 = makeTestCertificate('Nguyen Van Thang', 'mat-khau-ky');
    const signed = await signPdf(sample('edxml/report-anmy-45-bc-du.pdf'), p12, 'mat-khau-ky', {
      reason: 'Ký ban hành',
      name: 'Nguyen Van Thang',
      location: 'An Mỹ',
    });
    const original = parseEdxml(sample('edxml/report-anmy-45-bc-du.xml'), limits);
    const xml = buildEdxml({ ...original.header, documentId: 'signed-45' }, [
      { name: '45-BC-DU.pdf', contentType: 'application/pdf', bytes: signed },
    ]);
    const upload = await app.http().post('/documents').set(auth(clerk)).attach('file', Buffer.from(xml), 'ky-so.xml');
    expect(upload.status).toBe(201);
    const { body: verdict } = await app
      .http()
      .get(`/documents/${upload.body.id}/signature`)
      .set(auth(clerk))
      .expect(200);
    expect(verdict).toMatchObject({ valid: true });
    expect(JSON.stringify(verdict.signer)).toContain('Nguyen Van Thang');

    const { body: unsigned } = await app.http().get(`/documents/${directiveId}/signature`).set(auth(clerk)).expect(200);
    expect(unsigned).toMatchObject({ valid: false, reason: 'NOT_SIGNED' });
  });
});
