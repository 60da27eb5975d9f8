import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuthUser, authorize } from '@congvan/auth';
import { currentDirective, DirectiveDraft } from '@congvan/documents';
import { findIssuerUnit, Unit } from '@congvan/organisation';
import { type Clock, ComplianceService, Task, TASKING_CLOCK, TaskResponse } from '@congvan/tasking';
import { RepliesService } from './replies.service.js';
import {
  directiveNotFound,
  draftTaskNotFound,
  issuerNotInRegistry,
  notDispatched,
  nothingToRemind,
} from './replies.errors.js';
import type { ReplyDocument } from './reply-document.entity.js';
import {
  buildReminderModel,
  buildSummaryReportModel,
  buildUnitReportModel,
  type DirectiveFacts,
  type UnitCompliance,
  type UnitFacts,
} from './reply-drafts.js';

/** Loads what the draft builders need and creates the draft through RepliesService (same checks as POST /replies). */
@Injectable()
export class ReplyDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replies: RepliesService,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** A unit admin's report on one of its unit's tasks; another unit's task is a 404. */
  async unitReport(user: AuthUser, taskId: string): Promise<ReplyDocument> {
    await authorize(this.dataSource.manager, user, 'task', 'answer', taskId, () => draftTaskNotFound(taskId));
    const task = await this.dataSource.getRepository(Task).findOneByOrFail({ id: taskId });
    const [directive, units, responses] = await Promise.all([
      this.directive(task.documentId),
      this.units(),
      this.dataSource.getRepository(TaskResponse).find({ where: { taskId }, order: { createdAt: 'ASC' } }),
    ]);
    const unit = units.find((u) => u.id === task.unitId)!;
    const directiveIssuer = findIssuerUnit(units, directive.issuer?.name);
    const model = buildUnitReportModel({
      directive,
      directiveIssuer: directiveIssuer && this.facts(directiveIssuer, units),
      unit: this.facts(unit, units),
      responses: responses.map((response) => response.text),
      reportTo: task.reportTo,
      today: this.today(),
    });
    return this.replies.create(user, {
      kind: 'unit_report',
      system: model.system,
      documentId: task.documentId,
      issuerUnitId: unit.id,
      docType: 'BC',
      model: { ...model },
    });
  }

  /** The issuer's summary of the units' results. */
  async summary(user: AuthUser, documentId: string): Promise<ReplyDocument> {
    await this.authorizeDirective(user, documentId);
    const { directive, issuer, input } = await this.issuerInput(documentId);
    const model = buildSummaryReportModel(input);
    return this.replies.create(user, {
      kind: 'summary_report',
      system: directive.system,
      documentId,
      issuerUnitId: issuer.id,
      docType: 'BC',
      model: { ...model },
    });
  }

  /** A reminder to the units that still owe a report. */
  async reminder(user: AuthUser, documentId: string): Promise<ReplyDocument> {
    await this.authorizeDirective(user, documentId);
    const { directive, issuer, input } = await this.issuerInput(documentId);
    if (!input.compliance.some((row) => row.notReported > 0)) throw nothingToRemind(documentId);
    const model = buildReminderModel(input);
    return this.replies.create(user, {
      kind: 'reminder',
      system: directive.system,
      documentId,
      issuerUnitId: issuer.id,
      docType: 'CV',
      model: { ...model },
    });
  }

  /** The directive, the registry unit that issued it (as tasking scopes recipients: by name or alias) and compliance per unit. */
  private async issuerInput(documentId: string) {
    const [directive, units] = await Promise.all([this.directive(documentId), this.units()]);
    const issuer = findIssuerUnit(units, directive.issuer?.name);
    if (!issuer) throw issuerNotInRegistry(directive.issuer?.name ?? null);
    const compliance = await this.compliance(documentId);
    if (compliance.length === 0) throw notDispatched(documentId);
    return {
      directive,
      issuer,
      input: { directive, issuer: this.facts(issuer, units), compliance, today: this.today() },
    };
  }

  /** The issuer's drafts are the clerk's work on a directive of its organisation (access policy: document, manage). */
  private authorizeDirective(user: AuthUser, documentId: string): Promise<void> {
    return authorize(this.dataSource.manager, user, 'document', 'manage', documentId, () =>
      directiveNotFound(documentId),
    );
  }

  private async compliance(documentId: string): Promise<UnitCompliance[]> {
    const tasking = this.moduleRef.get(ComplianceService, { strict: false });
    const [rows, reported] = await Promise.all([
      tasking.compliance(documentId),
      this.dataSource.query(
        `SELECT unit_id AS "unitId", to_char(max(closed_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "lastReportedAt"
           FROM task WHERE document_id = $1 AND closed_at IS NOT NULL GROUP BY unit_id`,
        [documentId],
      ) as Promise<Array<{ unitId: string; lastReportedAt: string }>>,
    ]);
    const lastReport = new Map(reported.map((row) => [row.unitId, row.lastReportedAt]));
    return rows.map((row) => ({
      unitName: row.unitName,
      total: row.total,
      done: row.done,
      late: row.late,
      notReported: row.notReported,
      lastReportedAt: lastReport.get(row.unitId) ?? null,
    }));
  }

  private async directive(documentId: string): Promise<DirectiveFacts> {
    const draft = await this.dataSource.getRepository(DirectiveDraft).findOneBy({ documentId });
    if (!draft) throw directiveNotFound(documentId);
    return currentDirective(draft);
  }

  /** Today as tasking sees it (its injected clock), so drafts and compliance agree on what is late. */
  private today(): string {
    return this.moduleRef.get<Clock>(TASKING_CLOCK, { strict: false })();
  }

  private units(): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).find({ order: { code: 'ASC' } });
  }

  private facts(unit: Unit, units: Unit[]): UnitFacts {
    return {
      name: unit.name,
      kind: unit.kind,
      headTitle: unit.headTitle,
      parentName: units.find((u) => u.id === unit.parentId)?.name ?? null,
    };
  }
}
