import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

import Database from 'better-sqlite3';

import { SQLITE_MIGRATIONS } from '../migrations/sqlite';
import type { AuditActor, AuditEntry } from './audit-log';
import { AUDIT_COLUMNS, auditRow } from './audit-log';

/** Why a backup or a restore was refused. Every code has a Chinese and an English message. */
export type BackupErrorCode =
  | 'SOURCE_NOT_FOUND'
  | 'NOT_A_DATABASE'
  | 'DATABASE_CORRUPT'
  | 'NOT_GONGKAI'
  | 'NEWER_SCHEMA'
  | 'TARGET_EXISTS'
  | 'TARGET_NOT_EMPTY'
  | 'TARGET_IN_USE'
  | 'SAME_FILE'
  | 'FOLDER_NOT_FOUND';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The tables of a Gongkai database (the migrations table included). */
export const GONGKAI_TABLES = [
  'app_meta',
  'department',
  'department_succession',
  'reporting_cycle',
  'document',
  'submission',
  'finding',
  'report_value',
  'city_total',
  'migrations',
] as const;

/** What a Gongkai SQLite file holds, as counted in one read transaction. */
export interface DatabaseSummary {
  /** Absolute path of the file. */
  path: string;
  /** Size of the file in bytes. */
  fileBytes: number;
  departments: number;
  submissions: number;
  /** Department-years whose counted version is in the city totals. */
  countedReports: number;
  documents: number;
  /** Bytes of the stored documents. */
  documentBytes: number;
  /** Names of the migrations applied, oldest first. */
  migrations: string[];
}

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface BackupResult {
  source: string;
  summary: DatabaseSummary;
  /** How often a write to the source made SQLite start the copy again. */
  restarts: number;
  seconds: number;
  /**
   * The source's audit log records the backup (false: no actor given, a source from
   * before the audit log, or one that could not be written to).
   */
  audited: boolean;
}

export interface RestoreResult {
  source: string;
  summary: DatabaseSummary;
  /** The target held data (or was no Gongkai database) and was replaced (`--force`). */
  replaced: boolean;
  /**
   * The restored database's audit log records the restore (false: no actor given, or
   * a backup from before the audit log existed).
   */
  audited: boolean;
}

/**
 * Appends one audit line through a connection of its own (the server may hold
 * others), when the database has an audit log. Returns whether it did.
 */
function appendAuditLine(
  path: string,
  actor: AuditActor,
  entry: AuditEntry,
): boolean {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    const hasLog = db
      .prepare(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'",
      )
      .get();
    if (!hasLog) return false;
    db.prepare(
      `INSERT INTO audit_log (${AUDIT_COLUMNS.join(', ')}) VALUES (${AUDIT_COLUMNS.map(() => '?').join(', ')})`,
    ).run(auditRow(new Date().toISOString(), actor, entry));
    return true;
  } finally {
    db.close();
  }
}

