import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { REPORT_LAYOUTS } from '@gongkai/disclosure-domain';
import type { CellValue, ParsedReport } from '@gongkai/disclosure-domain';
import {
  arbitraryReportData,
  FIXTURES_DIR,
  readFixture,
} from '@gongkai/disclosure-domain/testing';
import fc from 'fast-check';

import { renderDocument } from '../../testing/test-documents';
import { analyseDocument } from './analyse-document';
import { readStoredModel, storedModel } from './stored-model';

/** What a model stored as plain JSON reads back as. */
const plain = (r: ParsedReport) => {
  const { findings: _findings, ...rest } = r;
  return JSON.stringify(rest);
};

const roundTrip = (r: ParsedReport) =>
  JSON.stringify(readStoredModel(storedModel(r)));

describe('the stored model', () => {
  const fixtures = ['valid', 'invalid'].flatMap((dir) =>
    readdirSync(join(FIXTURES_DIR, dir)).map((f) => `${dir}/${f}`),
  );

  it.each(fixtures)('reads back %s exactly, key order included', (fixture) => {
    const report = analyseDocument(readFixture(fixture)).report;
    expect(roundTrip(report)).toBe(plain(report));
  });

  it('reads back every layout of random reports exactly, at a fraction of the size', () => {
    const samples = fc.sample(arbitraryReportData({ blankRate: 0.2 }), {
      seed: 7,
      numRuns: 20,
    });
    samples.forEach((data, i) => {
      const layout = REPORT_LAYOUTS[i % REPORT_LAYOUTS.length] ?? 'html';
      const report = analyseDocument(renderDocument(data, layout).bytes).report;
      expect(roundTrip(report)).toBe(plain(report));
      expect(storedModel(report).length).toBeLessThan(plain(report).length / 2);
    });
  });

  it('keeps cells of any other shape whole', () => {
    const base = analyseDocument(
      readFixture('valid/statistics-2023-traditional.txt'),
    ).report;
    const odd: Record<string, CellValue> = {
      'applications.received.total': {
        status: 'number',
        value: 12,
        raw: '12 件',
        location: { kind: 'table', table: 2, row: 3, cell: 4 },
        unit: '件',
      },
      'applications.received.natural': {
        status: 'number',
        value: 1.5,
        raw: '1.50',
        location: null,
      },
      'not.a.registry.metric': {
        status: 'notApplicable',
        value: null,
        raw: '/',
        location: { kind: 'text', line: 1, column: 2 },
      },
      'review.total': {
        raw: '3',
        status: 'number',
        value: 3,
        location: null,
      } as CellValue,
      'review.upheld': {
        status: 'number',
        value: Infinity,
        raw: '∞',
        location: { kind: 'text', line: 1, column: 2, extra: true },
      } as unknown as CellValue,
    };
    const report: ParsedReport = { ...base, values: odd };
    expect(roundTrip(report)).toBe(plain(report));
  });

  it('still reads models stored with plain values', () => {
    const report = analyseDocument(
      readFixture('valid/forestry-2020-space-separated.txt'),
    ).report;
    expect(JSON.stringify(readStoredModel(plain(report)))).toBe(plain(report));
  });
});
