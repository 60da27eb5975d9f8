import type { Page } from '@congvan/common/http';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '@congvan/common';
import type { EndedUnit, RegistryUnit } from './registry-file.js';
import { dayBefore } from './succession.js';
import { Unit } from './unit.entity.js';

export interface ImportSummary {
  created: number;
  updated: number;
  /** Old units given a successor by this import. */
  succeeded: number;
  /** Old units ended without a successor by this import. */
  ended: number;
}

const identifierTaken = (identifier: string, codes: string[]) =>
  new AppError(
    'INVALID_REGISTRY_FILE',
    422,
    `Tệp danh mục đơn vị không hợp lệ: mã định danh "${identifier}" đã thuộc về đơn vị khác (${codes.join(', ')}).`,
    `Invalid registry file: identifier "${identifier}" would belong to several units (${codes.join(', ')}).`,
    { identifier, codes },
  );

const unknownCode = (code: string) =>
  new AppError(
    'INVALID_REGISTRY_FILE',
    422,
    `Tệp danh mục đơn vị không hợp lệ: đơn vị "${code}" (đơn vị cấp trên, kế thừa hoặc được thay thế) không có trong tệp hay trong danh mục.`,
    `Invalid registry file: unit "${code}" (a parent, a successor or a replaced unit) is neither in the file nor in the registry.`,
    { code },
  );

