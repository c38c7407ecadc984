import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import {
  AnalysePool,
  DEFAULT_DATABASE_URL,
  MAX_DOCUMENT_BYTES,
  parseDatabaseUrl,
  preparedOf,
  ReportStore,
  StoreError,
  type AnalysedDocument,
  type IncomingSubmission,
  type SubmissionOutcome,
} from '@gongkai/api-persistence';

import {
  IMPORT_EXTENSIONS,
  mediaTypeOf,
  walkDocuments,
  type WalkEntry,
} from '../document-files';
import { cliActor } from '../cli-actor';
import { Progress } from '../progress';
import type { Lang } from '../report-summary';
import { UsageError } from '../usage-error';

/** Batches read and parsed ahead of the one being written. */
const BATCHES_AHEAD = 2;

/** Every imported version is in the audit log, in its batch's transaction. */
const IMPORT_AUDIT = { actor: cliActor(), action: 'import' } as const;

export interface ImportOptions {
  year?: number | undefined;
  department?: string | undefined;
  /** `--database`; else DATABASE_URL; else the default SQLite file. */
  database?: string | undefined;
  json?: boolean | undefined;
  lang: Lang;
  /** Parser threads (0: on the main thread). Default: one per core. */
  workers?: number | undefined;
  /** Documents per write transaction. */
  batchSize?: number | undefined;
}

export interface ImportFailure {
  file: string;
  code: string;
  message: string;
  messageEn: string;
}

export interface ImportSummary {
  database: string;
  files: number;
  imported: number;
  unchanged: number;
  failed: number;
  skipped: number;
  departmentsCreated: number;
  seconds: number;
  failures: ImportFailure[];
  skippedFiles: { file: string; reason: string }[];
}

/** Enough to keep both the parser threads and the writer busy, with bounded memory. */
const DEFAULT_BATCH = 250;

/** Skipped files listed at most (all are counted). */
const MAX_SKIPPED_LISTED = 10_000;

/** `--database`, else DATABASE_URL, else the default SQLite file; checked. */
export function resolveDatabaseUrl(given: string | undefined): string {
  const url = given ?? process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
  try {
    parseDatabaseUrl(url);
  } catch (e) {
    throw new UsageError(
      `数据库地址无效 Invalid database URL: ${(e as Error).message}`,
    );
  }
  return url;
}

/** The database as printed: the absolute SQLite path, or the URL without its password. */
export function describeDatabase(url: string): string {
  const target = parseDatabaseUrl(url);
  return target.dialect === 'sqlite'
    ? `sqlite:${target.path}`
    : url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

const SKIP_REASONS: Record<
  Extract<WalkEntry, { kind: 'skipped' }>['reason'],
  [string, string]
> = {
  type: [
    `不是报告文件（${IMPORT_EXTENSIONS.join(' ')}）`,
    `not a report file (${IMPORT_EXTENSIONS.join(' ')})`,
  ],
  link: ['指向文件夹的链接，未跟随', 'a link to a folder, not followed'],
  special: ['不是普通文件', 'not a regular file'],
};

function failure(file: string, e: unknown): ImportFailure {
  if (e instanceof StoreError) {
    return { file, code: e.code, message: e.message, messageEn: e.messageEn };
  }
  const errno = (e as NodeJS.ErrnoException).code;
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) {
    return {
      file,
      code: 'FILE_UNREADABLE',
      message: `无法打开文件（${errno}）。`,
      messageEn: `Cannot open the file (${errno}).`,
    };
  }
  // A parser bug must not stop the other files; it is reported with the file.
  const message = e instanceof Error ? e.message : String(e);
  return {
    file,
    code: 'INTERNAL_ERROR',
    message: `内部错误：${message}`,
    messageEn: `Internal error: ${message}`,
  };
}

interface Prepared {
  file: string;
  content?: Uint8Array;
  analysed?: AnalysedDocument;
  failure?: ImportFailure;
}

/**
 * The date a report says it was published stands for when it was received: an import of
 * past years must not make every report years late. Never later than now.
 */
