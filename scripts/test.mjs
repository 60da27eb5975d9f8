// `npm test`: the whole suite in two Jest runs. Files whose assertions are about time under load
// (a p99, a recovery within 60 s, processes killed mid-job) run alone, after the rest; everything else
// runs on two workers (each test file has its own database and ports, see test/setup). With any
// argument but `--json` and `--outputFile=…` (a file, a pattern, a Jest option) it is one plain Jest
// run in band, as before. `--outputFile` receives both runs' results merged into one Jest JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ALONE = [
  'test/e2e/event-loop.e2e-spec.ts',
  'test/e2e/crash-recovery.e2e-spec.ts',
  'test/e2e/multi-host.e2e-spec.ts',
  'test/e2e/database-loss.e2e-spec.ts',
  'test/e2e/embedded-shared.e2e-spec.ts',
];
const JEST = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js'];

const args = process.argv.slice(2);
const json = args.includes('--json');
const outputArg = args.find((a) => a.startsWith('--outputFile='));
const plain = args.some((a) => a !== '--json' && a !== outputArg) || (json && !outputArg);

function jest(extra, outputFile) {
  const reportArgs = json && outputFile ? ['--json', `--outputFile=${outputFile}`] : [];
  const { status, signal } = spawnSync(process.execPath, [...JEST, ...extra, ...reportArgs], { stdio: 'inherit' });
  return signal ? 1 : (status ?? 1);
}

if (plain) process.exit(jest(['--runInBand', ...args]));

const output = outputArg?.slice('--outputFile='.length);
const parts = output ? [`${output}.shared.json`, `${output}.alone.json`] : [];
const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shared = jest(['--maxWorkers=2', '--testPathIgnorePatterns', '/node_modules/', ...ALONE.map(escape)], parts[0]);
const alone = jest(['--runInBand', '--runTestsByPath', ...ALONE], parts[1]);

if (output) writeFileSync(output, JSON.stringify(merge(parts.filter(existsSync).map(read))));
for (const part of parts) rmSync(part, { force: true });
process.exit(shared || alone);

function read(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Jest's JSON reports of several runs as one: counts added, results concatenated. */
function merge(reports) {
  const sum = (key) => reports.reduce((total, r) => total + (r[key] ?? 0), 0);
  const counts = [
    'numTotalTestSuites',
    'numPassedTestSuites',
    'numFailedTestSuites',
    'numPendingTestSuites',
    'numRuntimeErrorTestSuites',
    'numTotalTests',
    'numPassedTests',
    'numFailedTests',
    'numPendingTests',
    'numTodoTests',
  ];
  return {
    ...Object.fromEntries(counts.map((key) => [key, sum(key)])),
    // Both runs must have reported and succeeded.
    success: reports.length === 2 && reports.every((r) => r.success),
    startTime: Math.min(...reports.map((r) => r.startTime)),
    testResults: reports.flatMap((r) => r.testResults),
  };
}
