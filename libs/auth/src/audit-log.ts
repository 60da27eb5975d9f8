import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditQuery {
  action?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  limit: number;
}

/** The audit trail. Callers pass their transaction so the record stands or falls with the change. */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager | null, entry: AuditEntry): Promise<void> {
    const target = manager ?? this.dataSource.manager;
    await target.save(
      AuditEvent,
      target.create(AuditEvent, {
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        ip: entry.ip ?? null,
        details: entry.details ?? {},
      }),
    );
  }

  query(query: AuditQuery): Promise<AuditEvent[]> {
    const builder = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .orderBy('e.at', 'DESC')
      .limit(query.limit);
    if (query.action) builder.andWhere('e.action = :action', { action: query.action });
    if (query.actorId) builder.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.from) builder.andWhere('e.at >= :from', { from: query.from });
    if (query.to) builder.andWhere('e.at < :to', { to: query.to });
    return builder.getMany();
  }

  /** Failed logins from one address in the last minutes; counted in the database so every process agrees. */
  async recentFailures(ip: string, minutes: number): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'auth.login_failed' AND ip = $1 AND at > now() - make_interval(mins => $2)`,
      [ip, minutes],
    );
    return count;
  }
}
