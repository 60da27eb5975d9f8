import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFileStorage } from './file-storage.js';

describe('LocalFileStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'congvan-storage-'));
  const storage = new LocalFileStorage(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores bytes under their sha256 and reads them back unchanged', async () => {
    const bytes = Buffer.from('Công văn số 15-CV/HU');
    const stored = await storage.put(bytes);
    expect(stored).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length });
    expect((await storage.get(stored.sha256)).equals(bytes)).toBe(true);
    expect(await storage.has(stored.sha256)).toBe(true);
  });

  it('keeps one copy of identical content and leaves no temporary files', async () => {
    const bytes = Buffer.from('same');
    const first = await storage.put(bytes);
    await storage.put(bytes);
    const folder = join(root, first.sha256.slice(0, 2), first.sha256.slice(2, 4));
    expect(readdirSync(folder)).toEqual([first.sha256]);
  });

  it('refuses an address that is not a sha256 (no path traversal)', async () => {
    await expect(storage.get('../../etc/passwd')).rejects.toThrow('Invalid content address');
    expect(await storage.has('0'.repeat(64))).toBe(false);
  });

  it('moves a received file into storage by its hash, once, leaving nothing behind', async () => {
    mkdirSync(storage.stagingDir, { recursive: true });
    const bytes = Buffer.alloc(3 * 1024 * 1024, 'đ');
    const first = join(storage.stagingDir, 'upload-1');
    const second = join(storage.stagingDir, 'upload-2');
    writeFileSync(first, bytes);
    writeFileSync(second, bytes);
    const stored = await storage.putFile(first);
    expect(stored).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length });
    expect(await storage.putFile(second)).toEqual(stored);
    expect([existsSync(first), existsSync(second), readdirSync(storage.stagingDir)]).toEqual([false, false, []]);
    expect((await storage.get(stored.sha256)).equals(bytes)).toBe(true);
  });
});
