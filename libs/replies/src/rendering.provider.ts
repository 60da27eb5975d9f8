import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  createTemplateRenderer,
  PdfRenderer,
  type ReplyDocumentModel,
  type TemplateRenderer,
} from '@congvan/rendering';

/** Templates loaded once; one warm browser, started on the first PDF and closed with the app. */
@Injectable()
export class RenderingProvider implements OnApplicationShutdown {
  private templates?: TemplateRenderer;
  private pdf?: PdfRenderer;

  constructor(private readonly templatesDir: string) {}

  private get renderer(): TemplateRenderer {
    this.templates ??= createTemplateRenderer({ templatesDir: this.templatesDir });
    return this.templates;
  }

  html(model: ReplyDocumentModel): string {
    return this.renderer.renderHtml(model);
  }

  /** Renders with a user template (validated again on every use). */
  customHtml(source: string, model: ReplyDocumentModel): string {
    return this.renderer.renderCustomHtml(source, model);
  }

  /** Throws TEMPLATE_INVALID unless the source is an acceptable template. */
  validate(source: string): void {
    this.renderer.validate(source);
  }

  async pdfOf(model: ReplyDocumentModel): Promise<Buffer> {
    return this.pdfOfHtml(this.html(model));
  }

  async pdfOfHtml(html: string): Promise<Buffer> {
    this.pdf ??= new PdfRenderer();
    return this.pdf.render(html);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pdf?.close();
  }
}
