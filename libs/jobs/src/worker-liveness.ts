import pg from 'pg';

/** application_name prefix of a worker's liveness connection; the owner id follows it. */
export const LIVENESS_APPLICATION_PREFIX = 'congvan-worker:';

/**
 * One connection that a worker process holds open for as long as it lives, named
 * `congvan-worker:<owner>` in pg_stat_activity. PostgreSQL drops the session the moment the
 * process dies (the kernel closes its socket on kill -9; TCP keepalives cover a machine that
 * vanished), so any worker can tell that the owner of a claimed job is gone by looking for its
 * session. The connection is re-opened after a database outage.
 */
export class WorkerLiveness {
  private client: pg.Client | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private stopped = false;
  private reconnectedAt = 0;

  constructor(
    private readonly connectionString: string,
    readonly owner: string,
    private readonly onLost: (error: Error | undefined) => void = () => undefined,
  ) {}

  get connected(): boolean {
    return this.client !== undefined;
  }

  /**
   * Whether the connection came back within `seconds`. After a database restart every worker's
   * session is re-opened within a second or two; until then another worker's job would look orphaned.
   */
  reconnectedWithin(seconds: number): boolean {
    return Date.now() - this.reconnectedAt < seconds * 1000;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Runs `work` on the liveness connection (one caller at a time, as pg queues queries anyway). */
  async withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    if (!this.client) throw new Error('the worker liveness connection is not open');
    return work(this.client);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: `${LIVENESS_APPLICATION_PREFIX}${this.owner}`,
      keepAlive: true,
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, undefined));
    try {
      await client.connect();
      // The server side notices a vanished peer within about 25 s instead of the OS default of hours.
      await client.query('SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3');
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private lost(client: pg.Client, error: Error | undefined): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.onLost(error);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    clearTimeout(this.reconnect);
    this.reconnect = setTimeout(() => {
      this.connect().then(
        () => (this.reconnectedAt = Date.now()),
        () => this.scheduleReconnect(),
      );
    }, 1000);
    this.reconnect.unref();
  }
}
