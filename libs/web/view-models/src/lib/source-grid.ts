/** A table of a source document as the browser's parser gives it. */
export interface RawSourceTable {
  rows: { text: string; colSpan: number; rowSpan: number }[][];
}

export interface SourceGridCell {
  text: string;
  /** Logical column, 1-based: the parser's `cell` of a table location. */
  cell: number;
  colSpan: number;
  rowSpan: number;
}

// As the parser clamps spans, so that a hostile page cannot make a huge grid.
const MAX_SPAN = 32;

/**
 * Cells with the logical column the parser gives them (after colspan and rowspan),
 * so a table location (table, row, cell) of a value finds its cell in the source.
 */
export function logicalRows(table: RawSourceTable): SourceGridCell[][] {
  // Last row (0-based) through which each logical column is taken by a rowspan.
  const coveredUntil: number[] = [];
  return table.rows.map((row, r) => {
    let col = 0;
    return row.map((c) => {
      while ((coveredUntil[col] ?? -1) >= r) col++;
      const colSpan = Math.min(Math.max(1, c.colSpan), MAX_SPAN);
      const rowSpan = Math.min(Math.max(1, c.rowSpan), MAX_SPAN);
      const cell: SourceGridCell = {
        text: c.text,
        cell: col + 1,
        colSpan,
        rowSpan,
      };
      for (let k = 0; k < colSpan; k++) coveredUntil[col + k] = r + rowSpan - 1;
      col += colSpan;
      return cell;
    });
  });
}

/** Whether a table location points into this grid cell. */
export function cellHolds(
  loc: { table: number | null; row: number | null; cell: number | null } | null,
  table: number,
  row: number,
  c: SourceGridCell,
): boolean {
  return (
    loc !== null &&
    loc.table === table &&
    loc.row === row &&
    loc.cell !== null &&
    loc.cell >= c.cell &&
    loc.cell < c.cell + c.colSpan
  );
}

/** Text documents: the bytes decoded as UTF-8, or GB18030 when they are not UTF-8. */
export function decodeDocument(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
