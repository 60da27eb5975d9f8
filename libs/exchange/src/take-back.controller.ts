import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { AppError } from '@congvan/common';
import { type AuthUser, CurrentUser, Multipart, Roles, TokenScope } from '@congvan/auth';
import { TakeBackService } from './take-back.service.js';

export class TakeBackReplyDto {
  /** Why the document is taken back (the 13's description). */
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export class AnswerTakeBackDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class ListTakeBacksQueryDto {
  @IsOptional()
  @IsIn(['requested', 'accepted', 'refused'])
  state?: 'requested' | 'accepted' | 'refused';

  /** Only the take-back of this document or reply. */
  @IsOptional()
  @IsUUID()
  subjectId?: string;
}

const fileRequired = () =>
  new AppError(
    'FILE_REQUIRED',
    400,
    'Cần gửi tệp gói trạng thái (trường "file").',
    'Send the status package as "file".',
  );

/** Taking exchanged documents back (status 13, answered by 15 or 16), both ways. */
@Controller()
@TokenScope('exchange')
export class TakeBackController {
  constructor(private readonly takeBacks: TakeBackService) {}

  /** Asks the receiver of a reply we sent to give it back (status 13 into the outbox). */
  @Post('replies/:id/edxml/take-back')
  @Roles('clerk', 'system_admin')
  takeBackReply(@Param('id', ParseUUIDPipe) id: string, @Body() body: TakeBackReplyDto, @CurrentUser() user: AuthUser) {
    return this.takeBacks.takeBackReply(user, id, body.reason);
  }

  /** A status package received: 13 (a sender asks for its document back), 15 or 16 (the answer to ours). */
  @Post('edxml/statuses')
  @Multipart()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 256 * 1024 } }))
  @Roles('clerk', 'system_admin')
  receive(@UploadedFile() file: Express.Multer.File | undefined, @CurrentUser() user: AuthUser) {
    if (!file) throw fileRequired();
    return this.takeBacks.receiveStatus(user, file.buffer);
  }

  /** The clerk gives the document back (status 15). */
  @Post('documents/:id/take-back/accept')
  @HttpCode(200)
  @Roles('clerk', 'system_admin')
  accept(@Param('id', ParseUUIDPipe) id: string, @Body() body: AnswerTakeBackDto, @CurrentUser() user: AuthUser) {
    return this.takeBacks.answer(user, id, true, body.reason ?? null);
  }

  /** The clerk refuses to give it back (status 16, with the reason). */
  @Post('documents/:id/take-back/refuse')
  @HttpCode(200)
  @Roles('clerk', 'system_admin')
  refuse(@Param('id', ParseUUIDPipe) id: string, @Body() body: TakeBackReplyDto, @CurrentUser() user: AuthUser) {
    return this.takeBacks.answer(user, id, false, body.reason);
  }

  @Get('edxml/take-backs')
  @Roles('clerk', 'leader', 'system_admin')
  list(@Query() query: ListTakeBacksQueryDto, @CurrentUser() user: AuthUser) {
    return this.takeBacks.list(user, query.state, query.subjectId);
  }
}
