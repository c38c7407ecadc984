import fc from 'fast-check';
import { DomUtils, parseDocument } from 'htmlparser2';
import { strFromU8, unzipSync } from 'fflate';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  getMetric,
} from '../metrics/metric-registry';
import type { ReportData } from '../model/report';
import {
  arbitraryReportData,
  reportMetricIds,
  sampleReportData,
} from '../../testing/random-report';
import {
  REPORT_LAYOUTS,
  renderReport,
  renderReportDocx,
} from './render-report';

/** A blank reads as 0 here: the arbitraries only blank zero cells. */
function n(data: ReportData, id: string): number {
  const v = data.values[id];
  if (v === '/' || v === undefined) throw new Error(`${id} is ${String(v)}`);
  return v ?? 0;
}

/** R1–R4 of the format (annual-report-format.md §8); returns the broken ones. */
function brokenRules(data: ReportData): string[] {
  const broken: string[] = [];
  const rows = APPLICATION_ROWS.filter((r) =>
    r.generations.includes(data.generation),
  );
  const results = rows
    .map((r) => r.key)
    .filter(
      (k) =>
        !['received', 'carriedIn', 'resultTotal', 'carriedForward'].includes(k),
    );
  for (const col of APPLICATION_COLUMNS) {
    const a = (row: string) => n(data, `applications.${row}.${col.key}`);
    if (
      a('received') + a('carriedIn') !==
      a('resultTotal') + a('carriedForward')
    )
      broken.push(`R1 ${col.key}`);
    if (results.reduce((s, r) => s + a(r), 0) !== a('resultTotal'))
      broken.push(`R2 ${col.key}`);
  }
  for (const row of rows) {
    const sum = APPLICATION_COLUMNS.filter((c) => c.key !== 'total').reduce(
      (s, c) => s + n(data, `applications.${row.key}.${c.key}`),
      0,
    );
    if (sum !== n(data, `applications.${row.key}.total`))
      broken.push(`R3 ${row.key}`);
  }
  for (const g of REVIEW_GROUPS) {
    const sum = REVIEW_COLUMNS.filter((c) => c.key !== 'total').reduce(
      (s, c) => s + n(data, `${g.key}.${c.key}`),
      0,
    );
    if (sum !== n(data, `${g.key}.total`)) broken.push(`R4 ${g.key}`);
  }
  return broken;
}

/** Values outside what R5 allows for their metric, as `id=value`. */
function invalidValues(data: ReportData): string[] {
  const invalid: string[] = [];
  for (const [id, value] of Object.entries(data.values)) {
    if (value === null) continue;
    const unit = getMetric(id)?.unit;
    const ok =
      value === '/'
        ? data.generation === 'G2' && id.startsWith('proactive.rules.')
        : unit === 'wanYuan'
          ? value >= 0 && Math.abs(Math.round(value * 1e6) - value * 1e6) < 1e-3
          : Number.isInteger(value) && (unit === 'signedCount' || value >= 0);
    if (!ok) invalid.push(`${id}=${String(value)}`);
  }
  return invalid;
}

describe('brokenRules (the test oracle itself)', () => {
  it('catches a broken total', () => {
    const data = sampleReportData('G2');
    data.values['applications.granted.natural'] = 39;
    expect(brokenRules(data)).toEqual(
      expect.arrayContaining(['R2 natural', 'R3 granted']),
    );
    data.values['review.total'] = 6;
    expect(brokenRules(data)).toContain('R4 review');
  });

  it('catches invalid values', () => {
    const data = sampleReportData('G1');
    data.values['applications.granted.natural'] = -1;
    data.values['proactive.procurement.amountWan'] = 1.0000001;
    data.values['proactive.rules.newlyMade'] = '/';
    expect(invalidValues(data)).toEqual([
      'proactive.rules.newlyMade=/',
      'proactive.procurement.amountWan=1.0000001',
      'applications.granted.natural=-1',
    ]);
  });
});

