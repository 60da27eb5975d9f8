import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RegistryUnit } from './registry-file.js';
import { Unit } from './unit.entity.js';

export interface ImportSummary {
  created: number;
  updated: number;
}

@Injectable()
export class OrganisationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  countUnits(): Promise<number> {
    return this.dataSource.getRepository(Unit).count();
  }

  /**
   * Imports a registry in one transaction: units are matched by code, created or updated, parents
   * resolved by code (the file lists parents first). Units absent from the file are left alone.
   */
  importRegistry(units: RegistryUnit[]): Promise<ImportSummary> {
    return this.dataSource.transaction(async (tx) => {
      const summary: ImportSummary = { created: 0, updated: 0 };
      const ids = await this.idsByCode(
        tx,
        units.map((u) => u.code).concat(units.flatMap((u) => (u.parentCode ? [u.parentCode] : []))),
      );
      for (const unit of units) {
        const values = {
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          parentId: unit.parentCode ? (ids.get(unit.parentCode) ?? null) : null,
          headTitle: unit.headTitle,
          aliases: unit.aliases,
          validFrom: unit.validFrom,
          validTo: unit.validTo,
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
      return summary;
    });
  }

  /** The whole registry with parents by code, parents first, as registry files carry it. */
  async exportRegistry(): Promise<RegistryUnit[]> {
    return (await this.listUnits()).map(({ id: _id, ...unit }) => unit);
  }

  /** The registry as exported, each unit with its id (what tasks and dispatch refer to). */
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
  };
}
