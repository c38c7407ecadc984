import { tableCompiler, writePieces } from './compiled-table';
import { escapeMarkup } from './markup-escape';
import type { ReportDocument } from './report-document';
import type { TemplateCell } from './table-templates';

/**
 * A complete HTML page the way government sites publish reports (cf.
 * 2019-shanghai-government-office): headings and prose as `<p>`, one `<table>` per
 * section with the official rowspan/colspan, `&nbsp;` in empty cells.
 */

function openTd(cell: TemplateCell): string {
  const colspan = cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
  const rowspan = cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '';
  return `<td${colspan}${rowspan}>`;
}

const htmlRows = tableCompiler({
  rowStart: () => '<tr>',
  rowEnd: '</tr>\n',
  constant: (cell) =>
    `${openTd(cell)}${cell.markup === '' ? '&nbsp;' : cell.markup}</td>`,
  // Value text is digits, '+', '-', '.' or '/': nothing to escape.
  slot: (cell) => ({
    prefix: openTd(cell),
    suffix: '</td>',
    empty: `${openTd(cell)}&nbsp;</td>`,
  }),
});

export function renderHtmlLayout(doc: ReportDocument): string {
  const out: string[] = [
    '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>',
    escapeMarkup(doc.title),
    '</title></head><body>\n',
  ];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'title':
        out.push(
          '<p style="text-align: center; font-weight: bold;">',
          escapeMarkup(block.text),
          '</p>\n',
        );
        break;
      case 'meta':
        out.push(
          '<p style="text-align: center;">',
          escapeMarkup(block.text),
          '</p>\n',
        );
        break;
      case 'heading':
      case 'paragraph':
        out.push('<p>', escapeMarkup(block.text), '</p>\n');
        break;
      case 'table':
        out.push('<table border="1"><tbody>\n');
        writePieces(htmlRows(block.table), doc.values, out);
        out.push('</tbody></table>\n');
        break;
    }
  }
  out.push('</body></html>\n');
  return out.join('');
}
