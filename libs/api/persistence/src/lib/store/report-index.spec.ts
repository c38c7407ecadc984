import { sampleReportData } from '@gongkai/disclosure-domain/testing';

import { DIALECTS, useTestStore } from '../../testing/test-databases';
import {
  incomingDocument,
  renderDocument,
  withValues,
} from '../../testing/test-documents';
import type { Db } from './db';
import { ReportIndex } from './report-index';
import { ReportQueries } from './report-queries';
import { ReportStore } from './report-store';
import { VALUE_METRICS } from './value-columns';

const METRIC = 'applications.received.total';

/**
 * The in-memory index follows the database through the change counter: what one
 * process writes, another one's next read shows, and a return or accept shows at
 * once on the board and in the series.
 */
describe.each(DIALECTS)('report index on %s', (dialect) => {
  const store = useTestStore(dialect);

  it('shows writes made through another connection at the next read', async () => {
    const reader = new ReportQueries(store());
    const other = await ReportStore.open(
      store().dataSource.options.type === 'better-sqlite3'
        ? `sqlite:${String(store().dataSource.options.database)}`
        : String((store().dataSource.options as { url: string }).url),
    );
    try {
      const dept = await other.createDepartment({
        code: 'idx-1',
        name: '示例市索引局',
        kind: 'cityDepartment',
      });
      const ranking = () => reader.ranking({ metric: METRIC, year: 2022 });
      expect(await ranking()).toEqual([]);
      const doc = renderDocument(
        withValues(
          sampleReportData('G2'),
          { [METRIC]: 41 },
          { agency: dept.name, year: 2022 },
        ),
      );
      const [first] = await other.submit([incomingDocument(doc)]);
      expect(first?.kind).toBe('created');
      expect(
        (await ranking()).map((r) => [r.department.code, r.value]),
      ).toEqual([['idx-1', 41]]);

      const again = renderDocument(
        withValues(
          sampleReportData('G2'),
          { [METRIC]: 7 },
          { agency: dept.name, year: 2022 },
        ),
      );
      const [second] = await other.submit([incomingDocument(again)]);
      expect((await ranking())[0]?.value).toBe(7);
      const board = () => reader.complianceBoard({ year: 2022 });
      expect(
        (await board()).rows.find((r) => r.department.code === 'idx-1'),
      ).toMatchObject({
        // 本年新收 changed alone: the totals no longer add up.
        status: 'submittedWithErrors',
        versions: 2,
      });

      if (second?.kind !== 'created') throw new Error('expected a new version');
      await other.returnSubmission(second.submissionId, '请更正。', 'office');
      expect((await ranking())[0]?.value).toBe(41);
      if (first?.kind !== 'created') throw new Error('expected a new version');
      await other.returnSubmission(first.submissionId, '请更正。', 'office');
      expect(await ranking()).toEqual([]);
      expect(
        (await board()).rows.find((r) => r.department.code === 'idx-1')?.status,
      ).toBe('returned');
      const page = await reader.series({
        metrics: [METRIC],
        departments: { search: '索引' },
        from: 2022,
        to: 2022,
      });
      expect(page.lines[0]?.points[0]?.status).toBe('missingReport');
    } finally {
      await other.close();
    }
  });
});

/**
 * Slots are year-major and the arrays are re-laid out as departments arrive: every
 * department-year keeps its values through growth, and years stay one stride apart.
 */
