import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTemplateRenderer, PdfRenderer, type ReplyDocumentModel, type TemplateRenderer } from '@congvan/rendering';

/** Templates loaded once; one warm browser, started on the first PDF and closed with the app. */
@Injectable()
export class RenderingProvider implements OnApplicationShutdown {
  private templates?: TemplateRenderer;
  private pdf?: PdfRenderer;

  constructor(private readonly templatesDir: string) {}

  html(model: ReplyDocumentModel): string {
    this.templates ??= createTemplateRenderer({ templatesDir: this.templatesDir });
    return this.templates.renderHtml(model);
  }

  async pdfOf(model: ReplyDocumentModel): Promise<Buffer> {
    this.pdf ??= new PdfRenderer();
    return this.pdf.render(this.html(model));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pdf?.close();
  }
}
