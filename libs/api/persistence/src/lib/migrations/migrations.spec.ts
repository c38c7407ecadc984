import type { DataSource } from 'typeorm';

import type { Dialect } from '../entities';
import {
  createDataSource,
  migrationsFor,
  parseDatabaseUrl,
} from '../data-source';
import { ReportStore } from '../store/report-store';
import type { TestDatabase } from '../../testing/test-databases';
import { DIALECTS, createTestDatabase } from '../../testing/test-databases';

/** Every table the entities define; `migrations` is TypeORM's own. */
const OUR_TABLES = [
  'app_meta',
  'app_session',
  'app_user',
  'audit_log',
  'city_total',
  'department',
  'department_succession',
  'document',
  'finding',
  'rate_event',
  'report_value',
  'reporting_cycle',
  'submission',
].sort();

/** Tables, indexes and sequences in the database that do not belong to `migrations`. */
async function schemaObjects(ds: DataSource, dialect: Dialect) {
  if (dialect === 'sqlite') {
    const rows = (await ds.query(
      `SELECT type, name FROM sqlite_master
       WHERE tbl_name <> 'migrations' AND name NOT LIKE 'sqlite_%' ORDER BY type, name`,
    )) as { type: string; name: string }[];
    return rows.map((r) => `${r.type} ${r.name}`);
  }
  const rows = (await ds.query(
    `SELECT c.relkind AS kind, c.relname AS name FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_index i ON i.indexrelid = c.oid
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i', 'S')
       AND c.relname NOT IN ('migrations', 'migrations_id_seq')
       AND (i.indrelid IS NULL OR i.indrelid <> 'public.migrations'::regclass)
     ORDER BY c.relkind, c.relname`,
  )) as { kind: string; name: string }[];
  return rows.map((r) => `${r.kind} ${r.name}`);
}

async function tables(ds: DataSource, dialect: Dialect): Promise<string[]> {
  const rows = (await ds.query(
    dialect === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
      : `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
  )) as { name: string }[];
  return rows.map((r) => r.name).sort();
}

async function executedMigrations(ds: DataSource): Promise<number> {
  const rows = (await ds.query('SELECT COUNT(*) AS n FROM migrations')) as {
    n: number | string;
  }[];
  return Number(rows[0]?.n ?? 0);
}

async function drift(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let database: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ds = createDataSource(parseDatabaseUrl(database.url));
    await ds.initialize();
  }, 60_000);

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await database?.dispose();
  }, 60_000);

  it('build exactly the schema of the entities on a fresh database', async () => {
    expect(await tables(ds, dialect)).toEqual([]);
    const ran = await ds.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual(
      migrationsFor(dialect).map((M) => (new M() as { name: string }).name),
    );
    expect(await drift(ds)).toEqual([]);
    expect(await tables(ds, dialect)).toEqual(
      [...OUR_TABLES, 'migrations'].sort(),
    );
  });

  it('undo every migration down to no table of ours', async () => {
    let left = await executedMigrations(ds);
    expect(left).toBe(migrationsFor(dialect).length);
    while (left > 0) {
      await ds.undoLastMigration({ transaction: 'each' });
      const now = await executedMigrations(ds);
      // Each undo removes exactly one migration; a no-op would loop forever.
      expect(now).toBe(left - 1);
      left = now;
    }
    expect(await tables(ds, dialect)).toEqual(['migrations']);
    expect(await schemaObjects(ds, dialect)).toEqual([]);
  });

  it('migrate up again to the same schema', async () => {
    await ds.runMigrations({ transaction: 'each' });
    expect(await drift(ds)).toEqual([]);
    expect(await tables(ds, dialect)).toEqual(
      [...OUR_TABLES, 'migrations'].sort(),
    );
  });

  it('keep the audit log append-only, even for SQL', async () => {
    await ds.query(
      `INSERT INTO audit_log (at, user_id, actor, action, target, details, ip)
       VALUES ('2026-01-01T00:00:00.000Z', NULL, 'system', 'login', 'user:x', '{}', '')`,
    );
    await expect(
      ds.query(`UPDATE audit_log SET actor = 'someone else'`),
    ).rejects.toThrow(/append-only/);
    await expect(ds.query('DELETE FROM audit_log')).rejects.toThrow(
      /append-only/,
    );
    // SQLite has no TRUNCATE; a DELETE of every row is its equivalent.
    const truncate =
      dialect === 'postgres'
        ? 'TRUNCATE audit_log'
        : 'DELETE FROM audit_log WHERE 1 = 1';
    await expect(ds.query(truncate)).rejects.toThrow(/append-only/);
    const rows = (await ds.query('SELECT actor FROM audit_log')) as {
      actor: string;
    }[];
    expect(rows).toEqual([{ actor: 'system' }]);
  });

  it('open as a store without running anything twice, keeping data', async () => {
    const first = await ReportStore.open(database.url);
    try {
      await first.setMeta('probe', 'kept');
    } finally {
      await first.close();
    }
    const again = await ReportStore.open(database.url);
    try {
      expect(await again.getMeta('probe')).toBe('kept');
    } finally {
      await again.close();
    }
    expect(await executedMigrations(ds)).toBe(migrationsFor(dialect).length);
  });
});
