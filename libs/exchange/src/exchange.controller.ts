import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import { type AuthUser, CurrentUser, Roles, TokenScope } from '@congvan/auth';
import type { EdxmlOutbox } from './edxml-outbox.entity.js';
import { ExchangeService } from './exchange.service.js';
import { OutboxService } from './outbox.service.js';

export class ListOutboxQueryDto {
  @IsOptional()
  @IsIn(['queued', 'sent', 'failed'])
  state?: EdxmlOutbox['state'];
}

const view = (o: EdxmlOutbox) => ({
  id: o.id,
  kind: o.kind,
  subjectId: o.subjectId,
  statusCode: o.statusCode || null,
  toOrganId: o.toOrganId,
  fileName: o.fileName,
  state: o.state,
  attempts: o.attempts,
  lastError: o.lastError,
  createdAt: o.createdAt.toISOString(),
  sentAt: o.sentAt?.toISOString() ?? null,
});

/** Electronic exchange out: export an issued reply, see the outbox, deliver now. */
@Controller()
@TokenScope('exchange')
export class ExchangeController {
  constructor(
    private readonly exchange: ExchangeService,
    private readonly outbox: OutboxService,
  ) {}

  /** Queues the issued reply as an edXML package (signed PDF, ResponseFor the directive it answers). */
  @Post('replies/:id/edxml')
  @Roles('clerk', 'system_admin')
  async export(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return view(await this.exchange.exportReply(user, id));
  }

  /** The signature of a received document's PDF: integrity, signer, trust. */
  @Get('documents/:id/signature')
  @Roles('clerk', 'leader', 'system_admin')
  signature(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.exchange.verifyDocument(user, id);
  }

  @Get('edxml/outbox')
  @Roles('clerk', 'system_admin')
  async listOutbox(@Query() query: ListOutboxQueryDto, @CurrentUser() user: AuthUser) {
    return (await this.outbox.list(user, query.state)).map(view);
  }

  /** Queues the statuses reached and sends what is queued, without waiting for the minute job. */
  @Post('edxml/outbox/deliver')
  @HttpCode(200)
  @Roles('system_admin', 'clerk')
  async deliver() {
    const statuses = await this.exchange.syncStatuses();
    return { statuses, delivered: await this.outbox.deliver() };
  }
}