const ACCENTED =
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ';
const PLAIN =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD';
/** Lower case without Vietnamese accents, as the SQL above folds the names. */
const foldForSearch = (text: string) =>
  [...text.normalize('NFC').toLowerCase()]
    .map((c) => {
      const i = ACCENTED.indexOf(c);
      return i >= 0 ? PLAIN[i] : c;
    })
    .join('')
    .replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class OrganisationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  countUnits(): Promise<number> {
    return this.dataSource.getRepository(Unit).count();
  }

  /**
   * Imports a registry in one transaction: units are matched by code, created or updated, parents
   * resolved by code (the file lists parents first). Units absent from the file are left alone.
   * Successor links come after every unit exists: a unit's own successorCode, and each `replaces`
   * code of a new unit, whose old unit then ends the day before the new one begins.
   */
  importRegistry(units: RegistryUnit[], ended: EndedUnit[] = []): Promise<ImportSummary> {
    return this.dataSource.transaction(async (tx) => {
      const summary: ImportSummary = { created: 0, updated: 0, succeeded: 0, ended: 0 };
      const ids = await this.idsByCode(
        tx,
        units
          .map((u) => u.code)
          .concat(units.flatMap((u) => (u.parentCode ? [u.parentCode] : [])))
          .concat(units.flatMap((u) => [...(u.successorCode ? [u.successorCode] : []), ...(u.replaces ?? [])]))
          .concat(ended.map((e) => e.code)),
      );
      const idOf = (code: string) => {
        const id = ids.get(code);
        if (!id) throw unknownCode(code);
        return id;
      };
      for (const unit of units) {
        const values = {
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          parentId: unit.parentCode ? idOf(unit.parentCode) : null,
          headTitle: unit.headTitle,
          aliases: unit.aliases,
          validFrom: unit.validFrom,
          validTo: unit.validTo,
          identifier: unit.identifier,
          formatOverrides: unit.formatOverrides ?? {},
        };
        const existing = ids.get(unit.code);
        if (existing) {
          await tx.update(Unit, { id: existing }, values);
          summary.updated++;
        } else {
          const saved = await tx.save(Unit, tx.create(Unit, values));
          ids.set(unit.code, saved.id);
          summary.created++;
        }
      }
      for (const unit of units) {
        if (unit.successorCode) {
          await tx.update(
            Unit,
            { id: idOf(unit.code) },
            { successorId: idOf(unit.successorCode), successorSince: unit.successorSince },
          );
          summary.succeeded++;
        }
        for (const oldCode of unit.replaces ?? []) {
          const since = unit.validFrom!;
          const old = await tx.findOneByOrFail(Unit, { id: idOf(oldCode) });
          const lastDay = dayBefore(since);
          await tx.update(
            Unit,
            { id: old.id },
            {
              successorId: idOf(unit.code),
              successorSince: since,
              validTo: old.validTo && old.validTo < lastDay ? old.validTo : lastDay,
            },
          );
          summary.succeeded++;
        }
      }
      for (const end of ended) {
        await tx.update(Unit, { id: idOf(end.code) }, { validTo: end.validTo });
        summary.ended++;
      }
      // The unique constraint is checked at commit; say which units would share an identifier first.
      const [shared] = await tx.query(
        `SELECT identifier, array_agg(code ORDER BY code) AS codes FROM unit
          WHERE identifier IS NOT NULL GROUP BY identifier HAVING count(*) > 1 LIMIT 1`,
      );
      if (shared) throw identifierTaken(shared.identifier, shared.codes);
      return summary;
    });
  }

  /** The whole registry with parents by code, parents first, as registry files carry it. */
  async exportRegistry(): Promise<RegistryUnit[]> {
    return (await this.listUnits()).map(({ id: _id, ...unit }) => unit);
  }

  /** The registry as exported, each unit with its id (what tasks and dispatch refer to). */
  /** A page of the registry, by code unless sorted by name; `q` matches the name or code without accents. */
  async pageUnits(query: {
    q?: string;
    sort?: 'code' | 'name';
    order?: 'asc' | 'desc';
    limit: number;
    offset: number;
  }): Promise<Page<RegistryUnit & { id: string }>> {
    const values: unknown[] = [query.q ? `%${foldForSearch(query.q)}%` : null, query.limit, query.offset];
    const column = query.sort === 'name' ? 'u.name' : 'u.code';
    const rows: Array<{ id: string; total: number }> = await this.dataSource.query(
      `SELECT u.id, count(*) OVER ()::int AS total FROM unit u
        WHERE $1::text IS NULL OR lower(translate(u.name || ' ' || u.code, $4, $5)) LIKE $1
        ORDER BY ${column} ${query.order === 'desc' ? 'DESC' : 'ASC'}, u.id LIMIT $2 OFFSET $3`,
      [...values, ACCENTED, PLAIN],
    );
    const all = await this.listUnits();
    const byId = new Map(all.map((unit) => [unit.id, unit]));
    return {
      items: rows.map((row) => byId.get(row.id)!),
      total:
        rows[0]?.total ??
        (
          await this.dataSource.query(
            `SELECT count(*)::int AS n FROM unit u WHERE $1::text IS NULL OR lower(translate(u.name || ' ' || u.code, $2, $3)) LIKE $1`,
            [values[0], ACCENTED, PLAIN],
          )
        )[0].n,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async listUnits(): Promise<Array<RegistryUnit & { id: string }>> {
    const units = await this.dataSource.getRepository(Unit).find({ order: { code: 'ASC' } });
    const codeById = new Map(units.map((u) => [u.id, u.code]));
    const byCode = new Map(units.map((u) => [u.code, { id: u.id, ...toRegistryUnit(u, codeById) }]));
    const ordered: Array<RegistryUnit & { id: string }> = [];
    const visit = (unit: RegistryUnit & { id: string }) => {
      if (ordered.includes(unit)) return;
      if (unit.parentCode) visit(byCode.get(unit.parentCode)!);
      ordered.push(unit);
    };
    byCode.forEach(visit);
    return ordered;
  }

  private async idsByCode(tx: EntityManager, codes: string[]): Promise<Map<string, string>> {
    const rows = codes.length
      ? await tx
          .createQueryBuilder(Unit, 'u')
          .select(['u.id', 'u.code'])
          .where('u.code = ANY(:codes)', { codes })
          .getMany()
      : [];
    return new Map(rows.map((row) => [row.code, row.id]));
  }
}

/** A unit row in the shape recipient resolution and registry files use. */
export function toRegistryUnit(unit: Unit, codeById?: Map<string, string>): RegistryUnit {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentCode: unit.parentId ? (codeById?.get(unit.parentId) ?? null) : null,
    headTitle: unit.headTitle,
    aliases: unit.aliases,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    identifier: unit.identifier,
    successorCode: unit.successorId ? (codeById?.get(unit.successorId) ?? null) : null,
    successorSince: unit.successorSince,
    ...(Object.keys(unit.formatOverrides ?? {}).length ? { formatOverrides: unit.formatOverrides } : {}),
  };
}