function receivedAt(analysed: AnalysedDocument): string | undefined {
  // From what the worker prepared: reading `analysed.report` would rebuild the report.
  const d = preparedOf(analysed).publishedOn;
  if (!d) return undefined;
  const t = Date.parse(`${d}T12:00:00+08:00`);
  return Number.isNaN(t) || t > Date.now()
    ? undefined
    : new Date(t).toISOString();
}

async function readDocument(
  file: string,
  pool: AnalysePool,
  year: number | undefined,
): Promise<Prepared> {
  let bytes: Buffer;
  try {
    // Checked before reading: a huge file is never loaded.
    const size = (await stat(file)).size;
    if (size > MAX_DOCUMENT_BYTES) {
      throw new StoreError(
        'DOCUMENT_TOO_LARGE',
        `文件大小 ${size} 字节，超过上限 ${MAX_DOCUMENT_BYTES} 字节。`,
        `The file has ${size} bytes, more than the limit of ${MAX_DOCUMENT_BYTES}.`,
      );
    }
    bytes = await readFile(file);
  } catch (e) {
    return { file, failure: failure(file, e) };
  }
  try {
    const r = await pool.analyse(bytes, { year });
    return { file, content: r.content, analysed: r.analysed };
  } catch (e) {
    return { file, failure: failure(file, e) };
  }
}

/** Counts the files first (for the progress total) without holding their names. */
function countFiles(paths: readonly string[]): number {
  let n = 0;
  for (const e of walkDocuments(paths)) if (e.kind === 'file') n++;
  return n;
}

/**
 * `gongkai import`: reads every report file under the paths on worker threads and
 * writes them in batches, one transaction each, through the same writer as uploads.
 * Departments a document names are created when unknown; a document already stored
 * for its department and year is left as it is, so a second run imports nothing.
 */
export async function importCommand(
  paths: readonly string[],
  options: ImportOptions,
): Promise<number> {
  if (paths.length === 0) {
    throw new UsageError(
      '用法 Usage: gongkai import <文件或目录>... [--year N] [--department 名称] [--database URL] [--json]',
    );
  }
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`文件不存在 File not found: ${p}`);
  }
  const database = resolveDatabaseUrl(options.database);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const { lang } = options;
  const zh = lang === 'zh';

  const summary: ImportSummary = {
    database: describeDatabase(database),
    files: countFiles(paths),
    imported: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    departmentsCreated: 0,
    seconds: 0,
    failures: [],
    skippedFiles: [],
  };
  const started = Date.now();

  let store: ReportStore;
  try {
    store = await ReportStore.open(database);
  } catch (e) {
    console.error(
      `${zh ? '无法打开数据库' : 'Cannot open the database'} ${summary.database}: ${(e as Error).message}`,
    );
    return 1;
  }
  const pool = new AnalysePool(
    options.workers === undefined ? {} : { size: options.workers },
  );
  const progress = new Progress(summary.files, lang);
  let done = 0;

  const fail = (f: ImportFailure) => {
    summary.failed++;
    summary.failures.push(f);
  };

  const write = async (prepared: readonly Prepared[]) => {
    const incoming: IncomingSubmission[] = [];
    const files: string[] = [];
    for (const p of prepared) {
      if (p.failure || !p.analysed || !p.content) {
        if (p.failure) fail(p.failure);
        continue;
      }
      files.push(p.file);
      incoming.push({
        analysed: p.analysed,
        content: p.content,
        fileName: basename(p.file),
        mediaType: mediaTypeOf(p.file) ?? 'application/octet-stream',
        year: options.year,
        department: options.department,
        submittedBy: 'import',
        receivedAt: receivedAt(p.analysed),
        createDepartment: true,
      });
    }
    const outcomes: SubmissionOutcome[] =
      incoming.length > 0 ? await store.submit(incoming, IMPORT_AUDIT) : [];
    outcomes.forEach((o, i) => {
      if (o.kind === 'failed') fail(failure(files[i] ?? '', o.error));
      else if (o.kind === 'unchanged') summary.unchanged++;
      else {
        summary.imported++;
        if (o.createdDepartment) summary.departmentsCreated++;
      }
    });
    done += prepared.length;
    progress.update(done);
  };

  const batches = (function* () {
    let batch: string[] = [];
    for (const e of walkDocuments(paths)) {
      if (e.kind === 'file') {
        batch.push(e.path);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      } else if (e.kind === 'skipped') {
        summary.skipped++;
        if (summary.skippedFiles.length < MAX_SKIPPED_LISTED) {
          summary.skippedFiles.push({
            file: e.path,
            reason: SKIP_REASONS[e.reason][zh ? 0 : 1],
          });
        }
      } else {
        fail({
          file: e.path,
          code: 'FOLDER_UNREADABLE',
          message: `无法打开文件夹（${e.code}）。`,
          messageEn: `Cannot open the folder (${e.code}).`,
        });
      }
    }
    if (batch.length > 0) yield batch;
  })();

  const prepare = (files: readonly string[]) =>
    Promise.all(files.map((f) => readDocument(f, pool, options.year)));

  try {
    // Batches k+1 and k+2 are read and parsed on the workers while batch k is
    // written: with one ahead, the workers often waited for the writer (7 % slower).
    const ahead: Promise<Prepared[]>[] = [];
    const readAhead = () => {
      const next = batches.next();
      if (!next.done) ahead.push(prepare(next.value));
    };
    for (let k = 0; k < BATCHES_AHEAD; k++) readAhead();
    for (let ready = ahead.shift(); ready; ready = ahead.shift()) {
      const batch = await ready;
      readAhead();
      await write(batch);
    }
  } finally {
    progress.finish(done);
    await pool.close();
    await store.close();
  }
  summary.seconds = (Date.now() - started) / 1000;

  if (options.json) console.log(JSON.stringify(summary, null, 2));
  else console.log(formatSummary(summary, lang));
  return summary.failed > 0 ? 1 : 0;
}

