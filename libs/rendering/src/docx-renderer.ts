import { styleOf } from './document-formats.js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { BodySection, ReplyDocumentModel, ResultRow } from './reply-document-model.js';
import { RESULT_STATUS_LABELS } from './template-helpers.js';
import {
  formatCitationLine,
  formatCount,
  formatDocumentReference,
  formatNumberAndSymbol,
  formatNumberLine,
  formatPlaceAndDate,
  formatShortDate,
  signerLines,
} from './vietnamese-format.js';

/** Word measures in twips (1/20 pt); 1 mm = 56.7 twips. */
const mm = (value: number) => Math.round(value * 56.6929);
const CONTENT_WIDTH = mm(210 - 30 - 15);
const FONT = 'Times New Roman';
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size * 2,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });
}

function centred(text: string, style: RunStyle, spacingBefore = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacingBefore * 20, after: 0 },
    children: [run(text, style)],
  });
}

function bodyParagraph(children: ParagraphChild[], options: { indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: mm(10) },
    spacing: { before: 120, after: 120, line: 312 },
    children,
  });
}

/** A centred solid rule about `ratio` of the text above it (Times capitals ≈ 0.62 em wide). */
function rule(text: string, size: number, ratio: number, columnWidth: number): Paragraph {
  const textWidth = Math.min(columnWidth, text.length * size * 20 * 0.62);
  const side = Math.max(0, Math.round((columnWidth - textWidth * ratio) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { top: LINE },
    spacing: { before: 40, after: 0 },
    children: [run('', { size: 2 })],
  });
}

function cell(children: Array<Paragraph | Table>, width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
}

function twoColumns(left: Array<Paragraph | Table>, right: Array<Paragraph | Table>, leftShare: number): Table {
  const leftWidth = Math.round(CONTENT_WIDTH * leftShare);
  const rightWidth = CONTENT_WIDTH - leftWidth;
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)] })],
  });
}

