import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import {
  CONSISTENT,
  countedState,
  recomputeCityTotals,
  roundedTotals,
  storedCityTotals,
  valueRowMismatches,
} from '../../testing/store-invariants';
import { analyseDocument } from './analyse-document';
import {
  BackupError,
  backupSqliteDatabase,
  inspectSqliteDatabase,
  restoreSqliteDatabase,
  sqliteDatabaseInUse,
  type BackupErrorCode,
} from './backup';
import type { Db } from './db';
import { loadDemoCity } from './demo-loader';
import { generateDocuments } from './generated-corpus.testing';
import { ReportQueries } from './report-queries';
import { ReportStore } from './report-store';
import type { IncomingSubmission } from './submission-writer';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function expectError(
  p: Promise<unknown> | (() => unknown),
  code: BackupErrorCode,
): Promise<BackupError> {
  let error: unknown;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  return error as BackupError;
}

/** What a snapshot holds, for comparing a backup with its source. */
interface Contents {
  submissions: number;
  counted: number;
  departments: string[];
  hashes: string[];
}

/** The snapshot's contents; with limits, the source's up to the last rows copied. */
async function contents(
  db: Db,
  upTo: { submission: number; department: number } = {
    submission: Number.MAX_SAFE_INTEGER,
    department: Number.MAX_SAFE_INTEGER,
  },
): Promise<Contents> {
  const subs = await db.all<{ counted: number; sha256: string }>(
    `SELECT s.counted, d.sha256 FROM submission s JOIN document d ON d.id = s.document_id WHERE s.id <= ?`,
    [upTo.submission],
  );
  const departments = await db.all<{ code: string }>(
    'SELECT code FROM department WHERE id <= ? ORDER BY code',
    [upTo.department],
  );
  return {
    submissions: subs.length,
    counted: subs.filter((s) => Number(s.counted) === 1).length,
    departments: departments.map((d) => d.code),
    hashes: subs.map((s) => s.sha256).sort(),
  };
}

const maxOf = async (db: Db, table: string) =>
  Number(
    (await db.all<{ n: number }>(`SELECT MAX(id) AS n FROM ${table}`))[0]?.n,
  );

async function expectInvariants(db: Db): Promise<void> {
  expect(await countedState(db)).toEqual(CONSISTENT);
  expect(await valueRowMismatches(db)).toEqual([]);
  expect(roundedTotals(await storedCityTotals(db))).toEqual(
    roundedTotals(await recomputeCityTotals(db)),
  );
}

