import { readFileSync } from 'node:fs';
import { findIssuerUnit } from '@congvan/organisation';
import { createTemplateRenderer, type ReplyDocumentModel } from '@congvan/rendering';
import {
  abbreviationOf,
  addWorkingDays,
  BODY_PLACEHOLDER,
  buildReminderModel,
  buildSummaryReportModel,
  buildUnitReportModel,
  citationOf,
  type DirectiveFacts,
  type UnitFacts,
} from './reply-drafts.js';

const directive = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../samples/directives/${name}/expected.json`, import.meta.url), 'utf8'),
  ) as DirectiveFacts;
const registry = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../../samples/org/${name}.json`, import.meta.url), 'utf8')) as {
      units: Array<UnitFacts & { code: string; parentCode: string | null; aliases: string[] }>;
    }
  ).units;

const dongda = directive('dongda-2024-01-matkhau');
const myduc = directive('myduc-2024-08-matkhau');
const dongdaUnits = registry('dongda-2024-01');
const myducUnits = registry('myduc-2024-08');

function facts(units: ReturnType<typeof registry>, code: string): UnitFacts {
  const unit = units.find((u) => u.code === code)!;
  return {
    name: unit.name,
    kind: unit.kind,
    headTitle: unit.headTitle,
    parentName: units.find((u) => u.code === unit.parentCode)?.name ?? null,
  };
}

const renderer = createTemplateRenderer({
  templatesDir: new URL('../../../templates/', import.meta.url),
  embedFonts: false,
});
const text = (model: ReplyDocumentModel) =>
  renderer
    .renderHtml(model)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('findIssuerUnit', () => {
  it('finds the registry unit that issued the directive by name, ignoring case and accents', () => {
    expect(findIssuerUnit(dongdaUnits, dongda.issuer!.name)?.code).toBe('dongda');
    expect(findIssuerUnit(myducUnits, myduc.issuer!.name)?.code).toBe('myduc.huyen-uy');
    expect(findIssuerUnit(dongdaUnits, 'SỞ NỘI VỤ HÀ NỘI')).toBeNull();
  });
});

