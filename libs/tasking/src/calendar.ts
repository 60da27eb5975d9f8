import { Controller, Get, Inject, Injectable, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { accessCondition, type AuthUser, binder, CurrentUser, Roles } from '@congvan/auth';
import { type Clock, TASKING_CLOCK } from './clock.js';

export class CalendarQueryDto {
  /** YYYY-MM; this month (in Vietnam) when absent. */
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month?: string;

  /** Only this unit's tasks (within what the caller may see). */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export interface CalendarDay {
  date: string;
  /** Tasks due that day, and of them: not reported, not reported and past (overdue), reported. */
  total: number;
  open: number;
  overdue: number;
  done: number;
}

/** The deadline calendar: per day of a month, the tasks due, as counts (a day opens the task list). */
export interface CalendarMonth {
  month: string;
  today: string;
  days: CalendarDay[];
}

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
  ) {}

  async month(user: AuthUser, query: CalendarQueryDto): Promise<CalendarMonth> {
    const today = this.today();
    const month = query.month ?? today.slice(0, 7);
    const values: unknown[] = [];
    const bind = binder(values);
    const first = bind(`${month}-01`);
    const day = bind(today);
    const unit = bind(query.unitId ?? null);
    const visible = accessCondition(user, 'task', 'read', 't', bind);
    const days: CalendarDay[] = await this.dataSource.query(
      `SELECT t.due_on::text AS date, count(*)::int AS total,
              count(*) FILTER (WHERE t.status IN ('open', 'returned'))::int AS open,
              count(*) FILTER (WHERE t.status IN ('open', 'returned') AND t.due_on < ${day}::date)::int AS overdue,
              count(*) FILTER (WHERE t.status IN ('closed', 'accepted'))::int AS done
         FROM task t
        WHERE t.due_on >= ${first}::date AND t.due_on < (${first}::date + interval '1 month') AND t.status <> 'cancelled'
          AND (${unit}::uuid IS NULL OR t.unit_id = ${unit}::uuid) AND ${visible}
        GROUP BY t.due_on ORDER BY t.due_on`,
      values,
    );
    return { month, today, days };
  }
}

@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** Lịch hạn xử lý: the month's due days of the tasks the caller may see (a unit admin: its unit's). */
  @Get()
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  month(@Query() query: CalendarQueryDto, @CurrentUser() user: AuthUser): Promise<CalendarMonth> {
    return this.calendar.month(user, query);
  }
}
