import type { CompareState } from './compare-state';
import { compareQuery, exportUrl, parseCompareQuery } from './compare-state';

const defaults: CompareState = {
  metric: 'applications.received.total',
  departments: [],
  kinds: [],
  from: 2019,
  to: 2025,
  year: 2025,
  view: 'line',
  table: false,
};

describe('compare state in the URL', () => {
  it('round-trips through the query string', () => {
    const s: CompareState = {
      metric: 'review.total',
      departments: [3, 7],
      kinds: ['district'],
      from: 2020,
      to: 2024,
      year: 2023,
      view: 'ranking',
      table: true,
    };
    expect(parseCompareQuery(compareQuery(s, defaults), defaults)).toEqual(s);
  });

  it('leaves defaults out of the link', () => {
    expect(compareQuery(defaults, defaults)).toEqual({
      metric: defaults.metric,
    });
  });

  it('falls back to defaults on invalid values', () => {
    const s = parseCompareQuery(
      {
        from: 'x',
        to: '1900',
        view: 'pie',
        kinds: 'district,mars',
        departments: '5,-1,a,5',
        year: '2030',
      },
      defaults,
    );
    expect(s).toMatchObject({
      from: 2019,
      to: 2025,
      view: 'line',
      kinds: ['district'],
      departments: [5],
      year: 2025,
    });
  });

  it('swaps a reversed year range', () => {
    expect(
      parseCompareQuery({ from: '2024', to: '2020' }, defaults),
    ).toMatchObject({ from: 2020, to: 2024 });
  });

  it('exports what the page shows, with its filters', () => {
    const s = { ...defaults, departments: [3, 7] };
    expect(exportUrl('series', 'csv', s)).toBe(
      '/api/exports/series.csv?metrics=applications.received.total&from=2019&to=2025&departments=3%2C7',
    );
    expect(exportUrl('ranking', 'xlsx', { ...s, kinds: ['township'] })).toBe(
      '/api/exports/ranking.xlsx?metric=applications.received.total&year=2025&limit=30&kinds=township',
    );
  });
});
