import {
  parseDatabaseUrl,
  restoreSqliteDatabase,
} from '@gongkai/api-persistence';

import { cliActor } from '../cli-actor';
import type { Lang } from '../report-summary';
import { UsageError } from '../usage-error';
import {
  backupFailure,
  formatBytes,
  formatCounts,
  shellQuote,
  withoutPassword,
} from './backup.command';
import { describeDatabase, resolveDatabaseUrl } from './import.command';

export interface RestoreOptions {
  /** `--database`; else DATABASE_URL; else the default SQLite file. */
  database?: string | undefined;
  force?: boolean | undefined;
  json?: boolean | undefined;
  lang: Lang;
}

/**
 * `gongkai restore <file>`: replaces the SQLite database with a backup made by
 * `gongkai backup`. The server must be stopped first (a database in use is refused).
 */
export async function restoreCommand(
  args: readonly string[],
  options: RestoreOptions,
): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    throw new UsageError(
      '用法 Usage: gongkai restore <备份文件 file> [--database URL] [--force] [--json]',
    );
  }
  const { lang } = options;
  const zh = lang === 'zh';
  const database = resolveDatabaseUrl(options.database);
  const target = parseDatabaseUrl(database);
  if (target.dialect === 'postgres') {
    const command = `pg_restore --clean --if-exists --no-owner --dbname=${shellQuote(withoutPassword(database))} ${shellQuote(file)}`;
    console.error(
      zh
        ? `${describeDatabase(database)} 是 PostgreSQL 数据库：gongkai restore 只恢复 SQLite。请先停止服务，再用 pg_restore 恢复 pg_dump 的备份（密码取自 PGPASSWORD 或 ~/.pgpass）：\n  ${command}`
        : `${describeDatabase(database)} is a PostgreSQL database: gongkai restore only restores SQLite. Stop the server, then restore the pg_dump backup with pg_restore (password from PGPASSWORD or ~/.pgpass):\n  ${command}`,
    );
    return 1;
  }
  if (target.path === ':memory:') {
    throw new UsageError(
      '不能恢复到内存数据库 Cannot restore into an in-memory database.',
    );
  }
  try {
    const result = await restoreSqliteDatabase(file, target.path, {
      force: options.force,
      audit: cliActor(),
    });
    const s = result.summary;
    if (options.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      const last = s.migrations[s.migrations.length - 1] ?? '—';
      console.log(
        zh
          ? `已从 ${result.source} 恢复到 ${s.path}${result.replaced ? '（替换了原有数据）' : ''}：${formatBytes(s.fileBytes)}；${formatCounts(s, lang)}；最后的迁移 ${last}。现在可以启动服务（gongkai serve）。`
          : `Restored ${result.source} into ${s.path}${result.replaced ? ' (the data it held was replaced)' : ''}: ${formatBytes(s.fileBytes)}; ${formatCounts(s, lang)}; last migration ${last}. The server can be started now (gongkai serve).`,
      );
      if (!result.audited) {
        console.log(
          zh
            ? '这份备份早于审计日志，本次恢复没有记入审计日志。'
            : 'This backup predates the audit log: the restore is not recorded in it.',
        );
      }
    }
    return 0;
  } catch (e) {
    console.error(backupFailure(e, lang));
    return 1;
  }
}
