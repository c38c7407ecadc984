import { resolve } from 'node:path';

import {
  BackupError,
  backupSqliteDatabase,
  parseDatabaseUrl,
  type BackupProgress,
  type DatabaseSummary,
} from '@gongkai/api-persistence';

import { cliActor } from '../cli-actor';
import type { Lang } from '../report-summary';
import { UsageError } from '../usage-error';
import { describeDatabase, resolveDatabaseUrl } from './import.command';

export interface BackupOptions {
  /** `--database`; else DATABASE_URL; else the default SQLite file. */
  database?: string | undefined;
  force?: boolean | undefined;
  json?: boolean | undefined;
  lang: Lang;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** `12,345,678 bytes (11.8 MB)`. */
export function formatBytes(n: number): string {
  return `${fmt(n)} bytes (${(n / 1024 / 1024).toFixed(1)} MB)`;
}

/** What a database file holds, one line. */
export function formatCounts(s: DatabaseSummary, lang: Lang): string {
  return lang === 'zh'
    ? `部门 ${fmt(s.departments)} 个，报送 ${fmt(s.submissions)} 份（计入统计 ${fmt(s.countedReports)} 份），文件 ${fmt(s.documents)} 个共 ${formatBytes(s.documentBytes)}`
    : `${fmt(s.departments)} departments, ${fmt(s.submissions)} submissions (${fmt(s.countedReports)} counted), ${fmt(s.documents)} documents of ${formatBytes(s.documentBytes)}`;
}

/**
 * The URL with its password left out, for a command printed to be copied: pg_dump
 * and pg_restore take the password from PGPASSWORD or ~/.pgpass.
 */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/, '$1@');
  }
}

/** Single quotes for a POSIX shell. */
export const shellQuote = (s: string) =>
  /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;

/** A BackupError (or an unexpected one) as the user reads it: where and why. */
export function backupFailure(e: unknown, lang: Lang): string {
  if (e instanceof BackupError) {
    return `${lang === 'zh' ? e.message : e.messageEn} [${e.code}]`;
  }
  // A file the system refused (no space, no permission) is named by its message.
  const errno = (e as NodeJS.ErrnoException).code;
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) {
    return `${lang === 'zh' ? '文件操作失败' : 'File operation failed'}: ${(e as Error).message}`;
  }
  throw e;
}

/** Progress on stderr: what is copied where, a line at most every second, and the last one. */
function progressPrinter(
  from: string,
  to: string,
  lang: Lang,
): (p: BackupProgress) => void {
  let last = 0;
  return ({ totalPages, remainingPages }) => {
    if (last === 0) {
      process.stderr.write(
        lang === 'zh'
          ? `正在备份 ${from} → ${to}（服务可继续运行）\n`
          : `Backing up ${from} → ${to} (the server may keep running)\n`,
      );
    }
    const now = Date.now();
    if (now - last < 1000 && remainingPages > 0) return;
    last = now;
    const done = totalPages - remainingPages;
    const percent = totalPages > 0 ? Math.floor((done / totalPages) * 100) : 0;
    process.stderr.write(
      lang === 'zh'
        ? `备份进度 ${percent}%（${fmt(done)}/${fmt(totalPages)} 页）\n`
        : `backup ${percent}% (${fmt(done)}/${fmt(totalPages)} pages)\n`,
    );
  };
}

/**
 * `gongkai backup <file>`: an online backup of the SQLite database (the server may keep
 * running), checked before it is reported. PostgreSQL is backed up with pg_dump.
 */
export async function backupCommand(
  args: readonly string[],
  options: BackupOptions,
): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    throw new UsageError(
      '用法 Usage: gongkai backup <备份文件 file> [--database URL] [--force] [--json]',
    );
  }
  const { lang } = options;
  const zh = lang === 'zh';
  const database = resolveDatabaseUrl(options.database);
  const target = parseDatabaseUrl(database);
  if (target.dialect === 'postgres') {
    const command = `pg_dump --format=custom --file=${shellQuote(file)} --dbname=${shellQuote(withoutPassword(database))}`;
    console.error(
      zh
        ? `${describeDatabase(database)} 是 PostgreSQL 数据库：gongkai backup 只备份 SQLite。请用 pg_dump 备份（密码取自 PGPASSWORD 或 ~/.pgpass）：\n  ${command}`
        : `${describeDatabase(database)} is a PostgreSQL database: gongkai backup only backs up SQLite. Back it up with pg_dump (password from PGPASSWORD or ~/.pgpass):\n  ${command}`,
    );
    return 1;
  }
  if (target.path === ':memory:') {
    throw new UsageError(
      '内存数据库无法备份 An in-memory database cannot be backed up.',
    );
  }
  try {
    const result = await backupSqliteDatabase(target.path, file, {
      force: options.force,
      audit: cliActor(),
      onProgress: options.json
        ? undefined
        : progressPrinter(target.path, resolve(file), lang),
    });
    const s = result.summary;
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      console.log(
        zh
          ? `已备份并校验（integrity_check ok）：${s.path}，${formatBytes(s.fileBytes)}；${formatCounts(s, lang)}；用时 ${result.seconds.toFixed(1)} 秒。`
          : `Backed up and verified (integrity_check ok): ${s.path}, ${formatBytes(s.fileBytes)}; ${formatCounts(s, lang)}; ${result.seconds.toFixed(1)} s.`,
      );
      if (!result.audited) {
        console.error(
          zh
            ? '注意：备份未能记入数据库的审计日志（数据库只读、繁忙，或早于审计日志）。'
            : 'Note: the backup could not be recorded in the database’s audit log (read-only, busy, or older than the audit log).',
        );
      }
    }
    return 0;
  } catch (e) {
    console.error(backupFailure(e, lang));
    return 1;
  }
}
