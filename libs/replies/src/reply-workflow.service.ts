import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type forge from 'node-forge';
import { AuditLog, type AuthUser, authorize, type ReplyAction, UserAccount } from '@congvan/auth';
import type { ReplyDocumentModel } from '@congvan/rendering';
import { FileStorage } from '@congvan/storage';
import { draftIncomplete, missingForSubmission } from './draft-checks.js';
import { nextRegisterNumber } from './next-register-number.js';
import { CadesSigner } from './cades-signer.js';
import { signPdfWith, verifyPdfSignature, type SignatureVerdict } from './pdf-signature.js';
import { badCertificate, replyNotFound, replyStateConflict } from './replies.errors.js';
import { lockedReply } from './reply-access.js';
import { ReplyDocument, type ReplyStatus } from './reply-document.entity.js';
import { ReplyRenderer } from './reply-renderer.js';
import { signatureDataUrl } from './signature-image.js';
import { summarise } from './signature-summary.js';

/** The roots a signer must chain to (SIGNATURE_TRUSTED_ROOTS), for verify. */
export const TRUSTED_ROOTS = Symbol('TRUSTED_ROOTS');

/**
 * An outgoing document after drafting: draft → submitted → signed → issued, or returned by the
 * leader with a reason. The number is taken from the issuer's register at signing, inside the
 * signing transaction, so a failed signature gives no number and two signings never share one.
 */
@Injectable()
export class ReplyWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly renderer: ReplyRenderer,
    private readonly audit: AuditLog,
    @Inject(TRUSTED_ROOTS) private readonly trustedRoots: forge.pki.Certificate[],
  ) {}

  /** Goes for signature only complete: Địa danh, Kính gửi, the signer's name and no placeholder left. */
  submit(user: AuthUser, id: string): Promise<ReplyDocument> {
    return this.move(user, id, 'author', ['draft', 'returned'], 'submitted', 'reply.submitted', async (_tx, reply) => {
      const missing = missingForSubmission(reply.model);
      if (missing.length > 0) throw draftIncomplete(missing);
    });
  }

  returnToAuthor(user: AuthUser, id: string, reason: string): Promise<ReplyDocument> {
    return this.move(user, id, 'sign', ['submitted'], 'returned', 'reply.returned', async (tx) => {
      await tx.update(ReplyDocument, { id }, { returnedReason: reason });
    });
  }

  issue(user: AuthUser, id: string): Promise<ReplyDocument> {
    return this.move(user, id, 'issue', ['signed'], 'issued', 'reply.issued');
  }

  /**
   * Numbers the document in its register, renders it (with the handwritten signature image, if
   * given, above the signer's name) and signs the PDF with the leader's certificate. Submission
   * requires the signer's name; a document submitted before that rule with none gets the signing
   * leader's own name.
   */
  async sign(
    user: AuthUser,
    id: string,
    p12: Buffer,
    passphrase: string,
    ip: string | null,
    signatureImage?: Buffer,
  ): Promise<ReplyDocument> {
    await authorize(this.dataSource.manager, user, 'reply', 'sign', id, () => replyNotFound(id));
    const signatureUrl = signatureImage ? await signatureDataUrl(signatureImage) : null;
    // The certificate is opened first: a wrong passphrase costs no number and no rendering.
    let certificate: CadesSigner;
    try {
      certificate = new CadesSigner(p12, passphrase);
    } catch {
      throw badCertificate();
    }
    return this.dataSource.transaction(async (tx) => {
      const reply = await lockedReply(tx, user, id, 'sign');
      if (reply.status !== 'submitted') throw replyStateConflict(reply.status, 'ký / sign');
      const year = Number(String((reply.model as { date?: string }).date ?? new Date().toISOString()).slice(0, 4));
      const number = await nextRegisterNumber(tx, reply.issuerUnitId, reply.docType, year);
      const current = reply.model as unknown as ReplyDocumentModel;
      const signerName =
        current.signer?.name?.trim() ||
        (await tx.findOneBy(UserAccount, { id: user.id }))?.displayName ||
        user.username;
      const model = {
        ...current,
        number: String(number).padStart(2, '0'),
        signer: { ...current.signer, name: signerName },
      } as ReplyDocumentModel;
      const unsigned = await this.renderer.pdf(reply.templateId, { ...model, signatureImage: signatureUrl }, tx);
      const signed = await signPdfWith(unsigned, certificate, {
        name: signerName,
        reason: 'Ký ban hành văn bản',
        location: model.place ?? '',
      });
      const stored = await this.storage.put(signed);
      await tx.save(
        ReplyDocument,
        tx.merge(ReplyDocument, reply, {
          status: 'signed',
          number,
          year,
          model: model as unknown as Record<string, unknown>,
          signedById: user.id,
          signedAt: new Date(),
          signedPdfSha256: stored.sha256,
        }),
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'reply.signed',
        targetType: 'reply_document',
        targetId: id,
        ip,
        details: { number, year, docType: reply.docType, signatureImage: signatureUrl !== null },
      });
      return tx.findOneByOrFail(ReplyDocument, { id });
    });
  }

  /** Integrity and trust, reported separately, with a sentence for the reader in both languages. */
  verify(pdf: Buffer): SignatureVerdict & { summary: string; summaryEn: string } {
    const verdict = verifyPdfSignature(pdf, this.trustedRoots);
    return { ...verdict, ...summarise(verdict) };
  }

  private move(
    user: AuthUser,
    id: string,
    access: ReplyAction,
    from: ReplyStatus[],
    to: ReplyStatus,
    action: string,
    extra?: (tx: EntityManager, reply: ReplyDocument) => Promise<void>,
  ): Promise<ReplyDocument> {
    return this.dataSource.transaction(async (tx) => {
      const reply = await lockedReply(tx, user, id, access);
      if (!from.includes(reply.status)) throw replyStateConflict(reply.status, action);
      await extra?.(tx, reply);
      await tx.update(ReplyDocument, { id }, { status: to });
      await this.audit.record(tx, { actorId: user.id, action, targetType: 'reply_document', targetId: id });
      return tx.findOneByOrFail(ReplyDocument, { id });
    });
  }
}
