import { readFileSync } from 'node:fs';
import { parseRegistryCsv, parseRegistryJson, toRegistryCsv, type RegistryUnit } from './registry-file.js';

const sample = (name: string) => readFileSync(new URL(`../../../samples/org/${name}`, import.meta.url), 'utf8');

describe('registry files', () => {
  it('loads both sample registries', () => {
    const dongda = parseRegistryJson(sample('dongda-2024-01.json'));
    const myduc = parseRegistryJson(sample('myduc-2024-08.json'));
    expect(dongda.units.filter((u) => u.kind === 'ward')).toHaveLength(21);
    expect(myduc.units.filter((u) => u.kind === 'commune')).toHaveLength(21);
    expect(myduc.units.filter((u) => u.kind === 'township').map((u) => u.name)).toEqual([
      'Ủy ban nhân dân thị trấn Đại Nghĩa',
    ]);
  });

  it('round-trips through CSV, quotes and all', () => {
    const units: RegistryUnit[] = [
      {
        code: 'x',
        name: 'Ủy ban nhân dân quận "Thử", Hà Nội',
        kind: 'people_committee',
        parentCode: null,
        headTitle: 'Chủ tịch',
        aliases: ['UBND quận', 'Quận'],
        validFrom: '2024-01-01',
        validTo: null,
        identifier: '000.00.01.H01',
        successorCode: null,
        successorSince: null,
      },
      {
        code: 'x.y',
        name: 'Phường Một\ndòng hai',
        kind: 'ward',
        parentCode: 'x',
        headTitle: null,
        aliases: [],
        validFrom: null,
        validTo: '2025-06-30',
        identifier: null,
        successorCode: 'z',
        successorSince: '2025-07-01',
      },
      {
        code: 'z',
        name: 'Phường Mới',
        kind: 'ward',
        parentCode: null,
        headTitle: 'Chủ tịch',
        aliases: [],
        validFrom: '2025-07-01',
        validTo: null,
        identifier: null,
        successorCode: null,
        successorSince: null,
        replaces: ['old.a', 'old.b'],
      },
    ];
    expect(parseRegistryCsv(toRegistryCsv(units))).toEqual(units);
  });

  it.each([
    [
      'a duplicate code',
      '{"units":[{"code":"a","name":"A","kind":"ward"},{"code":"a","name":"B","kind":"ward"}]}',
      /trùng/,
    ],
    [
      'a parent listed after its child',
      '{"units":[{"code":"b","name":"B","kind":"ward","parentCode":"a"},{"code":"a","name":"A","kind":"ward"}]}',
      /cấp trên/,
    ],
    ['an unknown kind', '{"units":[{"code":"a","name":"A","kind":"galaxy"}]}', /loại đơn vị/],
    ['a malformed date', '{"units":[{"code":"a","name":"A","kind":"ward","validFrom":"01/02/2024"}]}', /YYYY-MM-DD/],
    ['broken JSON', '{"units":', /JSON/],
    [
      'a mã định danh not in the QĐ 20/2020 shape',
      '{"units":[{"code":"a","name":"A","kind":"ward","identifier":"H01.00.00.000"}]}',
      /20\/2020\/QĐ-TTg/,
    ],
    [
      'a successor without its date',
      '{"units":[{"code":"a","name":"A","kind":"ward","successorCode":"b"}]}',
      /ngày kế thừa/,
    ],
    [
      'a unit replacing others with no validFrom',
      '{"units":[{"code":"a","name":"A","kind":"commune","replaces":["old"]}]}',
      /ngày có hiệu lực/,
    ],
    [
      'a unit succeeding itself',
      '{"units":[{"code":"a","name":"A","kind":"ward","validFrom":"2025-07-01","replaces":["a"]}]}',
      /chính nó/,
    ],
  ])('refuses %s with a bilingual 422', (_, text, message) => {
    expect(() => parseRegistryJson(text)).toThrow(
      expect.objectContaining({
        code: 'INVALID_REGISTRY_FILE',
        httpStatus: 422,
        messageVi: expect.stringMatching(message),
      }),
    );
  });

  it('reads a new registry in CSV with successor columns in any order, and an old file without them', () => {
    const csv = [
      'code,name,kind,parent_code,head_title,aliases,valid_from,valid_to,replaces,identifier',
      'hn.xa.hong-son,Ủy ban nhân dân xã Hồng Sơn,commune,,Chủ tịch,UBND xã Hồng Sơn,2025-07-01,,myduc.xa.an-my|myduc.xa.le-thanh,000.00.01.H01',
    ].join('\n');
    expect(parseRegistryCsv(csv)).toEqual([
      expect.objectContaining({
        code: 'hn.xa.hong-son',
        identifier: '000.00.01.H01',
        replaces: ['myduc.xa.an-my', 'myduc.xa.le-thanh'],
        successorCode: null,
      }),
    ]);
    const old = parseRegistryCsv(
      'code,name,kind,parent_code,head_title,aliases,valid_from,valid_to\na,Phường A,ward,,,,,\n',
    );
    expect(old[0]).toMatchObject({ identifier: null, successorCode: null, successorSince: null });
    expect(old[0].replaces).toBeUndefined();
  });

  it('refuses a file giving one mã định danh to two units, naming the row', () => {
    const csv = [
      'code,name,kind,parent_code,head_title,aliases,valid_from,valid_to,identifier',
      'a,Phường A,ward,,,,,,000.00.01.H01',
      'b,Phường B,ward,,,,,,',
      'c,Phường C,ward,,,,,,000.00.01.H01',
    ].join('\n');
    expect(() => parseRegistryCsv(csv)).toThrow(
      expect.objectContaining({
        code: 'INVALID_REGISTRY_FILE',
        messageVi: 'Tệp danh mục đơn vị không hợp lệ (dòng 3): mã định danh "000.00.01.H01" trùng với dòng 1.',
      }),
    );
    expect(parseRegistryCsv(csv.replace(/H01$/, 'H02')).map((u) => u.identifier)).toEqual([
      '000.00.01.H01',
      null,
      '000.00.01.H02',
    ]);
  });

  it('refuses a CSV with an unknown extra column', () => {
    expect(() =>
      parseRegistryCsv('code,name,kind,parent_code,head_title,aliases,valid_from,valid_to,ke_thua\na,A,ward,,,,,,b\n'),
    ).toThrow(expect.objectContaining({ code: 'INVALID_REGISTRY_FILE', messageVi: expect.stringMatching(/ke_thua/) }));
  });

  it('refuses a CSV with the wrong header', () => {
    expect(() => parseRegistryCsv('ma,ten\nx,y\n')).toThrow(expect.objectContaining({ code: 'INVALID_REGISTRY_FILE' }));
  });
});
