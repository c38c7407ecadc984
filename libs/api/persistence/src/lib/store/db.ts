import Database from 'better-sqlite3';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

import type { Dialect } from '../entities';

export type SqlValue = string | number | bigint | Buffer | null;
export type Row = Record<string, unknown>;

/** Statements inside one write transaction. SQL uses `?` placeholders in both dialects. */
export interface Tx {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** `all` with each row as an array of its columns, in the order selected (wide rows). */
  rows(sql: string, params?: readonly SqlValue[]): Promise<unknown[][]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Multi-row INSERT (PostgreSQL) or one prepared statement per row (SQLite). */
  insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    suffix?: string,
  ): Promise<void>;
  /**
   * `insertMany` that hands back the `returning` columns of the inserted rows, in no
   * particular order (map them back by a key column). A row skipped by an
   * `ON CONFLICT … DO NOTHING` suffix gives nothing.
   */
  insertReturning<T = Row>(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    returning: string,
    suffix?: string,
  ): Promise<T[]>;
}

/**
 * The one gateway of the hot paths. Reads see committed data only; writes are one
 * transaction each. TypeORM owns the schema and the migrations and the connection of
 * SQLite; the statements here are the ones TypeORM's save() is 60× too slow for.
 */
export interface Db {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const quoteIdent = (s: string) => `"${s}"`;

/** `?` → `$1, $2 …` for PostgreSQL (no `?` appears in our SQL text otherwise). */
function toPg(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A simple FIFO lock: SQLite has one writer, and one connection for it. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

class SqliteTx implements Tx {
  readonly dialect = 'sqlite' as const;
  constructor(private readonly db: Database.Database) {}
  private stmt(sql: string) {
    return cachedStatement(this.db, sql);
  }
  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return Promise.resolve(this.stmt(sql).all(...params) as T[]);
  }
  rows(sql: string, params: readonly SqlValue[] = []): Promise<unknown[][]> {
    return Promise.resolve(
      cachedStatement(this.db, sql, true).all(...params) as unknown[][],
    );
  }
  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return Promise.resolve(this.stmt(sql).run(...params).changes);
  }
  insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    suffix = '',
  ): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    const sql = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${suffix}`;
    const st = this.stmt(sql);
    for (const r of rows) st.run(...r);
    return Promise.resolve();
  }
  insertReturning<T>(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    returning: string,
    suffix = '',
  ): Promise<T[]> {
    const out: T[] = [];
    if (rows.length === 0) return Promise.resolve(out);
    // One prepared statement per row: SQLite has no round trip to save.
    const sql = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${suffix} RETURNING ${returning}`;
    const st = this.stmt(sql);
    for (const r of rows) {
      const got = st.get(...r) as T | undefined;
      if (got !== undefined) out.push(got);
    }
    return Promise.resolve(out);
  }
}

const statementCache = new WeakMap<
  Database.Database,
  Map<string, Database.Statement>
>();

function cachedStatement(
  db: Database.Database,
  sql: string,
  raw = false,
): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  // A statement in raw mode (rows as arrays) is another statement.
  const key = raw ? `raw:${sql}` : sql;
  let st = cache.get(key);
  if (!st) {
    st = db.prepare(sql);
    if (raw) st.raw(true);
    if (cache.size > 500) cache.clear();
    cache.set(key, st);
  }
  return st;
}

/**
 * SQLite: the writer is TypeORM's connection, serialised by a lock; readers use a
 * second connection, so they never see a transaction in progress (WAL).
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly lock = new Mutex();
  private readonly reader: Database.Database;

  constructor(
    private readonly writer: Database.Database,
    path: string,
  ) {
    // An in-memory database has no second connection: reads share the writer.
    this.reader =
      path === ':memory:' ? writer : new Database(path, { readonly: true });
    if (this.reader !== writer) this.reader.pragma('busy_timeout = 10000');
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    // Raw numbers: SQLite hands back exactly what was stored.
    return Promise.resolve(
      cachedStatement(this.reader, sql).all(...params) as T[],
    );
  }

  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      cachedStatement(this.writer, 'BEGIN IMMEDIATE').run();
      try {
        const result = await fn(new SqliteTx(this.writer));
        cachedStatement(this.writer, 'COMMIT').run();
        return result;
      } catch (e) {
        if (this.writer.inTransaction) this.writer.exec('ROLLBACK');
        throw e;
      }
    });
  }

  close(): Promise<void> {
    if (this.reader !== this.writer) this.reader.close();
    return Promise.resolve();
  }
}

/** PostgreSQL allows 65,535 parameters per statement. */
const PG_MAX_PARAMS = 60_000;

/** Column name → base type (`integer`, `character varying` …) of each table. */
type ColumnTypes = Map<string, Promise<Map<string, string>>>;

/** A PostgreSQL array literal of one column's values. */
function arrayLiteral(
  rows: readonly (readonly SqlValue[])[],
  column: number,
): string {
  let out = '{';
  for (let i = 0; i < rows.length; i++) {
    const v = (rows[i] as readonly SqlValue[])[column];
    if (i > 0) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'number' || typeof v === 'bigint') out += String(v);
    else if (typeof v === 'string') {
      out += `"${v.replace(/[\\"]/g, '\\$&')}"`;
    } else throw new Error('arrayLiteral: bytes go through VALUES');
  }
  return `${out}}`;
}

