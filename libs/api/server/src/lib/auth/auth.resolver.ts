import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserRecord } from '@gongkai/api-persistence';
import { readAuditLog, ReportStore } from '@gongkai/api-persistence';
import type { Request, Response } from 'express';

import { toDepartmentModel } from '../common/report.mapper';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import {
  AuditLogArgs,
  ChangePasswordInput,
  CreateUserInput,
  LoginInput,
  UpdateUserInput,
} from './auth.input';
import type { RoleEnum } from './auth.model';
import { AuditPageModel, SessionModel, UserModel } from './auth.model';
import { AuthService, SESSION_COOKIE } from './auth.service';
import { hashPassword } from './password.util';
import type { Principal } from './principal';
import { actorOf, Allow, CurrentPrincipal } from './principal';

interface HttpContext {
  req: Request;
  res: Response;
}

/** Logging in and out, one's own password, and the office's users and audit log. */
@Resolver()
export class AuthResolver {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ReportStore) private readonly store: ReportStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow('public')
  @Query(() => SessionModel, { description: 'Who is logged in, if anyone.' })
  async session(@CurrentPrincipal() p: Principal): Promise<SessionModel> {
    return {
      user: p.user ? await this.userModel(p.user) : null,
      publicRead: this.config.publicRead,
    };
  }

  @Allow('public')
  @Mutation(() => UserModel, {
    description:
      'Logs in: the session comes back as an httpOnly cookie (POST /api/sessions gives a bearer token instead).',
  })
  async login(
    @Args('input') input: LoginInput,
    @Context() ctx: HttpContext,
  ): Promise<UserModel> {
    const { user, token, expiresAt } = await this.auth.login(
      input.username,
      input.password,
      ctx.req.ip ?? '',
      ctx.req.get('user-agent') ?? '',
    );
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.production,
      expires: expiresAt,
      path: '/',
    });
    return this.userModel(user);
  }

  @Allow('signedIn')
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(
    @CurrentPrincipal() p: Principal,
    @Context() ctx: HttpContext,
  ): Promise<boolean> {
    if (p.tokenHash) await this.auth.access.endSession(p.tokenHash, actorOf(p));
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Allow('signedIn')
  @Mutation(() => Boolean, {
    description: 'Changes one’s own password; every session of the user ends.',
  })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<boolean> {
    if (!p.user) return false;
    await this.auth.changePassword(
      p.user,
      input.currentPassword,
      input.newPassword,
      actorOf(p),
    );
    return true;
  }

  @Allow('admin')
  @Query(() => [UserModel], { description: 'Every user.' })
  async users(): Promise<UserModel[]> {
    const users = await this.auth.access.users();
    return Promise.all(users.map((u) => this.userModel(u)));
  }

  @Allow('admin')
  @Mutation(() => UserModel)
  async createUser(
    @Args('input') input: CreateUserInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<UserModel> {
    const user = await this.auth.access.createUser(
      {
        username: input.username,
        displayName: input.displayName ?? undefined,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        departmentId: input.departmentId ?? null,
      },
      actorOf(p),
    );
    return this.userModel(user);
  }

  @Allow('admin')
  @Mutation(() => UserModel, {
    description:
      'Changes a user; disabling, a new role or a new password ends the user’s sessions.',
  })
  async updateUser(
    @Args('input') input: UpdateUserInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<UserModel> {
    const user = await this.auth.access.updateUser(
      input.id,
      {
        displayName: input.displayName ?? undefined,
        role: input.role ?? undefined,
        departmentId: input.departmentId,
        disabled: input.disabled ?? undefined,
        passwordHash: input.password
          ? await hashPassword(input.password)
          : undefined,
      },
      actorOf(p),
    );
    return this.userModel(user);
  }

  @Allow('admin')
  @Query(() => AuditPageModel, {
    description: 'The audit log, newest first; nobody can change it.',
  })
  async auditLog(@Args() a: AuditLogArgs): Promise<AuditPageModel> {
    const page = await readAuditLog(this.store.db, {
      actions: a.actions ?? undefined,
      actor: a.actor ?? undefined,
      from: a.from ?? undefined,
      to: a.to ?? undefined,
      limit: a.limit,
      offset: a.offset,
    });
    return {
      total: page.total,
      rows: page.rows.map((r) => ({
        ...r,
        details: JSON.stringify(r.details),
      })),
    };
  }

  private async userModel(u: UserRecord): Promise<UserModel> {
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role as RoleEnum,
      department:
        u.departmentId === null
          ? null
          : toDepartmentModel(
              await this.store.requireDepartment(u.departmentId),
            ),
      disabled: u.disabled,
      createdAt: u.createdAt,
      updatedAt: u.updatedAt,
    };
  }
}
