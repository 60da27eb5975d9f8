import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '@congvan/auth';
import { Document } from '@congvan/documents';
import { isValidOn } from '@congvan/organisation';
import { planHorizonExtension, seriesKey } from './plan-horizon-extension.js';
import { TaskPlanner } from './task-planner.js';

/** Recurring deadlines: occurrences are created HORIZON_DAYS ahead and the horizon moves on daily. */
@Injectable()
export class HorizonService {
  private readonly logger = new Logger(HorizonService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: TaskPlanner,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Creates the occurrences of recurring deadlines that have come within the horizon since
   * dispatch (dispatch plans HORIZON_DAYS ahead), for every dispatched directive not taken back by
   * its sender; run daily by the
   * `tasks.extend-horizon` job. Idempotent: same key as dispatch. Returns how many tasks it created.
   */
  async extendHorizon(): Promise<number> {
    const documents: Array<{ id: string }> = await this.dataSource.query(
      `SELECT d.id FROM document d WHERE d.status = 'tasked' AND d.taken_back_at IS NULL AND EXISTS (SELECT 1 FROM task t WHERE t.document_id = d.id AND t.occurrence <> '') ORDER BY d.created_at`,
    );
    let created = 0;
    for (const { id } of documents) created += await this.extendDirective(id);
    return created;
  }

  /** One directive's extension, under the same row lock as dispatch, from what its tasks say was dispatched. */
  private extendDirective(documentId: string): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const document = await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
      // Taken back since the list was read: its work is cancelled, nothing more is planned on it.
      if (!document || document.takenBackAt) return 0;
      const { directive, units } = await this.planner.load(tx, documentId);
      const series: Array<{
        unitId: string;
        requirementRef: string;
        recipientLine: string;
        lastOccurrence: string;
        createdOn: string;
      }> = await tx.query(
        `SELECT unit_id AS "unitId", requirement_ref AS "requirementRef", min(recipient_line) AS "recipientLine", max(occurrence) AS "lastOccurrence",
                min((created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::text AS "createdOn"
           FROM task WHERE document_id = $1 GROUP BY unit_id, requirement_ref`,
        [documentId],
      );
      if (series.length === 0) return 0;
      const today = this.planner.today();
      // A unit merged away or dissolved since dispatch gets no new occurrences.
      const current = new Set(units.filter((u) => isValidOn(u, today)).map((u) => u.id));
      const unitsByLine = new Map<string, Set<string>>();
      for (const s of series)
        if (current.has(s.unitId))
          unitsByLine.set(s.recipientLine, (unitsByLine.get(s.recipientLine) ?? new Set()).add(s.unitId));
      const context = this.planner.dueContext(directive);
      const planned = planHorizonExtension(
        directive,
        {
          dispatchedOn: series.reduce((min, s) => (s.createdOn < min ? s.createdOn : min), series[0].createdOn),
          issuedOn: context.issuedOn,
          recipients: [...unitsByLine].map(([line, ids]) => ({ line, unitIds: [...ids] })),
          lastOccurrences: new Map(series.map((s) => [seriesKey(s.requirementRef, s.unitId), s.lastOccurrence])),
        },
        this.planner.unitsOf(units, directive),
        context.horizonEnd,
      );
      const createdIds = await this.planner.insertTasks(tx, documentId, planned, null);
      if (createdIds.length > 0) {
        await this.audit.record(tx, {
          actorId: null,
          action: 'directive.horizon_extended',
          targetType: 'document',
          targetId: documentId,
          details: { tasks: createdIds.length, horizonEnd: context.horizonEnd },
        });
        this.logger.log({
          msg: 'recurring deadlines extended',
          documentId,
          created: createdIds.length,
          horizonEnd: context.horizonEnd,
        });
      }
      return createdIds.length;
    });
  }
}
