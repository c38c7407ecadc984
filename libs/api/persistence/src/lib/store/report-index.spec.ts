import { sampleReportData } from '@gongkai/disclosure-domain/testing';

import { DIALECTS, useTestStore } from '../../testing/test-databases';
import {
  incomingDocument,
  renderDocument,
  withValues,
} from '../../testing/test-documents';
import { ReportQueries } from './report-queries';
import { ReportStore } from './report-store';

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
