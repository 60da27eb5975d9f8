import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareClusterDir } from './postmaster.js';

/** An account that is neither the owner nor in the group of the folders made here. */
const stranger = { name: 'stranger', uid: 4_000_001, gid: 4_000_001 };

describe('prepareClusterDir (the server runs as another user than this process)', () => {
  it('names a parent folder the server cannot enter, and what to change, when it is not a temporary folder', () => {
    const outside = mkdtempSync(join(process.cwd(), '.prepare-test-'));
    chmodSync(outside, 0o755);
    try {
      const locked = join(outside, 'locked');
      mkdirSync(locked, { mode: 0o700 });
      expect(() => prepareClusterDir(join(locked, 'data', 'postgres'), stranger, () => undefined)).toThrow(
        `PostgreSQL runs as the system user stranger (it refuses root), which cannot enter ${locked}. ` +
          `Run \`chmod o+x ${locked}\` (enter, not list), or set DATA_DIR to a folder stranger can reach, or set DATABASE_URL.`,
      );
      expect(statSync(locked).mode & 0o777).toBe(0o700);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('lets the server through a temporary folder only its owner may enter (as `mktemp -d` makes), and says so', () => {
    const temporary = mkdtempSync(join(tmpdir(), 'congvan-prepare-'));
    const said: string[] = [];
    try {
      expect(statSync(temporary).mode & 0o777).toBe(0o700);
      // Stops at chown (only root may give the folder away); the parents are prepared by then.
      try {
        prepareClusterDir(join(temporary, 'data', 'postgres'), stranger, (message) => said.push(message));
      } catch (error) {
        if (process.getuid?.() === 0) throw error;
        expect((error as NodeJS.ErrnoException).code).toBe('EPERM');
      }
      expect(statSync(temporary).mode & 0o777).toBe(0o701);
      expect(said).toEqual([
        `gave others traverse-only permission (o+x) on ${temporary} so that PostgreSQL, running as stranger, can reach ${join(temporary, 'data', 'postgres')}`,
      ]);
    } finally {
      rmSync(temporary, { recursive: true, force: true });
    }
  });
});
