import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  sha256: string;
  sizeBytes: number;
}

/**
 * The application's file store (original uploads, page images, attachments, signed replies). Files
 * are content-addressed by sha256 and never modified once stored, and this is all callers may do
 * with them — no paths, listing, renaming or deleting — so a driver for an object store (S3, MinIO,
 * Swift: PUT, PUT from a local file, GET, HEAD by key) can replace the local folder.
 */
export abstract class FileStorage {
  /**
   * A local folder where a request streams an upload before `putFile` takes it in. For the local
   * store it lies inside the store (same file system, so taking a file in is a rename); an
   * object-store driver would name a local temporary folder.
   */
  abstract readonly stagingDir: string;
  abstract put(bytes: Buffer): Promise<StoredFile>;
  /** Takes a file received in `stagingDir` into storage, hashing it as a stream; the file is gone afterwards. */
  abstract putFile(path: string): Promise<StoredFile>;
  abstract get(sha256: string): Promise<Buffer>;
  abstract has(sha256: string): Promise<boolean>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Local folder storage: `<root>/ab/cd/<sha256>`, written to a temporary name then renamed. */
export class LocalFileStorage extends FileStorage {
  private readonly root: string;
  readonly stagingDir: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
    this.stagingDir = incomingDir(this.root);
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

  /**
   * The file is read once as a stream to hash it, then renamed into place (uploads are received in
   * `stagingDir`, on the same file system): no upload is ever held in memory whole.
   */
  async putFile(source: string): Promise<StoredFile> {
    const hash = createHash('sha256');
    await pipeline(createReadStream(source), hash);
    const sha256 = hash.digest('hex');
    const { size } = await stat(source);
    const path = this.pathOf(sha256);
    if (await this.has(sha256)) await rm(source, { force: true });
    else {
      await mkdir(dirname(path), { recursive: true });
      await rename(source, path);
    }
    return { sha256, sizeBytes: size };
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

/** Where uploads are streamed while a request runs: beside the stored files, so a move is a rename. */
export function incomingDir(root: string): string {
  return join(resolve(root), '.incoming');
}

/** Removes what a request received and did not keep (a refused or failed upload). */
export async function discardUploads(files: Array<{ path?: string }>): Promise<void> {
  await Promise.all(files.map((file) => (file.path ? rm(file.path, { force: true }) : undefined)));
}
