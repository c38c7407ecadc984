import type { BarSeriesOption } from 'echarts/charts';
import { stackedBarOption, type StackedBarInput } from './stacked-bar.option';

const parts = [
  { id: 'granted', name: '予以公开', values: [10, 0, null] },
  { id: 'partly', name: '部分公开', values: [5, 3, 7] },
  { id: 'refused', name: '不予公开', values: [5, null, 1] },
];

function build(overrides: Partial<StackedBarInput> = {}) {
  return stackedBarOption({
    categories: ['2021', '2022', '2023'],
    parts,
    formatter: (v) => `${v} 件`,
    emptyLabel: '空白',
    description: '申请办理结果',
    ...overrides,
  });
}

const seriesOf = (o: ReturnType<typeof build>) => o.series as BarSeriesOption[];

describe('stackedBarOption', () => {
  it('stacks one series per part, keeping nulls as gaps', () => {
    const s = seriesOf(build());
    expect(s.map((x) => x.name)).toEqual(['予以公开', '部分公开', '不予公开']);
    expect(new Set(s.map((x) => x.stack)).size).toBe(1);
    expect(s[0]?.data).toEqual([10, 0, null]);
    expect(s[2]?.data).toEqual([5, null, 1]);
  });

  it('gives every part its own decal', () => {
    const decals = seriesOf(build()).map((x) =>
      JSON.stringify(x.itemStyle?.decal),
    );
    expect(new Set(decals).size).toBe(3);
  });

  it('sums to 100 per category in percent mode', () => {
    const o = build({ percent: true });
    const s = seriesOf(o);
    for (let c = 0; c < 3; c++) {
      const sum = s.reduce(
        (acc, x) => acc + (((x.data as (number | null)[])[c] ?? 0) as number),
        0,
      );
      expect(sum).toBeCloseTo(100, 10);
    }
    expect(s[0]?.data).toEqual([50, 0, null]);
    expect(o.yAxis).toMatchObject({ max: 100 });
  });

  it('leaves a category with a zero total empty in percent mode', () => {
    const s = seriesOf(
      build({
        percent: true,
        parts: [{ id: 'x', name: 'x', values: [0] }],
        categories: ['2021'],
      }),
    );
    expect(s[0]?.data).toEqual([null]);
  });

  it('shows raw values and shares in the tooltip', () => {
    const tooltip = build({ percent: true, percentFormatter: (v) => `${v}%` })
      .tooltip as {
      formatter: (p: unknown) => string;
    };
    const text = tooltip.formatter([{ dataIndex: 1 }]);
    expect(text).toContain('予以公开: 0 件 (0%)');
    expect(text).toContain('部分公开: 3 件 (100%)');
    expect(text).toContain('不予公开: 空白');
  });

  it('sets the aria description', () => {
    expect(build().aria).toMatchObject({
      enabled: true,
      label: { description: '申请办理结果' },
    });
  });
});
