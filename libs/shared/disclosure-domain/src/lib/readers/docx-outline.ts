import { tokenizeDocx } from './docx-tokenizer';
import type { PlacedCell } from './table-builder';

/** A cell of a DOCX table at the logical column a value's location names. */
export interface OutlineCell {
  /** 1-based logical column (after gridSpan), the `cell` of a table location. */
  cell: number;
  text: string;
  /** Columns it takes (gridSpan). */
  colSpan: number;
  /** Rows it takes: 1 and the vMerge continuations below it. */
  rowSpan: number;
}

/** A paragraph, or a table (numbered as table locations count them) by rows. */
export type OutlineBlock =
  | { kind: 'text'; text: string }
  | { kind: 'table'; table: number; rows: OutlineCell[][] };

const key = (table: number, row: number, cell: number) =>
  `${table}:${row}:${cell}`;

/**
 * What the DOCX reader saw, in reading order: its paragraphs, and every table cell at
 * the (table, row, cell) a value's location names, with its spans, so that the
 * Report page can draw a DOCX source as Word lays it out beside the tables and
 * point at the cell a value came from. Cells a vertical merge covers are absent (the
 * cell above spans them); text is as the reader gives it (trimmed).
 */
export function docxOutline(bytes: Uint8Array): OutlineBlock[] {
  const placed = new Map<string, PlacedCell>();
  const tokens = tokenizeDocx(bytes, (c) =>
    placed.set(key(c.table, c.row, c.cell), c),
  );
  const blocks: OutlineBlock[] = [];
  const tables = new Map<number, OutlineCell[][]>();
  for (const t of tokens) {
    if (t.loc.kind !== 'table') {
      if (t.kind === 'text') blocks.push({ kind: 'text', text: t.text });
      continue;
    }
    const { table, row, cell } = t.loc;
    let rows = tables.get(table);
    if (!rows) {
      rows = [];
      tables.set(table, rows);
      blocks.push({ kind: 'table', table, rows });
    }
    while (rows.length < row) rows.push([]);
    let rowSpan = 1;
    while (placed.get(key(table, row + rowSpan, cell))?.covered) rowSpan++;
    rows[row - 1]?.push({
      cell,
      text: t.kind === 'text' ? t.text : '',
      colSpan: placed.get(key(table, row, cell))?.colSpan ?? 1,
      rowSpan,
    });
  }
  return blocks;
}
