import { DIALECTS, useTestStore } from '../../testing/test-databases';
import type { Db, Tx } from './db';

/**
 * The writer sends some statements of a transaction without waiting for each (the
 * server runs one while the next is made). These are the promises it relies on.
 */
describe.each(DIALECTS)('Db.write on %s', (dialect) => {
  const store = useTestStore(dialect);
  const db = (): Db => store().db;

  beforeAll(async () => {
    await db().write((tx) =>
      tx.run('CREATE TABLE db_spec (k INTEGER PRIMARY KEY, v VARCHAR(20))'),
    );
  });
  beforeEach(async () => {
    await db().write((tx) => tx.run('DELETE FROM db_spec'));
  });

  const rows = async () =>
    (
      await db().all<{ k: number; v: string }>(
        'SELECT k, v FROM db_spec ORDER BY k',
      )
    ).map((r) => `${Number(r.k)}=${r.v}`);

  /** Rows 1..n, each statement sent before the one before it is done. */
  const sendAll = (tx: Tx, n: number): Promise<unknown>[] =>
    Array.from({ length: n }, (_, i) =>
      tx.insertMany('db_spec', ['k', 'v'], [[i + 1, `v${i + 1}`]]),
    );

  it('runs statements sent at once in the order they were sent, never two at a time', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      await db().write(async (tx) => {
        const sent = sendAll(tx, 20);
        // Each UPDATE sees the row the statement sent before it wrote.
        sent.push(
          tx.run("UPDATE db_spec SET v = 'last' WHERE k = ?", [20]),
          tx.insertMany('db_spec', ['k', 'v'], [[21, 'after']]),
        );
        const seen = tx.all<{ n: number }>(
          'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM db_spec',
        );
        await Promise.all(sent);
        expect(Number((await seen)[0]?.n)).toBe(21);
      });
      // node-postgres warns when a query is sent while another runs.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
    expect(await rows()).toHaveLength(21);
    expect((await rows()).slice(-2)).toEqual(['20=last', '21=after']);
  });

  it('a statement that fails rolls back the whole transaction, the statements sent after it too', async () => {
    const failure = db().write(async (tx) => {
      const sent = sendAll(tx, 3);
      // A duplicate key, then a statement sent behind it.
      sent.push(tx.insertMany('db_spec', ['k', 'v'], [[2, 'again']]));
      sent.push(tx.insertMany('db_spec', ['k', 'v'], [[4, 'v4']]));
      const results = await Promise.allSettled(sent);
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    });
    // Not toThrow: better-sqlite3's error class comes from the first test file's
    // realm that loaded the addon, and jest does not take it for an Error here.
    await expect(failure).rejects.toMatchObject({
      message: expect.stringMatching(/UNIQUE|unique|duplicate/) as unknown,
    });
    expect(await rows()).toEqual([]);
  });

  it('a caller that throws with statements still running leaves nothing, and the next transaction works', async () => {
    await expect(
      db().write((tx) => {
        void sendAll(tx, 50).map((p) => p.catch(() => undefined));
        return Promise.reject(new Error('the caller gave up'));
      }),
    ).rejects.toThrow('the caller gave up');
    expect(await rows()).toEqual([]);
    await db().write(async (tx) => {
      await Promise.all(sendAll(tx, 2));
    });
    expect(await rows()).toEqual(['1=v1', '2=v2']);
  });
});
