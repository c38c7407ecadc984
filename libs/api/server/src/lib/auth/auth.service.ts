import { createHash } from 'node:crypto';

import type { OnApplicationBootstrap } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuditActor, UserRecord } from '@gongkai/api-persistence';
import { AccessStore, ReportStore, StoreError } from '@gongkai/api-persistence';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { InstallationInfo } from '../store/installation-info';
import {
  checkPassword,
  hashPassword,
  randomPassword,
  randomToken,
  verifyPassword,
} from './password.util';
import { RateLimiter } from './rate-limiter';

export const SESSION_COOKIE = 'gongkai_session';

/** The demo city's accounts, documented in the README and shown on its login page. */
export const DEMO_PASSWORD = 'gongkai-demo';
export const DEMO_ACCOUNTS = [
  { username: 'demo-office', displayName: '示例市政务公开办', role: 'admin' },
  { username: 'demo-viewer', displayName: '示例市领导', role: 'viewer' },
  {
    username: 'demo-bureau',
    displayName: '示例市民政局',
    role: 'submitter',
    departmentCode: 'civil-affairs',
  },
] as const;

export const tokenHashOf = (token: string) =>
  createHash('sha256').update(token).digest('hex');

// A wrong password costs as much as a right one: no timing tells which usernames exist.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$gi3uJLl1Ca10gCXLdGB2yg$xqQPpyzDbCkOsCOAdC52IC9l/m1qmVUhFXhbgv/ovnQ';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  readonly access: AccessStore;
  /** Failed logins per username and address, and login attempts per address. */
  private readonly failures: RateLimiter;
  private readonly attempts: RateLimiter;
  /** Submissions per user. */
  readonly submissions: RateLimiter;

  constructor(
    @Inject(ReportStore) private readonly store: ReportStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(InstallationInfo) private readonly installation: InstallationInfo,
  ) {
    this.access = new AccessStore(store.db);
    const window = 15 * 60_000;
    this.failures = new RateLimiter(this.access, 'login-failures', 5, window, [
      '登录失败',
      'failed logins',
    ]);
    this.attempts = new RateLimiter(this.access, 'login-attempts', 50, window, [
      '登录尝试',
      'login attempts',
    ]);
    this.submissions = new RateLimiter(this.access, 'submissions', 60, 60_000, [
      '报送',
      'submissions',
    ]);
  }

  /** With no user yet: the first administrator, and the demo city's accounts. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.access.countUsers()) > 0) return;
    const logger = new Logger('Auth');
    const system: AuditActor = { userId: null, actor: 'system', ip: '' };
    const password = this.config.adminPassword || randomPassword();
    await this.access.createUser(
      {
        username: this.config.adminUsername,
        displayName: '管理员',
        passwordHash: await hashPassword(password),
        role: 'admin',
      },
      system,
    );
    if (!this.config.adminPassword) {
      // Printed once: it is nowhere else.
      logger.warn(
        `First administrator: ${this.config.adminUsername} / ${password} — change this password after logging in.`,
      );
    }
    if (!(await this.installation.get()).demo) return;
    const departments = await this.store.departments();
    const demoHash = await hashPassword(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) {
      const department =
        'departmentCode' in a
          ? departments.find((d) => d.code === a.departmentCode)
          : undefined;
      await this.access.createUser(
        {
          username: a.username,
          displayName: a.displayName,
          passwordHash: demoHash,
          role: a.role,
          departmentId: department?.id ?? null,
        },
        system,
      );
    }
    logger.log(
      `Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`,
    );
  }

  /** Checks the password and opens a session; the token goes to the client only. */
  async login(
    username: string,
    password: string,
    ip: string,
    userAgent: string,
  ): Promise<{ user: UserRecord; token: string; expiresAt: Date }> {
    await this.attempts.hit(ip);
    const key = `${username.toLowerCase()}|${ip}`;
    await this.failures.hit(key);
    const found = await this.access.credentials(username);
    const ok = await verifyPassword(
      found?.passwordHash ?? DUMMY_HASH,
      password,
    );
    if (!found || !ok || found.user.disabled) {
      await this.access.audit(
        { userId: found?.user.id ?? null, actor: username.slice(0, 64), ip },
        {
          action: 'login_failed',
          target: `user:${username.slice(0, 64)}`,
          details: {
            reason: !found
              ? 'unknown user'
              : !ok
                ? 'wrong password'
                : 'disabled',
          },
        },
      );
      throw new StoreError(
        'UNAUTHENTICATED',
        '用户名或密码不正确，或账号已停用。',
        'Wrong username or password, or the account is disabled.',
      );
    }
    await this.failures.reset(key);
    const token = randomToken();
    const expiresAt = new Date(
      Date.now() + this.config.sessionHours * 3_600_000,
    );
    await this.access.createSession(
      {
        tokenHash: tokenHashOf(token),
        userId: found.user.id,
        expiresAt: expiresAt.toISOString(),
        ip,
        userAgent,
      },
      { userId: found.user.id, actor: found.user.username, ip },
    );
    return { user: found.user, token, expiresAt };
  }

  userOfToken(token: string): Promise<UserRecord | null> {
    return this.access.sessionUser(tokenHashOf(token));
  }

  async changePassword(
    user: UserRecord,
    current: string,
    next: string,
    actor: AuditActor,
  ): Promise<UserRecord> {
    const found = await this.access.credentials(user.username);
    if (!found || !(await verifyPassword(found.passwordHash, current))) {
      throw new StoreError(
        'UNAUTHENTICATED',
        '当前密码不正确。',
        'The current password is wrong.',
      );
    }
    checkPassword(next);
    return this.access.updateUser(
      user.id,
      { passwordHash: await hashPassword(next) },
      actor,
      'password_change',
    );
  }
}
