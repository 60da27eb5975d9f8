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

/**
 * POSTs each package to a gateway (one configured per site): the XML as the body, its file name in
 * a header, a bearer token when given. Anything but a 2xx answer is a failure, retried by the
 * outbox on its next run.
 */
export class HttpTransport implements EdxmlTransport {
  readonly name = 'http';

  constructor(
    private readonly url: string,
    private readonly token: string | null = null,
    private readonly timeoutMs = 30_000,
  ) {}

  async send(fileName: string, bytes: Buffer): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      body: new Uint8Array(bytes),
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        'X-Edxml-File-Name': encodeURIComponent(fileName),
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`gateway answered ${response.status}`);
  }
}
