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
  ])('refuses %s with a bilingual 422', (_, text, message) => {
    expect(() => parseRegistryJson(text)).toThrow(
      expect.objectContaining({
        code: 'INVALID_REGISTRY_FILE',
        httpStatus: 422,
        messageVi: expect.stringMatching(message),
      }),
    );
  });

  it('refuses a CSV with the wrong header', () => {
    expect(() => parseRegistryCsv('ma,ten\nx,y\n')).toThrow(expect.objectContaining({ code: 'INVALID_REGISTRY_FILE' }));
  });
});
