import {
  AccessStore,
  DEFAULT_DATABASE_URL,
  ReportStore,
  ROLES,
  StoreError,
} from '@gongkai/api-persistence';
import type { Role } from '@gongkai/api-persistence';
import { hashPassword, randomPassword } from '@gongkai/api-server';

import { cliActor } from '../cli-actor';
import { UsageError } from '../usage-error';

export interface UserOptions {
  database?: string | undefined;
  role?: string | undefined;
  department?: string | undefined;
  password?: string | undefined;
  name?: string | undefined;
  json?: boolean | undefined;
}

const USAGE = `gongkai user add <用户名> --role admin|submitter|viewer [--department 部门代码或名称] [--password 密码] [--name 姓名]
gongkai user list
gongkai user disable <用户名>`;

/**
 * Users from the command line, for the first setup and for emergencies; the same
 * rules as the office's Users page, and every change goes into the audit log.
 */
export async function userCommand(
  args: readonly string[],
  options: UserOptions,
): Promise<number> {
  const [action, username] = args;
  const url =
    options.database ?? process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
  const store = await ReportStore.open(url);
  const access = new AccessStore(store.db);
  const actor = cliActor();
  try {
    if (action === 'list') {
      const users = await access.users();
      if (options.json) {
        console.log(JSON.stringify(users, null, 2));
      } else {
        for (const u of users) {
          const dept =
            u.departmentId === null
              ? ''
              : ` ${(await store.requireDepartment(u.departmentId)).name}`;
          console.log(
            `${u.username}\t${u.role}${dept}${u.disabled ? '\t(停用 disabled)' : ''}`,
          );
        }
      }
      return 0;
    }
    if (!username)
      throw new UsageError(`请给出用户名 Give a username.\n${USAGE}`);
    if (action === 'add') {
      const role = options.role as Role | undefined;
      if (!role || !ROLES.includes(role)) {
        throw new UsageError(
          `--role 应为 admin、submitter 或 viewer.\n${USAGE}`,
        );
      }
      const department = options.department
        ? store.directory.match(options.department).department
        : undefined;
      if (options.department && !department) {
        throw new StoreError(
          'DEPARTMENT_UNKNOWN',
          `没有部门 ${options.department}。`,
          `No department ${options.department}.`,
        );
      }
      const password = options.password ?? randomPassword();
      const user = await access.createUser(
        {
          username,
          displayName: options.name,
          passwordHash: await hashPassword(password),
          role,
          departmentId: department?.id ?? null,
        },
        actor,
      );
      console.log(
        `已添加 Added ${user.username} (${user.role}${department ? `, ${department.name}` : ''})` +
          (options.password
            ? ''
            : `\n密码 Password: ${password}  (只显示这一次 shown once)`),
      );
      return 0;
    }
    if (action === 'disable') {
      const user = (await access.users()).find((u) => u.username === username);
      if (!user) {
        throw new StoreError(
          'USER_NOT_FOUND',
          `没有用户 ${username}。`,
          `No user ${username}.`,
        );
      }
      await access.updateUser(user.id, { disabled: true }, actor);
      console.log(
        `已停用 Disabled ${username}; 其登录已全部失效 all its sessions ended.`,
      );
      return 0;
    }
    throw new UsageError(
      `未知的操作 Unknown action: ${action ?? ''}\n${USAGE}`,
    );
  } catch (e) {
    if (e instanceof StoreError) {
      console.error(`${e.message}\n${e.messageEn}`);
      return 1;
    }
    throw e;
  } finally {
    await store.close();
  }
}
