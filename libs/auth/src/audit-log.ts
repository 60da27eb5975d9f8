import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page } from '@congvan/common/http';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';
import type { FailureCount } from './login-throttle.js';

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
  targetId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset?: number;
  order?: 'asc' | 'desc';
  paged?: boolean;
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

  /** Newest first unless `order=asc`; `paged` answers `{ items, total, limit, offset }`. */
  async query(query: AuditQuery): Promise<AuditEvent[] | Page<AuditEvent>> {
    const offset = query.offset ?? 0;
    const builder = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .orderBy('e.at', query.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('e.id', query.order === 'asc' ? 'ASC' : 'DESC')
      .take(query.limit)
      .skip(offset);
    if (query.action) builder.andWhere('e.action = :action', { action: query.action });
    if (query.actorId) builder.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.targetId) builder.andWhere('e.target_id = :targetId', { targetId: query.targetId });
    if (query.from) builder.andWhere('e.at >= :from', { from: query.from });
    if (query.to) builder.andWhere('e.at < :to', { to: query.to });
    if (!query.paged) return builder.getMany();
    const [items, total] = await builder.getManyAndCount();
    return { items, total, limit: query.limit, offset };
  }

  /**
   * Failed sign-ins in the last `minutes`: for the user name typed from this address (since the
   * account's last successful sign-in from there), from anywhere (since its last successful sign-in),
   * and from this address for any name. Counted in the database so every process agrees.
   */
  async loginFailures(
    username: string,
    ip: string | null,
    accountId: string | null,
    minutes: number,
  ): Promise<{ pair: FailureCount; account: FailureCount; address: FailureCount }> {
    const [row] = await this.dataSource.query(
      `WITH since AS (
         SELECT now() - make_interval(mins => $4) AS window_start,
                greatest(now() - make_interval(mins => $4),
                         coalesce((SELECT max(at) FROM audit_event WHERE action = 'auth.login' AND actor_id = $3::uuid), '-infinity')) AS account_start,
                greatest(now() - make_interval(mins => $4),
                         coalesce((SELECT max(at) FROM audit_event WHERE action = 'auth.login' AND actor_id = $3::uuid AND ip IS NOT DISTINCT FROM $2), '-infinity')) AS pair_start)
       SELECT count(*) FILTER (WHERE e.details ->> 'username' = $1 AND e.ip IS NOT DISTINCT FROM $2 AND e.at > s.pair_start)::int AS pair,
              max(e.at) FILTER (WHERE e.details ->> 'username' = $1 AND e.ip IS NOT DISTINCT FROM $2 AND e.at > s.pair_start) AS "pairLast",
              count(*) FILTER (WHERE e.details ->> 'username' = $1 AND e.at > s.account_start)::int AS account,
              max(e.at) FILTER (WHERE e.details ->> 'username' = $1 AND e.at > s.account_start) AS "accountLast",
              count(*) FILTER (WHERE e.ip = $2)::int AS address,
              max(e.at) FILTER (WHERE e.ip = $2) AS "addressLast"
         FROM audit_event e, since s
        WHERE e.action = 'auth.login_failed' AND e.at > s.window_start AND (e.details ->> 'username' = $1 OR e.ip = $2)`,
      [username, ip, accountId, minutes],
    );
    const count = (failures: number, last: Date | string | null): FailureCount => ({
      failures,
      last: last ? new Date(last) : null,
    });
    return {
      pair: count(row.pair, row.pairLast),
      account: count(row.account, row.accountLast),
      address: count(ip ? row.address : 0, ip ? row.addressLast : null),
    };
  }
}