class PostgresTx implements Tx {
  readonly dialect = 'postgres' as const;
  constructor(
    private readonly client: PoolClient,
    private readonly types: ColumnTypes,
  ) {}
  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const r = await this.client.query(toPg(sql), params as unknown[]);
    return r.rows as T[];
  }
  async rows(
    sql: string,
    params: readonly SqlValue[] = [],
  ): Promise<unknown[][]> {
    const r = await this.client.query({
      text: toPg(sql),
      values: params as unknown[],
      rowMode: 'array',
    });
    return r.rows as unknown[][];
  }
  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const r = await this.client.query(toPg(sql), params as unknown[]);
    return r.rowCount ?? 0;
  }
  async insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    suffix = '',
  ): Promise<void> {
    await this.insertChunks(table, columns, rows, suffix);
  }

  insertReturning<T>(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    returning: string,
    suffix = '',
  ): Promise<T[]> {
    return this.insertChunks<T>(
      table,
      columns,
      rows,
      `${suffix} RETURNING ${returning}`,
    );
  }

  private columnTypes(table: string): Promise<Map<string, string>> {
    let types = this.types.get(table);
    if (!types) {
      types = this.client
        .query<{ name: string; type: string }>(
          `SELECT attname AS name, format_type(atttypid, NULL) AS type FROM pg_attribute
           WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
          [quoteIdent(table)],
        )
        .then((r) => new Map(r.rows.map((c) => [c.name, c.type])));
      types.catch(() => this.types.delete(table));
      this.types.set(table, types);
    }
    return types;
  }

  /**
   * Many rows as one array per column, unnested: a statement of constant text and a
   * parameter per column, where a VALUES list has one per cell (60,000 for 250 value
   * rows, which PostgreSQL parses and binds one by one). Not for bytes.
   */
  private async insertUnnest<T>(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    suffix: string,
  ): Promise<T[] | null> {
    if (rows.length < 2) return null;
    const first = rows[0] as readonly SqlValue[];
    for (const v of first) {
      // Bytes, and long texts (escaped in the literal, parsed again), go as VALUES.
      if (typeof v === 'object' && v !== null) return null;
      if (typeof v === 'string' && v.length > 1000) return null;
    }
    const types = await this.columnTypes(table);
    const casts: string[] = [];
    for (const [i, c] of columns.entries()) {
      const type = types.get(c);
      if (!type || type === 'bytea') return null;
      casts.push(`$${i + 1}::${type}[]`);
    }
    const params = columns.map((_, i) => arrayLiteral(rows, i));
    const result = await this.client.query(
      `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) SELECT * FROM unnest(${casts.join(', ')}) ${suffix}`,
      params,
    );
    return result.rows as T[];
  }

  /** Multi-row INSERTs of at most PG_MAX_PARAMS parameters each. */
  private async insertChunks<T>(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
    suffix: string,
  ): Promise<T[]> {
    const unnested = await this.insertUnnest<T>(table, columns, rows, suffix);
    if (unnested) return unnested;
    const out: T[] = [];
    const perStatement = Math.max(
      1,
      Math.floor(PG_MAX_PARAMS / columns.length),
    );
    const head = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES `;
    for (let start = 0; start < rows.length; start += perStatement) {
      const end = Math.min(rows.length, start + perStatement);
      const params: unknown[] = [];
      const tuples: string[] = [];
      for (let i = start; i < end; i++) {
        const r = rows[i] as readonly SqlValue[];
        let marks = '(';
        for (let j = 0; j < r.length; j++) {
          params.push(r[j]);
          marks += j === 0 ? `$${params.length}` : `, $${params.length}`;
        }
        tuples.push(`${marks})`);
      }
      const result = await this.client.query(
        `${head}${tuples.join(', ')} ${suffix}`,
        params,
      );
      for (const row of result.rows) out.push(row as T);
    }
    return out;
  }
}

export class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;
  private readonly types: ColumnTypes = new Map();
  private begin: Promise<string> | null = null;
  constructor(private readonly pool: Pool) {}

  /**
   * BEGIN, and LZ4 for the texts and bytes the transaction stores where the server
   * has it (PostgreSQL 14+ built with lz4): it compresses a stored model or a
   * document about twice as fast as the default pglz, which cost a bulk import
   * ~100 µs per report. Only how new values are kept changes; reading is the same.
   */
  private beginSql(): Promise<string> {
    this.begin ??= this.pool
      .query<{ lz4: boolean }>(
        `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
      )
      .then((r) =>
        r.rows[0]?.lz4
          ? "BEGIN; SET LOCAL default_toast_compression = 'lz4'"
          : 'BEGIN',
      )
      .catch(() => 'BEGIN');
    return this.begin;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const r = await this.pool.query(toPg(sql), params as unknown[]);
    return r.rows as T[];
  }

  async write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const begin = await this.beginSql();
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      const result = await fn(new PostgresTx(client, this.types));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** The gateway over an initialised TypeORM data source (its connections). */
export function dbOf(dataSource: DataSource, sqlitePath?: string): Db {
  const driver = dataSource.driver as unknown as {
    databaseConnection?: Database.Database;
    master?: Pool;
  };
  if (dataSource.options.type === 'better-sqlite3') {
    if (!driver.databaseConnection) throw new Error('SQLite is not connected');
    return new SqliteDb(driver.databaseConnection, sqlitePath ?? ':memory:');
  }
  if (!driver.master) throw new Error('PostgreSQL is not connected');
  return new PostgresDb(driver.master);
}
