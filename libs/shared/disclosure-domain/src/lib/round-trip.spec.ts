import fc from 'fast-check';

import { arbitraryReportData, reportMetricIds } from '../testing/random-report';
import type { ParsedReport, ReportData } from './model/report';
import { parseReport } from './parse-report';
import {
  REPORT_LAYOUTS,
  renderReport,
  renderReportDocx,
} from './writer/render-report';

/** What the parser must give back for each cell the writer wrote. */
function expectSameValues(data: ReportData, parsed: ParsedReport): void {
  const expected: Record<string, unknown> = {};
  const actual: Record<string, unknown> = {};
  for (const id of reportMetricIds(data.generation)) {
    const v = data.values[id];
    expected[id] = v === undefined || v === null ? 'blank' : v;
    const p = parsed.values[id];
    actual[id] =
      p === undefined
        ? 'absent'
        : p.status === 'number'
          ? p.value
          : p.status === 'notApplicable'
            ? '/'
            : p.status;
  }
  expect(actual).toEqual(expected);
}

describe('writer → parser round trip', () => {
  it.each(REPORT_LAYOUTS)(
    'returns every value of random consistent reports in the %s layout',
    (layout) => {
      fc.assert(
        fc.property(arbitraryReportData({ blankRate: 0.15 }), (data) => {
          const doc =
            layout === 'docx'
              ? renderReportDocx(data)
              : renderReport(data, layout);
          const parsed = parseReport(doc);
          expect(parsed.year).toBe(data.year);
          expect(parsed.agency).toBe(data.agency);
          expect(parsed.generation).toBe(data.generation);
          expect(parsed.truncated).toBe(false);
          expect(parsed.sections.map((s) => s.numeral).join('')).toBe(
            '一二三四五六',
          );
          expectSameValues(data, parsed);
          expect(parsed.findings.filter((f) => f.severity !== 'info')).toEqual(
            [],
          );
        }),
        { numRuns: 40, seed: 20261126 },
      );
    },
  );
});