describe('buildUnitReportModel', () => {
  const catLinh = facts(dongdaUnits, 'dongda.ward.cat-linh');
  const model = buildUnitReportModel({
    directive: dongda,
    directiveIssuer: facts(dongdaUnits, 'dongda'),
    unit: catLinh,
    responses: ['Phường đã đổi mật khẩu 15/15 tài khoản.\n\nĐã cài phần mềm diệt virus.'],
    reportTo: ['UBND quận (qua phòng Nội vụ)'],
    today: '2024-01-22',
  });

  it('issues from the unit under its parent, in the system of the directive', () => {
    expect(model).toMatchObject({
      system: 'state',
      kind: 'unit_report',
      number: null,
      symbol: 'BC-UBND',
      place: '',
      date: '2024-01-22',
    });
    expect(model.issuer).toEqual({
      parent: 'ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA',
      name: 'ỦY BAN NHÂN DÂN\nPHƯỜNG CÁT LINH',
      nameInText: 'Ủy ban nhân dân phường Cát Linh',
    });
  });

  it('addresses the issuer through the office the task names and cites the directive', () => {
    expect(model.recipients).toEqual(['Ủy ban nhân dân quận Đống Đa (qua phòng Nội vụ)']);
    expect(model.citation).toMatchObject({
      kind: 'Công văn',
      number: null,
      symbol: 'UBND-NV',
      date: '2024-01',
      issuer: 'Ủy ban nhân dân quận Đống Đa',
      deadline: '2024-01-25',
    });
    expect(text(model)).toContain('Thực hiện Công văn số');
    expect(text(model)).toContain(
      '/UBND-NV tháng 01/2024 của Ủy ban nhân dân quận Đống Đa về việc rà soát thay đổi mật khẩu',
    );
  });

  it("takes the body from the unit's answers and leaves the signer's name to fill in", () => {
    expect(model.body).toEqual([
      { kind: 'paragraph', text: 'Phường đã đổi mật khẩu 15/15 tài khoản.' },
      { kind: 'paragraph', text: 'Đã cài phần mềm diệt virus.' },
    ]);
    expect(model.signer).toEqual({ authority: 'TM.', body: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' });
    expect(text(model)).toContain('[Họ và tên người ký]');
  });

  it('puts a placeholder in the body when the unit has not answered yet, and follows a Party directive', () => {
    const party = buildUnitReportModel({
      directive: myduc,
      directiveIssuer: facts(myducUnits, 'myduc.huyen-uy'),
      unit: facts(myducUnits, 'myduc.dang-uy.phu-luu-te'),
      responses: [],
      reportTo: [],
      today: '2024-08-07',
    });
    expect(party).toMatchObject({
      system: 'party',
      symbol: 'BC/ĐU',
      recipients: ['Huyện ủy Mỹ Đức'],
      body: [{ kind: 'paragraph', text: BODY_PLACEHOLDER }],
    });
    expect(party.issuer).toMatchObject({ parent: 'HUYỆN ỦY MỸ ĐỨC', name: 'ĐẢNG ỦY XÃ PHÙ LƯU TẾ' });
    expect(party.signer).toMatchObject({ authority: 'T/M', body: 'ĐẢNG ỦY', title: 'BÍ THƯ' });
    expect(text(party)).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text(party)).toContain('Thực hiện Công văn số 1100-CV/HU ngày 05/8/2024 của Huyện ủy Mỹ Đức');
  });
});

const compliance = [
  {
    unitName: 'Ủy ban nhân dân phường Cát Linh',
    total: 2,
    done: 2,
    late: 0,
    notReported: 0,
    lastReportedAt: '2024-01-23T09:00:00.000Z',
  },
  {
    unitName: 'Ủy ban nhân dân phường Hàng Bột',
    total: 2,
    done: 1,
    late: 1,
    notReported: 0,
    lastReportedAt: '2024-01-29T09:00:00.000Z',
  },
  { unitName: 'Phòng Nội vụ', total: 2, done: 1, late: 0, notReported: 1, lastReportedAt: '2024-01-20T09:00:00.000Z' },
];

describe('buildSummaryReportModel', () => {
  const model = buildSummaryReportModel({
    directive: dongda,
    issuer: facts(dongdaUnits, 'dongda'),
    compliance,
    today: '2024-01-30',
  });

  it('reports from the issuer with one results row per unit', () => {
    expect(model).toMatchObject({ kind: 'summary_report', symbol: 'BC-UBND', place: 'Đống Đa', recipients: [] });
    expect(model.issuer).toMatchObject({ parent: null, name: 'ỦY BAN NHÂN DÂN\nQUẬN ĐỐNG ĐA' });
    expect(model.body).toEqual([
      {
        kind: 'results',
        heading: 'Kết quả báo cáo của các đơn vị',
        rows: [
          { unit: 'Ủy ban nhân dân phường Cát Linh', status: 'done', reportedAt: '2024-01-23T09:00:00.000Z' },
          { unit: 'Ủy ban nhân dân phường Hàng Bột', status: 'late', reportedAt: '2024-01-29T09:00:00.000Z' },
          { unit: 'Phòng Nội vụ', status: 'not_reported', reportedAt: null },
        ],
      },
    ]);
    const rendered = text(model);
    expect(rendered).toContain(
      'Tổng số đơn vị được giao: 03 (ba); đã báo cáo đúng hạn: 01 (một); báo cáo chậm: 01 (một); chưa báo cáo: 01 (một).',
    );
    expect(rendered).toContain('Ủy ban nhân dân phường Hàng Bột Báo cáo chậm 29/01/2024');
  });
});

describe('buildReminderModel', () => {
  it('writes to the units that still owe a report, giving three working days', () => {
    const model = buildReminderModel({
      directive: dongda,
      issuer: facts(dongdaUnits, 'dongda'),
      compliance,
      today: '2024-01-26',
    });
    expect(model).toMatchObject({
      kind: 'reminder',
      symbol: 'UBND',
      recipients: ['Phòng Nội vụ'],
      deadline: '2024-01-31',
    });
    expect(text(model)).toContain('Kính gửi: Phòng Nội vụ');
    expect(text(model)).toContain('trước ngày 31/01/2024');
  });

  it('counts working days over a weekend', () => {
    expect(addWorkingDays('2024-08-14', 3)).toBe('2024-08-19');
    expect(addWorkingDays('2024-08-16', 1)).toBe('2024-08-19');
  });
});

describe('abbreviations and citations', () => {
  it('abbreviates the issuer as its ký hiệu usually does', () => {
    expect(abbreviationOf({ name: 'Phòng Nội vụ', kind: 'specialised_office' })).toBe('PNV');
    expect(abbreviationOf({ name: 'Huyện ủy Mỹ Đức', kind: 'party_committee' })).toBe('HU');
    expect(abbreviationOf({ name: 'Ủy ban nhân dân xã Phù Lưu Tế', kind: 'commune' })).toBe('UBND');
  });

  it('keeps the printed issuer name when the registry does not know it', () => {
    expect(citationOf(dongda, null).issuer).toBe('ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA');
  });
});
