import pg from 'pg';

/** The channel the database's triggers notify on (migration ChangeNotifications1764300000017). */
export const CHANGES_CHANNEL = 'congvan_changes';

/** A moment of the feed a cached answer was read at: valid while nothing of its scope changed since. */
export interface FeedStamp {
  generation: number;
  version: number;
}

export interface ChangeFeedOptions {
  connectionString: string;
  /** How often the listening connection is checked; unanswered within this time, it counts as down. */
  heartbeatMs?: number;
  /** Wait before reconnecting after a loss (doubled up to 10 s while it keeps failing). */
  retryMs?: number;
  onError?: (message: string, error: unknown) => void;
}

/**
 * What changed in the database, as every process of the application learns it: one dedicated
 * connection LISTENs on `congvan_changes`, whose triggers name the scopes a committed statement
 * touched (`u:<unit>`, `o:<org>`, `d:<doc>`, `*`, `!` everything, `a:<user>` an account's sessions).
 * Each process keeps a version per scope in memory, bumped by every notification naming it; a
 * cached answer is valid while the versions it was read at are still current (stamp, isCurrent).
 *
 * Never stale by construction: a stamp is taken before the read it covers, so a change committed
 * after the read's snapshot bumps the version after the stamp; while the connection is down, or
 * not yet listening, or its heartbeat unanswered, `live` is false and callers must not cache; every
 * (re)connection starts a new generation, invalidating whatever was stamped before it (changes may
 * have been missed). Across processes a change is seen when its notification arrives, milliseconds
 * after the commit.
 */
export class ChangeFeed {
  private client: pg.Client | null = null;
  private listening = false;
  private generationNo = 0;
  private readonly versions = new Map<string, number>();
  private readonly handlers = new Set<(scopes: string[]) => void>();
  private heartbeat: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private retryMs: number;
  private stopped = false;

  constructor(private readonly options: ChangeFeedOptions) {
    this.retryMs = options.retryMs ?? 500;
  }

  /** True while changes are being heard: only then may anything be cached. */
  get live(): boolean {
    return this.listening;
  }

  /** The scope's current stamp, or null when the feed is not live (do not cache). */
  stamp(scope: string): FeedStamp | null {
    if (!this.listening) return null;
    return { generation: this.generationNo, version: this.versions.get(scope) ?? 0 };
  }

  /** Whether nothing of the scope changed since the stamp (and the feed stayed live throughout). */
  isCurrent(scope: string, stamp: FeedStamp): boolean {
    return (
      this.listening && stamp.generation === this.generationNo && stamp.version === (this.versions.get(scope) ?? 0)
    );
  }

  /**
   * Called with the scopes of every notification, and with `['!']` whenever changes may have been
   * missed (a new connection, a lost one): whoever caches anything by itself forgets it then.
   */
  subscribe(handler: (scopes: string[]) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /**
   * Also listens on every connection of the application's pool (once per connection, when it is
   * first handed out): PostgreSQL delivers a session's own notifications before its COMMIT returns,
   * so a change made by this process is in the versions before the request that made it answers —
   * the next request here never gets what it replaced. The dedicated connection alone decides `live`.
   */
  listenOn(pool: pg.Pool): void {
    const listening = new WeakSet<pg.PoolClient>();
    pool.on('acquire', (client) => {
      if (listening.has(client)) return;
      listening.add(client);
      client.on('notification', (message) => this.heard(message));
      // Queued before the query the client was taken for.
      client.query(`LISTEN ${CHANGES_CHANNEL}`).catch(() => undefined);
    });
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.down();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Applies one notification's payload (also what the tests drive directly). */
  receive(payload: string): void {
    const scopes = payload.split(' ').filter((scope) => scope !== '');
    if (scopes.includes('!')) this.newGeneration();
    else
      for (const scope of scopes) {
        this.versions.set(scope, (this.versions.get(scope) ?? 0) + 1);
        // Bounded: past this many scopes, one new generation replaces them all.
        if (this.versions.size > 100_000) this.newGeneration();
      }
    this.emit(scopes.includes('!') ? ['!'] : scopes);
  }

  private heard(message: pg.Notification): void {
    if (message.channel === CHANGES_CHANNEL) this.receive(message.payload ?? '');
  }

  private newGeneration(): void {
    this.generationNo += 1;
    this.versions.clear();
  }

  private emit(scopes: string[]): void {
    for (const handler of this.handlers) {
      try {
        handler(scopes);
      } catch (error) {
        this.options.onError?.('change handler failed', error);
      }
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: 'congvan-changes',
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (client === this.client) this.heard(message);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (client !== this.client || this.stopped) return;
    // Whatever happened before this connection listened may not have been heard.
    this.newGeneration();
    this.listening = true;
    this.retryMs = this.options.retryMs ?? 500;
    this.emit(['!']);
    this.beat(client);
  }

  /** A query on the listening connection every heartbeatMs; one unanswered within heartbeatMs ends it. */
  private beat(client: pg.Client): void {
    const every = this.options.heartbeatMs ?? 1_000;
    this.heartbeat = setTimeout(() => {
      if (client !== this.client) return;
      let answered = false;
      // After a turn of the event loop's I/O: a busy loop delays the answer's reading, not the connection.
      const timeout = setTimeout(
        () => setImmediate(() => answered || this.lost(client, new Error('heartbeat unanswered'))),
        every,
      );
      client.query('SELECT 1').then(
        () => {
          answered = true;
          clearTimeout(timeout);
          if (client === this.client && this.listening) this.beat(client);
        },
        (error) => {
          clearTimeout(timeout);
          this.lost(client, error);
        },
      );
    }, every);
    this.heartbeat.unref();
  }

  private down(): void {
    if (this.heartbeat) clearTimeout(this.heartbeat);
    this.heartbeat = null;
    if (this.listening) {
      this.listening = false;
      this.newGeneration();
      this.emit(['!']);
    }
  }

  private lost(client: pg.Client, error: unknown): void {
    if (client !== this.client) return;
    this.client = null;
    this.down();
    client.removeAllListeners('notification');
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.options.onError?.('change feed lost; caches off until it is back', error);
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, wait);
    this.retry.unref();
  }
}
