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

  const row = (seq: number, departmentId: number, year: number) => ({
    seq,
    department_id: departmentId,
    year,
    submission_id: seq * 10,
    generation: 'G2',
    versions: 1,
    first_received_at: '2024-01-10T00:00:00Z',
    latest_received_at: '2024-01-10T00:00:00Z',
    counted_status: 'accepted',
    error_count: 0,
    warning_count: seq % 3,
    // applications.received.total and review.total (registry positions) as numbers.
    statuses: 'n'.repeat(VALUE_METRICS.length),
    applications_received_total: departmentId * 10_000 + year,
    review_total: seq,
  });

  it('keeps every department-year through growth, each year one stride on', async () => {
    const rows: Record<string, unknown>[] = [];
    const db = fakeDb(rows);
    const index = new ReportIndex(db);
    const expectAll = () => {
      for (const r of rows) {
        const slot = index.slot(Number(r['department_id']), Number(r['year']));
        expect(slot).toBeGreaterThanOrEqual(0);
        expect(index.submissionId[slot]).toBe(r['submission_id']);
        expect(index.warnings[slot]).toBe(r['warning_count']);
        expect(index.column(METRICS[0] as string).values[slot]).toBe(
          r['applications_received_total'],
        );
        expect(index.column(METRICS[1] as string).values[slot]).toBe(
          r['review_total'],
        );
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
      for (const year of years) rows.push(row(++seq, department, year));
      await index.sync(METRICS);
      expectAll();
    }
    const a = index.slot(700, 2020);
    expect(index.slot(700, 2021) - a).toBe(index.yearStride);
    expect(index.slot(701, 2020) - a).toBe(1);
    expect(index.slot(1, 2007)).toBe(-1);
    expect(index.slot(1, 2040)).toBe(-1);
    // A year without a report stays empty after every move.
    expect(index.submissionId[index.slot(63, 2019)]).toBe(0);
  });
});