/** Names of the migrations this version of Gongkai knows. */
function knownMigrations(): Set<string> {
  return new Set(
    SQLITE_MIGRATIONS.map((M) => {
      const name = (new M() as { name?: unknown }).name;
      return typeof name === 'string' ? name : M.name;
    }),
  );
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** True when the file starts with SQLite's header (an empty file does not). */
function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

const count = (db: Database.Database, sql: string): number =>
  Number((db.prepare(sql).pluck().get() as number | bigint | null) ?? 0);

function summarise(db: Database.Database, path: string): DatabaseSummary {
  // One read transaction: the counts agree with one another.
  return db.transaction(() => ({
    path,
    fileBytes: statSync(path).size,
    departments: count(db, 'SELECT COUNT(*) FROM department'),
    submissions: count(db, 'SELECT COUNT(*) FROM submission'),
    countedReports: count(
      db,
      'SELECT COUNT(*) FROM submission WHERE counted = 1',
    ),
    documents: count(db, 'SELECT COUNT(*) FROM document'),
    documentBytes: count(db, 'SELECT COALESCE(SUM(size), 0) FROM document'),
    migrations: db
      .prepare('SELECT name FROM migrations ORDER BY id')
      .pluck()
      .all() as string[],
  }))();
}

function missingTables(db: Database.Database): string[] {
  const present = new Set(
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[],
  );
  return GONGKAI_TABLES.filter((t) => !present.has(t));
}

function notGongkai(path: string, missing: readonly string[]): BackupError {
  return new BackupError(
    'NOT_GONGKAI',
    `${path} 不是 Gongkai 数据库：缺少表 ${missing.join('、')}。`,
    `${path} is not a Gongkai database: the tables ${missing.join(', ')} are missing.`,
  );
}

function corrupt(path: string, detail: string): BackupError {
  return new BackupError(
    'DATABASE_CORRUPT',
    `${path} 已损坏（SQLite 完整性检查：${detail}）。`,
    `${path} is damaged (SQLite integrity check: ${detail}).`,
  );
}

/**
 * Checks that a file is a whole Gongkai SQLite database and counts what it holds:
 * SQLite's header, `PRAGMA integrity_check`, the Gongkai tables, and migrations this
 * version knows (a backup of a newer Gongkai is refused: this one cannot read it).
 * Opened read-only; throws a BackupError saying what is wrong.
 */
export function inspectSqliteDatabase(file: string): DatabaseSummary {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new BackupError(
      'SOURCE_NOT_FOUND',
      `找不到文件 ${path}。`,
      `There is no file ${path}.`,
    );
  }
  if (!hasSqliteHeader(path)) {
    throw new BackupError(
      'NOT_A_DATABASE',
      `${path} 不是 SQLite 数据库文件。`,
      `${path} is not an SQLite database file.`,
    );
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw corrupt(path, (e as Error).message);
  }
  try {
    db.pragma('busy_timeout = 10000');
    let problems: string[];
    try {
      problems = (
        db.pragma('integrity_check') as { integrity_check: string }[]
      ).map((r) => r.integrity_check);
    } catch (e) {
      throw corrupt(path, (e as Error).message);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw corrupt(path, problems.slice(0, 3).join('; '));
    }
    const missing = missingTables(db);
    if (missing.length > 0) throw notGongkai(path, missing);
    const summary = summarise(db, path);
    const known = knownMigrations();
    const unknown = summary.migrations.filter((m) => !known.has(m));
    if (unknown.length > 0) {
      throw new BackupError(
        'NEWER_SCHEMA',
        `${path} 来自更新版本的 Gongkai（未知的迁移 ${unknown.join('、')}），请先升级 Gongkai。`,
        `${path} comes from a newer Gongkai (unknown migrations ${unknown.join(', ')}); upgrade Gongkai first.`,
      );
    }
    return summary;
  } finally {
    db.close();
  }
}

/** Writes a file's data and the folder entry that names it to disk. */
function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/**
 * The rollback journal and WAL files beside a database. Removed before a new file is
 * renamed into its place: SQLite would replay a stale WAL onto the new file.
 */
function removeSidecars(path: string): void {
  for (const suffix of SIDECARS) rmSync(`${path}${suffix}`, { force: true });
}

/** The file and its sidecars, if any. */
function removeDatabaseFiles(path: string): void {
  rmSync(path, { force: true });
  removeSidecars(path);
}

