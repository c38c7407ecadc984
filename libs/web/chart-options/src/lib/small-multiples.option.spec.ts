import type { LineSeriesOption } from 'echarts/charts';
import {
  breakLabel,
  decisions,
  fmt,
  joinedYears,
  received,
  statusLabels,
} from './__fixtures__/series';
import {
  panelLayout,
  smallMultiplesOption,
  type SmallMultiplesInput,
} from './small-multiples.option';
import type { TrendSeries } from './types';

const years = [2018, 2019, 2020, 2021, 2022, 2023];

const panels: TrendSeries[] = Array.from({ length: 16 }, (_, i) => ({
  ...(i % 2 === 0 ? decisions : received),
  id: `dept-${i}`,
  name: `部门${i}`,
}));

function build(overrides: Partial<SmallMultiplesInput> = {}) {
  return smallMultiplesOption({
    from: 2018,
    to: 2023,
    panels,
    yScale: 'shared',
    formatter: fmt,
    statusLabels,
    breakLabel,
    description: '16 个部门的趋势',
    ...overrides,
  });
}

type Box = { left: string; top: string; width: string; height: string };
const num = (s: string) => Number.parseFloat(s);
const rect = (g: Box) => ({
  x: num(g.left),
  y: num(g.top),
  w: num(g.width),
  h: num(g.height),
});

describe('smallMultiplesOption', () => {
  it('creates one grid, title and pair of axes per panel', () => {
    const o = build();
    expect(o.grid).toHaveLength(16);
    expect((o.title as { text: string }[]).map((t) => t.text)).toEqual(
      panels.map((p) => p.name),
    );
    expect(
      (o.xAxis as { gridIndex: number }[]).map((a) => a.gridIndex),
    ).toEqual([...Array(16).keys()]);
    expect(
      (o.yAxis as { gridIndex: number }[]).map((a) => a.gridIndex),
    ).toEqual([...Array(16).keys()]);
  });

  it('lays panels out without overlap and inside the chart', () => {
    for (const [count, columns] of [
      [16, undefined],
      [7, 3],
      [2, undefined],
    ] as const) {
      const rects = (
        smallMultiplesOption({
          ...inputOf(count),
          ...(columns ? { columns } : {}),
        }).grid as Box[]
      ).map(rect);
      expect(rects).toHaveLength(count);
      rects.forEach((a, i) => {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.x + a.w).toBeLessThanOrEqual(100);
        expect(a.y + a.h).toBeLessThanOrEqual(100);
        rects.slice(i + 1).forEach((b) => {
          const apart =
            a.x + a.w <= b.x ||
            b.x + b.w <= a.x ||
            a.y + a.h <= b.y ||
            b.y + b.h <= a.y;
          expect(apart).toBe(true);
        });
      });
    }
    expect(
      panelLayout(16)
        .map((c) => c.left)
        .filter((l, i, all) => all.indexOf(l) === i),
    ).toHaveLength(4);
  });

  it('shares one rounded y scale, or leaves each panel its own', () => {
    const shared = build().yAxis as { min?: number; max?: number }[];
    expect(shared.every((a) => a.min === 0 && a.max === 10)).toBe(true);
    const own = build({ yScale: 'independent' }).yAxis as { max?: number }[];
    expect(own.every((a) => a.max === undefined)).toBe(true);
  });

  it('applies the gap and break rules in every panel', () => {
    const series = build().series as LineSeriesOption[];
    const first = series.filter((s) => s.name === '部门0');
    expect(first.every((s) => s.xAxisIndex === 0 && s.yAxisIndex === 0)).toBe(
      true,
    );
    expect(
      first.flatMap((s) => joinedYears(s.data as unknown[], years)),
    ).not.toContain('2020-2021');
    expect(first.flatMap((s) => s.data as unknown[])).not.toContain(0);
    const second = series.filter((s) => s.name === '部门1');
    expect(second[0]?.xAxisIndex).toBe(1);
    expect(joinedYears(second[0]?.data as unknown[], years)).toContain(
      '2020-2021',
    );
    const breaks = series.filter((s) => s.markArea);
    expect(breaks.map((s) => s.xAxisIndex)).toEqual([
      0, 2, 4, 6, 8, 10, 12, 14,
    ]);
  });

  it('shows the hovered panel in the tooltip', () => {
    const o = build();
    const series = o.series as LineSeriesOption[];
    const index = series.findIndex((s) => s.name === '部门1');
    const tooltip = o.tooltip as { formatter: (p: unknown) => string };
    const text = tooltip.formatter([{ seriesIndex: index, dataIndex: 1 }]);
    expect(text).toContain('部门1: 3 件');
    expect(text).not.toContain('部门0');
  });

  it('sets the aria description', () => {
    expect(build().aria).toMatchObject({
      enabled: true,
      label: { description: '16 个部门的趋势' },
    });
  });
});

function inputOf(count: number): SmallMultiplesInput {
  return {
    from: 2018,
    to: 2023,
    panels: panels.slice(0, count),
    yScale: 'independent',
    formatter: fmt,
    statusLabels,
    breakLabel,
    description: 'x',
  };
}
