import type { ExecutionContext } from '@nestjs/common';
import { createParamDecorator, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuditActor, UserRecord } from '@gongkai/api-persistence';
import { StoreError } from '@gongkai/api-persistence';
import type { Request, Response } from 'express';

/** Who is asking: a user, or nobody (anonymous), and from where. */
export interface Principal {
  user: UserRecord | null;
  ip: string;
  /** The session token's hash, when the user came with one. */
  tokenHash: string | null;
  /** A cookie session (not a bearer token): state-changing REST needs the CSRF header. */
  viaCookie: boolean;
}

/**
 * Who may call an operation:
 * - public: anyone;
 * - catalogue: any user who is logged in, and anyone when GONGKAI_PUBLIC_READ=1;
 * - aggregate: admins and viewers, and anyone when GONGKAI_PUBLIC_READ=1;
 * - staff: admins and viewers;
 * - read: admins, viewers and submitters (a submitter's own department only);
 * - submit: admins and submitters (a submitter's own department only);
 * - admin: admins only;
 * - signedIn: any user who is logged in.
 */
export type Access =
  | 'public'
  | 'catalogue'
  | 'aggregate'
  | 'staff'
  | 'read'
  | 'submit'
  | 'admin'
  | 'signedIn';

export const ACCESS_KEY = 'gongkai:access';

/** Declares who may call a resolver or route; one without it is refused. */
export const Allow = (access: Access) => SetMetadata(ACCESS_KEY, access);

export interface PrincipalRequest extends Request {
  principal?: Principal;
}

/** The HTTP request and response of a REST or a GraphQL call. */
export function httpOf(ctx: ExecutionContext): {
  req: PrincipalRequest;
  res: Response;
} {
  if (ctx.getType<string>() === 'graphql') {
    const g = GqlExecutionContext.create(ctx).getContext<{
      req: PrincipalRequest;
      res: Response;
    }>();
    return { req: g.req, res: g.res };
  }
  const http = ctx.switchToHttp();
  return {
    req: http.getRequest<PrincipalRequest>(),
    res: http.getResponse<Response>(),
  };
}

/** The principal the guard attached to the request. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal => {
    const p = httpOf(ctx).req.principal;
    if (!p) throw new Error('No principal: is the AccessGuard installed?');
    return p;
  },
);

/** The principal as the audit log records it. */
export function actorOf(p: Principal): AuditActor {
  return {
    userId: p.user?.id ?? null,
    actor: p.user?.username ?? 'anonymous',
    ip: p.ip,
  };
}

/** A submitter may touch only the department it works for. */
export function assertDepartment(p: Principal, departmentId: number): void {
  if (p.user?.role === 'submitter' && p.user.departmentId !== departmentId) {
    throw new StoreError(
      'FORBIDDEN',
      '只能查看和报送本部门的报告。',
      'You may only see and submit your own department’s reports.',
    );
  }
}
