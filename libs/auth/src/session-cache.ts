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
 * affects at once; another process (another API host) sees it within `ttlMs`. An entry never
 * outlives its session's expiry. Bounded: the oldest entries go first.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

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

  set(tokenHash: string, user: AuthUser, sessionExpiresAt: Date): void {
    if (this.ttlMs <= 0) return;
    const until = Math.min(this.now() + this.ttlMs, sessionExpiresAt.getTime());
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { user, until });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  forgetToken(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
