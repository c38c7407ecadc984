import type { ReportData } from '@gongkai/disclosure-domain';
import { sampleReportData } from '@gongkai/disclosure-domain/testing';

import {
  CONSISTENT,
  countedState,
  recomputeCityTotals,
  roundedTotals,
  storedCityTotals,
  tableCounts,
} from '../../testing/store-invariants';
import {
  DIALECTS,
  openTestStore,
  useTestStore,
} from '../../testing/test-databases';
import {
  incomingDocument,
  renderDocument,
  withValues,
} from '../../testing/test-documents';
import type { DirectoryDepartment } from './department-directory';
import { ReportStore } from './report-store';

/**
 * Many requests at once, as the API serves them: PostgreSQL runs them on a pool of
 * connections, SQLite queues them behind its writer lock. Either way nothing may be
 * lost or counted twice.
 */
describe.each(DIALECTS)('concurrent writes on %s', (dialect) => {
  const store = useTestStore(dialect);
  let seq = 0;

  const department = (): Promise<DirectoryDepartment> => {
    seq++;
    return store().createDepartment({
      code: `c-${seq}`,
      name: `示例市并发${seq}局`,
      kind: 'cityDepartment',
    });
  };

  const report = (
    generation: 'G1' | 'G2',
    agency: string,
    changes: ReportData['values'] = {},
    year = 2021,
  ) =>
    renderDocument(
      withValues(sampleReportData(generation), changes, { agency, year }),
    );

  async function expectConsistent(): Promise<void> {
    const db = store().db;
    expect(await countedState(db)).toEqual(CONSISTENT);
    expect(roundedTotals(await storedCityTotals(db))).toEqual(
      roundedTotals(await recomputeCityTotals(db)),
    );
  }

  it('numbers 10 versions handed in at once 1 to 10, none lost', async () => {
    const dept = await department();
    const docs = Array.from({ length: 10 }, (_, i) =>
      report('G2', dept.name, { 'proactive.licensing.decisions': 2000 + i }),
    );
    const results = await Promise.all(
      docs.map((doc) =>
        store().submit([incomingDocument(doc, { department: dept.code })]),
      ),
    );
    const outcomes = results.flat();
    expect(outcomes.map((o) => o.kind)).toEqual(docs.map(() => 'created'));
    const versions = outcomes.map((o) =>
      o.kind === 'created' ? o.version : 0,
    );
    expect([...versions].sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const history = await store().history(dept.id, 2021);
    expect(history.map((s) => s.version)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(history.filter((s) => s.counted).map((s) => s.version)).toEqual([
      10,
    ]);
    // Every document is one of the versions: none was overwritten.
    expect(new Set(history.map((s) => s.sha256)).size).toBe(10);
    await expectConsistent();
  });

  it('stores a file once when two departments hand it in at the same time', async () => {
    const a = await department();
    const b = await department();
    const doc = report('G2', '示例市某局', {}, 2022);
    const before = await tableCounts(store().db);
    const results = await Promise.all(
      [a, b].map((d) =>
        store().submit([incomingDocument(doc, { department: d.code })]),
      ),
    );
    expect(results.flat().map((o) => o.kind)).toEqual(['created', 'created']);
    const after = await tableCounts(store().db);
    expect(after.document - before.document).toBe(1);
    expect(after.submission - before.submission).toBe(2);
    await expectConsistent();
  });

  it('keeps the city totals exact while many departments write the same year', async () => {
    const replaced = [await department(), await department()];
    const replacedToo = [await department(), await department()];
    // A G1 report each first: replacing it with G2 touches other metrics than it had.
    for (const d of [...replaced, ...replacedToo]) {
      await store().submit([
        incomingDocument(report('G1', d.name), { department: d.code }),
      ]);
    }
    const fresh = [await department(), await department()];
    const jobs = [
      ...replaced.map((d) => report('G2', d.name)),
      ...fresh.map((d) => report('G2', d.name)),
      ...replacedToo.map((d) =>
        report('G2', d.name, { 'proactive.penalty.decisions': 1 }),
      ),
    ];
    const codes = [...replaced, ...fresh, ...replacedToo].map((d) => d.code);
    const results = await Promise.all(
      jobs.map((doc, i) =>
        store().submit([incomingDocument(doc, { department: codes[i] })]),
      ),
    );
    expect(results.flat().map((o) => o.kind)).toEqual(
      jobs.map(() => 'created'),
    );
    await expectConsistent();
  });

  it('keeps one counted version when a return and a new version cross', async () => {
    const depts = [await department(), await department(), await department()];
    const v2: number[] = [];
    for (const d of depts) {
      await store().submit([
        incomingDocument(report('G2', d.name, { 'review.pending': 1 }), {
          department: d.code,
        }),
      ]);
      const [o] = await store().submit([
        incomingDocument(report('G2', d.name, { 'review.pending': 2 }), {
          department: d.code,
        }),
      ]);
      v2.push(o?.kind === 'created' ? o.submissionId : 0);
    }
    const settled = await Promise.allSettled(
      depts.flatMap((d, i) => [
        store().returnSubmission(v2[i] as number, '退回。', 'reviewer'),
        store().submit([
          incomingDocument(report('G2', d.name, { 'review.pending': 3 }), {
            department: d.code,
          }),
        ]),
      ]),
    );
    // A return that lost the race is refused with a typed error, never half done.
    const refused = settled.flatMap((s) =>
      s.status === 'rejected' ? [(s.reason as { code?: string }).code] : [],
    );
    expect(refused.filter((code) => code !== 'NOT_CURRENT_VERSION')).toEqual(
      [],
    );
    for (const d of depts) {
      const history = await store().history(d.id, 2021);
      expect(history.map((s) => s.version)).toEqual([1, 2, 3]);
    }
    await expectConsistent();
  });

  it('lets only one of two reviews of the same version through', async () => {
    const depts = [await department(), await department(), await department()];
    const ids: number[] = [];
    for (const d of depts) {
      const [o] = await store().submit([
        incomingDocument(
          report('G2', d.name, { 'proactive.coercion.decisions': 4 }),
          {
            department: d.code,
          },
        ),
      ]);
      ids.push(o?.kind === 'created' ? o.submissionId : 0);
    }
    const settled = await Promise.allSettled(
      ids.flatMap((id) => [
        store().acceptSubmission(id, null, 'reviewer a', true),
        store().returnSubmission(id, '退回。', 'reviewer b'),
      ]),
    );
    const outcome = settled.map((s) =>
      s.status === 'fulfilled'
        ? s.value.status
        : (s.reason as { code?: string }).code,
    );
    // Per version: one review done, the other refused as already reviewed.
    const pairs = ids.map((_, i) => outcome.slice(2 * i, 2 * i + 2).sort());
    for (const pair of pairs) {
      expect([
        ['ALREADY_REVIEWED', 'accepted'],
        ['ALREADY_REVIEWED', 'returned'],
      ]).toContainEqual(pair);
    }
    await expectConsistent();
  });

  it('matches by name a department another process added, under concurrent requests', async () => {
    // The API and an import are two stores on one database.
    const t = await openTestStore(dialect);
    const other = await ReportStore.open(t.database.url);
    try {
      await other.createDepartment({
        code: 'added-elsewhere',
        name: '示例市另一进程局',
        kind: 'cityDepartment',
      });
      const docs = [1, 2, 3].map((n) =>
        report('G2', '示例市另一进程局', { 'review.pending': n }, 2022),
      );
      const results = await Promise.all(
        docs.map((doc) => t.store.submit([incomingDocument(doc)])),
      );
      expect(
        results
          .flat()
          .map((o) => (o.kind === 'failed' ? o.error.code : o.kind)),
      ).toEqual(['created', 'created', 'created']);
      expect(await t.store.departments()).toHaveLength(1);
    } finally {
      await other.close();
      await t.close();
    }
  });

  it('lets two imports create the same new departments at once', async () => {
    // Two processes import batches naming the same bodies, none known yet.
    const t = await openTestStore(dialect);
    const other = await ReportStore.open(t.database.url);
    try {
      const names = [
        '示例市同时新建一局',
        '示例市同时新建二局',
        '示例市同时新建三局',
      ];
      const batch = (offset: number) =>
        names.map((name, i) => ({
          ...incomingDocument(
            report('G2', name, { 'review.pending': offset + i }, 2022),
          ),
          createDepartment: true,
        }));
      const first = () => t.store.submit(batch(10));
      const second = () => other.submit(batch(20));
      // SQLite: two stores in one thread cannot be in a transaction at once (the
      // second's BEGIN blocks the thread the first needs to go on), so one after
      // the other there; two processes would queue on the database lock.
      const [a, b] =
        dialect === 'postgres'
          ? await Promise.all([first(), second()])
          : [await first(), await second()];
      expect([...a, ...b].map((o) => o.kind)).toEqual(
        [...a, ...b].map(() => 'created'),
      );
      const departments = await t.store.departments();
      expect(departments.map((d) => d.name).sort()).toEqual([...names].sort());
      expect((await other.departments()).map((d) => d.id).sort()).toEqual(
        departments.map((d) => d.id).sort(),
      );
      for (const d of departments) {
        const history = await t.store.history(d.id, 2022);
        expect(history.map((h) => h.version)).toEqual([1, 2]);
      }
      expect(await countedState(t.store.db)).toEqual(CONSISTENT);
    } finally {
      await other.close();
      await t.close();
    }
  });
});