describe('sampleReportData', () => {
  it.each(['G1', 'G2'] as const)(
    '%s is consistent and complete',
    (generation) => {
      const data = sampleReportData(generation);
      expect(data.generation).toBe(generation);
      expect(brokenRules(data)).toEqual([]);
      expect(Object.keys(data.values).sort()).toEqual(
        reportMetricIds(generation).sort(),
      );
    },
  );

  it('returns a fresh object each time', () => {
    const a = sampleReportData('G1');
    a.values['review.total'] = 99;
    expect(sampleReportData('G1').values['review.total']).toBe(2);
  });

  it('shows blank, "/" and 0 in the samples', () => {
    expect(
      sampleReportData('G1').values['applications.received.research'],
    ).toBeNull();
    expect(
      sampleReportData('G1').values['applications.received.socialWelfare'],
    ).toBe(0);
    expect(sampleReportData('G2').values['proactive.rules.issued']).toBe('/');
  });
});

describe('arbitraryReportData', () => {
  it('produces consistent reports (R1–R4) with valid values', () => {
    fc.assert(
      fc.property(arbitraryReportData({ blankRate: 0.2 }), (data) => {
        expect(brokenRules(data)).toEqual([]);
        expect(Object.keys(data.values).sort()).toEqual(
          reportMetricIds(data.generation).sort(),
        );
        expect(invalidValues(data)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('ties generation to year unless one is asked for', () => {
    fc.assert(
      fc.property(arbitraryReportData(), (data) => {
        expect(data.year).toBeGreaterThanOrEqual(2019);
        expect(data.year).toBeLessThanOrEqual(2025);
        expect(data.generation).toBe((data.year ?? 0) <= 2020 ? 'G1' : 'G2');
        expect(Object.values(data.values)).not.toContain(null);
        expect(data.agency).toMatch(/^(示例|XX)/);
      }),
    );
    for (const generation of ['G1', 'G2'] as const) {
      fc.assert(
        fc.property(arbitraryReportData({ generation }), (data) => {
          expect(data.generation).toBe(generation);
        }),
        { numRuns: 30 },
      );
    }
  });

  it('blanks only zero cells, at roughly the asked rate', () => {
    const samples = fc.sample(arbitraryReportData({ blankRate: 0.5 }), {
      numRuns: 60,
      seed: 42,
    });
    const zeroSamples = fc.sample(arbitraryReportData({ blankRate: 0 }), {
      numRuns: 60,
      seed: 42,
    });
    let blanks = 0;
    let cells = 0;
    const changed: string[] = [];
    samples.forEach((data, i) => {
      const plain = zeroSamples[i]?.values ?? {};
      for (const [id, value] of Object.entries(data.values)) {
        cells++;
        if (value === null) blanks++;
        // A blank must hide a 0; every other cell is untouched.
        const ok = value === null ? plain[id] === 0 : value === plain[id];
        if (!ok) changed.push(`${i}:${id}`);
      }
    });
    expect(changed).toEqual([]);
    expect(blanks / cells).toBeGreaterThan(0.1);
  });

  it('sometimes draws large counts, signed changes and `/`', () => {
    const samples = fc.sample(arbitraryReportData(), { numRuns: 300, seed: 7 });
    const numbers = samples
      .flatMap((d) => Object.values(d.values))
      .filter((v): v is number => typeof v === 'number');
    expect(Math.max(...numbers)).toBeGreaterThan(100_000);
    expect(numbers.some((v) => v < 0)).toBe(true);
    expect(numbers.some((v) => !Number.isInteger(v))).toBe(true);
    expect(
      samples.some((d) => d.values['proactive.rules.issued'] === '/'),
    ).toBe(true);
  });
});

describe('every layout renders any consistent report', () => {
  it('text layouts and docx never print undefined/NaN and keep the HTML grid', () => {
    fc.assert(
      fc.property(arbitraryReportData({ blankRate: 0.3 }), (data) => {
        const outputs = REPORT_LAYOUTS.map((layout) =>
          layout === 'docx'
            ? strFromU8(
                unzipSync(renderReportDocx(data))['word/document.xml'] ??
                  new Uint8Array(),
              )
            : renderReport(data, layout),
        );
        expect(outputs.filter((o) => /undefined|NaN|null/.test(o))).toEqual([]);
        const html = renderReport(data, 'html');
        const tables = DomUtils.getElementsByTagName(
          'table',
          parseDocument(html).children,
        );
        expect(
          tables.map(
            (t) => DomUtils.getElementsByTagName('td', t.children).length,
          ),
        ).toEqual(data.generation === 'G1' ? [53, 198, 34] : [30, 215, 34]);
      }),
      { numRuns: 40 },
    );
  });
});