function header(model: ReplyDocumentModel): Table {
  const party = model.system === 'party';
  const share = party ? 0.5 : 0.4;
  const leftWidth = Math.round(CONTENT_WIDTH * share);
  const size = party ? 14 : 13;
  const nameLines = model.issuer.name
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const left: Paragraph[] = [];
  if (model.issuer.parent) left.push(centred(model.issuer.parent.toLocaleUpperCase('vi'), { size }));
  left.push(...nameLines.map((line) => centred(line.toLocaleUpperCase('vi'), { size, bold: true })));
  if (party) left.push(centred('*', { size }));
  else left.push(rule(nameLines[nameLines.length - 1] ?? '', size, 0.4, leftWidth));
  left.push(centred(formatNumberLine(model.system, model.number, model.symbol), { size }, party ? 0 : 6));
  if (model.kind === 'reminder')
    left.push(
      centred(`${styleOf(model).congVanSubjectPrefix} ${model.subject}`, { size: party ? 12 : 13, italics: party }, 6),
    );
  const right = party
    ? [centred('ĐẢNG CỘNG SẢN VIỆT NAM', { size: 15, bold: true, underline: true })]
    : [
        centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
        centred('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true }),
      ];
  right.push(centred(formatPlaceAndDate(model.place, model.date), { size: 14, italics: true }, party ? 24 : 20));
  return twoColumns(left, right, share);
}

function title(model: ReplyDocumentModel): Paragraph[] {
  const party = model.system === 'party';
  const paragraphs = [
    centred('BÁO CÁO', { size: party ? 16 : 14, bold: true }, 18),
    centred(model.subject, { size: 14, bold: true }),
  ];
  paragraphs.push(party ? centred('-----', { size: 14 }) : rule(model.subject, 14, 0.35, CONTENT_WIDTH));
  return paragraphs;
}

function recipients(model: ReplyDocumentModel): Paragraph[] {
  if (model.recipients.length === 0) return [];
  const size = { size: 14 };
  if (model.recipients.length === 1) return [centred(`Kính gửi: ${model.recipients[0]}`, size, 12)];
  const indent = mm(40);
  return [
    new Paragraph({ indent: { left: indent }, spacing: { before: 240 }, children: [run('Kính gửi:', size)] }),
    ...model.recipients.map(
      (recipient, i, all) =>
        new Paragraph({
          indent: { left: indent + mm(22) },
          children: [run(`- ${recipient}${i === all.length - 1 ? '.' : ';'}`, size)],
        }),
    ),
  ];
}

function resultsTable(rows: ResultRow[]): Table {
  const widths = [0.09, 0.45, 0.26, 0.2].map((share) => Math.round(CONTENT_WIDTH * share));
  const border = { top: LINE, bottom: LINE, left: LINE, right: LINE };
  const row = (texts: string[], bold = false) =>
    new TableRow({
      children: texts.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            borders: border,
            children: [
              new Paragraph({
                alignment: i === 0 || i === 3 || bold ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [run(text, { size: 13, bold })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      row(['STT', 'Đơn vị', 'Kết quả', 'Ngày báo cáo'], true),
      ...rows.map((r, i) =>
        row([String(i + 1), r.unit, RESULT_STATUS_LABELS[r.status], r.reportedAt ? formatShortDate(r.reportedAt) : '']),
      ),
    ],
  });
}

function section(body: BodySection): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  if (body.heading) out.push(bodyParagraph([run(body.heading, { size: 14, bold: true })]));
  if (body.kind === 'paragraph') out.push(bodyParagraph([run(body.text, { size: 14 })]));
  if (body.kind === 'items') {
    out.push(
      ...body.items.map((item, i) =>
        bodyParagraph([run(`${body.style === 'numbered' ? `${i + 1}.` : '-'} ${item}`, { size: 14 })]),
      ),
    );
  }
  if (body.kind === 'results') {
    const count = (status?: ResultRow['status']) =>
      formatCount(body.rows.filter((row) => !status || row.status === status).length);
    const summary = `Tổng số đơn vị được giao: ${count()}; đã báo cáo đúng hạn: ${count('done')}; báo cáo chậm: ${count('late')}; chưa báo cáo: ${count('not_reported')}.`;
    out.push(bodyParagraph([run(summary, { size: 14 })]), resultsTable(body.rows));
  }
  return out;
}

/** The opening and closing sentences, worded as in templates/<kind>.<system>.hbs. */
function framing(model: ReplyDocumentModel): { opening: string; closing: string } {
  const c = model.citation;
  const self = model.issuer.nameInText;
  if (model.kind === 'reminder') {
    const issued = `${c.date ? `Ngày ${formatShortDate(c.date)}, ` : ''}${c.issuer ?? self ?? ''} ban hành ${c.kind} số ${formatNumberAndSymbol(c.number, c.symbol)}`;
    const about = c.subject ? ` về việc ${c.subject}` : '';
    const due = c.deadline
      ? `, yêu cầu các cơ quan, đơn vị gửi báo cáo kết quả thực hiện trước ngày ${formatShortDate(c.deadline)}`
      : '';
    return {
      opening: `${issued}${about}${due}. Đến nay, các cơ quan, đơn vị có tên trên chưa gửi báo cáo hoặc gửi báo cáo chưa đầy đủ.`,
      closing: `Đề nghị Thủ trưởng các cơ quan, đơn vị khẩn trương thực hiện và gửi báo cáo kết quả${model.deadline ? ` trước ngày ${formatShortDate(model.deadline)}` : ''}${styleOf(model).closing}`,
    };
  }
  const reference = formatDocumentReference(c, { withSubject: false });
  if (model.kind === 'summary_report') {
    const due = c.deadline
      ? `, trong đó yêu cầu các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày ${formatShortDate(c.deadline)}`
      : '';
    return {
      opening: `${formatCitationLine(c)}${due}; ${self ?? 'cơ quan'} đã chỉ đạo, đôn đốc các đơn vị triển khai thực hiện. Kết quả tổng hợp như sau:`,
      closing: `Trên đây là báo cáo tổng hợp kết quả thực hiện ${reference} của ${self ?? 'cơ quan'}${styleOf(model).closing}`,
    };
  }
  return {
    opening: `${formatCitationLine(c)}, ${self ?? 'đơn vị'} báo cáo kết quả thực hiện như sau:`,
    closing: `Trên đây là báo cáo kết quả thực hiện ${reference} của ${self ?? 'đơn vị'}${styleOf(model).closing}`,
  };
}

function footer(model: ReplyDocumentModel): Table {
  const party = model.system === 'party';
  const label = party
    ? run('Nơi nhận:', { size: 14, underline: true })
    : run('Nơi nhận:', { size: 12, bold: true, italics: true });
  const left = [
    new Paragraph({ children: [label] }),
    ...model.distribution.map(
      (entry, i, all) =>
        new Paragraph({
          children: [
            run(`- ${entry}${i === all.length - 1 ? '.' : styleOf(model).distributionSeparator}`, {
              size: party ? 12 : 11,
            }),
          ],
        }),
    ),
  ];
  const signer = signerLines(model.system, model.signer, styleOf(model).collectiveSignsWithoutKT);
  const right = [
    ...signer.lines.map((line) => centred(line.text, { size: 14, bold: line.role === 'authority' || !party })),
    new Paragraph({ spacing: { before: mm(28) * 1, after: 0 }, children: [] }),
    centred(signer.name || '[Họ và tên người ký]', { size: 14, bold: true }),
  ];
  return twoColumns(left, right, 0.45);
}

/** The reply as a Word document (Times New Roman, A4, the formats' margins and components). */
export async function renderDocx(source: ReplyDocumentModel): Promise<Buffer> {
  const model = JSON.parse(JSON.stringify(source).normalize('NFC')) as ReplyDocumentModel;
  const { opening, closing } = framing(model);
  const children: Array<Paragraph | Table> = [header(model)];
  if (model.kind !== 'reminder') children.push(...title(model));
  children.push(...recipients(model), bodyParagraph([run(opening, { size: 14 })]));
  for (const body of model.body) children.push(...section(body));
  children.push(bodyParagraph([run(closing, { size: 14 })]), new Paragraph({ children: [] }), footer(model));
  const document = new Document({
    creator: model.issuer.nameInText ?? model.issuer.name,
    title: model.subject,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