describe('SQLite backup and restore', () => {
  let dir: string;
  let source: string;
  let store: ReportStore;
  let extra: IncomingSubmission[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-backup-'));
    source = join(dir, 'gongkai.sqlite');
    store = await ReportStore.open(`sqlite:${source}`);
    await loadDemoCity(store);
    // New departments' reports, written one per transaction during the backup.
    extra = generateDocuments(120, { years: 1, firstDepartment: 5000 }).map(
      (d) => ({
        analysed: analyseDocument(d.bytes, {}),
        content: d.bytes,
        fileName: d.fileName,
        mediaType: d.mediaType,
        submittedBy: 'test',
        createDepartment: true,
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies a consistent snapshot while another connection keeps writing, and restores it', async () => {
    const before = await contents(store.db);
    let stop = false;
    let written = 0;
    const writtenAtProgress: number[] = [];
    // The server: one submission per transaction, yielding to the event loop between
    // them, where the backup's steps run.
    const writer = (async () => {
      for (const s of extra) {
        if (stop) break;
        const [outcome] = await store.submit([s]);
        expect(outcome?.kind).toBe('created');
        written++;
        await new Promise((r) => setImmediate(r));
      }
    })();

    const file = join(dir, 'backup.sqlite');
    let result: Awaited<ReturnType<typeof backupSqliteDatabase>>;
    try {
      result = await backupSqliteDatabase(source, file, {
        onProgress: () => writtenAtProgress.push(written),
      });
    } finally {
      stop = true;
      await writer;
    }

    // Writes landed between the steps of the copy, which SQLite then started again.
    expect(result.restarts).toBeGreaterThanOrEqual(1);
    expect(new Set(writtenAtProgress).size).toBeGreaterThan(1);
    expect(written).toBeGreaterThan(0);
    // One self-contained file, nothing left beside it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(
      new Database(file, { readonly: true }).pragma('journal_mode', {
        simple: true,
      }),
    ).toBe('delete');

    const restoredPath = join(dir, 'restored', 'gongkai.sqlite');
    const restored = await restoreSqliteDatabase(file, restoredPath);
    expect(restored.replaced).toBe(false);
    expect(restored.summary).toMatchObject({
      submissions: result.summary.submissions,
      documents: result.summary.documents,
      departments: result.summary.departments,
    });

    const copy = await ReportStore.open(`sqlite:${restoredPath}`);
    try {
      const got = await contents(copy.db);
      // The source as it was at one commit: its first rows, up to the last copied.
      expect(got).toEqual(
        await contents(store.db, {
          submission: await maxOf(copy.db, 'submission'),
          department: await maxOf(copy.db, 'department'),
        }),
      );
      expect(got.submissions).toBeGreaterThanOrEqual(before.submissions);
      expect(got.submissions).toBeLessThanOrEqual(before.submissions + written);
      expect(result.summary).toMatchObject({
        submissions: got.submissions,
        countedReports: got.counted,
        documents: got.submissions,
      });
      await expectInvariants(copy.db);

      // The restored database answers the queries the API makes.
      const queries = new ReportQueries(copy);
      const totals = await queries.cityTotals(
        ['applications.received.total'],
        2021,
        2025,
      );
      expect(totals).toHaveLength(5);
      expect(totals.some((t) => t.reported > 0)).toBe(true);
      const [first] = await copy.db.all<{ id: number }>(
        'SELECT id FROM submission ORDER BY id LIMIT 1',
      );
      const doc = await copy.document(Number(first?.id));
      const original = await store.document(Number(first?.id));
      expect(sha(doc.content)).toBe(sha(original.content));
    } finally {
      await copy.close();
    }
  }, 60_000);

  it('never leaves a half-written backup at the target, and refuses to overwrite one', async () => {
    const file = join(dir, 'kept.sqlite');
    writeFileSync(file, 'an older backup');
    await expectError(backupSqliteDatabase(source, file), 'TARGET_EXISTS');
    expect(readFileSync(file, 'utf8')).toBe('an older backup');
    const forced = await backupSqliteDatabase(source, file, { force: true });
    expect(inspectSqliteDatabase(file).submissions).toBe(
      forced.summary.submissions,
    );
    // An old database's WAL beside the file must not be read with the new backup.
    const w = new Database(join(dir, 'wal-of-another.sqlite'));
    w.pragma('journal_mode = WAL');
    w.pragma('wal_autocheckpoint = 0');
    w.exec('CREATE TABLE stale (x); INSERT INTO stale VALUES (1);');
    copyFileSync(join(dir, 'wal-of-another.sqlite-wal'), `${file}-wal`);
    w.close();
    await backupSqliteDatabase(source, file, { force: true });
    expect(existsSync(`${file}-wal`)).toBe(false);
    const opened = await ReportStore.open(`sqlite:${file}`);
    try {
      expect(await maxOf(opened.db, 'submission')).toBe(
        await maxOf(store.db, 'submission'),
      );
    } finally {
      await opened.close();
    }

    await expectError(
      backupSqliteDatabase(source, source, { force: true }),
      'SAME_FILE',
    );
    await expectError(
      backupSqliteDatabase(join(dir, 'none.sqlite'), join(dir, 'x.sqlite')),
      'SOURCE_NOT_FOUND',
    );
    await expectError(
      backupSqliteDatabase(source, join(dir, 'no', 'such', 'x.sqlite')),
      'FOLDER_NOT_FOUND',
    );
  }, 60_000);

  it('restores only whole Gongkai databases', async () => {
    const file = join(dir, 'good.sqlite');
    await backupSqliteDatabase(source, file, { force: true });
    const target = join(dir, 'target.sqlite');

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database');
    await expectError(restoreSqliteDatabase(text, target), 'NOT_A_DATABASE');
    await expectError(
      restoreSqliteDatabase(join(dir, 'missing.sqlite'), target),
      'SOURCE_NOT_FOUND',
    );

    const other = join(dir, 'other.sqlite');
    const o = new Database(other);
    o.exec('CREATE TABLE t (x)');
    o.close();
    await expectError(restoreSqliteDatabase(other, target), 'NOT_GONGKAI');

    // Damaged pages: the page of a table overwritten in the middle of the file.
    const damaged = join(dir, 'damaged.sqlite');
    copyFileSync(file, damaged);
    const bytes = readFileSync(damaged);
    bytes.fill(0x5a, 4096 * 3, 4096 * 3 + 4096);
    writeFileSync(damaged, bytes);
    await expectError(
      restoreSqliteDatabase(damaged, target),
      'DATABASE_CORRUPT',
    );

    const newer = join(dir, 'newer.sqlite');
    copyFileSync(file, newer);
    const n = new Database(newer);
    n.prepare('INSERT INTO migrations (timestamp, name) VALUES (?, ?)').run(
      9999999999999,
      'FromTheFutureSqlite9999999999999',
    );
    n.close();
    await expectError(restoreSqliteDatabase(newer, target), 'NEWER_SCHEMA');
    // Nothing was written for any of them.
    expect(existsSync(target)).toBe(false);
  }, 60_000);

  it('replaces a database that holds data only when forced, and never one in use', async () => {
    const file = join(dir, 'good2.sqlite');
    await backupSqliteDatabase(source, file, { force: true });
    // The source is open in this process (the store): in use.
    expect(sqliteDatabaseInUse(source)).toBe(true);
    await expectError(
      restoreSqliteDatabase(file, source, { force: true }),
      'TARGET_IN_USE',
    );

    const target = join(dir, 'full.sqlite');
    await restoreSqliteDatabase(file, target);
    expect(sqliteDatabaseInUse(target)).toBe(false);
    await expectError(restoreSqliteDatabase(file, target), 'TARGET_NOT_EMPTY');
    // A stale WAL beside the target must not be read with the restored file.
    writeFileSync(`${target}-wal`, Buffer.alloc(8192, 1));
    const r = await restoreSqliteDatabase(file, target, { force: true });
    expect(r.replaced).toBe(true);
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(inspectSqliteDatabase(target).submissions).toBe(
      r.summary.submissions,
    );
    // The WAL of another database beside a target that is none: it must not be
    // replayed onto the restored file.
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database');
    const other = new Database(join(dir, 'wal-source.sqlite'));
    other.pragma('journal_mode = WAL');
    other.pragma('wal_autocheckpoint = 0');
    other.exec('CREATE TABLE stale (x); INSERT INTO stale VALUES (1);');
    copyFileSync(join(dir, 'wal-source.sqlite-wal'), `${junk}-wal`);
    other.close();
    await expectError(restoreSqliteDatabase(file, junk), 'TARGET_NOT_EMPTY');
    const j = await restoreSqliteDatabase(file, junk, { force: true });
    expect(j.replaced).toBe(true);
    expect(existsSync(`${junk}-wal`)).toBe(false);
    expect(inspectSqliteDatabase(junk).submissions).toBe(j.summary.submissions);
    // As the server opens it (WAL mode).
    const reopened = await ReportStore.open(`sqlite:${junk}`);
    try {
      expect(await maxOf(reopened.db, 'submission')).toBe(
        await maxOf(store.db, 'submission'),
      );
    } finally {
      await reopened.close();
    }
    expect(inspectSqliteDatabase(junk).submissions).toBe(j.summary.submissions);

    // No temporary file is left in the folder.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // An empty, migrated database (a server started once) is no data to protect.
    const empty = join(dir, 'empty.sqlite');
    const e = await ReportStore.open(`sqlite:${empty}`);
    await e.close();
    expect((await restoreSqliteDatabase(file, empty)).replaced).toBe(false);
  }, 60_000);
});