/** What to add on the command line when a document does not say it itself. */
const HINTS: Record<string, string> = {
  YEAR_UNKNOWN: ' (--year)',
  DEPARTMENT_UNKNOWN: ' (--department)',
  DEPARTMENT_AMBIGUOUS: ' (--department)',
};

export function formatSummary(s: ImportSummary, lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  if (s.failures.length > 0) {
    lines.push(zh ? '失败：' : 'Failed:');
    for (const f of s.failures) {
      // The writer's messages may start with the file name; it is printed once.
      const name = basename(f.file);
      const raw = zh ? f.message : f.messageEn;
      const text = raw.startsWith(name)
        ? raw.slice(name.length).replace(/^(：|:\s*|\s+)/, '')
        : raw;
      const hint = HINTS[f.code] ?? '';
      lines.push(`  ${f.file}: ${text}${hint} [${f.code}]`);
    }
  }
  if (s.skippedFiles.length > 0) {
    lines.push(zh ? '跳过：' : 'Skipped:');
    const shown = s.skippedFiles.slice(0, 50);
    for (const f of shown) lines.push(`  ${f.file}: ${f.reason}`);
    if (s.skipped > shown.length) {
      const more = s.skipped - shown.length;
      lines.push(zh ? `  …另有 ${more} 个` : `  … and ${more} more`);
    }
  }
  const seconds = s.seconds.toFixed(1);
  lines.push(
    zh
      ? `导入到 ${s.database}：共 ${s.files} 个文件，新导入 ${s.imported}，未变 ${s.unchanged}，失败 ${s.failed}，跳过 ${s.skipped}；新建部门 ${s.departmentsCreated} 个；用时 ${seconds} 秒。`
      : `Imported into ${s.database}: ${s.files} files, ${s.imported} imported, ${s.unchanged} unchanged, ${s.failed} failed, ${s.skipped} skipped; ${s.departmentsCreated} departments created; ${seconds} s.`,
  );
  return lines.join('\n');
}