describe('report index layout', () => {
  const METRICS = ['applications.received.total', 'review.total'];

  /** A database of report rows by change number, answering the index's three reads. */
  function fakeDb(rows: Record<string, unknown>[]): Db {
    const seq = () => Math.max(0, ...rows.map((r) => Number(r['seq'])));
    return {
      dialect: 'sqlite',
      all: <T>(sql: string, params: readonly unknown[] = []) => {
        if (sql.includes('app_meta')) {
          return Promise.resolve([{ value: String(seq()) }] as T[]);
        }
        const since = Number(params[0]);
        return Promise.resolve(
          rows.filter((r) => Number(r['seq']) > since) as T[],
        );
      },
      write: () => Promise.reject(new Error('read only')),
      close: () => Promise.resolve(),
    };
  }

  const GENERATION_CODE: Record<string, number> = { G0: 1, G1: 2, G2: 3 };
  const COUNTED_CODE: Record<string, number> = {
    submitted: 1,
    accepted: 2,
    returned: 3,
  };
  const CELL_CODE: Record<string, number> = { n: 1, b: 2, x: 3, u: 4 };

  /** A row whose every field differs with its change number, so that a lost copy shows. */
  const row = (seq: number, departmentId: number, year: number) => {
    const statuses = [...'-nbxu'].map((_, k) => '-nbxu'[(seq + k) % 5]);
    const at = (m: string) => VALUE_METRICS.indexOf(m);
    const chars = Array.from(VALUE_METRICS, () => '-');
    chars[at(METRICS[0] as string)] = statuses[0] as string;
    chars[at(METRICS[1] as string)] = statuses[1] as string;
    return {
      seq,
      department_id: departmentId,
      year,
      submission_id: seq * 10,
      generation: ['G0', 'G1', 'G2', null][seq % 4],
      versions: 1 + (seq % 4),
      first_received_at: new Date(Date.UTC(2024, 0, seq)).toISOString(),
      latest_received_at: new Date(Date.UTC(2024, 1, seq)).toISOString(),
      counted_status: ['submitted', 'accepted', 'returned'][seq % 3],
      error_count: seq % 2 === 0 ? null : seq % 5,
      warning_count: seq % 3,
      statuses: chars.join(''),
      applications_received_total: departmentId * 10_000 + year,
      review_total: seq,
    };
  };

  it('keeps every department-year through growth, each year one stride on', async () => {
    const rows: ReturnType<typeof row>[] = [];
    const db = fakeDb(rows);
    const index = new ReportIndex(db);
    const expectAll = () => {
      for (const r of rows) {
        const slot = index.slot(r.department_id, r.year);
        expect(slot).toBeGreaterThanOrEqual(0);
        const status = (m: number) =>
          r.statuses[VALUE_METRICS.indexOf(METRICS[m] as string)] as string;
        expect({
          present: index.present[slot],
          submissionId: index.submissionId[slot],
          generation: index.generation[slot],
          versions: index.versions[slot],
          firstReceived: index.firstReceived[slot],
          latestReceived: index.latestReceived[slot],
          countedStatus: index.countedStatus[slot],
          errors: index.errors[slot],
          warnings: index.warnings[slot],
          cells: METRICS.map((m) => index.column(m).cells[slot]),
          values: METRICS.map((m) => index.column(m).values[slot]),
        }).toEqual({
          present: 1,
          submissionId: r.submission_id,
          generation: r.generation ? GENERATION_CODE[r.generation] : 0,
          versions: r.versions,
          firstReceived: Date.parse(r.first_received_at),
          latestReceived: Date.parse(r.latest_received_at),
          countedStatus: COUNTED_CODE[r.counted_status as string],
          errors: r.error_count ?? -1,
          warnings: r.warning_count,
          cells: [0, 1].map((m) => CELL_CODE[status(m)] ?? 0),
          // A number only where the status says so: NaN otherwise.
          values: [
            status(0) === 'n' ? r.applications_received_total : NaN,
            status(1) === 'n' ? r.review_total : NaN,
          ],
        });
      }
    };
    let seq = 0;
    for (const [department, years] of [
      [1, [2008, 2019, 2025, 2039]],
      [63, [2020, 2021]],
      [64, [2019]],
      [700, [2008, 2039]],
      [5, [2030]],
      [5000, [2024]],
    ] as const) {
      const layout = index.layout;
      const stride = index.yearStride;
      for (const year of years) rows.push(row(++seq, department, year));
      await index.sync(METRICS);
      expectAll();
      // Readers that hold slots can tell that they moved.
      expect(index.layout !== layout).toBe(index.yearStride !== stride);
    }
    // The rows cover every status, generation and counted status.
    expect(new Set(rows.map((r) => r.statuses)).size).toBeGreaterThan(4);
    expect(new Set(rows.map((r) => r.generation)).size).toBe(4);
    const a = index.slot(700, 2020);
    expect(index.slot(700, 2021) - a).toBe(index.yearStride);
    // A department with no report row has no slot.
    expect(index.slot(701, 2020)).toBe(-1);
    expect(index.slot(1, 2007)).toBe(-1);
    expect(index.slot(1, 2040)).toBe(-1);
    // A year without a report stays empty after every move.
    expect(index.submissionId[index.slot(63, 2019)]).toBe(0);
  });

  it('sizes the index by the departments it holds, not by their ids', async () => {
    // Ids a sequence used up (failed imports) leave gaps: one far id costs one slot.
    const rows = [row(1, 3, 2024), row(2, 2 ** 31 - 2, 2024), row(3, 3, 2025)];
    const index = new ReportIndex(fakeDb(rows));
    await index.sync(METRICS);
    expect(index.yearStride).toBe(64);
    const far = index.slot(2 ** 31 - 2, 2024);
    expect(index.submissionId[far]).toBe(20);
    expect(index.slot(3, 2025) - index.slot(3, 2024)).toBe(64);
  });
});
