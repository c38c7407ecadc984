import { trimAll } from '../text/normalize';
import type { Token } from './token';

/** Cells longer than this, or with more lines, are layout containers, not data cells. */
const MAX_CELL_CHARS = 160;
const MAX_CELL_LINES = 4;

/**
 * The widest official table has 15 value columns and the tallest group 22 rows;
 * larger spans are clamped so that a hostile page cannot make every row walk a
 * huge covered area.
 */
const MAX_COLSPAN = 24;
const MAX_ROWSPAN = 100;

interface TableState {
  index: number;
  row: number;
  col: number;
  /** Last row through which each logical column is covered by a rowspan. */
  coveredThrough: number[];
  cell: CellState | null;
  rowTokens: Token[];
}

interface CellState {
  col: number;
  /** Logical columns taken (colspan, clamped). */
  span: number;
  /** Lines of the cell with the source offset where each starts. */
  lines: { text: string; offset: number }[];
  current: string;
  currentOffset: number;
  /** Holds a nested table: its text is paragraphs, it is no data cell itself. */
  container: boolean;
  /** A DOCX vMerge cell covered by the cell above: no token. */
  covered: boolean;
}

function pushLine(cell: CellState): void {
  if (cell.current === '') return;
  cell.lines.push({ text: cell.current, offset: cell.currentOffset });
  cell.current = '';
}

/** A table cell as placed: where it starts, how many columns it takes. */
export interface PlacedCell {
  table: number;
  row: number;
  /** 1-based logical column, the `cell` of a table location. */
  cell: number;
  colSpan: number;
  /** A DOCX vMerge continuation: covered by the cell above, no token. */
  covered: boolean;
}

/**
 * Maps HTML/DOCX table cells to logical columns (after colspan and rowspan) and turns
 * them into tokens; text outside cells becomes paragraph tokens. Shared by the HTML
 * and DOCX readers, which only differ in element names.
 */
export class TableBuilder {
  readonly tokens: Token[] = [];
  private readonly tables: TableState[] = [];
  private tableCount = 0;
  private paragraph = '';
  private paragraphOffset = 0;

  constructor(
    private readonly locate: (offset: number) => {
      line: number;
      column: number;
    },
    /** Told of every cell that is a data cell or a covered one (a source view). */
    private readonly onCell?: (cell: PlacedCell) => void,
  ) {}

  get inCell(): boolean {
    return (this.tables[this.tables.length - 1]?.cell ?? null) !== null;
  }

  text(s: string, offset: number): void {
    const table = this.tables[this.tables.length - 1];
    const cell = table?.cell;
    if (cell) {
      if (cell.current === '') cell.currentOffset = offset;
      cell.current += s;
      return;
    }
    if (this.paragraph === '') this.paragraphOffset = offset;
    this.paragraph += s;
  }

  /** A block boundary (p, div, br …): ends a paragraph, or a line inside a cell. */
  lineBreak(): void {
    const cell = this.tables[this.tables.length - 1]?.cell;
    if (cell) {
      pushLine(cell);
      return;
    }
    this.flushParagraph();
  }

  private flushParagraph(): void {
    if (this.paragraph === '') return;
    const text = trimAll(this.paragraph);
    this.paragraph = '';
    if (text === '') return;
    // Long runs of text (a whole page in one element) are split on line breaks.
    const p = this.locate(this.paragraphOffset);
    for (const part of text.length > 2000 ? text.split(/\n+/) : [text]) {
      const t = trimAll(part);
      if (t === '') continue;
      this.tokens.push({
        kind: 'text',
        text: t.includes('\n') ? t.replace(/\s*\n\s*/g, ' ') : t,
        inTable: false,
        rowEnd: false,
        loc: { kind: 'text', line: p.line, column: p.column },
      });
    }
  }

  openTable(): void {
    const outer = this.tables[this.tables.length - 1];
    if (outer?.cell) this.flushCellAsParagraphs(outer);
    else this.flushParagraph();
    this.tables.push({
      index: ++this.tableCount,
      row: 0,
      col: 0,
      coveredThrough: [],
      cell: null,
      rowTokens: [],
    });
  }

  closeTable(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.closeRow();
    this.tables.pop();
  }

  openRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.closeRow();
    table.row++;
    table.col = 0;
  }

  closeRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.closeCell();
    const last = table.rowTokens[table.rowTokens.length - 1];
    if (last) last.rowEnd = true;
    table.rowTokens = [];
  }

  /** `continuation`: a DOCX vMerge cell covered by the cell above (no token). */
  openCell(colspan: number, rowspan: number, continuation = false): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.closeCell();
    if (table.row === 0) table.row = 1;
    let col = table.col;
    while ((table.coveredThrough[col] ?? 0) >= table.row) col++;
    const span = Math.max(1, Math.min(colspan, MAX_COLSPAN));
    const down = Math.max(1, Math.min(rowspan, MAX_ROWSPAN));
    for (let c = col; c < col + span; c++) {
      table.coveredThrough[c] = down > 1 ? table.row + down - 1 : 0;
    }
    table.col = col + span;
    table.cell = {
      col,
      span,
      lines: [],
      current: '',
      currentOffset: 0,
      container: false,
      covered: continuation,
    };
  }

  closeCell(): void {
    const table = this.tables[this.tables.length - 1];
    const cell = table?.cell;
    if (!table || !cell) return;
    table.cell = null;
    if (cell.covered) {
      this.place(table, cell);
      return;
    }
    let joined: string;
    if (cell.lines.length === 0 && !cell.container) {
      // One line, by far the most common cell: no line bookkeeping.
      joined = trimAll(cell.current);
      if (joined.length > MAX_CELL_CHARS) {
        this.pushParagraph(joined, cell.currentOffset);
        return;
      }
    } else {
      pushLine(cell);
      const lines = cell.lines
        .map((l) => ({ text: trimAll(l.text), offset: l.offset }))
        .filter((l) => l.text !== '');
      joined = lines.map((l) => l.text).join('');
      if (
        cell.container ||
        joined.length > MAX_CELL_CHARS ||
        lines.length > MAX_CELL_LINES
      ) {
        for (const line of lines) this.pushParagraph(line.text, line.offset);
        return;
      }
    }
    const token: Token = {
      kind: joined === '' ? 'blank' : 'text',
      text: joined,
      inTable: true,
      rowEnd: false,
      loc: {
        kind: 'table',
        table: table.index,
        row: table.row,
        cell: cell.col + 1,
      },
    };
    this.tokens.push(token);
    table.rowTokens.push(token);
    this.place(table, cell);
  }

  private place(table: TableState, cell: CellState): void {
    this.onCell?.({
      table: table.index,
      row: table.row,
      cell: cell.col + 1,
      colSpan: cell.span,
      covered: cell.covered,
    });
  }

  private flushCellAsParagraphs(table: TableState): void {
    const cell = table.cell;
    if (!cell) return;
    pushLine(cell);
    for (const line of cell.lines)
      this.pushParagraph(trimAll(line.text), line.offset);
    cell.lines = [];
    cell.current = '';
    cell.container = true;
  }

  private pushParagraph(text: string, offset: number): void {
    if (text === '') return;
    const p = this.locate(Math.max(0, offset));
    this.tokens.push({
      kind: 'text',
      text,
      inTable: false,
      rowEnd: false,
      loc: { kind: 'text', line: p.line, column: p.column },
    });
  }

  finish(): Token[] {
    while (this.tables.length > 0) this.closeTable();
    this.flushParagraph();
    return this.tokens;
  }
}
