import type { Db, SqlValue, Tx } from './db';

/** Who does something, from where; recorded with every change it makes. */
export interface AuditActor {
  userId: number | null;
  /** The username (or `system`, `cli`). */
  actor: string;
  ip: string;
}

export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'password_change'
  | 'submit'
  | 'import'
  | 'return'
  | 'accept'
  | 'user_add'
  | 'user_update'
  | 'department_add'
  | 'deadlines_set'
  | 'export'
  | 'backup'
  | 'restore';

export interface AuditEntry {
  action: AuditAction;
  /** What it was done to, e.g. `submission:12`, `user:alice`. */
  target: string;
  details?: Record<string, unknown>;
}

export interface AuditRecord extends AuditActor, Required<AuditEntry> {
  id: number;
  at: string;
}

export const AUDIT_COLUMNS = [
  'at',
  'user_id',
  'actor',
  'action',
  'target',
  'details',
  'ip',
] as const;

/** One line's values, in AUDIT_COLUMNS order, cut to the columns' sizes. */
export function auditRow(
  at: string,
  actor: AuditActor,
  e: AuditEntry,
): SqlValue[] {
  return [
    at,
    actor.userId,
    actor.actor.slice(0, 64),
    e.action,
    e.target.slice(0, 200),
    JSON.stringify(e.details ?? {}),
    actor.ip.slice(0, 64),
  ];
}

/** Appends entries inside the caller's transaction: they commit or vanish with it. */
export async function appendAudit(
  tx: Tx,
  actor: AuditActor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date().toISOString();
  await tx.insertMany(
    'audit_log',
    AUDIT_COLUMNS,
    entries.map((e) => auditRow(at, actor, e)),
  );
}

export interface AuditFilter {
  actions?: readonly string[] | undefined;
  actor?: string | undefined;
  /** ISO times, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** The log, newest first, by action, actor and time. */
export async function readAuditLog(
  db: Db,
  f: AuditFilter,
): Promise<{ rows: AuditRecord[]; total: number }> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (f.actions?.length) {
    where.push(`action IN (${f.actions.map(() => '?').join(', ')})`);
    params.push(...f.actions);
  }
  if (f.actor) {
    where.push('actor = ?');
    params.push(f.actor);
  }
  if (f.from) {
    where.push('at >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('at <= ?');
    params.push(f.to);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.all<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM audit_log ${clause}`,
    params,
  );
  const rows = await db.all<Record<string, unknown>>(
    `SELECT id, at, user_id, actor, action, target, details, ip FROM audit_log ${clause}
     ORDER BY id DESC LIMIT ? OFFSET ?`,
    [...params, f.limit, f.offset],
  );
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: Number(r['id']),
      at: String(r['at']),
      userId: r['user_id'] === null ? null : Number(r['user_id']),
      actor: String(r['actor']),
      action: String(r['action']) as AuditAction,
      target: String(r['target']),
      details: JSON.parse(String(r['details'])) as Record<string, unknown>,
      ip: String(r['ip']),
    })),
  };
}
