/**
 * CLI start-up benchmark (prints figures; not a test).
 *
 *   npm run build && node dist/bench/cli-startup.bench.js [runs]
 *
 * Wall time of `congvan extract <text file>` (start, read, extract, print, exit) beside `node -e 0`
 * (the bare Node start-up of this machine) in the same run, so a loaded machine shows as such.
 * Target: extract on a text file under 1 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = [join(here, '..', '..'), process.cwd()].find((dir) => existsSync(join(dir, 'samples/directives')));
if (!root) throw new Error('samples/directives not found above dist/bench or the working directory');
const cli = join(root, 'dist/apps/cli/src/main.js');
const runs = Number(process.argv[2] ?? 7);

function timeRuns(args: string[]): number[] {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return seconds.sort((a, b) => a - b);
}

const rows: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['extract text.txt (Mỹ Đức)', [cli, 'extract', 'samples/directives/myduc-2024-08-matkhau/text.txt']],
  ['extract text.txt (Đống Đa)', [cli, 'extract', 'samples/directives/dongda-2024-01-matkhau/text.txt']],
  [
    'extract --evidence (Đống Đa)',
    [cli, 'extract', '--evidence', 'samples/directives/dongda-2024-01-matkhau/text.txt'],
  ],
];
console.log(`${runs} runs each; seconds (min / median / max)`);
for (const [label, args] of rows) {
  const s = timeRuns(args);
  const fmt = (x: number) => x.toFixed(3);
  console.log(`${label.padEnd(30)} ${fmt(s[0])} / ${fmt(s[Math.floor(s.length / 2)])} / ${fmt(s[s.length - 1])}`);
}
