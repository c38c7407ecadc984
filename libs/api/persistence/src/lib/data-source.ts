import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { DataSource } from 'typeorm';

import { entitySchemas } from './entities';
import type { Dialect } from './entities';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

export const DEFAULT_DATABASE_URL = 'sqlite:./data/gongkai.sqlite';

export type DatabaseTarget =
  { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

/** `sqlite:<path>` (or `sqlite::memory:`) or `postgres://…`; anything else is refused. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new Error('DATABASE_URL sqlite: needs a file path');
    return {
      dialect: 'sqlite',
      path: path === ':memory:' ? path : resolve(path),
    };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  throw new Error(
    `DATABASE_URL must start with sqlite: or postgres:// (got ${JSON.stringify(url.slice(0, 20))})`,
  );
}

export function migrationsFor(dialect: Dialect) {
  return dialect === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
}

/** A TypeORM data source for the target; never synchronizes, migrations only. */
export function createDataSource(target: DatabaseTarget): DataSource {
  const common = {
    entities: entitySchemas(target.dialect),
    migrations: [...migrationsFor(target.dialect)] as (new () => object)[],
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
  } as const;
  if (target.dialect === 'sqlite') {
    if (target.path !== ':memory:') {
      mkdirSync(dirname(target.path), { recursive: true });
    }
    return new DataSource({
      type: 'better-sqlite3',
      database: target.path,
      // WAL: readers see the last commit while a write is in progress.
      enableWAL: true,
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('busy_timeout = 10000');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        // A checkpoint (two fsyncs) after ~40 MB of WAL, not after every 4 MB: a
        // batch of 250 imported reports writes ~4 MB, and checkpointing after each
        // one took a third of its commit.
        db.pragma('wal_autocheckpoint = 10000');
      },
      ...common,
    });
  }
  return new DataSource({ type: 'postgres', url: target.url, ...common });
}
