import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export interface StoredFile {
  sha256: string;
  sizeBytes: number;
}

/** Where original uploads live. Files are content-addressed and never modified once stored. */
export abstract class FileStorage {
  abstract put(bytes: Buffer): Promise<StoredFile>;
  abstract get(sha256: string): Promise<Buffer>;
  abstract has(sha256: string): Promise<boolean>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Local folder storage: `<root>/ab/cd/<sha256>`, written to a temporary name then renamed. */
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(bytes: Buffer): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = this.pathOf(sha256);
    if (!(await this.has(sha256))) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes, { mode: 0o640 });
      await rename(temporary, path);
    }
    return { sha256, sizeBytes: bytes.length };
  }

  async get(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  /** The path is derived from the hash only, so no user-supplied name ever reaches the file system. */
  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error('Invalid content address');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}
