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

  constructor(private readonly options: { templatesDir: string; chromiumPath?: string; fontDir?: string }) {}

  private get renderer(): TemplateRenderer {
    this.templates ??= createTemplateRenderer({
      templatesDir: this.options.templatesDir,
      fontDir: this.options.fontDir,
    });
    return this.templates;
  }

  html(model: ReplyDocumentModel): string {
    return this.renderer.renderHtml(model);
  }

  /** Renders with a user template (validated again on every use). */
  customHtml(source: string, model: ReplyDocumentModel): string {
    return this.renderer.renderCustomHtml(source, model);
  }

  /** Throws what rendering the model would throw (user template `source`, else built-in), reading no font. */
  check(model: ReplyDocumentModel, source?: string): void {
    this.renderer.check(model, source);
  }

  /** Throws TEMPLATE_INVALID unless the source is an acceptable template. */
  validate(source: string): void {
    this.renderer.validate(source);
  }

  async pdfOf(model: ReplyDocumentModel): Promise<Buffer> {
    return this.pdfOfHtml(this.html(model));
  }

  async pdfOfHtml(html: string): Promise<Buffer> {
    this.pdf ??= new PdfRenderer({ executablePath: this.options.chromiumPath });
    return this.pdf.render(html);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pdf?.close();
  }
}
