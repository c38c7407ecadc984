import type { TestDatabase } from '../../testing/test-databases';
import { createTestDatabase, DIALECTS } from '../../testing/test-databases';
import { AccessStore } from './access-store';
import { ReportStore } from './report-store';

/**
 * Rate limits are counted in the database: two server processes (two stores on one
 * database) count against one limit, and what a window has let go stays gone.
 */
describe.each(DIALECTS)('rate limits on %s', (dialect) => {
  let database: TestDatabase;
  let stores: ReportStore[];
  let a: AccessStore;
  let b: AccessStore;
  const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);
  const MINUTE = 60_000;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    stores = [
      await ReportStore.open(database.url),
      await ReportStore.open(database.url),
    ];
    a = new AccessStore(stores[0]?.db as ReportStore['db']);
    b = new AccessStore(stores[1]?.db as ReportStore['db']);
  }, 60_000);

  afterAll(async () => {
    for (const s of stores ?? []) await s.close();
    await database?.dispose();
  });

  const count = async (key: string) => {
    const [r] =
      (await stores[0]?.db.all<{ n: number | string }>(
        'SELECT COUNT(*) AS n FROM rate_event WHERE "key" = ?',
        [key],
      )) ?? [];
    return Number(r?.n ?? 0);
  };

  it('counts the events of two processes against one limit', async () => {
    const got: number[] = [];
    for (let i = 0; i < 6; i++) {
      const store = i % 2 === 0 ? a : b;
      got.push(await store.rateHit('login:alice', 5, 15 * MINUTE, T0 + i));
    }
    // Five counted; the sixth waits until the first leaves the window.
    expect(got.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(got[5]).toBe(15 * MINUTE - 5);
    expect(await count('login:alice')).toBe(5);
    // Another key has its own count.
    expect(await b.rateHit('login:bob', 5, 15 * MINUTE, T0 + 6)).toBe(0);
  });

  it('lets events go when the window has passed, and on reset', async () => {
    // 15 minutes after the first event, it no longer counts: one more is allowed.
    expect(
      await a.rateHit('login:alice', 5, 15 * MINUTE, T0 + 15 * MINUTE),
    ).toBe(0);
    expect(
      await b.rateHit('login:alice', 5, 15 * MINUTE, T0 + 15 * MINUTE),
    ).toBeGreaterThan(0);
    await b.rateReset('login:alice');
    expect(await count('login:alice')).toBe(0);
    expect(
      await a.rateHit('login:alice', 5, 15 * MINUTE, T0 + 16 * MINUTE),
    ).toBe(0);
  });

  it('drops events of every key older than a day', async () => {
    expect(await count('login:bob')).toBe(1);
    await a.rateHit('login:carol', 5, MINUTE, T0 + 25 * 60 * MINUTE);
    expect(await count('login:bob')).toBe(0);
    expect(await count('login:carol')).toBe(1);
  });
});
