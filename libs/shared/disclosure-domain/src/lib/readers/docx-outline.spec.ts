import { parseReport } from '../parse-report';
import { sampleReportData } from '../../testing/random-report';
import { renderReportDocx } from '../writer/render-report';
import { DocumentReadError } from './document-read-error';
import { docxOutline } from './docx-outline';

describe('docxOutline', () => {
  const bytes = renderReportDocx(sampleReportData('G2'));
  const outline = docxOutline(bytes);
  const report = parseReport(bytes);

  it('puts every value where its location says, in the table the location names', () => {
    const cellAt = (table: number, row: number, cell: number) => {
      const block = outline.find(
        (b) => b.kind === 'table' && b.table === table,
      );
      if (block?.kind !== 'table') return undefined;
      return block.rows[row - 1]?.find((c) => c.cell === cell)?.text;
    };
    const numbers = Object.entries(report.values).filter(
      ([, v]) => v.status === 'number' && v.location?.kind === 'table',
    );
    expect(numbers.length).toBeGreaterThan(100);
    for (const [metric, v] of numbers) {
      const l = v.location;
      if (l?.kind !== 'table') continue;
      expect({ metric, text: cellAt(l.table, l.row, l.cell) }).toEqual({
        metric,
        text: v.raw,
      });
    }
  });

  it('keeps the paragraphs in reading order, before and after the tables', () => {
    const kinds = outline.map((b) => b.kind);
    expect(kinds[0]).toBe('text');
    expect(kinds).toContain('table');
    const text = outline.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(text.some((t) => t.includes('政府信息公开工作年度报告'))).toBe(true);
    expect(
      text.indexOf(text.find((t) => t.startsWith('一、')) ?? ''),
    ).toBeLessThan(text.indexOf(text.find((t) => t.startsWith('五、')) ?? ''));
  });

  it('refuses what is not a DOCX as the reader does', () => {
    expect(() => docxOutline(new TextEncoder().encode('not a zip'))).toThrow(
      DocumentReadError,
    );
  });
});
