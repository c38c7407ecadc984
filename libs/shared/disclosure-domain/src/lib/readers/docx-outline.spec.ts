import { strToU8, zipSync } from 'fflate';

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

  it('gives each cell the columns and rows it spans, as Word merges them', () => {
    const tc = (text: string, props = '') =>
      `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
    const restart = '<w:vMerge w:val="restart"/>';
    const below = '<w:vMerge/>';
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>' +
      `<w:tr>${tc('申请人情况', span(3))}${tc('总计', restart)}</w:tr>` +
      `<w:tr>${tc('自然人')}${tc('法人', span(2))}${tc('', below)}</w:tr>` +
      `<w:tr>${tc('3')}${tc('4')}${tc('5')}${tc('', below)}</w:tr>` +
      `<w:tr>${tc('6')}${tc('7')}${tc('8')}${tc('9')}</w:tr>` +
      '</w:tbl></w:body></w:document>';
    const blocks = docxOutline(zipSync({ 'word/document.xml': strToU8(xml) }));
    const shown = blocks.flatMap((b) =>
      b.kind === 'table'
        ? b.rows.map((r) =>
            r.map((c) => `${c.text}@${c.cell} ${c.colSpan}×${c.rowSpan}`),
          )
        : [],
    );
    expect(shown).toEqual([
      ['申请人情况@1 3×1', '总计@4 1×3'],
      ['自然人@1 1×1', '法人@2 2×1'],
      ['3@1 1×1', '4@2 1×1', '5@3 1×1'],
      ['6@1 1×1', '7@2 1×1', '8@3 1×1', '9@4 1×1'],
    ]);
  });

  it('refuses what is not a DOCX as the reader does', () => {
    expect(() => docxOutline(new TextEncoder().encode('not a zip'))).toThrow(
      DocumentReadError,
    );
  });
});
