import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@congvan/common/http';
import type { Directive } from '@congvan/extraction';
import { TASK_STATUSES, type TaskStatus } from './task.entity.js';
import type { InboxTask } from './tasking.service.js';

export const REMIND_SCOPES = ['due', 'unreported'] as const;
export type RemindScope = (typeof REMIND_SCOPES)[number];

export class SettledLineDto {
  @IsString()
  @MaxLength(2000)
  line: string;

  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  unitIds: string[];
}

export class DispatchDto {
  /** The clerk's choice of units for recipient lines that did not resolve cleanly. */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SettledLineDto)
  lines?: SettledLineDto[];

  /** Dispatch even though the directive repeats an earlier registration (recorded in the audit). */
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean;

  /** Why the repeated directive is dispatched again. */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  duplicateReason?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ListTasksQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @IsOptional()
  @IsUUID()
  documentId?: string;

  @IsOptional()
  @IsUUID()
  unitId?: string;

  @IsOptional()
  @Matches(ISO_DAY, { message: 'must be a day YYYY-MM-DD' })
  dueFrom?: string;

  @IsOptional()
  @Matches(ISO_DAY, { message: 'must be a day YYYY-MM-DD' })
  dueTo?: string;

  /** `true`: only tasks past their due day and not reported. */
  @IsOptional()
  @Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )
  @IsBoolean()
  overdue?: boolean;
}

export class RegisterQueryDto {
  @IsOptional()
  @IsUUID()
  documentId?: string;
}

export class RemindDirectiveDto {
  /** `due`: tasks due today or earlier (the default); `unreported`: every task not yet reported. */
  @IsOptional()
  @IsIn(REMIND_SCOPES)
  scope: RemindScope = 'due';

  /** Only these units (each must hold a task of the directive); every unit when absent. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  unitIds?: string[];
}

export class RespondDto {
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  // Multipart fields are parsed after the request guard's NUL check; PostgreSQL stores no NUL.
  @Matches(/^[^\u0000]*$/, { message: 'text must not contain NUL characters' })
  text: string;
}

export class ReturnTaskDto {
  /** Required: the service says so in Vietnamese when it is missing or too short (not a generic 400). */
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  reason?: string;
}

export interface TaskView {
  id: string;
  documentId: string;
  requirementRef: string;
  requirementText: string;
  unitId: string;
  recipientLine: string;
  dueOn: string | null;
  occurrence: string | null;
  deadlineText: string | null;
  reportTo: string[];
  status: TaskStatus;
  overdue: boolean;
  closedAt: string | null;
  /** When the unit was last reminded (daily job for overdue tasks, or the issuer's button); null if never. */
  lastRemindedAt: string | null;
  /** When the task was cancelled because its directive was taken back; null otherwise. */
  cancelledAt: string | null;
  /** Set when the unit received the task as the successor of the units the directive addressed. */
  transferNote: string | null;
}

export function toTaskView(task: InboxTask, overdue: boolean): TaskView {
  return {
    id: task.id,
    documentId: task.documentId,
    requirementRef: task.requirementRef,
    requirementText: task.requirementText,
    unitId: task.unitId,
    recipientLine: task.recipientLine,
    dueOn: task.dueOn,
    occurrence: task.occurrence || null,
    deadlineText: task.deadlineText,
    reportTo: task.reportTo,
    status: task.status,
    overdue,
    closedAt: task.closedAt?.toISOString() ?? null,
    lastRemindedAt: task.lastRemindedAt?.toISOString() ?? null,
    cancelledAt: task.cancelledAt?.toISOString() ?? null,
    transferNote: task.transferNote ?? null,
  };
}

/** What the unit needs to know of the directive behind a task: which document, from whom, about what. */
export interface DirectiveSummary {
  docType: string;
  number: string | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
}

export function summariseDirective(directive: Directive): DirectiveSummary {
  return {
    docType: directive.docType,
    number: directive.number,
    symbol: directive.symbol,
    date: directive.date,
    issuer: directive.issuer?.name ?? null,
    subject: directive.subject,
  };
}
