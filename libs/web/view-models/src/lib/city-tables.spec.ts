import { metricsOfGeneration } from '@gongkai/disclosure-domain/metrics';

import {
  cityTablesCoverage,
  cityTablesLayout,
  cityTablesSummary,
} from './city-tables';

const cells = (generation: 'G1' | 'G2') =>
  metricsOfGeneration(generation).map((metric, i) => ({
    metric,
    value: i % 7 === 0 ? null : i,
    reports: i % 7 === 0 ? 0 : 3,
  }));

describe('cityTablesLayout', () => {
  it('lays every cell of the year’s format out with its sum, blank where no report gave a number', () => {
    const input = {
      year: 2024,
      generation: 'G2',
      reports: [{ generation: 'G2', reports: 3 }],
      cells: cells('G2'),
    };
    const layout = cityTablesLayout(input, 'zh-CN');
    const shown = new Map(
      layout.tables
        .flatMap((t) => t.blocks)
        .flatMap((b) => b.rows)
        .flatMap((r) => r.cells)
        .map((c) => [c.metric, c]),
    );
    expect(layout.tables.map((t) => t.generation)).toEqual(['G2', 'G2', 'G2']);
    expect(
      input.cells.map((c) => {
        const cell = shown.get(c.metric);
        return [c.metric, cell?.status, cell?.display === ''];
      }),
    ).toEqual(
      input.cells.map((c) => [
        c.metric,
        c.value === null ? 'blank' : 'number',
        c.value === null,
      ]),
    );
    expect(shown.get('applications.received.total')?.display).not.toBe('');
  });
});

describe('cityTablesSummary', () => {
  it('names the reports without readable tables apart from the other format', () => {
    const t = {
      year: 2025,
      generation: 'G2',
      reports: [
        { generation: '', reports: 1 },
        { generation: 'G1', reports: 2 },
        { generation: 'G2', reports: 32 },
      ],
      cells: [],
    };
    expect(cityTablesSummary(t, 'zh-CN')).toEqual({
      reports: 35,
      otherFormat: 2,
      text: '2025 年 35 份报告相加，按 2021 年格式排列。其中 2019 年格式 2 份，只计入两种格式共有的单元格。其中 1 份没有可读的统计表，未计入任何单元格。',
    });
    expect(cityTablesSummary(t, 'en').text).toContain(
      '1 of them had no readable tables and add to no cell.',
    );
  });

  it('counts the reports and says which were in the other format', () => {
    const t = {
      year: 2021,
      generation: 'G2',
      reports: [
        { generation: 'G1', reports: 2 },
        { generation: 'G2', reports: 30 },
      ],
      cells: [],
    };
    expect(cityTablesSummary(t, 'zh-CN')).toEqual({
      reports: 32,
      otherFormat: 2,
      text: '2021 年 32 份报告相加，按 2021 年格式排列。其中 2019 年格式 2 份，只计入两种格式共有的单元格。',
    });
    expect(cityTablesSummary(t, 'en').text).toBe(
      '32 reports for 2021 added up, laid out in the 2021 format. Of them, 2 in the 2019 format count only in the cells both formats share.',
    );
  });
});

describe('cityTablesCoverage', () => {
  const counts = {
    submitted: 3,
    submittedWithErrors: 1,
    returned: 1,
    pending: 0,
    missing: 2,
  };
  it('names the departments the sums leave out', () => {
    expect(cityTablesCoverage(counts, false, 'zh-CN')).toBe(
      '不在汇总内的部门：未报送 2 个，全部版本被退回 1 个。',
    );
    expect(cityTablesCoverage(counts, true, 'en')).toBe(
      'Departments not in these sums: 2 missing, 1 with every version returned, 4 submitted but not accepted.',
    );
  });
  it('says nothing when every expected department is in', () => {
    expect(
      cityTablesCoverage({ ...counts, returned: 0, missing: 0 }, false, 'en'),
    ).toBeNull();
  });
});
