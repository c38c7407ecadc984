import * as echarts from 'echarts';
import {
  breakLabel,
  decisions,
  fmt,
  received,
  statusLabels,
} from './__fixtures__/series';
import { complianceBarOption } from './compliance-bar.option';
import { distributionOption } from './distribution.option';
import { rankingBarOption } from './ranking-bar.option';
import { smallMultiplesOption } from './small-multiples.option';
import { stackedBarOption } from './stacked-bar.option';
import { trendLineOption } from './trend-line.option';
import type { ChartOption } from './types';

// Proves the options are valid ECharts input by rendering them server-side to SVG.
function render(option: ChartOption): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: 800,
    height: 400,
  });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    // Attribute values must not end early (e.g. a quoted font name inside style="…").
    expect(svg).not.toMatch(/="[^"]*"[^\s>/]/);
    return svg;
  } finally {
    chart.dispose();
  }
}

describe('server-side rendering of every builder', () => {
  it('renders the trend line with legend names and the break label', () => {
    const svg = render(
      trendLineOption({
        from: 2018,
        to: 2023,
        series: [decisions, received],
        formatter: fmt,
        statusLabels,
        breakLabel,
        description: 'x',
      }),
    );
    expect(svg).toContain('市财政局');
    expect(svg).toContain('2021 格式变更');
    expect(svg).toContain('2023');
  });

  it('renders small multiples with panel titles and break labels', () => {
    const svg = render(
      smallMultiplesOption({
        from: 2018,
        to: 2023,
        panels: [
          decisions,
          received,
          { ...decisions, id: 'c', name: '市卫健委' },
        ],
        yScale: 'shared',
        formatter: fmt,
        statusLabels,
        breakLabel,
        description: 'x',
      }),
    );
    expect(svg).toContain('市教育局');
    expect(svg).toContain('市卫健委');
    expect(svg).toContain('2021 格式变更');
  });

  it('renders the ranking with truncated names, value labels and a highlight pattern', () => {
    const svg = render(
      rankingBarOption({
        items: [
          { id: 'a', name: '市人力资源和社会保障局', value: 120 },
          { id: 'b', name: '市财政局', value: 80 },
        ],
        seriesName: '申请数',
        highlightIds: ['b'],
        maxLabelChars: 6,
        formatter: fmt,
        description: 'x',
      }),
    );
    expect(svg).toContain('市人力资源…');
    expect(svg).toContain('市财政局');
    expect(svg).toContain('120 件');
    expect(svg).toContain('<pattern');
  });

  it('renders the distribution with boxes and outliers', () => {
    const svg = render(
      distributionOption({
        groups: [
          {
            label: '2021 年',
            values: [1, 2, 3, 4, 5, 100].map((value, i) => ({
              name: `部门${i}`,
              value,
            })),
          },
          { label: '2022 年', values: [] },
        ],
        boxSeriesName: '分布',
        outlierSeriesName: '离群部门',
        statLabels: {
          n: 'n',
          min: 'min',
          q1: 'q1',
          median: 'median',
          q3: 'q3',
          max: 'max',
        },
        formatter: fmt,
        description: 'x',
      }),
    );
    expect(svg).toContain('2022 年');
    expect(svg).toContain('离群部门');
  });

  it('renders stacked and compliance bars with legends and patterns', () => {
    const stacked = render(
      stackedBarOption({
        categories: ['2021', '2022'],
        parts: [
          { id: 'a', name: '予以公开', values: [3, null] },
          { id: 'b', name: '不予公开', values: [1, 2] },
        ],
        percent: true,
        formatter: fmt,
        emptyLabel: '空白',
        description: 'x',
      }),
    );
    expect(stacked).toContain('不予公开');
    expect(stacked).toContain('<pattern');

    const compliance = render(
      complianceBarOption({
        years: [{ year: 2023, counts: { accepted: 3, missing: 1 } }],
        statusLabels: {
          accepted: '已通过',
          submitted: '已提交',
          submittedWithErrors: '提交有误',
          pending: '待提交',
          returned: '已退回',
          missing: '缺报',
          notExpected: '无需提交',
        },
        formatter: fmt,
        description: 'x',
      }),
    );
    expect(compliance).toContain('缺报');
    expect(compliance).toContain('2023');
  });
});
