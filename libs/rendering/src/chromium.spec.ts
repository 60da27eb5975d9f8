import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isExecutable, resolveChromium } from './chromium.js';

describe('resolveChromium', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chromium-spec-'));
    writeFileSync(join(dir, 'browser'), '#!/bin/sh\n');
    chmodSync(join(dir, 'browser'), 0o755);
    writeFileSync(join(dir, 'hidden'), ''); // what an empty bind mount over /usr/bin/chromium looks like
    chmodSync(join(dir, 'hidden'), 0o644);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the configured browser (CHROMIUM_PATH) as given', async () => {
    expect(
      await resolveChromium({ executablePath: '/opt/chrome/chrome', systemPaths: [join(dir, 'browser')] }),
    ).toEqual({
      executablePath: '/opt/chrome/chrome',
      source: 'configured',
    });
  });

  it('prefers an installed browser over the npm one, and keeps its environment', async () => {
    expect(await resolveChromium({ systemPaths: [join(dir, 'missing'), join(dir, 'browser')] })).toEqual({
      executablePath: join(dir, 'browser'),
      source: 'system',
    });
  });

  it('does not take an empty or non-executable file for a browser', () => {
    expect(isExecutable(join(dir, 'hidden'))).toBe(false);
    expect(isExecutable(join(dir, 'missing'))).toBe(false);
    expect(isExecutable(dir)).toBe(false);
    expect(isExecutable(join(dir, 'browser'))).toBe(true);
  });
});
