import { randomBytes } from 'node:crypto';

import { zipSync } from 'fflate';

import { readFixture } from '../testing/fixtures';
import { sampleReportData } from '../testing/random-report';
import { analyseReport } from './analyse-report';
import { DocumentReadError } from './readers/document-read-error';
import { renderReport } from './writer/render-report';

/** The error a document gives, or null when it was read (with findings). */
function readError(input: Uint8Array | string): string | null {
  try {
    analyseReport(input);
    return null;
  } catch (e) {
    if (e instanceof DocumentReadError) return e.code;
    throw e;
  }
}

// Hostile sizes must end in seconds, never hang: the timeout is the guard.
jest.setTimeout(30000);

describe('bad input gets a clear message or finding, never a crash', () => {
  it('refuses an empty file and a blank text', () => {
    expect(readError(new Uint8Array(0))).toBe('EMPTY');
    expect(readError(' \n\t\r\n')).toBe('EMPTY');
  });

  it('refuses binary noise', () => {
    expect(readError(randomBytes(64 * 1024))).toBe('BINARY');
  });

  it('refuses a PDF and an image with a hint of what to submit', () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    expect(readError(pdf)).toBe('PDF');
    const e = (() => {
      try {
        analyseReport(pdf);
      } catch (err) {
        return err as DocumentReadError;
      }
      return null;
    })();
    expect(e?.messageZh).toContain('DOCX');
    expect(
      readError(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    ).toBe('IMAGE');
  });

  it('refuses a zip that is no Word document and a damaged one', () => {
    expect(readError(zipSync({ 'a.txt': new Uint8Array([65]) }))).toBe(
      'NOT_DOCX',
    );
    expect(readError(Buffer.from('PK\u0003\u0004broken beyond repair'))).toBe(
      'ZIP_INVALID',
    );
  });

  it('reads a 100,000-level deep HTML page without a stack overflow', () => {
    const depth = 100_000;
    const html =
      '<html><body>' +
      '<div>'.repeat(depth) +
      '<p>二、主动公开政府信息情况</p>' +
      '</div>'.repeat(depth) +
      '</body></html>';
    const r = analyseReport(html);
    expect(r.sections.map((s) => s.key)).toEqual(['proactive']);
  });

  it('reads a report followed by a 100,000-row table', () => {
    const report = renderReport(sampleReportData('G2'), 'html');
    const rows = '<tr><td>行</td><td>1</td><td>2</td></tr>'.repeat(100_000);
    const html = report.replace('</body>', `<table>${rows}</table></body>`);
    const r = analyseReport(html);
    expect(r.values['proactive.licensing.decisions']?.value).toBe(
      sampleReportData('G2').values['proactive.licensing.decisions'],
    );
  });

  it('reads a 300,000-line text', () => {
    const report = renderReport(sampleReportData('G1'), 'text');
    const filler = '这是一行与报告无关的文字。\n'.repeat(300_000);
    const r = analyseReport(report + filler);
    expect(r.generation).toBe('G1');
    expect(r.values['applications.received.total']?.value).toBe(
      sampleReportData('G1').values['applications.received.total'],
    );
  });

  it('says an unrelated news page is not a report', () => {
    const r = analyseReport(readFixture('invalid/news-page.html'));
    expect(r.findings.map((f) => f.code)).toEqual(['NOT_A_REPORT']);
  });

  it('recognises a pre-2019 report instead of misreading it', () => {
    const r = analyseReport(readFixture('invalid/bureau-2017-g0.txt'), {
      year: 2021,
    });
    expect(r.generation).toBe('G0');
    expect(r.values).toEqual({});
    expect(r.findings.map((f) => f.code)).toContain('FORMAT_G0');
  });
});
