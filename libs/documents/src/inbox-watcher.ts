import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAppError } from '@congvan/common';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from './documents.options.js';
import { DocumentsService } from './documents.service.js';

const POLL_MS = 3_000;
/** A file still being written by a scanner changes size; wait until it has been still this long. */
const SETTLE_MS = 2_000;

/**
 * Polls a folder where scanners or clerks drop files. Each file is ingested like an upload and then
 * moved to `processed/` (or `rejected/`, with a note giving the reason), so nothing is lost or
 * ingested twice. Polling rather than fs.watch: it works on network shares and survives restarts.
 */
@Injectable()
export class InboxWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboxWatcher.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions,
    private readonly documents: DocumentsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const inbox = this.options.inboxDir;
    if (!inbox) return;
    await Promise.all(['processed', 'rejected'].map((sub) => mkdir(join(inbox, sub), { recursive: true })));
    this.timer = setInterval(() => void this.scan(), POLL_MS);
    this.logger.log({ msg: 'watching inbox', inbox });
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One pass over the inbox; returns how many files were taken in. */
  async scan(): Promise<number> {
    const inbox = this.options.inboxDir;
    if (!inbox || this.running) return 0;
    this.running = true;
    let taken = 0;
    // Settled means unchanged for SETTLE_MS when the pass began: a slow pass (a large file taken in
    // first) must not take a file that was still being written when it started.
    const startedAt = Date.now();
    try {
      for (const entry of await readdir(inbox, { withFileTypes: true })) {
        if (!entry.isFile() || entry.name.startsWith('.')) continue;
        const path = join(inbox, entry.name);
        const info = await stat(path);
        if (startedAt - info.mtimeMs < SETTLE_MS) continue;
        await this.take(inbox, entry.name, await readFile(path));
        taken++;
      }
    } catch (error) {
      this.logger.error({ msg: 'inbox scan failed', error: (error as Error).message });
    } finally {
      this.running = false;
    }
    return taken;
  }

  private async take(inbox: string, name: string, bytes: Buffer): Promise<void> {
    const stamped = `${new Date().toISOString().replace(/[:.]/g, '-')}-${name}`;
    try {
      const { document, duplicate } = await this.documents.ingest(bytes, name, null);
      await rename(join(inbox, name), join(inbox, 'processed', stamped));
      this.logger.log({ msg: 'inbox file ingested', file: name, documentId: document.id, duplicate });
    } catch (error) {
      const reason = isAppError(error)
        ? `${error.code}\n${error.messageVi}\n${error.messageEn}\n`
        : `INTERNAL\n${(error as Error).message}\n`;
      await rename(join(inbox, name), join(inbox, 'rejected', stamped));
      await writeFile(join(inbox, 'rejected', `${stamped}.reason.txt`), reason);
      this.logger.warn({ msg: 'inbox file rejected', file: name, code: isAppError(error) ? error.code : 'INTERNAL' });
    }
  }
}
