import type { AuditActor, AuditEntry } from './audit-log';
import { appendAudit } from './audit-log';
import type { Db, Tx } from './db';
import { StoreError } from './store-error';

export type Role = 'admin' | 'submitter' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'submitter', 'viewer'];

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The department a submitter works for; null for admins and viewers. */
  departmentId: number | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  username: string;
  displayName?: string | undefined;
  passwordHash: string;
  role: Role;
  departmentId?: number | null | undefined;
}

export interface UserPatch {
  displayName?: string | undefined;
  role?: Role | undefined;
  departmentId?: number | null | undefined;
  disabled?: boolean | undefined;
  passwordHash?: string | undefined;
}

export interface NewSession {
  tokenHash: string;
  userId: number;
  expiresAt: string;
  ip: string;
  userAgent: string;
}

const USER_COLUMNS =
  'id, username, display_name, role, department_id, disabled, created_at, updated_at';
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/** How long rate events are kept: longer than any limit's window. */
const RATE_EVENT_TTL_MS = 24 * 3_600_000;

function toUser(r: Record<string, unknown>): UserRecord {
  return {
    id: Number(r['id']),
    username: String(r['username']),
    displayName: String(r['display_name']),
    role: String(r['role']) as Role,
    departmentId:
      r['department_id'] === null ? null : Number(r['department_id']),
    // SQLite gives 0/1, PostgreSQL true/false.
    disabled: r['disabled'] === true || Number(r['disabled']) === 1,
    createdAt: String(r['created_at']),
    updatedAt: String(r['updated_at']),
  };
}

/**
 * Users, their sessions and the audit of what they change. Passwords arrive hashed:
 * hashing is the server's (argon2id), the store keeps and compares nothing secret.
 */
export class AccessStore {
  constructor(private readonly db: Db) {}

  async countUsers(): Promise<number> {
    const [r] = await this.db.all<{ n: number | string }>(
      'SELECT COUNT(*) AS n FROM app_user',
    );
    return Number(r?.n ?? 0);
  }

