import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Dialect } from '../lib/entities';
import { createTemporaryPostgresDatabase } from '../lib/postgres-admin';
import { ReportStore } from '../lib/store/report-store';

/** Every integration spec runs once per dialect, in this order. */
export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** An empty database of its own: a file in a temp folder, or a throw-away PostgreSQL database. */
export interface TestDatabase {
  dialect: Dialect;
  url: string;
  /** Removes the folder or drops the database; safe to call twice. */
  dispose(): Promise<void>;
}

export async function createTestDatabase(
  dialect: Dialect,
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    // A real file, not :memory:, so that the WAL reader connection is exercised.
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
    return {
      dialect,
      url: `sqlite:${join(dir, 'gongkai.sqlite')}`,
      dispose: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const pg = await createTemporaryPostgresDatabase('gongkai_test');
  let dropped = false;
  return {
    dialect,
    url: pg.url,
    dispose: async () => {
      if (dropped) return;
      dropped = true;
      await pg.drop();
    },
  };
}

export interface TestStore {
  store: ReportStore;
  database: TestDatabase;
  /** Closes the store, then removes its database. */
  close(): Promise<void>;
}

/** A migrated store on a fresh database of the dialect. */
export async function openTestStore(dialect: Dialect): Promise<TestStore> {
  const database = await createTestDatabase(dialect);
  let store: ReportStore;
  try {
    store = await ReportStore.open(database.url);
  } catch (e) {
    await database.dispose();
    throw e;
  }
  return {
    store,
    database,
    close: async () => {
      try {
        await store.close();
      } finally {
        await database.dispose();
      }
    },
  };
}

/**
 * Registers hooks that open a store on a fresh database of `dialect` before the
 * tests of the enclosing describe and remove it after them. The getter throws when
 * used outside a test.
 */
export function useTestStore(dialect: Dialect, timeoutMs = 60_000) {
  let opened: TestStore | null = null;
  beforeAll(async () => {
    opened = await openTestStore(dialect);
  }, timeoutMs);
  afterAll(async () => {
    await opened?.close();
    opened = null;
  }, timeoutMs);
  return (): ReportStore => {
    if (!opened) throw new Error('The test store is only open inside tests');
    return opened.store;
  };
}
