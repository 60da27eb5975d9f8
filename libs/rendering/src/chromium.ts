import { createHash, randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliDecompress, createBrotliDecompress } from 'node:zlib';
import { bundledFontDir } from './document-fonts.js';

/** Debian's package chromium. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumOptions {
  /** A Chromium or Chrome to run (CHROMIUM_PATH). Unset: Debian's when it is installed, else the one from npm. */
  executablePath?: string;
  /** Where to look for an installed browser when none is configured (default: Debian's /usr/bin/chromium). */
  systemPaths?: readonly string[];
  /** Where the npm Chromium is unpacked (default: <tmp>/congvan-chromium-<version>-<uid>). */
  cacheDir?: string;
}

export interface ChromiumLaunch {
  executablePath: string;
  source: 'configured' | 'system' | 'npm';
  /**
   * The whole environment of the browser process, for the npm Chromium: its own NSS libraries and
   * a fontconfig file naming the bundled fonts (nothing else of the server's environment leaks in).
   * Undefined for an installed browser, which keeps the usual environment.
   */
  env?: Record<string, string>;
}

/** True when `path` is a file this process may execute (a file hidden by an empty bind mount is not). */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile() && statSync(path).size > 0;
  } catch {
    return false;
  }
}

/**
 * Which browser renders PDFs: the configured one, else Debian's chromium when installed, else the
 * Chromium shipped inside the npm package @sparticuz/chromium (brotli-compressed, unpacked once
 * into a cache folder on first use; nothing is downloaded).
 */
export async function resolveChromium(options: ChromiumOptions = {}): Promise<ChromiumLaunch> {
  if (options.executablePath) return { executablePath: options.executablePath, source: 'configured' };
  const system = (options.systemPaths ?? [DEBIAN_CHROMIUM]).find(isExecutable);
  if (system) return { executablePath: system, source: 'system' };
  return npmChromium(options.cacheDir);
}

function npmPackageDir(): string {
  // The package exports only ".", which resolves to build/cjs/index.cjs.
  return join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', '..');
}

const unpacking = new Map<string, Promise<void>>();

async function npmChromium(cacheDir?: string): Promise<ChromiumLaunch> {
  const packageDir = npmPackageDir();
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = cacheDir ?? join(tmpdir(), `congvan-chromium-${version}-${process.getuid?.() ?? 'user'}`);
  const executablePath = join(dir, 'chromium');
  if (!isExecutable(executablePath)) {
    let job = unpacking.get(dir);
    if (!job) {
      job = unpack(join(packageDir, 'bin'), dir);
      unpacking.set(dir, job);
      job.catch(() => unpacking.delete(dir));
    }
    await job;
  }
  assertOwnFolder(dir);
  return {
    executablePath,
    source: 'npm',
    env: { LD_LIBRARY_PATH: join(dir, 'lib'), FONTCONFIG_FILE: fontconfigFile(dir), HOME: dir, TMPDIR: tmpdir() },
  };
}

/** A shared temporary folder must not be someone else's: they could have put any binary there. */
function assertOwnFolder(dir: string): void {
  const uid = process.getuid?.();
  if (uid !== undefined && statSync(dir).uid !== uid) {
    throw new Error(`${dir} belongs to another user; remove it or set CHROMIUM_PATH`);
  }
}

/** Unpacks into a private folder, then renames it into place: racing processes never see half a binary. */
async function unpack(binDir: string, dir: string): Promise<void> {
  const partial = `${dir}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(join(partial, 'lib'), { recursive: true, mode: 0o755 });
  try {
    await pipeline(
      createReadStream(join(binDir, 'chromium.br')),
      createBrotliDecompress({ chunkSize: 2 ** 21 }),
      createWriteStream(join(partial, 'chromium'), { mode: 0o755 }),
    );
    // NSS and expat, in case the machine lacks them (the archive holds lib/*.so* only).
    const libraries = await promisify(brotliDecompress)(readFileSync(join(binDir, 'al2023.tar.br')));
    for (const entry of tarEntries(libraries)) {
      if (/^lib\/[\w.+-]+$/.test(entry.name)) writeFileSync(join(partial, entry.name), entry.data, { mode: 0o755 });
    }
    if (existsSync(dir) && !isExecutable(join(dir, 'chromium'))) rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(partial, dir);
    } catch (error) {
      if (!isExecutable(join(dir, 'chromium'))) throw error; // another process won the race otherwise
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** The regular files of a POSIX tar archive. */
function* tarEntries(tar: Buffer): Generator<{ name: string; data: Buffer }> {
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((byte) => byte === 0)) return;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const prefix = field(345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(0, 100);
    const type = field(156, 1);
    if (type === '' || type === '0')
      yield { name: name.replace(/^\.\//, ''), data: tar.subarray(at + 512, at + 512 + size) };
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** fontconfig for the npm Chromium: the bundled Tinos, and the machine's fonts when it has any. */
function fontconfigFile(dir: string): string {
  const fontDir = bundledFontDir();
  const path = join(dir, `fonts-${createHash('sha256').update(fontDir).digest('hex').slice(0, 12)}.conf`);
  if (!existsSync(path)) {
    const xml = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${escapeXml(fontDir)}</dir>`,
      '  <dir>/usr/share/fonts</dir>',
      '  <dir>/usr/local/share/fonts</dir>',
      `  <cachedir>${escapeXml(join(dir, 'fontconfig-cache'))}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n');
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, xml);
    renameSync(partial, path);
  }
  return path;
}
