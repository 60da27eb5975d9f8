import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuditLog } from './audit-log.js';
import { type AuthenticatedRequest, ClientIp, CurrentUser, Public, Roles } from './auth.decorators.js';
import {
  AuditQueryDto,
  ListUsersQueryDto,
  ChangePasswordDto,
  CreateUserDto,
  LoginDto,
  UnlockUserDto,
  UpdateUserDto,
} from './auth.dto.js';
import { SESSION_COOKIE } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { UserAdminService } from './user-admin.service.js';
import { ROLES, type AuthUser } from './roles.js';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Returns the session token (for API clients) and sets it as an HttpOnly cookie (for browsers). */
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginDto, @ClientIp() ip: string | null, @Res({ passthrough: true }) response: Response) {
    const result = await this.auth.login(body.username, body.password, ip);
    response.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      expires: result.expiresAt,
      secure: response.req.secure,
    });
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  @Roles(...ROLES)
  async logout(
    @Req() request: AuthenticatedRequest,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(request.sessionToken!, user, ip);
    response.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: response.req.secure,
    });
  }

  @Get('me')
  @Roles(...ROLES)
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  /** Changing the password ends every session of the account, this one included. */
  @Post('password')
  @HttpCode(204)
  @Roles(...ROLES)
  changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<void> {
    return this.auth.changePassword(user, body.currentPassword, body.newPassword, ip);
  }
}

@Controller()
export class AdminController {
  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditLog,
    private readonly users: UserAdminService,
  ) {}

  @Post('users')
  @Roles('system_admin')
  createUser(@Body() body: CreateUserDto, @CurrentUser() user: AuthUser, @ClientIp() ip: string | null) {
    return this.auth.createUser(user, { ...body, unitId: body.unitId ?? null }, ip);
  }

  @Get('users')
  @Roles('system_admin')
  listUsers(@Query() query: ListUsersQueryDto) {
    return this.users.list(query);
  }

  /** Role, unit, name, or disabled (its sessions end) and enabled again. */
  @Patch('users/:id')
  @Roles('system_admin')
  updateUser(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ) {
    return this.users.update(user, id, body, ip);
  }

  @Post('users/:id/unlock')
  @HttpCode(204)
  @Roles('system_admin')
  unlock(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UnlockUserDto,
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
  ): Promise<void> {
    return this.auth.unlock(user, id, body.newPassword, ip);
  }

  @Get('audit')
  @Roles('system_admin')
  auditEvents(@Query() query: AuditQueryDto) {
    return this.audit.query(query);
  }
}
