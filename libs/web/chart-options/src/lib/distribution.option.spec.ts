import type { BoxplotSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import {
  distributionOption,
  type DistributionInput,
} from './distribution.option';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => ({
  name: `部门${v}`,
  value: v,
}));

function build(overrides: Partial<DistributionInput> = {}) {
  return distributionOption({
    groups: [
      { label: '2021', values: [...values, { name: '市公安局', value: 100 }] },
      { label: '2022', values: [] },
      { label: '2023', values: [{ name: '市财政局', value: 4 }] },
    ],
    boxSeriesName: '部门分布',
    outlierSeriesName: '离群值',
    statLabels: {
      n: '部门数',
      min: '最小',
      q1: '下四分位',
      median: '中位数',
      q3: '上四分位',
      max: '最大',
    },
    formatter: (v) => `${v}`,
    description: '各年度部门分布',
    ...overrides,
  });
}

describe('distributionOption', () => {
  it('draws one box per group with Tukey whiskers, empty groups left blank', () => {
    const [box] = build().series as [BoxplotSeriesOption, ScatterSeriesOption];
    expect(box.data).toEqual([[1, 3.25, 5.5, 7.75, 9], [], [4, 4, 4, 4, 4]]);
  });

  it('plots outliers at their group with the department name in the tooltip', () => {
    const [, scatter] = build().series as [
      BoxplotSeriesOption,
      ScatterSeriesOption,
    ];
    expect(scatter.data).toEqual([{ value: [0, 100], name: '市公安局' }]);
    const tooltip = scatter.tooltip as {
      formatter: (p: { dataIndex: number }) => string;
    };
    expect(tooltip.formatter({ dataIndex: 0 })).toContain('市公安局: 100');
  });

  it('lists the statistics in the box tooltip', () => {
    const [box] = build().series as [BoxplotSeriesOption];
    const tooltip = box.tooltip as {
      formatter: (p: { dataIndex: number }) => string;
    };
    expect(tooltip.formatter({ dataIndex: 0 })).toContain('中位数: 5.5');
    expect(tooltip.formatter({ dataIndex: 1 })).toBe('');
  });

  it('passes group statistics to a description template', () => {
    const o = build({
      description: (s) =>
        `中位数 ${s.groups[0]?.stats?.median}，${s.groups[1]?.stats}`,
    });
    expect(o.aria).toMatchObject({
      enabled: true,
      label: { description: '中位数 5.5，null' },
    });
  });
});
