import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root: children run there, as `npm start` does. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REGISTER = fileURLToPath(new URL('../../scripts/ts-register.mjs', import.meta.url));

const children = new Set<ChildProcess>();

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface SpawnedProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export interface SpawnOptions {
  /**
   * A command that runs the `node` command line given after it, e.g. `['ip', 'netns', 'exec', 'h1']`
   * (it must exec it, so that the child's pid is node's and a signal reaches it).
   */
  prefix?: string[];
}

/** Runs a TypeScript entry point of the project (apps/…/main.ts) in a child `node`, from the sources. */
export function spawnSource(
  entry: string,
  args: string[],
  env: Record<string, string>,
  options: SpawnOptions = {},
): SpawnedProcess {
  const node = [process.execPath, '--enable-source-maps', '--import', REGISTER, entry, ...args];
  const [command, ...commandArgs] = [...(options.prefix ?? []), ...node];
  const child = spawn(command!, commandArgs, {
    cwd: ROOT,
    // A clean environment (no DATABASE_URL or PORT of the caller's), but the same system folders.
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? signal ?? -1);
    }),
  );
  return { child, output: () => output, exited };
}

/** Runs a CLI command to its end; returns its exit code and output. */
export async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const cli = spawnSource('apps/cli/src/main.ts', args, env);
  const code = await cli.exited;
  return { code: typeof code === 'number' ? code : -1, output: cli.output() };
}

export interface SpawnedApp extends SpawnedProcess {
  baseUrl: string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<number | string>;
}

export interface StartOptions extends SpawnOptions {
  /** The address the test reaches the app at (default 127.0.0.1; another host's address with `prefix`). */
  host?: string;
  /** Wait for this line in the output instead of a 200 from /health (a worker-only process has no HTTP). */
  readyLine?: RegExp;
}

/** Starts the real application (`apps/api/src/main.ts`) and waits for /health to answer 200 (or `readyLine`). */
export async function startSpawnedApp(
  env: Record<string, string>,
  timeoutMs = 90_000,
  options: StartOptions = {},
): Promise<SpawnedApp> {
  const port = env.PORT ?? String(await freePort());
  const app = spawnSource('apps/api/src/main.ts', [], { ...env, PORT: port }, options);
  const baseUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const spawned: SpawnedApp = {
    ...app,
    baseUrl,
    async stop(graceMs = 15_000) {
      if (app.child.exitCode !== null || app.child.signalCode !== null) return app.exited;
      app.child.kill('SIGTERM');
      const timer = setTimeout(() => app.child.kill('SIGKILL'), graceMs);
      const result = await app.exited;
      clearTimeout(timer);
      return result;
    },
  };
  const deadline = Date.now() + timeoutMs;
  let exitedEarly = false;
  void app.exited.then(() => (exitedEarly = true));
  for (;;) {
    if (exitedEarly) throw new Error(`the application exited during start-up:\n${app.output()}`);
    const ok = options.readyLine
      ? options.readyLine.test(app.output())
      : await fetch(`${baseUrl}/health`).then(
          (response) => response.ok,
          () => false,
        );
    if (ok) return spawned;
    if (Date.now() > deadline) {
      await spawned.stop(1000);
      throw new Error(`the application was not healthy after ${timeoutMs} ms:\n${app.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Kills every child still running (for afterAll). */
export async function killAllChildren(): Promise<void> {
  await Promise.all(
    [...children].map(async (child) => {
      child.kill('SIGKILL');
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
    }),
  );
}
