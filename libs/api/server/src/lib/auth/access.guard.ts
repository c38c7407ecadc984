import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { StoreError } from '@gongkai/api-persistence';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { AuthService, SESSION_COOKIE, tokenHashOf } from './auth.service';
import type { Access, Principal, PrincipalRequest } from './principal';
import { ACCESS_KEY, httpOf } from './principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      return decodeURIComponent(part.slice(i + 1).trim());
    }
  }
  return null;
}

const unauthenticated = () =>
  new StoreError('UNAUTHENTICATED', '请先登录。', 'Please log in first.');
const forbidden = () =>
  new StoreError(
    'FORBIDDEN',
    '您的角色无权进行此操作。',
    'Your role may not do this.',
  );

/**
 * Every resolver and route says who may call it (`@Allow`); this guard finds the
 * caller (session cookie or bearer token) and refuses everyone else. An operation
 * that says nothing is refused: forgetting is never an opening.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(
      ACCESS_KEY,
      [ctx.getHandler(), ctx.getClass()],
    );
    const { req } = httpOf(ctx);
    req.principal ??= await this.principalOf(req);
    const p = req.principal;
    if (
      ctx.getType<string>() === 'http' &&
      p.viaCookie &&
      !SAFE_METHODS.has(req.method) &&
      req.get('x-gongkai-csrf') !== '1'
    ) {
      // A form on another site could post with the cookie; it cannot set this header.
      throw new StoreError(
        'FORBIDDEN',
        '请求缺少 X-Gongkai-CSRF 头。',
        'The request lacks the X-Gongkai-CSRF header.',
      );
    }
    if (!allowed(access, p, this.config.publicRead)) {
      throw p.user ? forbidden() : unauthenticated();
    }
    return true;
  }

  private async principalOf(req: PrincipalRequest): Promise<Principal> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(
      req.get('authorization') ?? '',
    )?.[1];
    const cookie = cookieValue(req.get('cookie'), SESSION_COOKIE);
    const token = bearer ?? cookie;
    const user = token ? await this.auth.userOfToken(token) : null;
    return {
      user,
      ip: req.ip ?? req.socket.remoteAddress ?? '',
      tokenHash: token && user ? tokenHashOf(token) : null,
      viaCookie: !bearer && cookie !== null && user !== null,
    };
  }
}

export function allowed(
  access: Access | undefined,
  p: Principal,
  publicRead: boolean,
): boolean {
  const role = p.user?.role ?? null;
  switch (access) {
    case 'public':
      return true;
    case 'catalogue':
      return role !== null || publicRead;
    case 'aggregate':
      return role === 'admin' || role === 'viewer' || publicRead;
    case 'staff':
      return role === 'admin' || role === 'viewer';
    case 'read':
      return role !== null;
    case 'submit':
      return role === 'admin' || role === 'submitter';
    case 'admin':
      return role === 'admin';
    case 'signedIn':
      return role !== null;
    case undefined:
      return false;
  }
}
