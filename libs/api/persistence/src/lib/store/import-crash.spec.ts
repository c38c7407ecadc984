/**
 * "Nothing may be lost": `gongkai import` killed with SIGKILL in the middle of a bulk
 * import leaves whole batches only, and running it again imports the rest exactly once.
 * The real binary on a real SQLite file; the database is checked with the store
 * invariants (which recompute the city totals without the writer's code).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
import type { Db } from './db';
import { generateDocuments, writeDocuments } from './generated-corpus.testing';
import { ReportStore } from './report-store';

const ROOT = join(__dirname, '..', '..', '..', '..', '..', '..');
const BIN = join(ROOT, 'bin', 'gongkai.js');

const N = 2000;
/** The import's documents per write transaction (DEFAULT_BATCH of the command). */
const BATCH = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Submissions committed so far, read beside the running import (null: no table yet). */
function committed(path: string): number | null {
  if (!existsSync(path)) return null;
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return Number(
      db.prepare('SELECT COUNT(*) FROM submission').pluck().get() as number,
    );
  } catch {
    return null; // Not migrated yet, or locked for a moment.
  } finally {
    db?.close();
  }
}

async function one(db: Db, sql: string): Promise<number> {
  const rows = await db.all<{ n: number }>(sql);
  return Number(rows[0]?.n ?? 0);
}

/** Everything that must hold in the database, whatever moment the import died. */
async function expectConsistent(db: Db): Promise<void> {
  const integrity = await db.all<{ integrity_check: string }>(
    'PRAGMA integrity_check',
  );
  expect(integrity.map((r) => r.integrity_check)).toEqual(['ok']);
  // Every submission has its document, and every document its submission.
  expect(
    await one(
      db,
      'SELECT COUNT(*) AS n FROM submission s LEFT JOIN document d ON d.id = s.document_id WHERE d.id IS NULL',
    ),
  ).toBe(0);
  expect(
    await one(
      db,
      'SELECT COUNT(*) AS n FROM document d WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.document_id = d.id)',
    ),
  ).toBe(0);
  // Its findings are all there: as many rows as the counts it was stored with.
  expect(
    await db.all(
      `SELECT s.id FROM submission s
       LEFT JOIN (SELECT submission_id, COUNT(*) AS n FROM finding GROUP BY submission_id) f
         ON f.submission_id = s.id
       WHERE s.error_count + s.warning_count + s.info_count <> COALESCE(f.n, 0)`,
    ),
  ).toEqual([]);
  expect(
    await one(
      db,
      'SELECT COUNT(*) AS n FROM finding f WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = f.submission_id)',
    ),
  ).toBe(0);
  // One value row per department-year, pointing at its counted version, equal to its model.
  expect(await countedState(db)).toEqual(CONSISTENT);
  expect(await valueRowMismatches(db)).toEqual([]);
  // City totals equal their recomputation from the value rows.
  expect(roundedTotals(await storedCityTotals(db))).toEqual(
    roundedTotals(await recomputeCityTotals(db)),
  );
}

interface ImportSummary {
  files: number;
  imported: number;
  unchanged: number;
  failed: number;
}

describe('gongkai import killed with SIGKILL', () => {
  let dir: string;
  let docs: string;
  let path: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-crash-'));
    docs = join(dir, 'documents');
    path = join(dir, 'gongkai.sqlite');
    writeDocuments(docs, generateDocuments(N));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps whole batches only, and a second run imports the rest exactly once', async () => {
    const url = `sqlite:${path}`;
    const child = spawn(
      process.execPath,
      [BIN, 'import', docs, '--database', url, '--json'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((r) =>
      child.on('exit', (code, signal) => r(signal ?? code)),
    );
    let exitedEarly = false;
    void exited.then(() => (exitedEarly = true));

    // Killed once two batches are in, a moment later: most likely inside the third
    // batch's transaction or the parsing of the fourth.
    const deadline = Date.now() + 45_000;
    let seen = 0;
    while (seen < 2 * BATCH && !exitedEarly && Date.now() < deadline) {
      await sleep(10);
      seen = committed(path) ?? 0;
    }
    await sleep(150);
    child.kill('SIGKILL');
    expect({ exit: await exited, stderr: stderr.slice(-2000) }).toEqual({
      exit: 'SIGKILL',
      stderr: expect.any(String),
    });

    const store = await ReportStore.open(url);
    let afterKill: number;
    try {
      const { db } = store;
      afterKill = await one(db, 'SELECT COUNT(*) AS n FROM submission');
      // After the first batch, before the end, and whole batches only.
      expect(afterKill).toBeGreaterThanOrEqual(2 * BATCH);
      expect(afterKill).toBeLessThan(N);
      expect(afterKill % BATCH).toBe(0);
      expect(await one(db, 'SELECT COUNT(*) AS n FROM document')).toBe(
        afterKill,
      );
      await expectConsistent(db);
    } finally {
      await store.close();
    }

    const again = spawnSync(
      process.execPath,
      [BIN, 'import', docs, '--database', url, '--json'],
      { cwd: dir, encoding: 'utf8', timeout: 50_000 },
    );
    expect({ code: again.status, stderr: again.stderr }).toEqual({
      code: 0,
      stderr: expect.any(String),
    });
    const summary = JSON.parse(again.stdout) as ImportSummary;
    expect(summary).toMatchObject({
      files: N,
      imported: N - afterKill,
      unchanged: afterKill,
      failed: 0,
    });

    const final = await ReportStore.open(url);
    try {
      const { db } = final;
      expect(await one(db, 'SELECT COUNT(*) AS n FROM submission')).toBe(N);
      expect(await one(db, 'SELECT COUNT(*) AS n FROM document')).toBe(N);
      expect(
        await one(db, 'SELECT COUNT(DISTINCT sha256) AS n FROM document'),
      ).toBe(N);
      // Each document once: no department-year holds the same bytes twice, and the
      // corpus has one document per department-year.
      expect(
        await db.all(
          `SELECT s.department_id, s.year, d.sha256 FROM submission s JOIN document d ON d.id = s.document_id
           GROUP BY s.department_id, s.year, d.sha256 HAVING COUNT(*) > 1`,
        ),
      ).toEqual([]);
      expect(
        await one(
          db,
          'SELECT COUNT(*) AS n FROM (SELECT DISTINCT department_id, year FROM submission)',
        ),
      ).toBe(N);
      expect(await one(db, 'SELECT COUNT(*) AS n FROM department')).toBe(N / 5);
      await expectConsistent(db);
    } finally {
      await final.close();
    }
  }, 60_000);
});
