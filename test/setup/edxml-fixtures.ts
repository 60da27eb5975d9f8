import { readFileSync } from 'node:fs';
import { buildEdxml, type EdxmlHeader, parseEdxml } from '@congvan/edxml';
import { ReplyDocument } from '@congvan/replies';
import { FileStorage } from '@congvan/storage';
import type { TestApp } from './test-app.js';

/** A file under samples/. */
export const sample = (path: string) => readFileSync(new URL(`../../samples/${path}`, import.meta.url));

/** Limits generous enough for every sample package. */
export const EDXML_LIMITS = { maxBytes: 50e6, maxAttachmentBytes: 50e6, maxAttachments: 20 };

/** The signed report of An Mỹ (45-BC/ĐU) on the Mỹ Đức directive, as a PDF. */
export const AN_MY_REPORT_PDF = 'edxml/report-anmy-45-bc-du.pdf';

/** The Mỹ Đức directive's sample package (1100-CV/HU) rebuilt with `changes` to its header: the XML. */
export function myducDirectivePackage(changes: Partial<EdxmlHeader>): string {
  const original = parseEdxml(sample('edxml/myduc-1100-cv-hu.xml'), EDXML_LIMITS);
  return buildEdxml(
    { ...original.header, ...changes },
    original.attachments.map((a) => ({ name: a.name, contentType: 'application/pdf', bytes: a.bytes })),
  );
}

/**
 * An Mỹ's report number `number`/2024 answering `documentId`, issued as the signing flow leaves it
 * (that flow is covered by replies.e2e-spec), its signed PDF AN_MY_REPORT_PDF; `model` adds to its
 * fields (symbol, place, date and subject are set).
 */
export async function issuedAnMyReport(
  app: TestApp,
  documentId: string,
  number: number,
  model: Record<string, unknown> = {},
): Promise<ReplyDocument> {
  const stored = await app.running.app.get(FileStorage, { strict: false }).put(sample(AN_MY_REPORT_PDF));
  return app.dataSource.getRepository(ReplyDocument).save({
    kind: 'unit_report',
    system: 'party',
    documentId,
    issuerUnitId: await app.unitId('myduc.dang-uy.an-my'),
    docType: 'BC',
    model: {
      symbol: 'BC/ĐU',
      place: 'An Mỹ',
      date: '2024-08-07',
      subject: 'Kết quả thực hiện Công văn số 1100-CV/HU',
      ...model,
    },
    status: 'issued' as const,
    number,
    year: 2024,
    signedPdfSha256: stored.sha256,
    signedAt: new Date('2024-08-07T08:00:00Z'),
    createdById: null,
  });
}
