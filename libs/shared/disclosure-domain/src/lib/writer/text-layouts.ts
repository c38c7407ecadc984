import type { RowWriter } from './compiled-table';
import { tableCompiler, writePieces } from './compiled-table';
import type { ReportDocument } from './report-document';

/**
 * The three plain-text layouts people paste into the product. Each mirrors a way real
 * pages reach us as text (see the fixtures named below). Output is a list of pieces,
 * every line ending in `\n`, joined once.
 */

const IDEOGRAPHIC_SPACE = '\u3000';
const NO_BREAK_SPACE = '\u00a0';
/** Real prose paragraphs start with two ideographic spaces (首行缩进两字). */
const PROSE_INDENT = '\u3000\u3000';

/**
 * One cell per line, one empty line between rows (like 2020-hebei-qianan-dawuli-town,
 * but unambiguous): an empty cell is a lone U+3000 so that it is never mistaken for
 * a row break.
 */
const textRows = tableCompiler({
  rowStart: () => '\n',
  rowEnd: '',
  constant: (cell) => (cell.text === '' ? IDEOGRAPHIC_SPACE : cell.text) + '\n',
  slot: () => ({ prefix: '', suffix: '\n', empty: IDEOGRAPHIC_SPACE + '\n' }),
});

export function renderTextLayout(doc: ReportDocument): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'title':
        out.push(block.text, '\n');
        break;
      case 'meta':
      case 'heading':
      case 'paragraph':
        out.push('\n', block.text, '\n');
        break;
      case 'table':
        writePieces(textRows(block.table), doc.values, out);
        break;
    }
  }
  return out.join('');
}

/**
 * Browser copy-paste as in 2020-guangdong-qingyuan-civil-affairs: every cell a line
 * starting with a tab, empty cells `\t` + NBSP, and a lone `\t` for each grid position
 * a rowspan from above covers before the row's first own cell.
 */
const tabbedRows = tableCompiler({
  rowStart: (leadingCovered) => '\n' + '\t\n'.repeat(leadingCovered),
  rowEnd: '',
  constant: (cell) =>
    '\t' + (cell.text === '' ? NO_BREAK_SPACE : cell.text) + '\n',
  slot: () => ({
    prefix: '\t',
    suffix: '\n',
    empty: '\t' + NO_BREAK_SPACE + '\n',
  }),
});

export function renderTabbedLayout(doc: ReportDocument): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'title':
        out.push(block.text, '\n');
        break;
      case 'meta':
      case 'heading':
        out.push('\n', block.text, '\n');
        break;
      case 'paragraph':
        out.push('\n', PROSE_INDENT, block.text, '\n');
        break;
      case 'table':
        writePieces(tabbedRows(block.table), doc.values, out);
        break;
    }
  }
  return out.join('');
}

/**
 * Pipe rows as in 2024-guangdong-shenzhen-longgang-department: one table row per
 * line, `a | b |`, an empty cell leaves nothing between its pipes (`a | | b |`).
 */
const pipeWriter: RowWriter = {
  rowStart: () => '',
  rowEnd: '\n',
  constant: (cell, index) =>
    (index > 0 ? ' ' : '') + (cell.text === '' ? '|' : cell.text + ' |'),
  slot: (_cell, index) => ({
    prefix: index > 0 ? ' ' : '',
    suffix: ' |',
    empty: index > 0 ? ' |' : '|',
  }),
};
const pipeRows = tableCompiler(pipeWriter);

export function renderPipesLayout(doc: ReportDocument): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      writePieces(pipeRows(block.table), doc.values, out);
    } else {
      out.push(block.text, '\n');
    }
  }
  return out.join('');
}
