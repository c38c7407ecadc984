import type { LineSeriesOption } from 'echarts/charts';
import {
  breakLabel,
  decisions,
  fmt,
  joinedYears,
  received,
  statusLabels,
} from './__fixtures__/series';
import { trendLineOption, type TrendLineInput } from './trend-line.option';
import type { TrendSummary } from './types';

const years = [2018, 2019, 2020, 2021, 2022, 2023];

function build(overrides: Partial<TrendLineInput> = {}) {
  return trendLineOption({
    from: 2018,
    to: 2023,
    series: [decisions, received],
    formatter: fmt,
    statusLabels,
    breakLabel,
    description: '两个部门 2018—2023 年的决定数',
    unit: '件',
    ...overrides,
  });
}

function lines(option: ReturnType<typeof build>): LineSeriesOption[] {
  const series = option.series;
  return (Array.isArray(series) ? series : [series]) as LineSeriesOption[];
}

const named = (option: ReturnType<typeof build>, name: string) =>
  lines(option).filter((s) => s.name === name);

describe('trendLineOption', () => {
  it('puts every year on the category axis', () => {
    const option = build({ from: 2016 });
    expect(option.xAxis).toMatchObject({
      data: ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'],
    });
  });

  it('draws a gap for blank, "/" and missing reports, never a 0', () => {
    const segments = named(build(), '市财政局');
    const at = (year: number) =>
      segments.map((s) => (s.data as unknown[])[years.indexOf(year)]);
    expect(at(2019)).toEqual([null, null]);
    expect(at(2022)).toEqual([null, null]);
    expect(at(2023)).toEqual([null, null]);
    expect(segments.flatMap((s) => s.data as unknown[])).not.toContain(0);
    expect(segments.every((s) => s.connectNulls === false)).toBe(true);
  });

  it('keeps a reported 0 as 0', () => {
    const zero = {
      ...received,
      points: [
        {
          year: 2019,
          value: 0,
          status: 'reported' as const,
          generation: 'G1' as const,
        },
      ],
    };
    const [only] = named(build({ series: [zero] }), '市教育局');
    expect((only?.data as unknown[])[1]).toBe(0);
  });

  it('splits a non-comparable series at the format change and joins a comparable one', () => {
    const option = build();
    const split = named(option, '市财政局');
    expect(split.map((s) => s.id)).toEqual(['dept-a:G1', 'dept-a:G2']);
    const splitPairs = split.flatMap((s) =>
      joinedYears(s.data as unknown[], years),
    );
    expect(splitPairs).not.toContain('2020-2021');

    const joined = named(option, '市教育局');
    expect(joined).toHaveLength(1);
    expect(joinedYears(joined[0]?.data as unknown[], years)).toContain(
      '2020-2021',
    );
  });

  it('gives the segments of one series the same colour, symbol and dash, and another series different ones', () => {
    const [g1, g2] = named(build(), '市财政局');
    const [other] = named(build(), '市教育局');
    expect(g1?.lineStyle).toEqual(g2?.lineStyle);
    expect(g1?.symbol).toBe(g2?.symbol);
    expect(other?.symbol).not.toBe(g1?.symbol);
    expect(other?.lineStyle?.type).not.toEqual(g1?.lineStyle?.type);
    expect(other?.lineStyle?.color).not.toBe(g1?.lineStyle?.color);
  });

  it('labels the break between the last G1 and first G2 year', () => {
    const marks = lines(build()).filter((s) => s.markArea);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.markArea?.data).toEqual([
      [{ name: '2021 格式变更', xAxis: '2020' }, { xAxis: '2021' }],
    ]);
  });

  it('draws no break when every series is comparable', () => {
    const option = build({ series: [received] });
    expect(lines(option).some((s) => s.markArea)).toBe(false);
    expect(lines(option)).toHaveLength(1);
  });

  it('lists each series once in the legend', () => {
    expect(build().legend).toMatchObject({ data: ['市财政局', '市教育局'] });
  });

  it('sets the aria description and decals', () => {
    expect(build().aria).toEqual({
      enabled: true,
      decal: { show: true },
      label: { enabled: true, description: '两个部门 2018—2023 年的决定数' },
    });
  });

  it('feeds a description template with a summary of the data', () => {
    const template = jest.fn(
      (s: TrendSummary) =>
        `${s.series[0]?.name}: ${s.series[0]?.first?.value}→${s.series[0]?.last?.value}`,
    );
    const option = build({ description: template });
    expect(template.mock.calls[0]?.[0].breaks).toEqual([
      { fromYear: 2020, toYear: 2021 },
    ]);
    expect(template.mock.calls[0]?.[0].series[0]?.reportedYears).toBe(3);
    expect(option.aria).toMatchObject({
      label: { description: '市财政局: 5→9' },
    });
  });

  it('shows values or status labels in the tooltip', () => {
    const tooltip = build().tooltip as { formatter: (p: unknown) => string };
    const y2019 = tooltip.formatter([{ dataIndex: 1 }]);
    expect(y2019).toContain('市财政局: 空白');
    expect(y2019).toContain('市教育局: 3 件');
    expect(tooltip.formatter([{ dataIndex: 4 }])).toContain('市财政局: 不适用');
    expect(tooltip.formatter([{ dataIndex: 5 }])).toContain('市财政局: 缺报告');
  });

  it('escapes names in the tooltip', () => {
    const evil = { ...received, name: '<b>局</b>' };
    const tooltip = build({ series: [evil] }).tooltip as {
      formatter: (p: unknown) => string;
    };
    expect(tooltip.formatter([{ dataIndex: 0 }])).toContain(
      '&lt;b&gt;局&lt;/b&gt;',
    );
  });
});
