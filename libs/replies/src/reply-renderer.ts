import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { renderDocx, type ReplyDocumentModel } from '@congvan/rendering';
import { RenderingProvider } from './rendering.provider.js';
import { ReplyTemplate } from './reply-template.entity.js';
import { templateNotFound } from './replies.errors.js';

/** A reply's model rendered with its own template, or the built-in one for its kind and system. */
@Injectable()
export class ReplyRenderer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rendering: RenderingProvider,
  ) {}

  /** The reply's own template source, or undefined for the built-in one of its kind and system. */
  async sourceOf(templateId: string | null, manager = this.dataSource.manager): Promise<string | undefined> {
    if (!templateId) return undefined;
    const template = await manager.findOneBy(ReplyTemplate, { id: templateId });
    if (!template) throw templateNotFound(templateId);
    return template.source;
  }

  /** Refuses a model the template cannot render, before anything is stored (no page built, no font read). */
  check(model: ReplyDocumentModel, source: string | undefined): void {
    this.rendering.check(model, source);
  }

  async html(templateId: string | null, model: ReplyDocumentModel, manager?: EntityManager): Promise<string> {
    const source = await this.sourceOf(templateId, manager);
    return source === undefined ? this.rendering.html(model) : this.rendering.customHtml(source, model);
  }

  async pdf(templateId: string | null, model: ReplyDocumentModel, manager?: EntityManager): Promise<Buffer> {
    return this.rendering.pdfOfHtml(await this.html(templateId, model, manager));
  }

  docx(model: ReplyDocumentModel): Promise<Buffer> {
    return renderDocx(model);
  }
}
