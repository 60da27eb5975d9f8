import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditLog } from './audit-log.js';
import { cannotDisableSelf, unitRequired, unknownUnit, userNotFound } from './auth.errors.js';
import { AuthService, type UserListItem } from './auth.service.js';
import type { AuthUser, Role } from './roles.js';
import { Session } from './session.entity.js';
import { UserAccount } from './user-account.entity.js';

const FOREVER = new Date('9999-12-31T00:00:00Z');

export interface UserChange {
  role?: Role;
  /** null: no unit (a clerk for every organisation, an administrator). */
  unitId?: string | null;
  displayName?: string;
  /** true: the account may no longer sign in (its sessions end); false: a disabled account is enabled again. */
  disabled?: boolean;
}

/**
 * The administrator changes an account: its role, unit or name, or disables it (and enables it
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
      const saved = await tx.findOneByOrFail(UserAccount, { id: userId });
      const { id, username, displayName, lockedUntil, lockReason, passwordChangedAt } = saved;
      return {
        id,
        username,
        displayName,
        role: saved.role,
        unitId: saved.unitId,
        lockedUntil,
        lockReason,
        passwordChangedAt,
      };
    });
  }
}
