import {
  Body,
  Controller,
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
import { type AuthUser, CurrentUser, Multipart, Roles } from '@congvan/auth';
import { noFileUploaded } from '@congvan/common';
import {
  type DirectiveDraftView,
  ListDocumentsQueryDto,
  toDirectiveDraftView,
  toDocumentView,
  type DocumentView,
} from './documents.dto.js';
import { DocumentsService } from './documents.service.js';

const READERS = ['clerk', 'leader', 'system_admin'] as const;
const CLERKS = ['clerk', 'system_admin'] as const;

@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

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

  @Get()
  @Roles(...READERS)
  async list(
    @Query() query: ListDocumentsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Array<DocumentView & { snippet: string | null }>> {
    return (await this.documents.list(user, query)).map((hit) => ({
      ...toDocumentView(hit.document),
      snippet: hit.snippet,
    }));
  }

  /** Status and per-page progress, for polling. */
  @Get(':id')
  @Roles(...READERS)
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DocumentView> {
    return toDocumentView(await this.documents.get(user, id));
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

  /** The original bytes, always as a download with the type detected at intake, never rendered inline. */
  @Get(':id/original')
  @Roles(...READERS)
  async original(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { document, bytes } = await this.documents.original(user, id);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(bytes, {
      type: document.mimeType ?? 'application/octet-stream',
      disposition: `attachment; filename="document-${document.id}"; filename*=UTF-8''${encodeURIComponent(document.originalName)}`,
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
    return toDirectiveDraftView(await this.documents.draft(user, id));
  }

  /** The clerk's corrections: the whole corrected Directive JSON; the extracted version is kept. */
  @Patch(':id/directive')
  @Roles(...CLERKS)
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() directive: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
  ): Promise<DirectiveDraftView> {
    return toDirectiveDraftView(await this.documents.correct(user, id, directive));
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(...CLERKS)
  async confirm(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DirectiveDraftView> {
    return toDirectiveDraftView(await this.documents.confirm(user, id));
  }
}
