import {
  checkInContext,
  CONTEXT_CHECK_METRICS,
  parseReport,
  renderReport,
  renderReportDocx,
  REPORT_LAYOUTS,
} from '@gongkai/disclosure-domain';
import type { ParsedReport } from '@gongkai/disclosure-domain';
import { arbitraryReportData } from '@gongkai/disclosure-domain/testing';
import fc from 'fast-check';

import {
  packLocations,
  prepareReport,
  reportOfPacked,
} from './prepared-report';

const REPORTS: ParsedReport[] = fc
  .sample(arbitraryReportData({ blankRate: 0.2 }), { numRuns: 12, seed: 3 })
  .flatMap((data) =>
    REPORT_LAYOUTS.map((layout) =>
      parseReport(
        layout === 'docx'
          ? renderReportDocx(data)
          : Buffer.from(renderReport(data, layout), 'utf8'),
      ),
    ),
  );

describe('prepared reports', () => {
  it('keeps the status, number and location of what the checks in context read', () => {
    const kinds = new Set<string>();
    for (const report of REPORTS) {
      const p = prepareReport(report);
      const light = reportOfPacked(p.packed, report, p.locations);
      expect(
        Object.keys(light.values).every((id) =>
          CONTEXT_CHECK_METRICS.includes(id),
        ),
      ).toBe(true);
      for (const id of CONTEXT_CHECK_METRICS) {
        const cell = report.values[id];
        if (cell?.location) kinds.add(cell.location.kind);
        expect({ id, cell: light.values[id] }).toEqual({
          id,
          cell: cell && {
            status: cell.status,
            value: cell.value,
            raw: cell.status === 'number' ? String(cell.value) : '',
            location: cell.location,
          },
        });
      }
    }
    expect([...kinds].sort()).toEqual(['table', 'text']);
  });

  it('gives the checks in context what the whole report gives them', () => {
    let found = 0;
    for (const [i, report] of REPORTS.entries()) {
      const previous = REPORTS[(i + 7) % REPORTS.length] as ParsedReport;
      const options = {
        previous: { ...previous, year: (report.year ?? 2022) - 1 },
      };
      const p = prepareReport(report);
      const whole = checkInContext(report, options);
      found += whole.length;
      expect(
        checkInContext(reportOfPacked(p.packed, p, p.locations), options),
      ).toEqual(whole);
    }
    expect(found).toBeGreaterThan(10);
  });

  it('packs no location that does not fit 32 bits', () => {
    const report = REPORTS[0] as ParsedReport;
    const id = CONTEXT_CHECK_METRICS[0] as string;
    expect(
      packLocations({
        ...report.values,
        [id]: {
          status: 'number',
          value: 1,
          raw: '1',
          location: { kind: 'text', line: 2 ** 33, column: 1 },
        },
      }),
    ).toBeNull();
  });
});
