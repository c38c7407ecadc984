import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  parseReport,
  renderReport,
  type ReportData,
} from '@gongkai/disclosure-domain';

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'gongkai.js');
const FIXTURES = join(ROOT, 'libs/shared/disclosure-domain/src/__fixtures__');

/** Runs the real `gongkai` binary from another directory, as a user would. */
function gongkai(args: string[]) {
  const work = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, work };
}

function report(
  year: number,
  carriedForward: number,
  carriedIn: number,
): ReportData {
  const values: ReportData['values'] = {};
  for (const c of [
    'natural',
    'commercial',
    'research',
    'socialWelfare',
    'legalService',
    'otherOrg',
  ]) {
    for (const r of [
      'received',
      'carriedIn',
      'granted',
      'resultTotal',
      'carriedForward',
    ]) {
      values[`applications.${r}.${c}`] = 0;
    }
  }
  values['applications.received.natural'] = 10;
  values['applications.carriedIn.natural'] = carriedIn;
  values['applications.granted.natural'] = 10 + carriedIn - carriedForward;
  values['applications.resultTotal.natural'] = 10 + carriedIn - carriedForward;
  values['applications.carriedForward.natural'] = carriedForward;
  for (const r of [
    'received',
    'carriedIn',
    'granted',
    'resultTotal',
    'carriedForward',
  ]) {
    values[`applications.${r}.total`] = values[
      `applications.${r}.natural`
    ] as number;
  }
  return { year, agency: '示例市审计局', generation: 'G2', values };
}

describe('gongkai CLI', () => {
  it('parses files to the documented JSON shape', () => {
    const file = join(FIXTURES, 'valid/statistics-2023-bordered-rows.txt');
    const r = gongkai(['parse', file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      file,
      generation: 'G2',
      year: 2023,
      agency: '示例市统计局',
    });
    const values = out[0]?.['values'] as Record<string, number | null>;
    expect(values['proactive.rules.issued']).toBeNull();
    expect(values['proactive.fees.amountWan']).toBe(1208.5);
    expect(values['applications.received.total']).toBe(5);
    expect(values['applications.granted.total']).toBeUndefined();
    const findings = out[0]?.['findings'] as {
      code: string;
      severity: string;
    }[];
    for (const f of findings) {
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(typeof f.code).toBe('string');
    }
  });

  it('prints a readable summary and exits 0 for a report with errors', () => {
    const r = gongkai([
      'parse',
      join(FIXTURES, 'invalid/bureau-2021-dropped-cells.txt'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('二、主动公开政府信息情况');
    expect(r.stdout).toContain('VALUE_UNREADABLE');
    expect(r.stdout).toContain('第 11 行第 8 列');
  });

  it('gives a clear message and a non-zero exit for what it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-bad-'));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4\n%âãÏÓ\n');
    const r = gongkai(['parse', pdf, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PDF files cannot be read reliably');
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
    const missing = gongkai(['parse', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('File not found');
  });

  it('checks with the previous year and exits 1 only on errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-check-'));
    writeFileSync(
      join(dir, '2022.html'),
      renderReport(report(2022, 3, 0), 'html'),
    );
    writeFileSync(
      join(dir, '2023.html'),
      renderReport(report(2023, 0, 5), 'html'),
    );
    const r = gongkai([
      'check',
      join(dir, '2023.html'),
      '--previous',
      join(dir, '2022.html'),
      '--json',
    ]);
    const out = JSON.parse(r.stdout) as {
      findings: { code: string; severity: string }[];
    }[];
    const r6 = out[0]?.findings.filter((f) => f.code === 'R6') ?? [];
    expect(r6.length).toBeGreaterThan(0);
    expect(r6.every((f) => f.severity === 'warning')).toBe(true);
    expect(r.code).toBe(
      out[0]?.findings.some((f) => f.severity === 'error') ? 1 : 0,
    );
  });

  it('renders a model in each layout that parses back to the same values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-render-'));
    const model = join(dir, 'model.json');
    const data = report(2023, 0, 0);
    writeFileSync(model, JSON.stringify(data));
    for (const layout of ['text', 'pipes', 'html']) {
      const r = gongkai(['render', model, '--layout', layout]);
      expect(r.code).toBe(0);
      expect(
        parseReport(r.stdout).values['applications.received.total']?.value,
      ).toBe(10);
    }
    const docx = join(dir, 'out.docx');
    expect(
      gongkai(['render', model, '--layout', 'docx', '--out', docx]).code,
    ).toBe(0);
    expect(
      parseReport(readFileSync(docx)).values['applications.received.natural']
        ?.value,
    ).toBe(10);
    // parse --json output is itself a valid model.
    const parsed = execFileSync(
      process.execPath,
      [BIN, 'parse', docx, '--json'],
      {
        encoding: 'utf8',
      },
    );
    writeFileSync(join(dir, 'parsed.json'), parsed);
    expect(
      gongkai(['render', join(dir, 'parsed.json'), '--layout', 'pipes']).code,
    ).toBe(0);
    const bad = gongkai(['render', model, '--layout', 'pdf']);
    expect(bad.code).toBe(2);
  });
});
