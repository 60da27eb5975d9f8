import { Injectable } from '@nestjs/common';
import type { Page } from '@congvan/common/http';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditLog } from './audit-log.js';
import { cannotDisableSelf, unitRequired, unknownUnit, userNotFound } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import type { AuthUser, Role } from './roles.js';
import { Session } from './session.entity.js';
import { FOREVER, UserAccount } from './user-account.entity.js';

export type UserListItem = Pick<
  UserAccount,
  'id' | 'username' | 'displayName' | 'role' | 'unitId' | 'lockedUntil' | 'lockReason' | 'passwordChangedAt'
>;

export interface ListUsersQuery {
  q?: string;
  role?: Role;
  sort?: 'username' | 'displayName' | 'role' | 'createdAt';
  order?: 'asc' | 'desc';
  paged?: boolean;
  limit: number;
  offset: number;
}

/** What an administrator sees of an account (never its password hash). */
const listItem = ({
  id,
  username,
  displayName,
  role,
  unitId,
  lockedUntil,
  lockReason,
  passwordChangedAt,
}: UserAccount): UserListItem => ({
  id,
  username,
  displayName,
  role,
  unitId,
  lockedUntil,
  lockReason,
  passwordChangedAt,
});

export interface UserChange {
  role?: Role;
  /** null: no unit (a clerk for every organisation, an administrator). */
  unitId?: string | null;
  displayName?: string;
  /** true: the account may no longer sign in (its sessions end); false: a disabled account is enabled again. */
  disabled?: boolean;
}

/**
 * The administrator lists accounts and changes one: its role, unit or name, or disables it (and enables it
 * again). A disabled account is locked with the reason `disabled` and its sessions are revoked at
 * once; a role or unit change ends the sessions' cached rights in this process. Audited as `user.updated`.
 */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditLog,
  ) {}

  /** Accounts by user name unless sorted otherwise; `paged` answers `{ items, total, limit, offset }`. */
  async list(query: ListUsersQuery = { limit: 500, offset: 0 }): Promise<UserListItem[] | Page<UserListItem>> {
    const builder = this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('a')
      .orderBy(`a.${query.sort ?? 'username'}`, query.order === 'desc' ? 'DESC' : 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.role) builder.andWhere('a.role = :role', { role: query.role });
    if (query.q)
      builder.andWhere(`(a.username ILIKE :q OR a.display_name ILIKE :q)`, {
        q: `%${query.q.normalize('NFC').replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    // The plain list (before pages existed) gives every account.
    if (!query.paged) return (await builder.take(undefined).skip(undefined).getMany()).map(listItem);
    const [accounts, total] = await builder.getManyAndCount();
    return { items: accounts.map(listItem), total, limit: query.limit, offset: query.offset };
  }

  async update(actor: AuthUser, userId: string, change: UserChange, ip: string | null): Promise<UserListItem> {
    return this.dataSource.transaction(async (tx) => {
      const account = await tx.findOne(UserAccount, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw userNotFound(userId);
      const role = change.role ?? account.role;
      const unitId = change.unitId === undefined ? account.unitId : change.unitId;
      if ((role === 'unit_admin' || role === 'leader') && !unitId) throw unitRequired();
      if (change.unitId && (await tx.query(`SELECT 1 FROM unit WHERE id = $1`, [change.unitId])).length === 0)
        throw unknownUnit(change.unitId);
      if (account.id === actor.id && (change.disabled || (change.role && change.role !== 'system_admin')))
        throw cannotDisableSelf();
      const values: Partial<UserAccount> = { role, unitId };
      if (change.displayName !== undefined) values.displayName = change.displayName.normalize('NFC').trim();
      if (change.disabled === true) Object.assign(values, { lockReason: 'disabled', lockedUntil: FOREVER });
      if (change.disabled === false && account.lockReason === 'disabled')
        Object.assign(values, { lockReason: null, lockedUntil: null, failedLoginCount: 0 });
      await tx.update(UserAccount, { id: userId }, values);
      if (change.disabled === true)
        await tx.update(Session, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      const changed = Object.fromEntries(
        Object.entries(change).filter(([key, value]) => value !== undefined && key !== 'displayName'),
      );
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'user.updated',
        targetType: 'user',
        targetId: userId,
        ip,
        details: { ...changed, ...(change.displayName !== undefined ? { displayName: values.displayName } : {}) },
      });
      this.auth.forgetSessions(userId);
      return listItem(await tx.findOneByOrFail(UserAccount, { id: userId }));
    });
  }
}
