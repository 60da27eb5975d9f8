import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '@congvan/common';
import { ApiToken } from './api-token.entity.js';
import { AuditLog } from './audit-log.js';
import type { AuthUser } from './roles.js';

/** Every API token starts so: the guard tells it from a session token by it, and scanners find leaked ones. */
export const API_TOKEN_PREFIX = 'cvt_';

export interface NewApiToken {
  name: string;
  organisation: string;
  permissions: string[];
}

export interface ApiTokenView {
  id: string;
  name: string;
  organisation: string;
  permissions: string[];
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** What a presented token turned out to be: a live one (as the caller it stands for) or a revoked one. */
export type TokenLookup = { state: 'live'; user: AuthUser } | { state: 'revoked'; tokenId: string } | null;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const unknownOrganisation = (organisation: string) =>
  new AppError(
    'UNKNOWN_ORGANISATION',
    422,
    `Không có tổ chức "${organisation}" trong danh mục đơn vị.`,
    `No organisation "${organisation}" in the registry.`,
    { organisation },
  );

export const apiTokenNotFound = (id: string) =>
  new AppError('API_TOKEN_NOT_FOUND', 404, 'Không tìm thấy mã truy cập API.', 'API token not found.', { id });

const view = (t: ApiToken): ApiTokenView => ({
  id: t.id,
  name: t.name,
  organisation: t.organisation,
  permissions: t.permissions,
  prefix: t.prefix,
  createdBy: t.createdBy,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

/**
 * API tokens for other systems. A system administrator creates one for an organisation with a set of
 * permissions; the secret is returned once and only its SHA-256 kept. A token acts as that
 * organisation's clerk, under the same object policy (access-policy.ts), on the routes its
 * permissions open (TokenScope); revoking it takes effect on the next request (no cache).
 */
@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async create(actor: AuthUser, input: NewApiToken, ip: string | null): Promise<ApiTokenView & { token: string }> {
    const organisation = input.organisation.trim().toLowerCase();
    const [known] = await this.dataSource.query(`SELECT 1 FROM unit WHERE split_part(code, '.', 1) = $1 LIMIT 1`, [
      organisation,
    ]);
    if (!known) throw unknownOrganisation(organisation);
    const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (tx) => {
      const token = await tx.save(
        ApiToken,
        tx.create(ApiToken, {
          name: input.name.trim().normalize('NFC'),
          organisation,
          permissions: [...new Set(input.permissions)].sort(),
          tokenHash: hashOf(secret),
          prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
          createdBy: actor.id,
        }),
      );
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'api_token.created',
        targetType: 'api_token',
        targetId: token.id,
        ip,
        details: { name: token.name, organisation, permissions: token.permissions },
      });
      return { ...view(token), token: secret };
    });
  }

  async list(): Promise<ApiTokenView[]> {
    const tokens = await this.dataSource.getRepository(ApiToken).find({ order: { createdAt: 'DESC' } });
    return tokens.map(view);
  }

  async revoke(actor: AuthUser, id: string, ip: string | null): Promise<ApiTokenView> {
    return this.dataSource.transaction(async (tx) => {
      const token = await tx.findOne(ApiToken, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token) throw apiTokenNotFound(id);
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await tx.update(ApiToken, { id }, { revokedAt: token.revokedAt });
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'api_token.revoked',
          targetType: 'api_token',
          targetId: id,
          ip,
        });
      }
      return view(token);
    });
  }

  /** The caller a presented secret stands for: one indexed query, never cached, so a revocation holds at once. */
  async lookup(secret: string): Promise<TokenLookup> {
    const token = await this.dataSource.getRepository(ApiToken).findOneBy({ tokenHash: hashOf(secret) });
    if (!token) return null;
    if (token.revokedAt) return { state: 'revoked', tokenId: token.id };
    return {
      state: 'live',
      user: {
        id: token.id,
        username: `api:${token.name}`,
        role: 'clerk',
        unitId: null,
        organisation: token.organisation,
        apiToken: { id: token.id, name: token.name, permissions: token.permissions },
      },
    };
  }

  /** Every use is audited (method, path without query, permission, allowed or why not) and stamps last use. */
  async recordUse(
    tokenId: string,
    use: { method: string; path: string; permission: string | null; outcome: 'allowed' | 'forbidden' | 'revoked' },
    ip: string | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      if (use.outcome !== 'revoked') await tx.update(ApiToken, { id: tokenId }, { lastUsedAt: new Date() });
      await this.audit.record(tx, {
        actorId: tokenId,
        action: use.outcome === 'allowed' ? 'api_token.used' : 'api_token.refused',
        targetType: 'api_token',
        targetId: tokenId,
        ip,
        details: use,
      });
    });
  }
}
