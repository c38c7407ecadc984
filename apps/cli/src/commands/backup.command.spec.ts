import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

import {
  analyseDocument,
  loadDemoCity,
  readAuditLog,
  ReportQueries,
  ReportStore,
  type Db,
  type IncomingSubmission,
} from '@gongkai/api-persistence';
import { renderReport } from '@gongkai/disclosure-domain';
import { sampleReportData } from '@gongkai/disclosure-domain/testing';

const ROOT = join(__dirname, '..', '..', '..', '..');
const BIN = join(ROOT, 'bin', 'gongkai.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const out = { ...process.env, ...extra };
  for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
  return out;
}

/** The real `gongkai` binary, from `cwd`, without DATABASE_URL unless given. */
function gongkai(
  args: string[],
  cwd: string,
  extraEnv: Record<string, string | undefined> = {},
): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: env({ DATABASE_URL: undefined, ...extraEnv }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking this process (whose writer keeps writing meanwhile). */
function gongkaiAsync(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: env({ DATABASE_URL: undefined }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const PLACE = '东西南北中上下前后新安平和兴华宁康泰丰昌永长乐清明德文武金石';

/** Reports of departments the demo city does not have, one per transaction. */
function newDepartmentReports(n: number): IncomingSubmission[] {
  const out: IncomingSubmission[] = [];
  for (let i = 0; i < n; i++) {
    const agency = `${PLACE[i % PLACE.length] ?? ''}${PLACE[Math.floor(i / PLACE.length) % PLACE.length] ?? ''}区统计局`;
    const bytes = Buffer.from(
      renderReport({ ...sampleReportData('G2'), agency, year: 2024 }, 'html'),
      'utf8',
    );
    out.push({
      analysed: analyseDocument(bytes, {}),
      content: bytes,
      fileName: `${i}.html`,
      mediaType: 'text/html',
      submittedBy: 'test',
      createDepartment: true,
    });
  }
  return out;
}

interface Contents {
  submissions: number;
  counted: number;
  departments: number;
  hashes: string[];
}

const maxId = async (db: Db, table: string) =>
  Number(
    (await db.all<{ n: number }>(`SELECT MAX(id) AS n FROM ${table}`))[0]?.n,
  );

/** Counts and document hashes, of rows up to the given ids (a snapshot of the source). */
async function contents(
  db: Db,
  upTo = { submission: Number.MAX_SAFE_INTEGER, department: 1e15 },
): Promise<Contents> {
  const subs = await db.all<{ counted: number; sha256: string }>(
    'SELECT s.counted, d.sha256 FROM submission s JOIN document d ON d.id = s.document_id WHERE s.id <= ?',
    [upTo.submission],
  );
  const departments = await db.all<{ n: number }>(
    'SELECT COUNT(*) AS n FROM department WHERE id <= ?',
    [upTo.department],
  );
  return {
    submissions: subs.length,
    counted: subs.filter((s) => Number(s.counted) === 1).length,
    departments: Number(departments[0]?.n),
    hashes: subs.map((s) => s.sha256).sort(),
  };
}

describe('gongkai backup and restore', () => {
  let dir: string;
  let source: string;
  let store: ReportStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-backup-cli-'));
    source = join(dir, 'data', 'gongkai.sqlite');
    store = await ReportStore.open(`sqlite:${source}`);
    await loadDemoCity(store);
  }, 60_000);

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while the database is written to, and restores what it backed up', async () => {
    const reports = newDepartmentReports(400);
    const before = await contents(store.db);
    let stop = false;
    let written = 0;
    // The server: one submission per transaction while `gongkai backup` runs.
    const writer = (async () => {
      for (const r of reports) {
        if (stop) break;
        await store.submit([r]);
        written++;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    let backup: Run;
    let writtenAtStart: number;
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      writtenAtStart = written;
      backup = await gongkaiAsync(
        ['backup', 'copy.sqlite', '--database', `sqlite:${source}`, '--json'],
        dir,
      );
    } finally {
      stop = true;
      await writer;
    }
    expect({ code: backup.code, stderr: backup.stderr }).toEqual({
      code: 0,
      stderr: '',
    });
    // The source was written to while the backup ran.
    expect(written).toBeGreaterThan(writtenAtStart);
    const result = JSON.parse(backup.stdout) as {
      summary: {
        submissions: number;
        countedReports: number;
        documents: number;
        departments: number;
      };
    };
    expect(existsSync(join(dir, 'copy.sqlite-wal'))).toBe(false);
    // The source's audit log says who took a copy of everything, and where to.
    const me = `cli:${userInfo().username}`;
    const backupLines = await readAuditLog(store.db, {
      actions: ['backup'],
      limit: 10,
      offset: 0,
    });
    expect(backupLines.rows).toEqual([
      expect.objectContaining({
        actor: me,
        ip: 'local',
        target: `file:${join(dir, 'copy.sqlite')}`,
      }),
    ]);

    const target = join(dir, 'restored', 'gongkai.sqlite');
    const restore = gongkai(
      [
        'restore',
        'copy.sqlite',
        '--database',
        `sqlite:${target}`,
        '--lang',
        'en',
      ],
      dir,
    );
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Restored ${join(dir, 'copy.sqlite')}`);
    expect(restore.stdout).toContain(
      `${result.summary.submissions} submissions`,
    );

    const copy = await ReportStore.open(`sqlite:${target}`);
    try {
      const got = await contents(copy.db);
      // One commit of the source: everything up to the last row copied, nothing after.
      expect(got).toEqual(
        await contents(store.db, {
          submission: await maxId(copy.db, 'submission'),
          department: await maxId(copy.db, 'department'),
        }),
      );
      expect(got.submissions).toBeGreaterThanOrEqual(before.submissions);
      // The restored database records its restore, and not the backup taken after the copy.
      const lines = await readAuditLog(copy.db, {
        actions: ['backup', 'restore'],
        limit: 10,
        offset: 0,
      });
      expect(lines.rows).toEqual([
        expect.objectContaining({
          actor: me,
          action: 'restore',
          target: `file:${target}`,
        }),
      ]);
      expect(lines.rows[0]?.details).toEqual({
        from: join(dir, 'copy.sqlite'),
        replaced: false,
      });
      expect(result.summary).toEqual(
        expect.objectContaining({
          submissions: got.submissions,
          countedReports: got.counted,
          documents: got.submissions,
          departments: got.departments,
        }),
      );
      // It answers the API's queries.
      const totals = await new ReportQueries(copy).cityTotals(
        ['applications.received.total'],
        2021,
        2025,
      );
      expect(totals.some((t) => t.reported > 0)).toBe(true);
    } finally {
      await copy.close();
    }
  }, 60_000);

  it('refuses to overwrite a file unless --force, and reads DATABASE_URL', () => {
    const file = join(dir, 'kept.sqlite');
    writeFileSync(file, 'an older backup');
    const url = `sqlite:${source}`;
    const refused = gongkai(['backup', file, '--lang', 'en'], dir, {
      DATABASE_URL: url,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${file} already exists`);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('an older backup');

    const forced = gongkai(['backup', file, '--force'], dir, {
      DATABASE_URL: url,
    });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('已备份并校验（integrity_check ok）');
    expect(forced.stdout).toMatch(/部门 \d+ 个，报送 [\d,]+ 份/);
    expect(forced.stderr).toContain('备份进度 100%');
    expect(readFileSync(file).subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    );
  }, 60_000);

  it('restores only a Gongkai database, over data only with --force, never while in use', () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not a database');
    const target = join(dir, 'other', 'gongkai.sqlite');
    const bad = gongkai(
      ['restore', notes, '--database', `sqlite:${target}`, '--lang', 'en'],
      dir,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${notes} is not an SQLite database file`);
    expect(existsSync(target)).toBe(false);

    const file = join(dir, 'good.sqlite');
    expect(
      gongkai(['backup', file, '--database', `sqlite:${source}`], dir).code,
    ).toBe(0);
    expect(
      gongkai(['restore', file, '--database', `sqlite:${target}`], dir).code,
    ).toBe(0);
    const again = gongkai(
      ['restore', file, '--database', `sqlite:${target}`, '--lang', 'en'],
      dir,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('holds data; add --force');
    const forced = gongkai(
      ['restore', file, '--database', `sqlite:${target}`, '--force'],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('替换了原有数据');

    // The source is open in this process, as a running server's would be.
    const busy = gongkai(
      ['restore', file, '--database', `sqlite:${source}`, '--force'],
      dir,
    );
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain('请先停止服务');
    expect(busy.stderr).toContain('[TARGET_IN_USE]');
  }, 60_000);

  it('sends PostgreSQL to pg_dump and pg_restore, with the password left out', () => {
    const url = 'postgres://gongkai:s3cret@db.example:5432/gongkai';
    const backup = gongkai(
      ['backup', 'gongkai.dump', '--database', url, '--lang', 'en'],
      dir,
    );
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain(
      'pg_dump --format=custom --file=gongkai.dump --dbname=postgres://gongkai@db.example:5432/gongkai',
    );
    expect(backup.stderr).not.toContain('s3cret');
    expect(existsSync(join(dir, 'gongkai.dump'))).toBe(false);

    const restore = gongkai(
      ['restore', 'gongkai.dump', '--database', url, '--lang', 'en'],
      dir,
    );
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(
      'pg_restore --clean --if-exists --no-owner --dbname=postgres://gongkai@db.example:5432/gongkai gongkai.dump',
    );
    expect(restore.stderr).not.toContain('s3cret');
  }, 60_000);

  it('says how to use it when the file is missing', () => {
    const r = gongkai(['backup'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gongkai backup <');
  }, 60_000);
});
