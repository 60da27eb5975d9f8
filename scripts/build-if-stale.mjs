#!/usr/bin/env node
// `npm start` (and `npm run cli`) build only when a source changed since the last build: the
// fingerprint of every file's path, size and modification time under apps/, libs/ and bench/,
// the tsconfigs and the lock file is kept in dist/.build-stamp. An unchanged tree starts at once
// instead of spending 15-36 s in tsc.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = ['apps', 'libs', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const STAMP = join(root, 'dist', '.build-stamp');
const OUTPUTS = ['dist/apps/api/src/main.js', 'dist/apps/cli/src/main.js'];

function* files(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) yield [path, stat];
  else for (const name of readdirSync(path).sort()) if (name !== 'node_modules') yield* files(join(path, name));
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const input of INPUTS)
    for (const [path, stat] of files(join(root, input))) hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  return hash.digest('hex');
}

const before = fingerprint();
const built = OUTPUTS.every((output) => existsSync(join(root, output)));
if (built && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === before) {
  process.stderr.write('build: up to date (no source changed since the last build)\n');
} else {
  process.stderr.write('build: sources changed, compiling TypeScript\n');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, before);
}