/** Same file when both exist (a link, or the same path written two ways). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  return realpathSync(a) === realpathSync(b);
}

/** A temporary name in the target's folder, so that the final rename is atomic. */
function temporaryBeside(target: string, what: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${what}-${process.pid}-${Date.now()}.tmp`,
  );
}

/**
 * Copies an SQLite database page by page with SQLite's online backup API, from a
 * read-only connection: a consistent snapshot, safe while the server writes. Each
 * write by another connection makes SQLite start again; after one restart the rest
 * goes in one step (one read transaction, which in WAL mode does not hold up writers),
 * so a busy server cannot starve the copy.
 */
async function copyDatabase(
  source: string,
  destination: string,
  onProgress?: (p: BackupProgress) => void,
): Promise<number> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  let restarts = 0;
  try {
    db.pragma('busy_timeout = 10000');
    let lastRemaining = Number.POSITIVE_INFINITY;
    const done = await db.backup(destination, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) restarts++;
        lastRemaining = remainingPages;
        onProgress?.({ totalPages, remainingPages });
        // 1,024 pages (4 MB) a step, then the rest at once after a restart.
        return restarts > 0 ? 0x7fffffff : 1024;
      },
    });
    // The last step is not reported by better-sqlite3.
    onProgress?.({ totalPages: done.totalPages, remainingPages: 0 });
  } finally {
    db.close();
  }
  // The copy is one self-contained file: no WAL beside it, whatever the source used.
  const copy = new Database(destination);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  fsyncPath(destination);
  return restarts;
}

/**
 * `gongkai backup`: an online backup of the SQLite database at `sourcePath` into
 * `file`. Written to a temporary file beside it, checked (integrity, tables, counts),
 * then renamed: `file` is either the old file or a whole, checked backup.
 */
export async function backupSqliteDatabase(
  sourcePath: string,
  file: string,
  options: {
    force?: boolean | undefined;
    onProgress?: (p: BackupProgress) => void;
    /** Who takes it: the source's audit log records the backup after it succeeded. */
    audit?: AuditActor | undefined;
  } = {},
): Promise<BackupResult> {
  const started = Date.now();
  const source = resolve(sourcePath);
  const target = resolve(file);
  if (!existsSync(source)) {
    throw new BackupError(
      'SOURCE_NOT_FOUND',
      `数据库 ${source} 不存在，没有可备份的内容。`,
      `The database ${source} does not exist; there is nothing to back up.`,
    );
  }
  if (!hasSqliteHeader(source)) {
    throw new BackupError(
      'NOT_A_DATABASE',
      `${source} 不是 SQLite 数据库文件。`,
      `${source} is not an SQLite database file.`,
    );
  }
  if (sameFile(source, target)) {
    throw new BackupError(
      'SAME_FILE',
      `备份文件不能是数据库本身：${target}。`,
      `The backup cannot be the database itself: ${target}.`,
    );
  }
  if (!existsSync(dirname(target))) {
    throw new BackupError(
      'FOLDER_NOT_FOUND',
      `文件夹 ${dirname(target)} 不存在。`,
      `The folder ${dirname(target)} does not exist.`,
    );
  }
  if (existsSync(target) && !options.force) {
    throw new BackupError(
      'TARGET_EXISTS',
      `${target} 已存在；要覆盖它请加 --force。`,
      `${target} already exists; add --force to overwrite it.`,
    );
  }
  {
    const probe = new Database(source, { readonly: true, fileMustExist: true });
    try {
      const missing = missingTables(probe);
      if (missing.length > 0) throw notGongkai(source, missing);
    } finally {
      probe.close();
    }
  }
  const temporary = temporaryBeside(target, 'backup');
  try {
    const restarts = await copyDatabase(source, temporary, options.onProgress);
    const checked = inspectSqliteDatabase(temporary);
    // The old file itself is replaced by the rename, atomically.
    removeSidecars(target);
    renameSync(temporary, target);
    fsyncPath(dirname(target));
    let audited = false;
    if (options.audit) {
      try {
        audited = appendAuditLine(source, options.audit, {
          action: 'backup',
          target: `file:${target}`,
          details: {
            submissions: checked.submissions,
            documents: checked.documents,
            bytes: checked.fileBytes,
          },
        });
      } catch {
        // A read-only or busy source: the backup is made and whole; the caller says
        // that it is not in the audit log.
      }
    }
    return {
      source,
      summary: { ...checked, path: target },
      restarts,
      seconds: (Date.now() - started) / 1000,
      audited,
    };
  } finally {
    removeDatabaseFiles(temporary);
  }
}

/**
 * True when another connection has the SQLite database open (a running server, an
 * import): an idle WAL connection keeps a shared lock on the file, so an exclusive
 * lock is refused. Never waits.
 */
export function sqliteDatabaseInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 0 });
  } catch {
    return false;
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
    return false;
  } catch (e) {
    return (e as { code?: string }).code?.startsWith('SQLITE_BUSY') === true;
  } finally {
    db.close();
  }
}

/** True when the file holds nothing worth keeping: absent, empty, or Gongkai without data. */
function targetIsEmpty(path: string): boolean {
  if (!existsSync(path) || statSync(path).size === 0) return true;
  if (!hasSqliteHeader(path)) return false;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      if (missingTables(db).length > 0) return false;
      const s = summarise(db, path);
      return s.departments === 0 && s.submissions === 0 && s.documents === 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

function inUse(path: string): BackupError {
  return new BackupError(
    'TARGET_IN_USE',
    `数据库 ${path} 正在使用中（服务或导入正在运行）；请先停止服务再恢复。`,
    `The database ${path} is in use (a server or an import is running); stop the server before restoring.`,
  );
}

/**
 * `gongkai restore`: replaces the SQLite database at `targetPath` with a backup.
 * The backup is checked first; the target must not be in use, and one that holds data
 * is replaced only with `force`. The copy goes to a temporary file in the target's
 * folder, is checked and synced, the target's old WAL files are removed, and it is
 * renamed over the target: the target is either the old database or the whole backup.
 */
export async function restoreSqliteDatabase(
  file: string,
  targetPath: string,
  options: {
    force?: boolean | undefined;
    /** Who restores: the restored database's audit log records it from its first moment. */
    audit?: AuditActor | undefined;
  } = {},
): Promise<RestoreResult> {
  const source = resolve(file);
  const target = resolve(targetPath);
  const expected = inspectSqliteDatabase(source);
  if (sameFile(source, target)) {
    throw new BackupError(
      'SAME_FILE',
      `备份文件就是目标数据库：${target}。`,
      `The backup is the target database itself: ${target}.`,
    );
  }
  if (sqliteDatabaseInUse(target)) throw inUse(target);
  const replaced = !targetIsEmpty(target);
  if (replaced && !options.force) {
    throw new BackupError(
      'TARGET_NOT_EMPTY',
      `目标数据库 ${target} 已有数据；要用备份替换它请加 --force。`,
      `The target database ${target} holds data; add --force to replace it with the backup.`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  const temporary = temporaryBeside(target, 'restore');
  try {
    // Through SQLite, not a file copy: a backup with a WAL beside it is read whole.
    await copyDatabase(source, temporary);
    const restored = inspectSqliteDatabase(temporary);
    if (
      restored.submissions !== expected.submissions ||
      restored.documents !== expected.documents ||
      restored.departments !== expected.departments
    ) {
      throw new Error(
        `The copy of ${source} does not hold what the backup holds; the target is unchanged.`,
      );
    }
    // Written into the copy before the swap: the restore is never unrecorded.
    const audited =
      options.audit !== undefined &&
      appendAuditLine(temporary, options.audit, {
        action: 'restore',
        target: `file:${target}`,
        details: { from: source, replaced },
      });
    // Checked again just before the swap: a server may have started meanwhile.
    if (sqliteDatabaseInUse(target)) throw inUse(target);
    removeSidecars(target);
    renameSync(temporary, target);
    fsyncPath(dirname(target));
    return {
      source,
      // The audit line may have grown the file by a page.
      summary: { ...restored, path: target, fileBytes: statSync(target).size },
      replaced,
      audited,
    };
  } finally {
    removeDatabaseFiles(temporary);
  }
}
