import type { BoardStatus, CityTables } from '@gongkai/api-persistence';
import { metricsOfGeneration } from '@gongkai/disclosure-domain';

import {
  coverageLines,
  officialSheetCells,
  partialCells,
} from './city-tables.util';

const G2_ONLY = metricsOfGeneration('G2').find(
  (m) => !metricsOfGeneration('G1').includes(m),
) as string;
const SHARED = 'applications.received.total';

/** 2024 tables over 10 reports in the 2021 format and 2 in the 2019 one. */
function tables(cells: CityTables['cells'], acceptedOnly = false): CityTables {
  return {
    year: 2024,
    generation: 'G2',
    kinds: [],
    acceptedOnly,
    reports: [
      { generation: 'G2', reports: 10 },
      { generation: 'G1', reports: 2 },
    ],
    cells,
  };
}

const counts = (c: Partial<Record<BoardStatus, number>>) => ({
  accepted: 0,
  submittedWithErrors: 0,
  submitted: 0,
  returned: 0,
  missing: 0,
  pending: 0,
  notExpected: 0,
  ...c,
});

describe('city tables coverage', () => {
  it('counts as possible only the reports whose format has the cell', () => {
    const t = tables([
      // Every report of either format gave a number: complete.
      { metric: SHARED, value: 120, reports: 12 },
      // A 2021-only cell: the 2019-format reports cannot give it.
      { metric: G2_ONLY, value: 30, reports: 10 },
    ]);
    expect(partialCells(t)).toEqual([]);
    const blanks = tables([
      { metric: SHARED, value: 100, reports: 9 },
      { metric: G2_ONLY, value: null, reports: 0 },
    ]);
    expect(partialCells(blanks)).toEqual([
      { metric: SHARED, reports: 9, possible: 12 },
      { metric: G2_ONLY, reports: 0, possible: 10 },
    ]);
  });

  it('names the departments left out and the cells with blanks', () => {
    const t = tables([{ metric: SHARED, value: 100, reports: 11 }]);
    expect(
      coverageLines(t, counts({ missing: 3, returned: 1, submitted: 4 })),
    ).toEqual([
      [
        '未计入的部门 departments left out',
        '未报送 3 个，全部版本被退回 1 个 — 3 missing, 1 with every version returned',
      ],
      [
        '部分报告空白的单元格 cells with blanks',
        '1 个单元格只有部分报告填了数字，见单元格批注 — 1 cell(s) add up fewer reports than were summed (some left them blank); see the cell notes',
      ],
    ]);
    // Accepted reports only: those not yet accepted are left out too.
    const accepted = tables([{ metric: SHARED, value: 5, reports: 12 }], true);
    expect(
      coverageLines(accepted, counts({ submitted: 4, submittedWithErrors: 1 })),
    ).toEqual([
      [
        '未计入的部门 departments left out',
        '已报送未接收 5 个 — 5 submitted but not accepted',
      ],
    ]);
    expect(coverageLines(accepted, counts({ accepted: 12 }))).toEqual([
      ['未计入的部门 departments left out', '无 none'],
    ]);
  });

  it('marks the partial value cells of the sheet, and only them', () => {
    const t = tables([
      { metric: SHARED, value: 100, reports: 9 },
      { metric: G2_ONLY, value: 30, reports: 10 },
    ]);
    const { cells } = officialSheetCells(t, 1);
    const marked = cells.filter((c) => c.partial);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({
      kind: 'value',
      value: 100,
      partial: { reports: 9, possible: 12 },
    });
  });
});
