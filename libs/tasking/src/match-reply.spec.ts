import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchReply, type ReplyDirective, type ReplyUnit } from './match-reply.js';
import { bodyKey, findCitations, namesBody, printedSender } from './reply-text.js';

const reports = join(process.cwd(), 'samples/reports');
const sample = (file: string) => readFileSync(join(reports, file), 'utf8');

const units: ReplyUnit[] = [
  { id: 'u-anmy', code: 'myduc.dang-uy.an-my', name: 'Đảng ủy xã An Mỹ', aliases: ['Đảng ủy An Mỹ'], parentName: null },
  { id: 'u-xuyxa', code: 'myduc.dang-uy.xuy-xa', name: 'Đảng ủy xã Xuy Xá', aliases: [], parentName: null },
  { id: 'u-antien', code: 'myduc.dang-uy.an-tien', name: 'Đảng ủy xã An Tiến', aliases: [], parentName: null },
];
const directive = (id: string, over: Partial<ReplyDirective> = {}): ReplyDirective => ({
  documentId: id,
  number: '1100',
  symbol: 'CV/HU',
  date: '2024-08-05',
  issuerName: 'Huyện ủy Mỹ Đức',
  addressees: ['Ban Thường vụ Huyện ủy', 'Ban Tổ chức Huyện ủy'],
  openHolders: ['u-anmy', 'u-xuyxa', 'u-antien'],
  holders: ['u-anmy', 'u-xuyxa', 'u-antien'],
  ...over,
});

describe('findCitations', () => {
  it('reads number, symbol, date and issuer, spaced as OCR gives them', () => {
    const [c] = findCitations('Thực hiện Công văn số 1100 - CV/HU ngày 05/08/2024 của Huyện ủy Mỹ Đức về việc rà soát');
    expect(c).toMatchObject({ number: '1100', symbol: 'CV/HU', date: '2024-08-05', issuer: 'Huyện ủy Mỹ Đức' });
  });
  it("does not take a document's own number line for a citation", () => {
    expect(findCitations('Số 45-BC/ĐU\nAn Mỹ, ngày 07 tháng 8 năm 2024')).toEqual([]);
  });
});

describe('body names', () => {
  it('unifies abbreviations and refuses another place', () => {
    expect(bodyKey('Phòng GD&ĐT huyện')).toBe(bodyKey('Phòng Giáo dục và Đào tạo huyện'));
    const keys = [bodyKey('Huyện ủy Mỹ Đức'), bodyKey('Huyện ủy')];
    expect(namesBody('Ban Thường vụ Huyện ủy Mỹ Đức (qua Ban Tổ chức)', keys, keys[0])).toBe(true);
    expect(namesBody('Ban Thường vụ Huyện ủy Ứng Hòa', keys, keys[0])).toBe(false);
  });
  it('reads the sender from the top-left block', () => {
    expect(printedSender(sample('12-ubnd-catlinh-baocao.txt'))?.name).toBe('ỦY BAN NHÂN DÂN PHƯỜNG CÁT LINH');
    // The Party asterisk as OCR reads it is not a name.
    expect(
      printedSender('ĐẢNG BỘ HUYỆN MỸ ĐỨC\n\nĐẢNG ỦY THỊ TRẤN ĐẠI NGHĨA\n\n>z\n\nĐại Nghĩa, ngày 06 tháng 8 năm 2024'),
    ).toEqual({
      name: 'ĐẢNG ỦY THỊ TRẤN ĐẠI NGHĨA',
      parent: 'ĐẢNG BỘ HUYỆN MỸ ĐỨC',
    });
  });
});

