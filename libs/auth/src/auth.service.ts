import { Inject, Injectable, Optional } from '@nestjs/common';
import { ChangeFeed } from '@congvan/db';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AuditLog } from './audit-log.js';
import {
  accountLocked,
  badCredentials,
  passwordReused,
  unitRequired,
  userNotFound,
  usernameTaken,
  weakPassword,
  tooManyAttempts,
  unknownUnit,
} from './auth.errors.js';
import { AUTH_OPTIONS, DEFAULT_AUTH_OPTIONS, type AuthOptions } from './auth.options.js';
import { waitBeforeTry } from './login-throttle.js';
import { checkPasswordPolicy, rotationDeadline } from './password-policy.js';
import { PasswordHistory } from './password-history.entity.js';
import type { AuthUser, Role } from './roles.js';
import { SessionCache } from './session-cache.js';
import { Session } from './session.entity.js';
import { FOREVER, UserAccount } from './user-account.entity.js';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  password: string;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: AuthUser;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const toAuthUser = (account: UserAccount, organisation: string | null): AuthUser => ({
  id: account.id,
  username: account.username,
  role: account.role,
  unitId: account.unitId,
  organisation,
});

@Injectable()
export class AuthService {
  /** Verified against when the username is unknown, so both cases take the same time. */
  private readonly dummyHash = hash(randomBytes(16).toString('hex'));
  private readonly sessions: SessionCache;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    private readonly audit: AuditLog,
    @Optional() @Inject(ChangeFeed) feed: ChangeFeed | null = null,
  ) {
    this.sessions = new SessionCache(options.sessionCacheMs ?? DEFAULT_AUTH_OPTIONS.sessionCacheMs);
    // A session ended or an account changed in any process, on any host: forgotten here at once.
    // Units changed (their codes are the organisations), or notifications possibly missed: everything.
    feed?.subscribe((scopes) => {
      for (const scope of scopes)
        if (scope === '!') this.sessions.clear();
        else if (scope.startsWith('a:')) this.sessions.forgetUser(scope.slice(2));
    });
  }

  /**
   * Signs in with a password. Failed tries are throttled by exponential back-off per (user name,
   * address), per user name and per address (login-throttle.ts), keyed by the name typed so an
   * unknown account answers exactly like a real one; a locked account says so only to someone who
   * gave its password. An account whose password is past its rotation deadline is locked until an
   * administrator resets it.
   */
  async login(username: string, password: string, ip: string | null): Promise<LoginResult> {
    const name = username.trim().toLowerCase().normalize('NFC').slice(0, 100);
    const accounts = this.dataSource.getRepository(UserAccount);
    const account = await accounts.findOneBy({ username: name });
    const failures = await this.audit.loginFailures(name, ip, account?.id ?? null, this.options.throttle.windowMinutes);
    const wait = waitBeforeTry(failures, this.options.throttle, new Date());
    if (wait > 0) throw tooManyAttempts(Math.ceil(wait / 1000));
    const passwordOk = await verify(account?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!account || !passwordOk) {
      await this.audit.record(null, {
        actorId: account?.id ?? null,
        action: 'auth.login_failed',
        ip,
        details: { username: name },
      });
      throw badCredentials();
    }
    const now = new Date();
    if (account.lockedUntil && account.lockedUntil > now)
      throw accountLocked(account.lockReason ?? 'disabled', account.lockedUntil);
    if (rotationDeadline(account.passwordChangedAt, account.role === 'system_admin', this.options) < now) {
      await accounts.update({ id: account.id }, { lockedUntil: FOREVER, lockReason: 'rotation_overdue' });
      this.sessions.forgetUser(account.id);
      await this.audit.record(null, {
        actorId: account.id,
        action: 'auth.locked',
        ip,
        details: { reason: 'rotation_overdue' },
      });
      throw accountLocked('rotation_overdue', FOREVER);
    }

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.options.sessionTtlHours * 3_600_000);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(UserAccount, { id: account.id }, { failedLoginCount: 0, lockedUntil: null, lockReason: null });
      await tx.insert(Session, { userId: account.id, tokenHash: tokenHash(token), expiresAt, ip });
      await this.audit.record(tx, { actorId: account.id, action: 'auth.login', ip });
    });
    return { token, expiresAt, user: toAuthUser(account, await this.organisationOf(account.unitId)) };
  }

  /**
   * The user behind a session token, or null when the token is unknown, expired, revoked or its
   * account locked: one indexed query, as it runs on every request.
   */
  async authenticate(token: string): Promise<AuthUser | null> {
    const key = tokenHash(token);
    const cached = this.sessions.get(key);
    if (cached) return cached;
    const epoch = this.sessions.epoch;
    const [row]: Array<AuthUser & { expiresAt: Date }> = await this.dataSource.query(
      `SELECT a.id, a.username, a.role, a.unit_id AS "unitId", split_part(u.code, '.', 1) AS organisation,
              s.expires_at AS "expiresAt"
         FROM session s JOIN user_account a ON a.id = s.user_id LEFT JOIN unit u ON u.id = a.unit_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND (a.locked_until IS NULL OR a.locked_until <= now())`,
      [key],
    );
    if (!row) return null;
    const { expiresAt, ...user } = row;
    this.sessions.set(key, user, new Date(expiresAt), epoch);
    return user;
  }

  /** The organisation (registry) of a unit: the first segment of its code. */
  private async organisationOf(
    unitId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    if (!unitId) return null;
    const [row] = await manager.query(`SELECT split_part(code, '.', 1) AS organisation FROM unit WHERE id = $1`, [
      unitId,
    ]);
    return row?.organisation ?? null;
  }

  async logout(token: string, user: AuthUser, ip: string | null): Promise<void> {
    this.sessions.forgetToken(tokenHash(token));
    await this.dataSource.getRepository(Session).update({ tokenHash: tokenHash(token) }, { revokedAt: new Date() });
    this.sessions.forgetToken(tokenHash(token));
    await this.audit.record(null, { actorId: user.id, action: 'auth.logout', ip });
  }

  async changePassword(user: AuthUser, currentPassword: string, newPassword: string, ip: string | null): Promise<void> {
    const account = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    if (!(await verify(account.passwordHash, currentPassword).catch(() => false))) throw badCredentials();
    await this.setPassword(account, newPassword, user.id, ip);
  }

  async createUser(actor: AuthUser | null, input: NewUser, ip: string | null = null): Promise<AuthUser> {
    const username = input.username.trim().toLowerCase();
    if ((input.role === 'unit_admin' || input.role === 'leader') && !input.unitId) throw unitRequired();
    if (input.unitId && (await this.organisationOf(input.unitId)) === null) throw unknownUnit(input.unitId);
    const violations = checkPasswordPolicy(input.password, username);
    if (violations.length > 0) throw weakPassword(violations);
    return this.dataSource.transaction(async (tx) => {
      if (await tx.existsBy(UserAccount, { username })) throw usernameTaken();
      const passwordHash = await hash(input.password);
      const account = await tx.save(
        UserAccount,
        tx.create(UserAccount, {
          username,
          displayName: input.displayName.normalize('NFC'),
          role: input.role,
          unitId: input.unitId,
          passwordHash,
          passwordChangedAt: new Date(),
        }),
      );
      await tx.insert(PasswordHistory, { userId: account.id, passwordHash });
      await this.audit.record(tx, {
        actorId: actor?.id ?? null,
        action: 'user.created',
        targetType: 'user',
        targetId: account.id,
        ip,
        details: { role: input.role },
      });
      return toAuthUser(account, await this.organisationOf(account.unitId, tx));
    });
  }

  /** An administrator lifts a lock; with a new password the rotation clock restarts too. */
  async unlock(actor: AuthUser, userId: string, newPassword: string | undefined, ip: string | null): Promise<void> {
    const account = await this.dataSource.getRepository(UserAccount).findOneBy({ id: userId });
    if (!account) throw userNotFound(userId);
    if (newPassword) await this.setPassword(account, newPassword, actor.id, ip);
    await this.dataSource
      .getRepository(UserAccount)
      .update({ id: userId }, { lockedUntil: null, lockReason: null, failedLoginCount: 0 });
    await this.audit.record(null, {
      actorId: actor.id,
      action: 'user.unlocked',
      targetType: 'user',
      targetId: userId,
      ip,
    });
  }

  /** Drops the checked sessions of an account from this process's cache (its role, unit or lock changed). */
  forgetSessions(userId: string): void {
    this.sessions.forgetUser(userId);
  }

  /** Locks every account whose password is past its rotation deadline (run daily). */
  async lockOverdueAccounts(): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE user_account SET lock_reason = 'rotation_overdue', locked_until = $3
        WHERE (locked_until IS NULL OR locked_until < now())
          AND password_changed_at < now() - make_interval(days => CASE WHEN role = 'system_admin' THEN $1::int ELSE $2::int END)
        RETURNING id`,
      [this.options.adminRotationDays, this.options.userRotationDays, FOREVER],
    );
    const ids: Array<{ id: string }> = result[0] ?? [];
    for (const { id } of ids) this.sessions.forgetUser(id);
    for (const { id } of ids)
      await this.audit.record(null, { actorId: id, action: 'auth.locked', details: { reason: 'rotation_overdue' } });
    return ids.length;
  }

  private async setPassword(
    account: UserAccount,
    newPassword: string,
    actorId: string,
    ip: string | null,
  ): Promise<void> {
    const violations = checkPasswordPolicy(newPassword, account.username);
    if (violations.length > 0) throw weakPassword(violations);
    await this.dataSource.transaction(async (tx) => {
      const recent = await tx.find(PasswordHistory, {
        where: { userId: account.id },
        order: { createdAt: 'DESC' },
        take: this.options.passwordHistory,
      });
      for (const old of recent)
        if (await verify(old.passwordHash, newPassword).catch(() => false))
          throw passwordReused(this.options.passwordHistory);
      const passwordHash = await hash(newPassword);
      await tx.update(UserAccount, { id: account.id }, { passwordHash, passwordChangedAt: new Date() });
      await tx.insert(PasswordHistory, { userId: account.id, passwordHash });
      await tx.update(Session, { userId: account.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      this.sessions.forgetUser(account.id);
      await this.audit.record(tx, {
        actorId,
        action: 'auth.password_changed',
        targetType: 'user',
        targetId: account.id,
        ip,
      });
    });
    // Again after the commit: a request between the two may have cached the session as it was.
    this.sessions.forgetUser(account.id);
  }
}
