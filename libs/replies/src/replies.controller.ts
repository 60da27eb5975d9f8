import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type AuthUser, ClientIp, CurrentUser, Roles } from '@congvan/auth';
import { noFileUploaded } from '@congvan/common';
import { CreateReplyDto, ListRepliesQueryDto, ReturnReplyDto, SignReplyDto, UpdateReplyDto } from './replies.dto.js';
import { RepliesService } from './replies.service.js';

const AUTHORS = ['clerk', 'unit_admin', 'system_admin'] as const;
const READERS = ['clerk', 'unit_admin', 'leader', 'system_admin'] as const;

@Controller('replies')
export class RepliesController {
  constructor(private readonly replies: RepliesService) {}

  @Post()
  @Roles(...AUTHORS)
  create(@Body() body: CreateReplyDto, @CurrentUser() user: AuthUser) {
    return this.replies.create(user, body);
  }

  /** Newest first; a leader sees the body it signs for, a unit admin its own unit's. */
  @Get()
  @Roles(...READERS)
  list(@Query() query: ListRepliesQueryDto, @CurrentUser() user: AuthUser) {
    return this.replies.list(user, query);
  }

  /** Replaces the model of a draft or returned document. */
  @Patch(':id')
  @Roles(...AUTHORS)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateReplyDto, @CurrentUser() user: AuthUser) {
    return this.replies.update(user, id, body.model);
  }

  @Get(':id')
  @Roles(...READERS)
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.replies.get(id);
  }

  /** HTML preview; templates escape every value. */
  @Get(':id/preview')
  @Roles(...READERS)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:")
  preview(@Param('id', ParseUUIDPipe) id: string): Promise<string> {
    return this.replies.preview(id);
  }

  @Get(':id/pdf')
  @Roles(...READERS)
  async pdf(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.replies.pdf(id), { type: 'application/pdf', disposition: `attachment; filename="van-ban-${id}.pdf"` });
  }

  @Get(':id/docx')
  @Roles(...READERS)
  async docx(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.replies.docx(id), { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: `attachment; filename="van-ban-${id}.docx"` });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...AUTHORS)
  submit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.replies.submit(user, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('leader')
  returnToAuthor(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReturnReplyDto, @CurrentUser() user: AuthUser) {
    return this.replies.returnToAuthor(user, id, body.reason);
  }

  /** Multipart: "certificate" (PKCS#12 file) and "passphrase". */
  @Post(':id/sign')
  @HttpCode(200)
  @Roles('leader')
  @UseInterceptors(FileInterceptor('certificate'))
  sign(@Param('id', ParseUUIDPipe) id: string, @UploadedFile() certificate: Express.Multer.File | undefined, @Body() body: SignReplyDto, @CurrentUser() user: AuthUser, @ClientIp() ip: string | null) {
    if (!certificate) throw noFileUploaded('certificate');
    return this.replies.sign(user, id, certificate.buffer, body.passphrase, ip);
  }

  @Post(':id/issue')
  @HttpCode(200)
  @Roles('clerk', 'system_admin')
  issue(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.replies.issue(user, id);
  }

  /** Checks a signed PDF (multipart "file") and reports whether it was changed after signing. */
  @Post('verify')
  @HttpCode(200)
  @Roles(...READERS)
  @UseInterceptors(FileInterceptor('file'))
  verify(@UploadedFile() file: Express.Multer.File | undefined) {
    if (!file) throw noFileUploaded('file');
    return this.replies.verify(file.buffer);
  }
}
