import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { API_TOKEN_PERMISSIONS, ClientIp, CurrentUser, Roles } from './auth.decorators.js';
import { ApiTokensService } from './api-tokens.service.js';
import type { AuthUser } from './roles.js';

export class CreateApiTokenDto {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /** The organisation's code, the first segment of its units' codes (e.g. "dongda"). */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  organisation: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_TOKEN_PERMISSIONS.length)
  @IsIn(API_TOKEN_PERMISSIONS, { each: true })
  permissions: string[];
}

/** API tokens for other systems: a system administrator creates, lists and revokes them. */
@Controller('api-tokens')
@Roles('system_admin')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  /** The answer's `token` is the secret, shown this once; only its SHA-256 is kept. */
  @Post()
  create(@Body() body: CreateApiTokenDto, @CurrentUser() user: AuthUser, @ClientIp() ip: string | null) {
    return this.tokens.create(user, body, ip);
  }

  @Get()
  list() {
    return this.tokens.list();
  }

  @Post(':id/revoke')
  @HttpCode(200)
  revoke(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser, @ClientIp() ip: string | null) {
    return this.tokens.revoke(user, id, ip);
  }
}
