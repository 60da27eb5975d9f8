import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Multipart, Roles, TokenScope } from '@congvan/auth';
import { noFileUploaded } from '@congvan/common';
import {
  type DirectiveDraftView,
  ListDocumentsQueryDto,
  RegisterFilterDto,
  toDirectiveDraftView,
  toDocumentView,
  type DocumentView,
} from './documents.dto.js';
import { DocumentsService } from './documents.service.js';
import { DirectiveReviewService } from './directive-review.service.js';
import { RefusedDocumentsService } from './refused-documents.service.js';
import { type RegisterPage, RegisterService } from './register.service.js';
import { extensionOf, registerTitle, titleFileName } from './register-title.js';
import { currentDirective, type DirectiveDraft } from './directive-draft.entity.js';

const READERS = ['clerk', 'leader', 'system_admin'] as const;
const CLERKS = ['clerk', 'system_admin'] as const;

@Controller('documents')
@TokenScope('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly register: RegisterService,
    private readonly refused: RefusedDocumentsService,
    private readonly review: DirectiveReviewService,
  ) {}

  /** Upload one scan (multipart field "file"). Answers at once; the pipeline runs in the background. */
  @Post()
  @Roles(...CLERKS)
  @Multipart()
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DocumentView & { duplicate: boolean }> {
    if (!file) throw noFileUploaded();
    // Multer reads the name as latin1; browsers send UTF-8.
    const { document, duplicate } = await this.documents.ingest(
      file.buffer,
      Buffer.from(file.originalname, 'latin1').toString('utf8'),
      user,
    );
    response.status(duplicate ? 200 : 201);
    return { ...toDocumentView(document), duplicate };
  }

  /** Sổ văn bản đến: the register lines the caller may see, filtered, sorted and paged, with the total. */
  @Get()
  @Roles(...READERS)
  list(@Query() query: ListDocumentsQueryDto, @CurrentUser() user: AuthUser): Promise<RegisterPage> {
    return this.register.page(user, query);
  }

  /** The register as an Excel workbook: every line matching the filters (no page), Vietnamese headings. */
  @Get('register.xlsx')
  @Roles(...READERS)
  async registerXlsx(@Query() query: RegisterFilterDto, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    const workbook = await this.register.workbook(user, query);
    return new StreamableFile(workbook, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="so-van-ban-den.xlsx"; filename*=UTF-8''${encodeURIComponent('Sổ văn bản đến.xlsx')}`,
      length: workbook.length,
    });
  }

  /** The register printable: every line matching the filters, A4 landscape, Vietnamese headings. */
  @Get('register.pdf')
  @Roles(...READERS)
  async registerPdf(@Query() query: RegisterFilterDto, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    const pdf = await this.register.pdf(user, query);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="so-van-ban-den.pdf"; filename*=UTF-8''${encodeURIComponent('Sổ văn bản đến.pdf')}`,
      length: pdf.length,
    });
  }

  /** Status and per-page progress, for polling. */
  @Get(':id')
  @Roles(...READERS)
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DocumentView> {
    const document = await this.documents.get(user, id);
    return toDocumentView(document, await this.documents.titleOf(document));
  }

  @Get(':id/pages')
  @Roles(...READERS)
  async pages(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return (await this.documents.pages(user, id)).map(
      ({ pageIndex, text, normalisedText, source, confidence, words }) => ({
        pageIndex,
        text,
        normalisedText,
        source,
        confidence,
        words,
      }),
    );
  }

  /** One page as a JPEG, drawn as the OCR saw it (the page's word boxes fall on it). */
  @Get(':id/pages/:index/image')
  @Roles(...READERS)
  @Header('Cache-Control', 'private, max-age=3600')
  async pageImage(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('index', ParseIntPipe) index: number,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.documents.pageImage(user, id, index), { type: 'image/jpeg' });
  }

  /** A refused document ("Lỗi") processed again from the stage that failed. */
  @Post(':id/retry')
  @HttpCode(200)
  @Roles(...CLERKS)
  async retry(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DocumentView> {
    return toDocumentView(await this.refused.retry(user, id));
  }

  /** A refused document deleted (hidden, kept for the audit with its file); only a failed one. */
  @Delete(':id')
  @HttpCode(204)
  @Roles(...CLERKS)
  async remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.refused.remove(user, id);
  }

  /** The original bytes, always as a download with the type detected at intake, never rendered inline. */
  @Get(':id/original')
  @Roles(...READERS)
  async original(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { document, bytes } = await this.documents.original(user, id);
    const name = titleFileName(
      await this.documents.titleOf(document),
      extensionOf(document.mimeType, document.originalName),
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(bytes, {
      type: document.mimeType ?? 'application/octet-stream',
      disposition: `attachment; filename="document-${document.id}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }

  /** The files of an edXML document: the main one (whose text was read) and the annexes. */
  @Get(':id/files')
  @Roles(...READERS)
  async files(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return (await this.documents.files(user, id)).map(({ position, role, name, mimeType, sizeBytes, sha256 }) => ({
      position,
      role,
      name,
      mimeType,
      sizeBytes,
      sha256,
    }));
  }

  @Get(':id/files/:position')
  @Roles(...READERS)
  async file(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('position', ParseIntPipe) position: number,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, bytes } = await this.documents.file(user, id, position);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(bytes, {
      type: file.mimeType ?? 'application/octet-stream',
      disposition: `attachment; filename="file-${position}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  }

  @Get(':id/directive')
  @Roles(...READERS)
  async directive(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DirectiveDraftView> {
    return this.draftView(await this.review.draft(user, id));
  }

  /** The clerk's corrections: the whole corrected Directive JSON; the extracted version is kept. */
  @Patch(':id/directive')
  @Roles(...CLERKS)
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() directive: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
  ): Promise<DirectiveDraftView> {
    return this.draftView(await this.review.correct(user, id, directive));
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(...CLERKS)
  async confirm(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DirectiveDraftView> {
    return this.draftView(await this.review.confirm(user, id));
  }

  private async draftView(draft: DirectiveDraft): Promise<DirectiveDraftView> {
    const directive = currentDirective(draft);
    const [document, duplicateOf] = await Promise.all([
      this.documents.find(draft.documentId),
      this.documents.duplicateOf(draft.documentId),
    ]);
    return toDirectiveDraftView(draft, { title: registerTitle(directive) ?? document.originalName, duplicateOf });
  }
}
