import type { REPORT_LAYOUTS } from '@gongkai/disclosure-domain';
import type { ParsedReport, ReportData } from '@gongkai/disclosure-domain';
import {
  readFixture,
  sampleReportData,
} from '@gongkai/disclosure-domain/testing';

import {
  CONSISTENT,
  countedState,
  recomputeCityTotals,
  roundedTotals,
  storedCityTotals,
  valueRowMismatches,
} from '../../testing/store-invariants';
import type { TestStore } from '../../testing/test-databases';
import { DIALECTS, openTestStore } from '../../testing/test-databases';
import {
  incoming,
  renderDocument,
  withValues,
} from '../../testing/test-documents';
import { prepareReport } from './prepared-report';
import type { ReportStore } from './report-store';
import type {
  IncomingSubmission,
  SubmissionOutcome,
} from './submission-writer';

/**
 * The writer stores a batch set by set. Whatever it does inside, the result must be
 * the one of writing the batch's submissions one at a time, earlier years first:
 * the same versions, counted versions, findings (the cross-year checks see the
 * batch's own earlier years), value rows and city totals.
 */
describe.each(DIALECTS)('a batch written at once on %s', (dialect) => {
  let batchStore: TestStore;
  let oneByOne: TestStore;

  beforeAll(async () => {
    batchStore = await openTestStore(dialect);
    oneByOne = await openTestStore(dialect);
  }, 60_000);
  afterAll(async () => {
    await batchStore?.close();
    await oneByOne?.close();
  }, 60_000);

  const AGENCIES = [
    '示例市批量一局',
    '示例市批量二局',
    '示例市批量三局',
    '示例市批量四局',
  ];

  const doc = (
    agency: string,
    year: number,
    changes: ReportData['values'] = {},
    layout: (typeof REPORT_LAYOUTS)[number] = 'html',
  ) =>
    renderDocument(
      withValues(sampleReportData(year <= 2020 ? 'G1' : 'G2'), changes, {
        agency,
        year,
      }),
      layout,
    ).bytes;

  let clock = Date.parse('2024-03-01T00:00:00Z');
  const item = (
    bytes: Uint8Array,
    options: Parameters<typeof incoming>[1] & { create?: boolean } = {},
  ): IncomingSubmission => {
    clock += 60_000;
    return {
      ...incoming(bytes, {
        receivedAt: new Date(clock).toISOString(),
        ...options,
      }),
      createDepartment: options.create ?? false,
    };
  };

  /** Submissions in the order the writer takes them: by year, then as given. */
  const writerOrder = (batch: readonly IncomingSubmission[]) =>
    batch
      .map((s, i) => ({ s, i, y: s.year ?? s.analysed.report.year ?? 0 }))
      .sort((a, b) => a.y - b.y || a.i - b.i);

  async function submitBoth(
    batch: readonly IncomingSubmission[],
  ): Promise<[SubmissionOutcome[], SubmissionOutcome[]]> {
    const atOnce = await batchStore.store.submit(batch);
    const single = new Array<SubmissionOutcome>(batch.length);
    for (const { s, i } of writerOrder(batch)) {
      const [o] = await oneByOne.store.submit([s]);
      single[i] = o as SubmissionOutcome;
    }
    return [atOnce, single];
  }

  const outcomeView = (o: SubmissionOutcome) =>
    o.kind === 'failed'
      ? ['failed', o.error.code]
      : [
          o.kind,
          o.departmentName,
          o.year,
          o.version,
          o.errorCount,
          o.warningCount,
          o.createdDepartment,
        ];

  /** Everything the writer stores, by department name (ids may differ). */
  async function snapshot(store: ReportStore) {
    const db = store.db;
    const names = new Map(
      (await store.departments()).map((d) => [d.id, d.name]),
    );
    const subs = await db.all<Record<string, unknown>>(
      `SELECT s.id, s.department_id, s.year, s.version, s.status, s.counted, s.error_count,
              s.warning_count, s.info_count, s.received_at, s.model, d.sha256
       FROM submission s JOIN document d ON d.id = s.document_id
       ORDER BY s.department_id, s.year, s.version`,
    );
    const findings = await store.findingsOf(subs.map((s) => Number(s['id'])));
    const versions = subs.map((s) => ({
      department: names.get(Number(s['department_id'])),
      year: Number(s['year']),
      version: Number(s['version']),
      status: s['status'],
      counted: Number(s['counted']),
      errors: Number(s['error_count']),
      warnings: Number(s['warning_count']),
      infos: Number(s['info_count']),
      receivedAt: s['received_at'],
      sha256: s['sha256'],
      findings: (findings.get(Number(s['id'])) ?? []).map((f) => [
        f.code,
        f.severity,
        f.metric ?? null,
      ]),
    }));
    const reports = [];
    for (const s of subs) {
      const r = await store.report(
        Number(s['department_id']),
        Number(s['year']),
        Number(s['version']),
      );
      reports.push(r.report);
    }
    const valueRows = (
      await db.all<Record<string, unknown>>(
        'SELECT * FROM report_value ORDER BY department_id, year',
      )
    ).map((r) => {
      const { seq: _seq, submission_id, department_id, ...rest } = r;
      return {
        ...rest,
        department: names.get(Number(department_id)),
        counted: submission_id === null ? null : 'some',
      };
    });
    return {
      versions,
      reports,
      valueRows,
      totals: roundedTotals(await storedCityTotals(db)),
      documents: Number(
        (await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM document'))[0]
          ?.n,
      ),
    };
  }

  async function expectConsistent(store: ReportStore) {
    expect(await countedState(store.db)).toEqual(CONSISTENT);
    expect(await valueRowMismatches(store.db)).toEqual([]);
    expect(roundedTotals(await storedCityTotals(store.db))).toEqual(
      roundedTotals(await recomputeCityTotals(store.db)),
    );
  }

  it('stores the same as one submission at a time', async () => {
    const [a, b, c, d] = AGENCIES as [string, string, string, string];
    // Before the batch: a's 2020 and 2021, b's 2021 (the year before and a version
    // that will lose its place).
    const before = [
      item(doc(a, 2020), { create: true }),
      item(doc(a, 2021, { 'proactive.licensing.decisions': 7 }), {
        department: a,
      }),
      item(doc(b, 2021), { create: true }),
    ];
    const [first, firstSingle] = await submitBoth(before);
    expect(first.map(outcomeView)).toEqual(firstSingle.map(outcomeView));

    const shared = doc(c, 2022, {}, 'text');
    const twice = doc(a, 2022, { 'applications.received.natural': 99_999 });
    const batch = [
      // Out of year order: 2022 before 2021 in the batch.
      item(twice, { department: a }),
      item(doc(a, 2021, { 'proactive.licensing.decisions': 8 }), {
        department: a,
      }),
      // The same bytes again in the batch: nothing new.
      item(twice, { department: a, fileName: 'again.html' }),
      // A version, then another that is returned, then one accepted.
      item(doc(b, 2021, { 'proactive.licensing.decisions': 11 }), {
        department: b,
      }),
      item(doc(b, 2021, { 'proactive.licensing.decisions': 12 }), {
        department: b,
        review: {
          action: 'return',
          comment: '请更正',
          at: '2024-04-01T00:00:00Z',
          by: 'office',
        },
      }),
      item(doc(b, 2022), {
        department: b,
        review: {
          action: 'accept',
          comment: '',
          at: '2024-04-02T00:00:00Z',
          by: 'office',
        },
      }),
      // New departments, named by the documents; the same file for two of them.
      item(shared, { create: true }),
      item(doc(c, 2023, {}, 'docx'), { create: true }),
      item(shared, { department: d, create: true, year: 2022 }),
      item(doc(d, 2023, {}, 'pipes'), { create: true }),
      // Failures cost only themselves.
      item(readFixture('invalid/news-page.html'), { create: true }),
      item(doc('示例市无此局', 2022), { department: '无此部门' }),
      // A year the document alone decides, and an earlier year of a department that
      // is created later in the batch.
      item(doc(d, 2019), { create: true }),
    ];
    const [atOnce, single] = await submitBoth(batch);
    expect(atOnce.map(outcomeView)).toEqual(single.map(outcomeView));
    expect(atOnce.map((o) => o.kind)).toEqual([
      'created',
      'created',
      'unchanged',
      'created',
      'created',
      'created',
      'created',
      'created',
      'created',
      'created',
      'failed',
      'failed',
      'created',
    ]);
    // The unchanged one points at the version made earlier in the same batch.
    const [made, , again] = atOnce;
    expect(again?.kind === 'unchanged' && again.submissionId).toBe(
      made?.kind === 'created' && made.submissionId,
    );

    const [x, y] = [
      await snapshot(batchStore.store),
      await snapshot(oneByOne.store),
    ];
    expect(x.versions).toEqual(y.versions);
    expect(x.reports).toEqual(y.reports);
    expect(x.valueRows).toEqual(y.valueRows);
    expect(x.totals).toEqual(y.totals);
    expect(x.documents).toBe(y.documents);
    // The cross-year checks ran against the batch's own year before.
    expect(x.versions.some((v) => v.findings.length > 0)).toBe(true);
    await expectConsistent(batchStore.store);
    await expectConsistent(oneByOne.store);

    // PostgreSQL compresses models and documents with LZ4 where it has it.
    const compression =
      dialect === 'postgres'
        ? await compressionOfModels(batchStore.store)
        : { expected: 'n/a', used: ['n/a'] };
    expect(compression.used).toContain(compression.expected);

    // Everything again: every report is unchanged, nothing is written.
    const [repeat] = await submitBoth(
      batch.map((s) => ({ ...s, receivedAt: '2025-01-01T00:00:00Z' })),
    );
    expect(repeat.map((o) => o.kind)).toEqual(
      atOnce.map((o) => (o.kind === 'failed' ? 'failed' : 'unchanged')),
    );
    expect((await snapshot(batchStore.store)).versions).toEqual(x.versions);

    // Versions that do not change what counts: returned ones (the board's columns
    // change, the values stay), beside one that takes over.
    const returned = (agency: string, year: number, n: number) =>
      item(doc(agency, year, { 'proactive.licensing.decisions': n }), {
        department: agency,
        review: {
          action: 'return',
          comment: '请更正',
          at: '2024-05-01T00:00:00Z',
          by: 'office',
        },
      });
    const [later, laterSingle] = await submitBoth([
      returned(a, 2021, 21),
      returned(c, 2023, 22),
      returned(c, 2023, 23),
      item(doc(d, 2023, { 'proactive.licensing.decisions': 24 }), {
        department: d,
      }),
    ]);
    expect(later.map(outcomeView)).toEqual(laterSingle.map(outcomeView));
    const [p, q] = [
      await snapshot(batchStore.store),
      await snapshot(oneByOne.store),
    ];
    expect(p.versions).toEqual(q.versions);
    expect(p.valueRows).toEqual(q.valueRows);
    expect(p.totals).toEqual(q.totals);
    await expectConsistent(batchStore.store);
  });
});

async function compressionOfModels(
  store: ReportStore,
): Promise<{ expected: string; used: (string | null)[] }> {
  const [lz4] = await store.db.all<{ lz4: boolean }>(
    `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
  );
  const used = await store.db.all<{ m: string | null }>(
    'SELECT DISTINCT pg_column_compression(model) AS m FROM submission',
  );
  return { expected: lz4?.lz4 ? 'lz4' : 'pglz', used: used.map((r) => r.m) };
}

/**
 * In a bulk import the analyse workers prepare the write; the writer must store the
 * same from it as from the report, without reading the report back from its model.
 */
describe.each(DIALECTS)('a prepared report written on %s', (dialect) => {
  it('stores what the report itself gives, reading it back only when a location did not pack', async () => {
    const stores = await Promise.all([
      openTestStore(dialect),
      openTestStore(dialect),
      openTestStore(dialect),
    ]);
    try {
      // Two years, so that R6 (carried over ≠ carried forward) runs in context.
      const bytes = [2022, 2023].map(
        (year) =>
          renderDocument(
            withValues(
              sampleReportData('G2'),
              { 'applications.carriedIn.natural': 40 + year - 2022 },
              { agency: '示例市预备局', year },
            ),
            'html',
          ).bytes,
      );
      let readBack = 0;
      const item = (
        b: Uint8Array,
        how: 'report' | 'prepared' | 'without locations',
      ): IncomingSubmission => {
        const s = {
          ...incoming(b, { receivedAt: '2024-01-10T00:00:00.000Z' }),
          createDepartment: true,
        };
        if (how === 'report') return s;
        const { sha256, size, report } = s.analysed;
        const prepared = prepareReport(report);
        return {
          ...s,
          analysed: {
            sha256,
            size,
            prepared:
              how === 'prepared' ? prepared : { ...prepared, locations: null },
            get report(): ParsedReport {
              if (how === 'prepared') {
                throw new Error('the writer read the report back');
              }
              readBack++;
              return report;
            },
          },
        };
      };
      const [fromReport, fromPrepared, withoutLocations] = stores as [
        TestStore,
        TestStore,
        TestStore,
      ];
      const stored = (t: TestStore) =>
        t.store.db.all(
          `SELECT s.year, s.model, f.seq, f.code, f.severity, f.metric, f.metrics, f.message, f.location
           FROM finding f JOIN submission s ON s.id = f.submission_id ORDER BY s.year, f.seq`,
        );
      const a = await fromReport.store.submit(
        bytes.map((b) => item(b, 'report')),
      );
      const rows = await stored(fromReport);
      expect(a.map((o) => o.kind)).toEqual(['created', 'created']);
      expect(rows.map((r) => (r as { code: string }).code)).toContain('R6');

      expect(
        await fromPrepared.store.submit(bytes.map((b) => item(b, 'prepared'))),
      ).toEqual(a);
      expect(await stored(fromPrepared)).toEqual(rows);

      expect(
        await withoutLocations.store.submit(
          bytes.map((b) => item(b, 'without locations')),
        ),
      ).toEqual(a);
      expect(await stored(withoutLocations)).toEqual(rows);
      expect(readBack).toBe(2);
    } finally {
      await Promise.all(stores.map((t) => t.close()));
    }
  }, 60_000);
});

describe.each(DIALECTS)(
  'a report filed under another department on %s',
  (dialect) => {
    it('is stored with the AGENCY_MISMATCH warning, and one of its own name without', async () => {
      const t = await openTestStore(dialect);
      try {
        const bytes = (agency: string) =>
          renderDocument(
            withValues(sampleReportData('G2'), {}, { agency, year: 2023 }),
            'text',
          ).bytes;
        const [own] = await t.store.submit([
          { ...incoming(bytes('示例市甲局')), createDepartment: true },
        ]);
        const [copied] = await t.store.submit([
          incoming(bytes('清远市民政局'), { department: '示例市甲局' }),
        ]);
        const codes = await t.store.db.all<{ id: number; code: string }>(
          `SELECT submission_id AS id, code FROM finding WHERE code = 'AGENCY_MISMATCH'`,
        );
        expect([own?.kind, copied?.kind]).toEqual(['created', 'created']);
        expect(codes.map((c) => Number(c.id))).toEqual([
          copied?.kind === 'created' ? copied.submissionId : -1,
        ]);
        expect(copied?.kind === 'created' && copied.warningCount).toBe(
          own?.kind === 'created' ? own.warningCount + 1 : -1,
        );
      } finally {
        await t.close();
      }
    });
  },
);
