import { Body, Controller, Get, Post } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '@congvan/auth';
import { CreateReplyTemplateDto } from './replies.dto.js';
import { ReplyTemplatesService } from './reply-templates.service.js';

@Controller('templates')
export class ReplyTemplatesController {
  constructor(private readonly templates: ReplyTemplatesService) {}

  /** Validated and trial-rendered before it is stored; 400 TEMPLATE_INVALID names the problem. */
  @Post()
  @Roles('clerk', 'system_admin')
  create(@Body() body: CreateReplyTemplateDto, @CurrentUser() user: AuthUser) {
    return this.templates.create(user, body);
  }

  @Get()
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  list(@CurrentUser() user: AuthUser) {
    return this.templates.list(user);
  }
}
