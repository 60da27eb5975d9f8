import { Controller, Get, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, type AuthUser, binder, CurrentUser, Roles } from '@congvan/auth';
import { withoutUnusedBinds } from './sql-binds.js';
import { type Clock, TASKING_CLOCK } from './tasking.service.js';

/** "Việc cần xử lý": what needs the caller today, counted within what it may see and do. */
export interface Worklist {
  today: string;
  /** Tasks not reported, due today. */
  dueToday: number;
  /** Tasks not reported, past their due day. */
  overdue: number;
  /** Reports a unit closed that the issuer has still to accept or return (issuers only). */
  awaitingReview: number;
  /** Documents read and extracted, waiting for the clerk's review (clerks only). */
  documentsToReview: number;
  /** Replies submitted: a leader's to sign, an author's waiting for the signature. */
  awaitingSignature: number;
  /** Tasks returned to the unit, and replies returned to their author. */
  returned: number;
  /** Tasks cancelled in the last CANCELLED_DAYS days because their directive was taken back by its sender. */
  cancelled: number;
}

/** How long the home page tells a unit about work cancelled by a take-back. */
export const CANCELLED_DAYS = 7;

@Injectable()
export class WorklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
  ) {}

  async counts(user: AuthUser): Promise<Worklist> {
    const today = this.today();
    const values: unknown[] = [];
    const bind = binder(values);
    const day = bind(today);
    const readTasks = accessCondition(user, 'task', 'read', 't', bind);
    const judgeTasks = accessCondition(user, 'task', 'judge', 't', bind);
    const answerTasks = accessCondition(user, 'task', 'answer', 't', bind);
    const manageDocuments = accessCondition(user, 'document', 'manage', 'd', bind);
    const signReplies = accessCondition(user, 'reply', 'sign', 'r', bind);
    const authorReplies = accessCondition(user, 'reply', 'author', 'r', bind);
    const [row] = await this.dataSource.query(
      ...withoutUnusedBinds(
        `SELECT
         (SELECT count(*) FROM task t WHERE ${readTasks} AND t.status IN ('open', 'returned') AND t.due_on = ${day}::date)::int AS "dueToday",
         (SELECT count(*) FROM task t WHERE ${readTasks} AND t.status IN ('open', 'returned') AND t.due_on < ${day}::date)::int AS overdue,
         (SELECT count(*) FROM task t WHERE ${judgeTasks} AND t.status = 'closed')::int AS "awaitingReview",
         (SELECT count(*) FROM document d WHERE ${manageDocuments} AND d.status = 'extracted')::int AS "documentsToReview",
         (SELECT count(*) FROM reply_document r WHERE (${signReplies} OR ${authorReplies}) AND r.status = 'submitted')::int AS "awaitingSignature",
         (SELECT count(*) FROM task t WHERE ${answerTasks} AND t.status = 'returned')::int
           + (SELECT count(*) FROM reply_document r WHERE ${authorReplies} AND r.status = 'returned')::int AS returned,
         (SELECT count(*) FROM task t WHERE ${readTasks} AND t.status = 'cancelled'
             AND t.cancelled_at >= ${day}::date - ${CANCELLED_DAYS})::int AS cancelled`,
        values,
      ),
    );
    // Accepting or returning reports is the issuer's work, not a unit admin's.
    return { today, ...row, awaitingReview: user.role === 'unit_admin' ? 0 : row.awaitingReview };
  }
}

@Controller('worklist')
export class WorklistController {
  constructor(private readonly worklist: WorklistService) {}

  @Get()
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  counts(@CurrentUser() user: AuthUser): Promise<Worklist> {
    return this.worklist.counts(user);
  }
}
