import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import {
  analyseReport,
  DocumentReadError,
  reportToJson,
  type ParsedReport,
} from '@gongkai/disclosure-domain';

import { renderCommand } from './commands/render.command';
import { formatFindings, formatReport, type Lang } from './report-summary';
import { UsageError } from './usage-error';

const USAGE = `gongkai — 政府信息公开工作年度报告的读取、校验与生成

用法 Usage:
  gongkai parse <文件或目录>... [--json] [--year N] [--agency 名称]
      读取报告（文本、HTML、DOCX），输出表格数值和发现的问题。
      Read reports (text, HTML, DOCX); print the tables as read and the findings.
  gongkai check <文件或目录>... [--previous <上一年度报告>] [--json]
      只输出校验发现的问题；有错误时退出码为 1。
      Print the findings only (cross-year rules with --previous); exit 1 on errors.
  gongkai render <model.json> --layout text|tabbed|pipes|html|docx [--out 文件]
      按官方版式生成报告文档（用于测试样本、演示数据）。
      Render a report model in an official layout.
  gongkai import <文件或目录>... [--year N] [--department 名称] [--database URL] [--json]
      批量导入报告（.txt .text .htm .html .shtml .docx）到数据库；未知的部门自动新建，
      已导入的文件不重复导入；有文件失败时退出码为 1。
      Import reports into the database (unknown departments are created; files already
      stored are left as they are); exit 1 when a file fails. [--workers N] parser threads.
  gongkai serve [--port N] [--database URL] [--no-demo]
      启动服务（接口和看板），直到 Ctrl-C。Start the API and dashboard until Ctrl-C.
  gongkai user add <用户名> --role admin|submitter|viewer [--department 部门] [--password 密码] [--name 姓名]
  gongkai user list | gongkai user disable <用户名>
      管理用户（报送人员须属于一个部门）；不给密码时生成一个并只显示一次。
      Manage users (a submitter belongs to a department); without --password one is
      made and shown once. Every change goes into the audit log.
  gongkai backup <备份文件> [--database URL] [--force] [--json]
      在线备份 SQLite 数据库（服务可继续运行），校验后报告；PostgreSQL 请用 pg_dump。
      Online backup of the SQLite database (the server may keep running), verified;
      an existing file is kept unless --force. PostgreSQL: use pg_dump.
  gongkai restore <备份文件> [--database URL] [--force] [--json]
      用备份替换 SQLite 数据库；请先停止服务。已有数据的数据库只在 --force 时替换。
      Replace the SQLite database with a backup; stop the server first. A database
      that holds data is replaced only with --force. PostgreSQL: use pg_restore.

选项 Options:
  --database URL sqlite:<路径> 或 postgres://…；默认取环境变量 DATABASE_URL，
                 否则 sqlite:./data/gongkai.sqlite
                 sqlite:<path> or postgres://…; default $DATABASE_URL, else that file
  --lang zh|en   输出语言（默认中文） Output language (default zh)
  --help         显示本帮助 Show this help`;

const DOCUMENT_EXTENSIONS = /\.(txt|text|htm|html|shtml|docx)$/i;

/** Files named on the command line; folders are read recursively for report files. */
function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (statSync(child).isDirectory() || DOCUMENT_EXTENSIONS.test(name))
          walk(child);
      }
    } else {
      out.push(p);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`文件不存在 File not found: ${p}`);
    walk(p);
  }
  return out;
}

function readFailure(file: string, e: unknown, lang: Lang): string {
  if (e instanceof DocumentReadError) {
    return `${file}: ${lang === 'zh' ? `无法读取：${e.messageZh}` : `cannot read: ${e.messageEn}`} [${e.code}]`;
  }
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EISDIR' || err.code === 'EACCES' || err.code === 'ENOENT') {
    return `${file}: ${lang === 'zh' ? '无法打开文件' : 'cannot open the file'} (${err.code})`;
  }
  throw e;
}

function numberOption(
  value: string | undefined,
  name: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2000 || n > 2099) {
    throw new UsageError(
      `--${name} 应为 2000–2099 的年份 must be a year (2000–2099): ${value}`,
    );
  }
  return n;
}

function workersOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 256) {
    throw new UsageError(
      `--workers 应为 0–256 的整数 must be an integer from 0 to 256: ${value}`,
    );
  }
  return n;
}

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      year: { type: 'string' },
      agency: { type: 'string' },
      previous: { type: 'string' },
      layout: { type: 'string' },
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      department: { type: 'string' },
      database: { type: 'string' },
      workers: { type: 'string' },
      port: { type: 'string' },
      'no-demo': { type: 'boolean' },
      force: { type: 'boolean' },
      role: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command || command === 'help') {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const lang: Lang = values.lang === 'en' ? 'en' : 'zh';

  if (command === 'render') {
    return renderCommand(args, values.layout, values.out);
  }
  // Loaded on demand: `parse` and `check` never start the database or the server code.
  if (command === 'import') {
    const { importCommand } = await import('./commands/import.command');
    return importCommand(args, {
      year: numberOption(values.year, 'year'),
      department: values.department,
      database: values.database,
      json: values.json,
      lang,
      workers: workersOption(values.workers),
    });
  }
  if (command === 'serve') {
    const { serveCommand } = await import('./commands/serve.command');
    return serveCommand(args, {
      port: values.port,
      database: values.database,
      noDemo: values['no-demo'],
      lang,
    });
  }
  if (command === 'user') {
    const { userCommand } = await import('./commands/user.command');
    return userCommand(args, {
      database: values.database,
      role: values.role,
      department: values.department,
      password: values.password,
      name: values.name,
      json: values.json,
    });
  }
  if (command === 'backup' || command === 'restore') {
    const options = {
      database: values.database,
      force: values.force,
      json: values.json,
      lang,
    };
    if (command === 'backup') {
      const { backupCommand } = await import('./commands/backup.command');
      return backupCommand(args, options);
    }
    const { restoreCommand } = await import('./commands/restore.command');
    return restoreCommand(args, options);
  }
  if (command !== 'parse' && command !== 'check') {
    throw new UsageError(`未知命令 Unknown command: ${command}\n\n${USAGE}`);
  }
  if (args.length === 0)
    throw new UsageError(
      `请给出要读取的文件 Give the files to read.\n\n${USAGE}`,
    );

  const year = numberOption(values.year, 'year');
  let previous: ParsedReport | undefined;
  if (values.previous) {
    try {
      previous = analyseReport(readFileSync(values.previous));
    } catch (e) {
      console.error(readFailure(values.previous, e, lang));
      return 1;
    }
  }

  let failed = 0;
  let errors = 0;
  const json: unknown[] = [];
  for (const file of expandPaths(args)) {
    let report: ParsedReport;
    try {
      report = analyseReport(readFileSync(file), {
        year,
        agency: values.agency,
        ...(previous ? { previous } : {}),
      });
    } catch (e) {
      failed++;
      const message = readFailure(file, e, lang);
      if (values.json) json.push({ file, error: message });
      console.error(message);
      continue;
    }
    errors += report.findings.filter((f) => f.severity === 'error').length;
    if (values.json) {
      json.push(reportToJson(file, report));
    } else if (command === 'parse') {
      console.log(formatReport(file, report, lang), '\n');
    } else {
      console.log(`== ${file}`);
      console.log(formatFindings(report.findings, lang).join('\n'), '\n');
    }
  }
  if (values.json) console.log(JSON.stringify(json, null, 2));
  if (failed > 0) return 1;
  return command === 'check' && errors > 0 ? 1 : 0;
}

export async function main(argv: readonly string[]): Promise<void> {
  // `gongkai parse … | head`: a closed pipe ends the output, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = await run(argv);
  } catch (e) {
    if (
      e instanceof UsageError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error((e as Error).message);
      process.exitCode = 2;
      return;
    }
    console.error(
      `gongkai: 内部错误 internal error: ${(e as Error).message}${process.env['GONGKAI_DEBUG'] ? `\n${(e as Error).stack}` : ''}`,
    );
    process.exitCode = 70;
  }
}
