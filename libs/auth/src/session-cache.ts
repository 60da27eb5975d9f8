import type { AuthUser } from './roles.js';

interface Entry {
  user: AuthUser;
  /** Epoch ms after which the entry is no longer trusted. */
  until: number;
}

/**
 * The users behind recently checked session tokens (keyed by token hash), trusted for a few
 * seconds so that a burst of requests does not query the session on each one. Whatever revokes or
 * narrows a session in this process — logout, password change, a lock — forgets the entries it
 * affects at once; in another process (another API host) the database's change notification does
 * the same (AuthService), or, while notifications are not heard, `ttlMs` bounds it. An entry never
 * outlives its session's expiry. Bounded: the oldest entries go first.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private forgets = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(tokenHash: string): AuthUser | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.user;
  }

  /**
   * Taken before a session is read from the database and given back to set: a read that raced a
   * revocation (anything forgotten since) is not kept.
   */
  get epoch(): number {
    return this.forgets;
  }

  set(tokenHash: string, user: AuthUser, sessionExpiresAt: Date, epoch = this.forgets): void {
    if (this.ttlMs <= 0 || epoch !== this.forgets) return;
    const until = Math.min(this.now() + this.ttlMs, sessionExpiresAt.getTime());
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { user, until });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  forgetToken(tokenHash: string): void {
    this.forgets += 1;
    this.entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    this.forgets += 1;
    for (const [key, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(key);
  }

  clear(): void {
    this.forgets += 1;
    this.entries.clear();
  }
}