describe('matchReply', () => {
  it("closes a unit's report that answers the one directive it holds, with the evidence", () => {
    const decision = matchReply({ text: sample('01-danguy-anmy-baocao.txt'), header: null }, [directive('A')], units);
    expect(decision).toMatchObject({ outcome: 'matched', directiveId: 'A', unitId: 'u-anmy' });
    if (decision.outcome !== 'matched') throw new Error('not matched');
    expect(decision.evidence.method).toBe('text');
    expect(decision.evidence.quote).toContain('1100-CV/HU');
  });

  it('leaves an undated citation of a code used twice for the clerk', () => {
    const decision = matchReply(
      { text: sample('23-danguy-xuyxa-khong-ngay.txt'), header: null },
      [directive('A'), directive('E', { date: '2023-03-10' })],
      units,
    );
    expect(decision).toMatchObject({ outcome: 'pending', reason: 'several_directives', directiveIds: ['A', 'E'] });
  });

  it("does not close on a unit's own plan that cites the directive", () => {
    expect(
      matchReply({ text: sample('26-danguy-antien-kehoach.txt'), header: null }, [directive('A')], units),
    ).toMatchObject({ outcome: 'none' });
  });

  it('waits when the unit has already reported (no open task)', () => {
    const decision = matchReply(
      { text: sample('01-danguy-anmy-baocao.txt'), header: null },
      [directive('A', { openHolders: [] })],
      units,
    );
    expect(decision).toMatchObject({ outcome: 'pending', reason: 'no_open_task', unitId: 'u-anmy' });
  });

  it('trusts an edXML ResponseFor and the sender code over a text that names nothing', () => {
    const decision = matchReply(
      {
        text: 'Gửi kèm báo cáo.',
        header: {
          fromOrganId: 'myduc.dang-uy.an-my',
          fromOrganName: 'Đảng ủy xã An Mỹ',
          responseFor: [{ number: '1100', symbol: 'CV/HU', promulgationDate: '2024-08-05' }],
        },
      },
      [directive('A')],
      units,
    );
    expect(decision).toMatchObject({ outcome: 'matched', directiveId: 'A', unitId: 'u-anmy' });
  });

  it('knows the sender by its mã định danh, as another system names it, and not by an identifier two units share', () => {
    const header = (fromOrganId: string) => ({
      text: 'Gửi kèm báo cáo.',
      header: {
        fromOrganId,
        fromOrganName: null,
        responseFor: [{ number: '1100', symbol: 'CV/HU', promulgationDate: '2024-08-05' }],
      },
    });
    const identified = units.map((u) => (u.id === 'u-anmy' ? { ...u, identifier: '000.12.34.H26' } : u));
    const matched = matchReply(header('000.12.34.H26'), [directive('A')], identified);
    expect(matched).toMatchObject({ outcome: 'matched', directiveId: 'A', unitId: 'u-anmy' });
    if (matched.outcome !== 'matched') throw new Error('not matched');
    expect(matched.evidence.sender).toEqual({ name: null, source: 'edxml', unitId: 'u-anmy' });
    // Without the identifier in the registry, the same package names nobody we know.
    expect(matchReply(header('000.12.34.H26'), [directive('A')], units)).toMatchObject({
      outcome: 'pending',
      reason: 'unknown_unit',
    });
    const shared = identified.map((u) => (u.id === 'u-xuyxa' ? { ...u, identifier: '000.12.34.H26' } : u));
    expect(matchReply(header('000.12.34.H26'), [directive('A')], shared)).toMatchObject({
      outcome: 'pending',
      reason: 'unknown_unit',
    });
  });

  it('closes no decoy or clerk case of the samples', () => {
    const index = JSON.parse(sample('index.json')) as {
      documents: Array<{ file: string; expect: string; header?: unknown }>;
    };
    const all = [directive('A'), directive('E', { date: '2023-03-10' })];
    const wide: ReplyUnit[] = [
      ...units,
      ...['hong-son', 'bot-xuyen', 'phuc-lam'].map((s) => ({
        id: `u-${s}`,
        code: `myduc.dang-uy.${s}`,
        name: `Đảng ủy xã ${s}`,
        aliases: [],
        parentName: null,
      })),
    ];
    for (const doc of index.documents.filter((d) => d.expect !== 'match' && !d.header)) {
      const decision = matchReply({ text: sample(doc.file), header: null }, all, wide);
      expect([doc.file, decision.outcome]).not.toEqual([doc.file, 'matched']);
    }
  });
});
