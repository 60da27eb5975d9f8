/** Time, CPU and memory of one reading, and the native `tesseract` CLI the OCR bench compares with. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Reading {
  text: string;
  seconds: number;
  cpu: number;
  peakMb: number;
}

/**
 * CPU seconds used so far by this process (every thread), by the child processes it has waited for
 * and by those still running (the native engine keeps its `tesseract` processes between pages):
 * /proc/self/stat utime + stime + cutime + cstime, plus utime + stime of each live child
 * (process.cpuUsage elsewhere, children not counted).
 */
function cpuSeconds(): number {
  try {
    // Fields 14–17 of proc(5), counted from the state (field 3) here.
    const fieldsOf = (stat: string): string[] => stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const fields = fieldsOf(readFileSync('/proc/self/stat', 'utf8'));
    let ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const child = fieldsOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
        if (Number(child[1]) === process.pid) ticks += Number(child[11]) + Number(child[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks / 100;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  }
}

/** Peak RSS of this process while `work` runs (the engine's workers are threads of it). */
export async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peakRss: number; seconds: number; cpu: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = process.hrtime.bigint();
  const cpu = cpuSeconds();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakRss: peak, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: cpuSeconds() - cpu };
  } finally {
    clearInterval(timer);
  }
}

export function nativeAvailable(): string | null {
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (langs.error || !`${langs.stdout}${langs.stderr}`.split('\n').includes('vie')) return null;
  return spawnSync('tesseract', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
}

export function readNative(bytes: Buffer, ext: string, work: string): Reading {
  const input = join(work, `page.${ext}`);
  writeFileSync(input, bytes);
  const out = join(work, 'out');
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : 'tesseract';
  const args = [input, out, '-l', 'vie', '--psm', '3'];
  const started = process.hrtime.bigint();
  const cpu = cpuSeconds();
  const run = spawnSync(command, timed ? ['-f', '%M', 'tesseract', ...args] : args, {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`tesseract failed: ${run.stderr}`);
  const peakKb = timed ? Number(run.stderr.trim().split('\n').pop()) : NaN;
  return { text: readFileSync(`${out}.txt`, 'utf8'), seconds, cpu: cpuSeconds() - cpu, peakMb: peakKb / 1024 };
}

/** Runs `tasks` with at most `limit` at once. */
export async function parallel(limit: number, tasks: Array<() => Promise<unknown>>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

export function nativeAsync(bytes: Buffer): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('tesseract', ['stdin', 'stdout', '-l', 'vie', '--psm', '3'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`tesseract exited with ${code}`))));
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}
