import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { FIXTURES_DIR, readFixture } from '../testing/fixtures';
import { sampleReportData } from '../testing/random-report';
import {
  readIndex,
  readRealFile,
  realCorpusAvailable,
} from '../testing/real-corpus';
import { analyseReport } from './analyse-report';
import { FINDING_CODES } from './finding-codes';
import type { Finding } from './model/report';
import { renderReport } from './writer/render-report';

describe('finding codes', () => {
  it('are unique', () => {
    const codes = FINDING_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('cover every finding emitted, with the catalogue severity', () => {
    const findings: Finding[] = [];
    for (const dir of ['valid', 'invalid']) {
      for (const name of readdirSync(join(FIXTURES_DIR, dir))) {
        findings.push(...analyseReport(readFixture(`${dir}/${name}`)).findings);
      }
    }
    for (const g of ['G1', 'G2'] as const) {
      findings.push(
        ...analyseReport(renderReport(sampleReportData(g), 'text')).findings,
      );
    }
    if (realCorpusAvailable()) {
      for (const row of readIndex()) {
        findings.push(...analyseReport(readRealFile(row.file)).findings);
      }
    }
    const severity = new Map(FINDING_CODES.map((c) => [c.code, c.severity]));
    const unknown = findings
      .filter((f) => severity.get(f.code) !== f.severity)
      .map((f) => `${f.code}:${f.severity}`);
    expect([...new Set(unknown)]).toEqual([]);
    expect(findings.length).toBeGreaterThan(20);
  });
});
