import type { BarSeriesOption } from 'echarts/charts';
import { rankingBarOption, type RankingBarInput } from './ranking-bar.option';
import { highlightColor, noDecal } from './theme';

const items = [
  { id: 'a', name: '市人力资源和社会保障局行政审批服务处', value: 120 },
  { id: 'b', name: '市财政局', value: 80 },
  { id: 'c', name: '市教育局', value: 35.5 },
];

function build(overrides: Partial<RankingBarInput> = {}) {
  return rankingBarOption({
    items,
    seriesName: '依申请公开数',
    formatter: (v) => `${v} 件`,
    description: '各部门依申请公开数排名',
    highlightIds: ['b'],
    maxLabelChars: 6,
    ...overrides,
  });
}

const barOf = (o: ReturnType<typeof build>) =>
  (o.series as BarSeriesOption[])[0];
type Axis = {
  inverse: boolean;
  data: string[];
  axisLabel: { formatter: (name: string, index: number) => string };
};

describe('rankingBarOption', () => {
  it('keeps the given order with the first item at the top', () => {
    const o = build();
    const axis = o.yAxis as Axis;
    expect(axis.inverse).toBe(true);
    expect(axis.data).toEqual(items.map((i) => i.name));
    expect((barOf(o)?.data as { value: number }[]).map((d) => d.value)).toEqual(
      [120, 80, 35.5],
    );
  });

  it('labels bars with formatted values', () => {
    const label = barOf(build())?.label as {
      show: boolean;
      formatter: (p: unknown) => string;
    };
    expect(label.show).toBe(true);
    expect(label.formatter({ value: 35.5 })).toBe('35.5 件');
  });

  it('marks highlighted departments with a decal, not colour alone', () => {
    const data = barOf(build())?.data as {
      itemStyle?: { color: string; decal: unknown };
    }[];
    expect(data[1]?.itemStyle?.color).toBe(highlightColor);
    expect(data[1]?.itemStyle?.decal).toMatchObject({
      symbol: expect.any(String),
    });
    expect(data[0]?.itemStyle).toBeUndefined();
    expect(barOf(build())?.itemStyle?.decal).toBe(noDecal);
  });

  it('truncates long axis labels but keeps the full name in the tooltip', () => {
    const o = build();
    const format = (o.yAxis as Axis).axisLabel.formatter;
    expect(format(items[0]?.name ?? '', 0)).toBe('市人力资源…');
    expect(format('市财政局', 1)).toBe('{highlight|市财政局}');
    const tooltip = o.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 0 }])).toContain(items[0]?.name);
  });

  it('sets the aria description', () => {
    expect(build().aria).toMatchObject({
      enabled: true,
      decal: { show: true },
      label: { description: '各部门依申请公开数排名' },
    });
  });

  it('summarises top and bottom for a description template', () => {
    const o = build({
      description: (s) =>
        `${s.count} 个部门，最高 ${s.top?.name}，最低 ${s.bottom?.name}`,
    });
    expect(o.aria).toMatchObject({
      label: { description: `3 个部门，最高 ${items[0]?.name}，最低 市教育局` },
    });
  });
});
