import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFiles,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { type AuthUser, CurrentUser, Multipart, Roles, TokenScope } from '@congvan/auth';
import { discardUploads } from '@congvan/storage';
import {
  DispatchDto,
  ListTasksQueryDto,
  RegisterQueryDto,
  RemindDirectiveDto,
  RespondDto,
  ReturnTaskDto,
  toTaskView,
  type TaskView,
} from './tasking.dto.js';
import { TaskAnswerGuard } from './task-answer.guard.js';
import { TaskListService } from './task-list.service.js';
import { type Clock, isOverdue, TASKING_CLOCK } from './clock.js';
import { ComplianceService, type RemindResult, type UnitAnswers } from './compliance.service.js';
import { DispatchService } from './dispatch.service.js';
import { type CachedBody, etagMatches } from './response-cache.js';
import { TaskRegisterService } from './task-register.service.js';
import { TaskingService } from './tasking.service.js';

/** What a browser shows by itself, in the page: the rest is only downloaded. */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

@Controller()
@TokenScope('tasks')
export class TaskingController {
  constructor(
    private readonly tasking: TaskingService,
    private readonly dispatcher: DispatchService,
    private readonly complianceBoard: ComplianceService,
    private readonly taskRegister: TaskRegisterService,
    private readonly taskList: TaskListService,
    @Inject(TASKING_CLOCK) private readonly today: Clock,
  ) {}

  @Get('documents/:id/dispatch-preview')
  @Roles('clerk', 'system_admin')
  preview(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.dispatcher.previewDispatch(user, id);
  }

  @Post('documents/:id/dispatch')
  @HttpCode(200)
  @Roles('clerk', 'system_admin')
  dispatch(@Param('id', ParseUUIDPipe) id: string, @Body() body: DispatchDto, @CurrentUser() user: AuthUser) {
    return this.dispatcher.dispatch(
      user,
      id,
      body.lines,
      body.allowDuplicate ? { reason: body.duplicateReason?.normalize('NFC').trim() || null } : null,
    );
  }

  /** ComplianceRow[], as JSON bytes from the response cache (see sendJson). */
  @Get('documents/:id/compliance')
  @Roles('clerk', 'leader', 'system_admin')
  async compliance(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendJson(request, response, await this.complianceBoard.complianceJson(user, id));
  }

  /** A board row opened: the unit's tasks of this directive, each with its answers and attachments. */
  @Get('documents/:id/compliance/:unitId')
  @Roles('clerk', 'leader', 'system_admin')
  unitAnswers(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<UnitAnswers> {
    return this.complianceBoard.unitAnswers(user, id, unitId);
  }

  /** The issuer's "nhắc": remind every unit whose tasks of this directive are due (or, on request, not yet reported). */
  @Post('documents/:id/remind')
  @HttpCode(200)
  @Roles('clerk', 'leader', 'system_admin')
  remind(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RemindDirectiveDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RemindResult> {
    return this.complianceBoard.remindDirective(user, id, body.scope, body.unitIds ?? null);
  }

  /**
   * A TaskListPage, as JSON bytes written from the database's text (the most read route: see
   * TaskListService), kept by the response cache while nothing the caller may see changes.
   */
  @Get('tasks')
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  async inbox(
    @Query() query: ListTasksQueryDto,
    @CurrentUser() user: AuthUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendJson(request, response, await this.taskList.cachedPage(user, query));
  }

  /** Sổ theo dõi: the task register as CSV (UTF-8 with BOM, opens in Excel). */
  @Get('tasks/register.csv')
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="so-theo-doi.csv"')
  register(@Query() query: RegisterQueryDto, @CurrentUser() user: AuthUser): Promise<string> {
    return this.taskRegister.registerCsv(user, query.documentId);
  }

  /** Sổ theo dõi as an Excel workbook: the CSV's columns and unit scoping. */
  @Get('tasks/register.xlsx')
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  async registerXlsx(@Query() query: RegisterQueryDto, @CurrentUser() user: AuthUser): Promise<StreamableFile> {
    const workbook = await this.taskRegister.registerXlsx(user, query.documentId);
    return new StreamableFile(workbook, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: 'attachment; filename="so-theo-doi.xlsx"',
      length: workbook.length,
    });
  }

  @Get('tasks/:id')
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    const { task, directive, responses, events } = await this.tasking.get(user, id);
    return { task: toTaskView(task, isOverdue(task, this.today())), directive, responses, events };
  }

  /**
   * An answer's attachment: PDF, PNG and JPEG inline (previewed in the page), anything else, or
   * `?download=1`, as a download under its own name; the type is the one detected at upload.
   */
  @Get('tasks/:id/responses/:responseId/attachments/:index')
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  async attachment(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('responseId', ParseUUIDPipe) responseId: string,
    @Param('index', ParseIntPipe) index: number,
    @Query('download') download: string | undefined,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { attachment, bytes } = await this.tasking.attachment(user, id, responseId, index);
    const inline = PREVIEWABLE.has(attachment.mimeType) && download === undefined;
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(bytes, {
      type: attachment.mimeType,
      length: bytes.length,
      disposition: `${inline ? 'inline' : 'attachment'}; filename="attachment-${index}"; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
    });
  }

  @Post('tasks/:id/responses')
  @Roles('unit_admin')
  @Multipart()
  @UseGuards(TaskAnswerGuard)
  @UseInterceptors(FilesInterceptor('files', 10))
  async respond(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RespondDto,
    @UploadedFiles() files: Express.Multer.File[] | undefined,
    @CurrentUser() user: AuthUser,
  ) {
    try {
      return await this.tasking.respond(
        user,
        id,
        body.text,
        (files ?? []).map((f) => ({
          path: f.path,
          // Multer reads the name as latin1; browsers send UTF-8.
          originalname: Buffer.from(f.originalname, 'latin1').toString('utf8'),
        })),
      );
    } finally {
      // Kept attachments were moved into storage; anything left (a refusal) is deleted.
      await discardUploads(files ?? []);
    }
  }

  @Post('tasks/:id/close')
  @HttpCode(200)
  @Roles('unit_admin')
  async close(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return toTaskView(await this.tasking.close(user, id), false);
  }

  @Post('tasks/:id/accept')
  @HttpCode(200)
  @Roles('clerk', 'leader', 'system_admin')
  async accept(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return toTaskView(await this.tasking.accept(user, id), false);
  }

  @Post('tasks/:id/return')
  @HttpCode(200)
  @Roles('clerk', 'leader', 'system_admin')
  async returnTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReturnTaskDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskView> {
    const task = await this.tasking.returnTask(user, id, body.reason);
    return toTaskView(task, isOverdue(task, this.today()));
  }
}

/**
 * JSON bytes sent as they are (Nest would serialise a Buffer it is given as an object). A kept
 * answer carries its ETag; a client that names it in If-None-Match gets 304 without the body (the
 * caller's access was checked first, as for any request).
 */
function sendJson(request: Request, response: Response, answer: CachedBody): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (answer.etag) {
    response.setHeader('ETag', answer.etag);
    if (etagMatches(request.headers['if-none-match'], answer.etag)) {
      response.status(304).end();
      return;
    }
  }
  response.send(answer.body);
}
