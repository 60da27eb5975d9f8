#!/usr/bin/env node
// Builds the sample edXML packages of samples/edxml/ (and the report PDFs they carry).
//
//   npm run build && node samples/scripts/make-edxml.mjs
//
// Needs the Debian font DejaVu Serif (fonts-dejavu-core) to draw the report PDFs with a real,
// Vietnamese text layer (pdf-lib + @pdf-lib/fontkit). The outputs are committed, so tests need
// neither the font nor this script.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { buildEdxml } from '../../dist/libs/edxml/src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const samples = resolve(here, '..');
const out = join(samples, 'edxml');
mkdirSync(join(out, 'bad'), { recursive: true });
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';

/** An A4 PDF of the text, one line per line, wrapped at the margin, with a real text layer. */
async function textPdf(text) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setCreationDate(new Date('2024-08-07T08:00:00Z'));
  pdf.setModificationDate(new Date('2024-08-07T08:00:00Z'));
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const size = 12;
  const [width, height, margin] = [595, 842, 60];
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const lines = [];
  for (const raw of text.split('\n')) {
    let line = '';
    for (const word of raw.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width - 2 * margin && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  for (const line of lines) {
    if (y < margin) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
    if (line) page.drawText(line, { x: margin, y, size, font });
    y -= size * 1.5;
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

const organ = (organId, organName, organizationInCharge = null) => ({ organId, organName, organizationInCharge });
const trace = (organId, timestamp) => ({ organId, timestamp });

// Organ identifiers: the sending unit's registry code (congvan's registry has no separate gateway
// code yet); the real ones are the codes of QĐ 20/2020/QĐ-BTTTT (e.g. "000.00.31.H26").
const myduc = JSON.parse(readFileSync(join(samples, 'directives/myduc-2024-08-matkhau/expected.json'), 'utf8'));
const myducHeader = {
  from: organ('myduc.huyen-uy', 'Huyện ủy Mỹ Đức', 'Đảng bộ thành phố Hà Nội'),
  to: [organ('myduc.dang-uy.an-my', 'Đảng ủy xã An Mỹ'), organ('myduc.thcs.dai-nghia', 'Trường THCS Đại Nghĩa')],
  number: '1100-CV/HU',
  symbol: null,
  system: 'party',
  place: 'Mỹ Đức',
  date: '2024-08-05',
  documentType: { type: '1', typeDetail: 'CV', typeName: 'Công văn' },
  subject: `V/v ${myduc.subject}`,
  signer: { competence: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', fullName: 'Đỗ Trung Hai' },
  dueDate: '2024-08-08',
  toPlaces: myduc.recipients,
  priority: 1,
  responseFor: [],
  documentId: 'myduc.huyen-uy,2024/08/05,1100-CV/HU',
  traces: [trace('myduc.huyen-uy', '2024-08-05T16:30:00+07:00')],
};
writeFileSync(
  join(out, 'myduc-1100-cv-hu.xml'),
  buildEdxml(myducHeader, [
    {
      name: '1100-CV-HU.pdf',
      contentType: 'application/pdf',
      bytes: readFileSync(join(samples, 'directives/myduc-2024-08-matkhau/scan-born-digital.pdf')),
    },
  ]),
);

const dongda = JSON.parse(readFileSync(join(samples, 'directives/dongda-2024-01-matkhau/expected.json'), 'utf8'));
const dongdaHeader = {
  from: organ('dongda', 'Ủy ban nhân dân quận Đống Đa', 'Ủy ban nhân dân thành phố Hà Nội'),
  to: [organ('dongda.ward.cat-linh', 'Ủy ban nhân dân phường Cát Linh')],
  number: '245',
  symbol: 'UBND-NV',
  system: 'state',
  place: 'Đống Đa',
  date: '2024-01-19',
  documentType: { type: '1', typeDetail: 'CV', typeName: 'Công văn' },
  subject: `V/v ${dongda.subject}`,
  signer: { competence: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Văn Sơn' },
  dueDate: null,
  toPlaces: dongda.recipients,
  priority: 0,
  responseFor: [],
  documentId: 'dongda,2024/01/19,245/UBND-NV',
  traces: [trace('dongda', '2024-01-19T10:05:00+07:00')],
};
writeFileSync(
  join(out, 'dongda-245-ubnd-nv.zip.soap.xml'),
  buildEdxml(
    dongdaHeader,
    [
      {
        name: '245-UBND-NV.pdf',
        contentType: 'application/pdf',
        bytes: readFileSync(join(samples, 'directives/dongda-2024-01-matkhau/scan-born-digital.pdf')),
      },
    ],
    { zipAttachments: true, soap: true },
  ),
);

// A unit's report answering the Mỹ Đức directive, electronic, with ResponseFor.
const reportText = readFileSync(join(samples, 'reports/01-danguy-anmy-baocao.txt'), 'utf8');
const reportPdf = await textPdf(reportText);
writeFileSync(join(out, 'report-anmy-45-bc-du.pdf'), reportPdf);
const reportHeader = {
  from: organ('myduc.dang-uy.an-my', 'Đảng ủy xã An Mỹ', 'Đảng bộ huyện Mỹ Đức'),
  to: [organ('myduc.huyen-uy', 'Huyện ủy Mỹ Đức')],
  number: '45',
  symbol: 'BC/ĐU',
  system: 'party',
  place: 'An Mỹ',
  date: '2024-08-07',
  documentType: { type: '1', typeDetail: 'BC', typeName: 'Báo cáo' },
  subject: 'Kết quả thực hiện Công văn số 1100-CV/HU ngày 05/8/2024 của Ban Thường vụ Huyện ủy',
  signer: { competence: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', fullName: 'Nguyễn Văn Thắng' },
  dueDate: null,
  toPlaces: ['Ban Thường vụ Huyện ủy Mỹ Đức (qua Ban Tổ chức Huyện ủy)'],
  priority: 0,
  responseFor: [
    {
      organId: 'myduc.huyen-uy',
      code: '1100-CV/HU',
      number: '1100',
      symbol: 'CV/HU',
      promulgationDate: '2024-08-05',
      documentId: myducHeader.documentId,
    },
  ],
  documentId: 'myduc.dang-uy.an-my,2024/08/07,45-BC/ĐU',
  traces: [trace('myduc.dang-uy.an-my', '2024-08-07T15:12:00+07:00')],
};
writeFileSync(
  join(out, 'report-anmy-45-bc-du.xml'),
  buildEdxml(reportHeader, [{ name: '45-BC-DU.pdf', contentType: 'application/pdf', bytes: reportPdf }]),
);

// The same report as a plain PDF (no header): the matching must read it from the text.
const phungxa = await textPdf(readFileSync(join(samples, 'reports/02-danguy-phungxa-baocao.txt'), 'utf8'));
writeFileSync(join(out, 'report-phungxa-112-bc-du.pdf'), phungxa);

// A scanned report: the PDF drawn at 300 DPI as the OCR sees a page, saved as a JPEG (no text layer).
const daiNghia = await textPdf(readFileSync(join(samples, 'reports/09-danguy-dainghia-baocao.txt'), 'utf8'));
const { pageImage } = await import('../../dist/libs/ocr/src/index.js');
writeFileSync(
  join(out, 'report-dainghia-77-bc-du-scan.jpg'),
  await pageImage(daiNghia, 0, { maxBytes: 50e6, maxPages: 10, maxPixels: 60e6 }),
);

// A real answer from a body that is not in the registry: must wait for the clerk.
const chibo = await textPdf(readFileSync(join(samples, 'reports/24-chibo-thpt-ngoai-danh-ba.txt'), 'utf8'));
writeFileSync(join(out, 'report-chibo-thpt-08-bc-cb.pdf'), chibo);

// Malformed packages: each must be refused with its reason and leave nothing stored.
const good = readFileSync(join(out, 'myduc-1100-cv-hu.xml'), 'utf8');
const bad = {
  'xxe-external-entity.xml': good.replace(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  ),
  'billion-laughs.xml': good.replace(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
  ).replace('<edXML:Subject>', '<edXML:Subject>&lol3;'),
  'truncated.xml': good.slice(0, Math.floor(good.length / 2)),
  'wrong-namespace.xml': good.replaceAll('http://www.mic.gov.vn/TBT/QCVN_102_2016', 'http://example.org/not-edxml'),
  'missing-code.xml': good.replace(/<edXML:Code>[\s\S]*?<\/edXML:Code>\n/, ''),
  'bad-promulgation-date.xml': good.replace('2024/08/05</edXML:PromulgationDate>', '05-08-24</edXML:PromulgationDate>'),
  'attachment-not-base64.xml': good.replace(
    /<edXML:ContentTransferEncoded>[\s\S]*?<\/edXML:ContentTransferEncoded>/,
    '<edXML:ContentTransferEncoded>%%% khong phai base64 %%%</edXML:ContentTransferEncoded>',
  ),
  'attachment-missing.xml': good.replace(/<edXML:AttachmentEncoded>[\s\S]*<\/edXML:AttachmentEncoded>\n/, ''),
  'attachment-not-a-document.xml': buildEdxml(myducHeader, [
    { name: 'ghi-chu.txt', contentType: 'text/plain', bytes: Buffer.from('Không phải văn bản PDF.\n') },
  ]),
};
for (const [name, xml] of Object.entries(bad)) writeFileSync(join(out, 'bad', name), xml);
console.log(`wrote ${4 + Object.keys(bad).length} packages 3 PDFs and a scan into ${out}`);
