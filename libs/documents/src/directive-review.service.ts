import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { authorize, type AuthUser, type DocumentAction } from '@congvan/auth';
import { validateDirective } from '@congvan/extraction';
import { DirectiveDraft } from './directive-draft.entity.js';
import { Document } from './document.entity.js';
import { documentNotFound, invalidDirective, wrongStatus } from './documents.errors.js';

/** The clerk's review of an extracted directive: read the draft, correct it, confirm it. */
@Injectable()
export class DirectiveReviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async draft(user: AuthUser, documentId: string): Promise<DirectiveDraft> {
    await this.authorize(user, documentId, 'read');
    const draft = await this.dataSource.getRepository(DirectiveDraft).findOneBy({ documentId });
    if (draft) return draft;
    const document = await this.dataSource.getRepository(Document).findOneBy({ id: documentId });
    if (!document) throw documentNotFound(documentId);
    throw wrongStatus(document.status, 'extracted');
  }

  /** Saves the clerk's corrected directive beside the extracted one (both are kept). */
  async correct(user: AuthUser, documentId: string, directive: unknown): Promise<DirectiveDraft> {
    await this.authorize(user, documentId, 'manage');
    const check = validateDirective(directive);
    if (!check.valid) throw invalidDirective(check.errors);
    return this.dataSource.transaction(async (tx) => {
      await this.lockedInReview(tx, documentId);
      await tx.save(
        DirectiveDraft,
        tx.merge(DirectiveDraft, await tx.findOneByOrFail(DirectiveDraft, { documentId }), {
          reviewed: directive as Record<string, unknown>,
          reviewedById: user.id,
        }),
      );
      return tx.findOneByOrFail(DirectiveDraft, { documentId });
    });
  }

  /** The clerk confirms the (corrected) directive; the document moves to reviewed. */
  async confirm(user: AuthUser, documentId: string): Promise<DirectiveDraft> {
    await this.authorize(user, documentId, 'manage');
    return this.dataSource.transaction(async (tx) => {
      await this.lockedInReview(tx, documentId);
      await tx.update(DirectiveDraft, { documentId }, { confirmedAt: new Date(), reviewedById: user.id });
      await tx.update(Document, { id: documentId }, { status: 'reviewed' });
      return tx.findOneByOrFail(DirectiveDraft, { documentId });
    });
  }

  private authorize(user: AuthUser, id: string, action: DocumentAction): Promise<void> {
    return authorize(this.dataSource.manager, user, 'document', action, id, () => documentNotFound(id));
  }

  /** The document row-locked, still waiting for review (extracted). */
  private async lockedInReview(tx: EntityManager, documentId: string): Promise<Document> {
    const document = await tx.findOne(Document, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
    if (!document) throw documentNotFound(documentId);
    if (document.status !== 'extracted') throw wrongStatus(document.status, 'extracted');
    return document;
  }
}
