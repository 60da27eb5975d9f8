import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog, type AuthUser } from '@congvan/auth';
import { renderDocx, type ReplyDocumentModel } from '@congvan/rendering';
import { FileStorage } from '@congvan/storage';
import { nextRegisterNumber } from './next-register-number.js';
import { signPdf, verifyPdfSignature, type SignatureVerdict } from './pdf-signature.js';
import { RenderingProvider } from './rendering.provider.js';
import { ReplyDocument, type ReplyKind, type ReplyStatus } from './reply-document.entity.js';
import { badCertificate, notIssuerLeader, replyNotFound, replyStateConflict } from './replies.errors.js';

export interface NewReply {
  kind: ReplyKind;
  system: 'state' | 'party';
  documentId?: string;
  issuerUnitId: string;
  docType: string;
  model: Record<string, unknown>;
}

/**
 * Outgoing documents: draft → submitted → signed → issued, or returned by the leader with a reason.
 * The number is taken from the issuer's register at signing, inside the signing transaction, so a
 * failed signature gives no number and two signings never share one.
 */
@Injectable()
export class RepliesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly rendering: RenderingProvider,
    private readonly audit: AuditLog,
  ) {}

  async create(user: AuthUser, input: NewReply): Promise<ReplyDocument> {
    const model = { ...input.model, system: input.system, kind: input.kind, number: null } as unknown as ReplyDocumentModel;
    this.rendering.html(model); // refuses a model the templates cannot render, before anything is stored
    const repository = this.dataSource.getRepository(ReplyDocument);
    return repository.save(repository.create({ ...input, documentId: input.documentId ?? null, model: model as unknown as Record<string, unknown>, status: 'draft', createdById: user.id }));
  }

  async get(id: string): Promise<ReplyDocument> {
    const reply = await this.dataSource.getRepository(ReplyDocument).findOneBy({ id });
    if (!reply) throw replyNotFound(id);
    return reply;
  }

  async preview(id: string): Promise<string> {
    return this.rendering.html((await this.get(id)).model as unknown as ReplyDocumentModel);
  }

  /** The signed PDF once signed; before that, a rendering of the current draft. */
  async pdf(id: string): Promise<Buffer> {
    const reply = await this.get(id);
    if (reply.signedPdfSha256) return this.storage.get(reply.signedPdfSha256);
    return this.rendering.pdfOf(reply.model as unknown as ReplyDocumentModel);
  }

  async docx(id: string): Promise<Buffer> {
    return renderDocx((await this.get(id)).model as unknown as ReplyDocumentModel);
  }

  submit(user: AuthUser, id: string): Promise<ReplyDocument> {
    return this.move(user, id, ['draft', 'returned'], 'submitted', 'reply.submitted');
  }

  returnToAuthor(user: AuthUser, id: string, reason: string): Promise<ReplyDocument> {
    return this.move(user, id, ['submitted'], 'returned', 'reply.returned', async (tx, reply) => {
      this.assertIssuerLeader(user, reply);
      await tx.update(ReplyDocument, { id }, { returnedReason: reason });
    });
  }

  issue(user: AuthUser, id: string): Promise<ReplyDocument> {
    return this.move(user, id, ['signed'], 'issued', 'reply.issued');
  }

  /** Numbers the document in its register, renders it, and signs the PDF with the leader's certificate. */
  async sign(user: AuthUser, id: string, p12: Buffer, passphrase: string, ip: string | null): Promise<ReplyDocument> {
    return this.dataSource.transaction(async (tx) => {
      const reply = await this.locked(tx, id);
      if (reply.status !== 'submitted') throw replyStateConflict(reply.status, 'ký / sign');
      this.assertIssuerLeader(user, reply);
      const year = Number(String((reply.model as { date?: string }).date ?? new Date().toISOString()).slice(0, 4));
      const number = await nextRegisterNumber(tx, reply.issuerUnitId, reply.docType, year);
      const model = { ...reply.model, number: String(number).padStart(2, '0') } as unknown as ReplyDocumentModel;
      const unsigned = await this.rendering.pdfOf(model);
      let signed: Buffer;
      try {
        signed = await signPdf(unsigned, p12, passphrase, { name: model.signer?.name ?? user.username, reason: 'Ký ban hành văn bản', location: model.place ?? '' });
      } catch {
        throw badCertificate();
      }
      const stored = await this.storage.put(signed);
      await tx.save(ReplyDocument, tx.merge(ReplyDocument, reply, { status: 'signed', number, year, model: model as unknown as Record<string, unknown>, signedById: user.id, signedAt: new Date(), signedPdfSha256: stored.sha256 }));
      await this.audit.record(tx, { actorId: user.id, action: 'reply.signed', targetType: 'reply_document', targetId: id, ip, details: { number, year, docType: reply.docType } });
      return tx.findOneByOrFail(ReplyDocument, { id });
    });
  }

  verify(pdf: Buffer): SignatureVerdict {
    return verifyPdfSignature(pdf);
  }

  private assertIssuerLeader(user: AuthUser, reply: ReplyDocument): void {
    if (user.role !== 'leader' || user.unitId !== reply.issuerUnitId) throw notIssuerLeader();
  }

  private async locked(tx: EntityManager, id: string): Promise<ReplyDocument> {
    const reply = await tx.findOne(ReplyDocument, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!reply) throw replyNotFound(id);
    return reply;
  }

  private move(user: AuthUser, id: string, from: ReplyStatus[], to: ReplyStatus, action: string, extra?: (tx: EntityManager, reply: ReplyDocument) => Promise<void>): Promise<ReplyDocument> {
    return this.dataSource.transaction(async (tx) => {
      const reply = await this.locked(tx, id);
      if (!from.includes(reply.status)) throw replyStateConflict(reply.status, action);
      await extra?.(tx, reply);
      await tx.update(ReplyDocument, { id }, { status: to });
      await this.audit.record(tx, { actorId: user.id, action, targetType: 'reply_document', targetId: id });
      return tx.findOneByOrFail(ReplyDocument, { id });
    });
  }
}
