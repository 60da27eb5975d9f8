import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor, FileInterceptor } from '@nestjs/platform-express';
import { type AuthUser, ClientIp, CurrentUser, Multipart, Roles, TokenScope } from '@congvan/auth';
import { noFileUploaded } from '@congvan/common';
import {
  CreateReplyDto,
  DirectiveReplyDraftDto,
  ListRepliesQueryDto,
  ReturnReplyDto,
  SignReplyDto,
  UnitReportDraftDto,
  UpdateReplyDto,
} from './replies.dto.js';
import { ReplyDraftsService } from './reply-drafts.service.js';
import { RepliesService } from './replies.service.js';
import { ReplyWorkflowService } from './reply-workflow.service.js';

const AUTHORS = ['clerk', 'unit_admin', 'system_admin'] as const;
const READERS = ['clerk', 'unit_admin', 'leader', 'system_admin'] as const;

@Controller('replies')
@TokenScope('replies')
export class RepliesController {
  constructor(
    private readonly replies: RepliesService,
    private readonly workflow: ReplyWorkflowService,
    private readonly drafts: ReplyDraftsService,
  ) {}

  @Post()
  @Roles(...AUTHORS)
  create(@Body() body: CreateReplyDto, @CurrentUser() user: AuthUser) {
    return this.replies.create(user, body);
  }

  /** A unit's "Báo cáo kết quả thực hiện" drafted from its task, answers and the directive. */
  @Post('drafts/unit-report')
  @Roles('unit_admin')
  unitReportDraft(@Body() body: UnitReportDraftDto, @CurrentUser() user: AuthUser) {
    return this.drafts.unitReport(user, body.taskId);
  }

  /** The issuer's summary report with a results table per unit. */
  @Post('drafts/summary')
  @Roles('clerk', 'system_admin')
  summaryDraft(@Body() body: DirectiveReplyDraftDto, @CurrentUser() user: AuthUser) {
    return this.drafts.summary(user, body.documentId);
  }

  /** A reminder công văn to the units that have not reported yet. */
  @Post('drafts/reminder')
  @Roles('clerk', 'system_admin')
  reminderDraft(@Body() body: DirectiveReplyDraftDto, @CurrentUser() user: AuthUser) {
    return this.drafts.reminder(user, body.documentId);
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
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.replies.get(user, id);
  }

  /** HTML preview; templates escape every value. */
  @Get(':id/preview')
  @Roles(...READERS)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:")
  preview(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<string> {
    return this.replies.preview(user, id);
  }

  @Get(':id/pdf')
  @Roles(...READERS)
  async pdf(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    return new StreamableFile(await this.replies.pdf(user, id), {
      type: 'application/pdf',
      disposition: `attachment; filename="van-ban-${id}.pdf"`,
    });
  }

  @Get(':id/docx')
  @Roles(...READERS)
  async docx(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    return new StreamableFile(await this.replies.docx(user, id), {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      disposition: `attachment; filename="van-ban-${id}.docx"`,
    });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(...AUTHORS)
  submit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.workflow.submit(user, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('leader')
  returnToAuthor(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReturnReplyDto, @CurrentUser() user: AuthUser) {
    return this.workflow.returnToAuthor(user, id, body.reason);
  }

  /** Multipart: "certificate" (PKCS#12 file), "passphrase", optional "signatureImage" (PNG/JPEG, ≤ 1 MB). */
  @Post(':id/sign')
  @HttpCode(200)
  @Roles('leader')
  @Multipart()
  @UseInterceptors(
    FileFieldsInterceptor([
      { name: 'certificate', maxCount: 1 },
      { name: 'signatureImage', maxCount: 1 },
    ]),
  )
  sign(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFiles() files: { certificate?: Express.Multer.File[]; signatureImage?: Express.Multer.File[] } | undefined,
    @Body() body: SignReplyDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ) {
    const certificate = files?.certificate?.[0];
    if (!certificate) throw noFileUploaded('certificate');
    return this.workflow.sign(user, id, certificate.buffer, body.passphrase, ip, files?.signatureImage?.[0]?.buffer);
  }

  @Post(':id/issue')
  @HttpCode(200)
  @Roles('clerk', 'system_admin')
  issue(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.workflow.issue(user, id);
  }

  /** Checks a signed PDF (multipart "file") and reports whether it was changed after signing. */
  @Post('verify')
  @HttpCode(200)
  @Roles(...READERS)
  @Multipart()
  @UseInterceptors(FileInterceptor('file'))
  verify(@UploadedFile() file: Express.Multer.File | undefined) {
    if (!file) throw noFileUploaded('file');
    return this.workflow.verify(file.buffer);
  }
}
