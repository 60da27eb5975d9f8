import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where packages leave through: a folder here; an HTTP client of a gateway would implement the same. */
export interface EdxmlTransport {
  readonly name: string;
  send(fileName: string, bytes: Buffer): Promise<void>;
}

export const EDXML_TRANSPORT = Symbol('EDXML_TRANSPORT');

/**
 * Writes each package into a folder (for tests, and for air-gapped sites where another program or
 * a person carries the folder to the gateway). Written under a dot-name and renamed, so a reader
 * of the folder never sees half a file.
 */
export class FolderTransport implements EdxmlTransport {
  readonly name = 'folder';

  constructor(private readonly dir: string) {}

  async send(fileName: string, bytes: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
    const temporary = join(this.dir, `.${safe}.partial`);
    await writeFile(temporary, bytes);
    await rename(temporary, join(this.dir, safe));
  }
}