  async users(): Promise<UserRecord[]> {
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT ${USER_COLUMNS} FROM app_user ORDER BY username`,
    );
    return rows.map(toUser);
  }

  async user(id: number): Promise<UserRecord> {
    const [r] = await this.db.all<Record<string, unknown>>(
      `SELECT ${USER_COLUMNS} FROM app_user WHERE id = ?`,
      [id],
    );
    if (!r) {
      throw new StoreError(
        'USER_NOT_FOUND',
        `没有编号为 ${id} 的用户。`,
        `No user has the id ${id}.`,
      );
    }
    return toUser(r);
  }

  /** The user and the hash to check a password against; null when unknown. */
  async credentials(
    username: string,
  ): Promise<{ user: UserRecord; passwordHash: string } | null> {
    const [r] = await this.db.all<Record<string, unknown>>(
      `SELECT ${USER_COLUMNS}, password_hash FROM app_user WHERE username = ?`,
      [username],
    );
    return r
      ? { user: toUser(r), passwordHash: String(r['password_hash']) }
      : null;
  }

  async createUser(u: NewUser, by: AuditActor): Promise<UserRecord> {
    if (!USERNAME.test(u.username)) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        '用户名须为 2–64 个字母、数字或 . _ -，以字母或数字开头。',
        'A username is 2–64 letters, digits or . _ -, starting with a letter or digit.',
      );
    }
    const now = new Date().toISOString();
    return this.db.write(async (tx) => {
      const departmentId = await this.checkRole(
        tx,
        u.role,
        u.departmentId ?? null,
      );
      const taken = await tx.all('SELECT id FROM app_user WHERE username = ?', [
        u.username,
      ]);
      if (taken.length > 0) {
        throw new StoreError(
          'USERNAME_TAKEN',
          `用户名 ${u.username} 已被使用。`,
          `The username ${u.username} is taken.`,
        );
      }
      await tx.run(
        `INSERT INTO app_user (username, display_name, password_hash, role, department_id, disabled, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          u.username,
          (u.displayName ?? u.username).slice(0, 100),
          u.passwordHash,
          u.role,
          departmentId,
          tx.dialect === 'postgres' ? 'false' : 0,
          now,
          now,
        ],
      );
      const [r] = await tx.all<Record<string, unknown>>(
        `SELECT ${USER_COLUMNS} FROM app_user WHERE username = ?`,
        [u.username],
      );
      const user = toUser(r as Record<string, unknown>);
      await appendAudit(tx, by, [
        {
          action: 'user_add',
          target: `user:${user.username}`,
          details: { role: user.role, departmentId: user.departmentId },
        },
      ]);
      return user;
    });
  }

  /** Changes a user; disabling or a new password also ends the user's sessions. */
  async updateUser(
    id: number,
    patch: UserPatch,
    by: AuditActor,
    action: 'user_update' | 'password_change' = 'user_update',
  ): Promise<UserRecord> {
    return this.db.write(async (tx) => {
      const [r] = await tx.all<Record<string, unknown>>(
        `SELECT ${USER_COLUMNS} FROM app_user WHERE id = ?`,
        [id],
      );
      if (!r) {
        throw new StoreError(
          'USER_NOT_FOUND',
          `没有编号为 ${id} 的用户。`,
          `No user has the id ${id}.`,
        );
      }
      const before = toUser(r);
      const role = patch.role ?? before.role;
      const departmentId = await this.checkRole(
        tx,
        role,
        patch.departmentId !== undefined
          ? patch.departmentId
          : role === 'submitter'
            ? before.departmentId
            : null,
      );
      const disabled = patch.disabled ?? before.disabled;
      await tx.run(
        `UPDATE app_user SET display_name = ?, role = ?, department_id = ?, disabled = ?,
         password_hash = COALESCE(?, password_hash), updated_at = ? WHERE id = ?`,
        [
          (patch.displayName ?? before.displayName).slice(0, 100),
          role,
          departmentId,
          tx.dialect === 'postgres' ? String(disabled) : disabled ? 1 : 0,
          patch.passwordHash ?? null,
          new Date().toISOString(),
          id,
        ],
      );
      if (disabled || patch.passwordHash || role !== before.role) {
        await tx.run('DELETE FROM app_session WHERE user_id = ?', [id]);
      }
      const { passwordHash: _secret, ...visible } = patch;
      await appendAudit(tx, by, [
        {
          action,
          target: `user:${before.username}`,
          details: {
            ...visible,
            ...(patch.passwordHash ? { password: 'changed' } : {}),
          },
        },
      ]);
      const [after] = await tx.all<Record<string, unknown>>(
        `SELECT ${USER_COLUMNS} FROM app_user WHERE id = ?`,
        [id],
      );
      return toUser(after as Record<string, unknown>);
    });
  }

  /** A submitter belongs to an existing department; the others to none. */
  private async checkRole(
    tx: Tx,
    role: Role,
    departmentId: number | null,
  ): Promise<number | null> {
    if (!ROLES.includes(role)) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        `没有 ${role} 这个角色。`,
        `There is no role ${role}.`,
      );
    }
    if (role !== 'submitter') return null;
    if (departmentId === null) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        '报送人员必须属于一个部门。',
        'A submitter must belong to a department.',
      );
    }
    const found = await tx.all('SELECT id FROM department WHERE id = ?', [
      departmentId,
    ]);
    if (found.length === 0) {
      throw new StoreError(
        'DEPARTMENT_UNKNOWN',
        `没有编号为 ${departmentId} 的部门。`,
        `No department has the id ${departmentId}.`,
      );
    }
    return departmentId;
  }

  async createSession(s: NewSession, by: AuditActor): Promise<void> {
    await this.db.write(async (tx) => {
      // Expired sessions go whenever a new one comes: the table stays small.
      await tx.run('DELETE FROM app_session WHERE expires_at < ?', [
        new Date().toISOString(),
      ]);
      await tx.run(
        `INSERT INTO app_session (token_hash, user_id, created_at, expires_at, ip, user_agent)
         VALUES (?, ?, ?, ?, ?, ?)`,
        [
          s.tokenHash,
          s.userId,
          new Date().toISOString(),
          s.expiresAt,
          s.ip.slice(0, 64),
          s.userAgent.slice(0, 300),
        ],
      );
      await appendAudit(tx, by, [
        { action: 'login', target: `user:${by.actor}` },
      ]);
    });
  }

  /** The user of a live session: not expired, not disabled. */
  async sessionUser(tokenHash: string): Promise<UserRecord | null> {
    const [r] = await this.db.all<Record<string, unknown>>(
      `SELECT ${USER_COLUMNS.split(', ')
        .map((c) => `u.${c}`)
        .join(', ')} FROM app_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ?`,
      [tokenHash, new Date().toISOString()],
    );
    if (!r) return null;
    const user = toUser(r);
    return user.disabled ? null : user;
  }

  async endSession(tokenHash: string, by: AuditActor): Promise<void> {
    await this.db.write(async (tx) => {
      await tx.run('DELETE FROM app_session WHERE token_hash = ?', [tokenHash]);
      await appendAudit(tx, by, [
        { action: 'logout', target: `user:${by.actor}` },
      ]);
    });
  }

  /** An audit line of its own transaction (a failed login, an export). */
  async audit(by: AuditActor, entry: AuditEntry): Promise<void> {
    await this.db.write((tx) => appendAudit(tx, by, [entry]));
  }

  /**
   * Counts an event under a rate limit that every process on this database shares:
   * at most `limit` events of `key` within `windowMs`. Returns 0 when the event is
   * counted, else the milliseconds until one may try again (not counted). Events
   * older than a day (longer than any window) go on the way.
   */
  async rateHit(
    key: string,
    limit: number,
    windowMs: number,
    now = Date.now(),
  ): Promise<number> {
    return this.db.write(async (tx) => {
      // PostgreSQL: concurrent hits of one key count one after the other.
      if (tx.dialect === 'postgres') {
        await tx.all('SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
      }
      await tx.run(
        'DELETE FROM rate_event WHERE ("key" = ? AND at <= ?) OR at <= ?',
        [
          key,
          new Date(now - windowMs).toISOString(),
          new Date(now - RATE_EVENT_TTL_MS).toISOString(),
        ],
      );
      const [r] = await tx.all<{ n: number | string; first: string | null }>(
        'SELECT COUNT(*) AS n, MIN(at) AS first FROM rate_event WHERE "key" = ?',
        [key],
      );
      if (Number(r?.n ?? 0) >= limit) {
        return Math.max(1, Date.parse(String(r?.first)) + windowMs - now);
      }
      await tx.run('INSERT INTO rate_event ("key", at) VALUES (?, ?)', [
        key,
        new Date(now).toISOString(),
      ]);
      return 0;
    });
  }

  /** Forgets a rate limit's events of a key (a successful login clears its failures). */
  async rateReset(key: string): Promise<void> {
    await this.db.write((tx) =>
      tx.run('DELETE FROM rate_event WHERE "key" = ?', [key]),
    );
  }
}
