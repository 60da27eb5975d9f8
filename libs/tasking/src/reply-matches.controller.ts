import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { type AuthUser, CurrentUser, Roles, TokenScope } from '@congvan/auth';
import { REPLY_MATCH_STATUSES, type ReplyMatch, type ReplyMatchStatus } from './reply-match.entity.js';
import { ReplyMatchesService } from './reply-matches.service.js';

export class ListReplyMatchesQueryDto {
  @IsOptional()
  @IsIn(REPLY_MATCH_STATUSES)
  status?: ReplyMatchStatus;
}

export class ResolveReplyMatchDto {
  @IsUUID()
  directiveId: string;

  @IsUUID()
  unitId: string;
}

export interface ReplyMatchView {
  id: string;
  documentId: string;
  directiveId: string | null;
  unitId: string | null;
  status: ReplyMatchStatus;
  reason: string | null;
  candidateIds: string[];
  evidence: ReplyMatch['evidence'];
  tasks: ReplyMatch['tasks'];
  decidedAt: string | null;
  createdAt: string;
}

const view = (m: ReplyMatch): ReplyMatchView => ({
  id: m.id,
  documentId: m.documentId,
  directiveId: m.directiveId,
  unitId: m.unitId,
  status: m.status,
  reason: m.reason,
  candidateIds: m.candidateIds,
  evidence: m.evidence,
  tasks: m.tasks,
  decidedAt: m.decidedAt?.toISOString() ?? null,
  createdAt: m.createdAt.toISOString(),
});

/**
 * Incoming documents matched to the tasks they answer: the issuer accepts or undoes an automatic
 * match; the clerk settles the ones that wait (choosing directive and unit) or dismisses them.
 */
@Controller('reply-matches')
@TokenScope('reply-matches')
export class ReplyMatchesController {
  constructor(private readonly matches: ReplyMatchesService) {}

  @Get()
  @Roles('clerk', 'leader', 'system_admin')
  async list(@Query() query: ListReplyMatchesQueryDto, @CurrentUser() user: AuthUser): Promise<ReplyMatchView[]> {
    return (await this.matches.list(user, query.status)).map(view);
  }

  @Get(':id')
  @Roles('clerk', 'leader', 'system_admin')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ReplyMatchView> {
    return view(await this.matches.get(user, id));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('clerk', 'leader', 'system_admin')
  async accept(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ReplyMatchView> {
    return view(await this.matches.accept(user, id));
  }

  @Post(':id/undo')
  @HttpCode(200)
  @Roles('clerk', 'leader', 'system_admin')
  async undo(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ReplyMatchView> {
    return view(await this.matches.undo(user, id));
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Roles('clerk', 'system_admin')
  async resolve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ResolveReplyMatchDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReplyMatchView> {
    return view(await this.matches.resolve(user, id, body.directiveId, body.unitId));
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Roles('clerk', 'system_admin')
  async dismiss(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ReplyMatchView> {
    return view(await this.matches.dismiss(user, id));
  }
}
