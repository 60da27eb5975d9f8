import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@congvan/auth';
import type { EdxmlStatusCode } from '@congvan/edxml';
import { FileStorage } from '@congvan/storage';
import { EdxmlOutbox } from './edxml-outbox.entity.js';
import { EDXML_TRANSPORT, type EdxmlTransport } from './transport.js';
import { visibleSubjectRows } from './visible-subjects.js';

const MAX_ATTEMPTS = 5;

/** The edXML outbox: packages queued once per subject and code, delivered through the transport. */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    @Inject(EDXML_TRANSPORT) private readonly transport: EdxmlTransport,
  ) {}

  /**
   * Sends what is queued through the transport; a failure is retried on the next run, five times.
   * Each entry is sent under a lock on its row, so two senders at once — an API host's "deliver
   * now" and a worker host's minute job — never send it twice: the second skips what the first holds.
   */
  async deliver(): Promise<number> {
    let delivered = 0;
    const queued = await this.dataSource
      .getRepository(EdxmlOutbox)
      .find({ select: { id: true }, where: { state: 'queued' }, order: { createdAt: 'ASC' }, take: 100 });
    for (const { id } of queued) if (await this.deliverOne(id)) delivered++;
    return delivered;
  }

  private deliverOne(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const outbox = manager.getRepository(EdxmlOutbox);
      const entry = await outbox
        .createQueryBuilder('entry')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('entry.id = :id AND entry.state = :state', { id, state: 'queued' })
        .getOne();
      if (!entry) return false; // sent meanwhile, or being sent by another process
      try {
        await this.transport.send(entry.fileName, await this.storage.get(entry.sha256));
        await outbox.update({ id: entry.id }, { state: 'sent', sentAt: new Date() });
        return true;
      } catch (error) {
        const attempts = entry.attempts + 1;
        await outbox.update(
          { id: entry.id },
          {
            attempts,
            lastError: (error as Error).message.slice(0, 500),
            state: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
          },
        );
        this.logger.warn({
          msg: 'edXML delivery failed',
          outboxId: entry.id,
          attempts,
          transport: this.transport.name,
        });
        return false;
      }
    });
  }

  /** The outbox as the caller may see it: statuses of documents it may read, exports of replies it may read. */
  async list(user: AuthUser, state?: EdxmlOutbox['state']): Promise<EdxmlOutbox[]> {
    const ids = await visibleSubjectRows(
      this.dataSource,
      user,
      {
        name: 'edxml_outbox',
        kindColumn: 'kind',
        documentKind: 'status',
        replyKind: 'document',
        orderBy: 'created_at',
      },
      state,
    );
    if (ids.length === 0) return [];
    const entries = await this.dataSource.getRepository(EdxmlOutbox).find({ where: ids.map((id) => ({ id })) });
    return ids.map((id) => entries.find((e) => e.id === id)!);
  }

  /** Writes a package to the file store and the outbox, once per subject and code; returns 1 when new. */
  async queue(
    kind: EdxmlOutbox['kind'],
    subjectId: string,
    statusCode: EdxmlStatusCode | '',
    toOrganId: string | null,
    fileName: string,
    xml: string,
  ): Promise<number> {
    const stored = await this.storage.put(Buffer.from(xml, 'utf8'));
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(EdxmlOutbox)
      .values({ kind, subjectId, statusCode, toOrganId, fileName, sha256: stored.sha256 })
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length;
  }
}
