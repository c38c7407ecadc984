import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** The server tests and tools create their throw-away databases on. */
export const ADMIN_POSTGRES_URL =
  process.env['GONGKAI_TEST_POSTGRES_URL'] ??
  'postgres://postgres@127.0.0.1:5432/postgres';

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database, passes its URL to `fn`, and drops it afterwards. */
export async function createTemporaryPostgresDatabase(
  prefix = 'gongkai_tmp',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin((c) =>
        c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

export async function withTemporaryPostgresDatabase<T>(
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const db = await createTemporaryPostgresDatabase();
  try {
    return await fn(db.url);
  } finally {
    await db.drop();
  }
}
