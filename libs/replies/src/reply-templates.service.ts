import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { accessCondition, AuditLog, type AuthUser, namedBinder } from '@congvan/auth';
import { AppError } from '@congvan/common';
import { sampleReplyModel } from '@congvan/rendering';
import { RenderingProvider } from './rendering.provider.js';
import { type ReplyKind } from './reply-document.entity.js';
import { ReplyTemplate } from './reply-template.entity.js';
import { templateRejected } from './replies.errors.js';

export interface NewReplyTemplate {
  name: string;
  kind: ReplyKind;
  system: 'state' | 'party';
  source: string;
}

export type ReplyTemplateSummary = Omit<ReplyTemplate, 'source'>;

/**
 * Users' own reply templates. A template is stored only once it passes validateTemplate (escaped
 * output, our helpers and partials only) and renders the sample model of its kind and system.
 */
@Injectable()
export class ReplyTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rendering: RenderingProvider,
    private readonly audit: AuditLog,
  ) {}

  async create(user: AuthUser, input: NewReplyTemplate): Promise<ReplyTemplate> {
    const source = input.source.normalize('NFC');
    this.check(source, input.kind, input.system);
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        ReplyTemplate,
        tx.create(ReplyTemplate, {
          name: input.name.normalize('NFC').trim(),
          kind: input.kind,
          system: input.system,
          source,
          createdById: user.id,
          // A clerk's template serves its organisation; one without a unit (or an administrator) writes for all.
          organisation: user.organisation ?? '',
        }),
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'reply_template.created',
        targetType: 'reply_template',
        targetId: saved.id,
        details: { name: saved.name, kind: saved.kind, system: saved.system },
      });
      return saved;
    });
  }

  /** The templates the caller may use (its organisation's and the shared ones), without their source, newest first. */
  list(user: AuthUser): Promise<ReplyTemplateSummary[]> {
    const params: Record<string, unknown> = {};
    return this.dataSource
      .getRepository(ReplyTemplate)
      .createQueryBuilder('tp')
      .select(['tp.id', 'tp.name', 'tp.kind', 'tp.system', 'tp.organisation', 'tp.createdById', 'tp.createdAt'])
      .where(accessCondition(user, 'template', 'read', 'tp', namedBinder(params)), params)
      .orderBy('tp.created_at', 'DESC')
      .getMany();
  }

  private check(source: string, kind: ReplyKind, system: 'state' | 'party'): void {
    try {
      this.rendering.validate(source);
    } catch (error) {
      if (error instanceof AppError && error.code === 'TEMPLATE_INVALID')
        throw new AppError(error.code, 400, error.messageVi, error.messageEn, error.details);
      throw error;
    }
    try {
      this.rendering.check(sampleReplyModel(kind, system), source);
    } catch (error) {
      const reason =
        error instanceof AppError ? String(error.details?.reason ?? error.messageEn) : (error as Error).message;
      throw templateRejected(
        `không dựng được văn bản mẫu (${reason})`,
        `the trial render with the sample ${kind}.${system} model failed: ${reason}`,
        { problems: [reason] },
      );
    }
  }
}
