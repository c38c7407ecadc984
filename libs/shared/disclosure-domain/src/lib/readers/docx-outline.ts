import { tokenizeDocx } from './docx-tokenizer';

/** A cell of a DOCX table at the logical column a value's location names. */
export interface OutlineCell {
  /** 1-based logical column (after gridSpan), the `cell` of a table location. */
  cell: number;
  text: string;
}

/** A paragraph, or a table (numbered as table locations count them) by rows. */
export type OutlineBlock =
  | { kind: 'text'; text: string }
  | { kind: 'table'; table: number; rows: OutlineCell[][] };

/**
 * What the DOCX reader saw, in reading order: its paragraphs, and every table cell at
 * the (table, row, cell) a value's location names, so that the Report page can show a
 * DOCX source beside the tables and point at the cell a value came from. Cells a
 * vertical merge covers are absent; text is as the reader gives it (trimmed).
 */
export function docxOutline(bytes: Uint8Array): OutlineBlock[] {
  const blocks: OutlineBlock[] = [];
  const tables = new Map<number, OutlineCell[][]>();
  for (const t of tokenizeDocx(bytes)) {
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
    rows[row - 1]?.push({ cell, text: t.kind === 'text' ? t.text : '' });
  }
  return blocks;
}
