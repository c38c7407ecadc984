import { formatCellValue } from './cell-text';
import type { ReportData } from '../model/report';
import type { TableTemplate, TemplateCell } from './table-templates';

/**
 * A table skeleton pre-serialised for one layout: everything that does not depend on
 * the values (headers, labels, separators, markup) is joined once into constant
 * strings, leaving only the value cells to format per report. Rendering 100k reports
 * then costs one pass over ~300 value slots each.
 */

export interface ValueSlot {
  metric: string;
  cell: TemplateCell;
  /** Written around a non-empty value. */
  prefix: string;
  suffix: string;
  /** Written instead when the cell is blank or missing. */
  empty: string;
}

export type Piece = string | ValueSlot;

export interface RowWriter {
  /** Text before the first cell of a row (row separators, rowspan placeholders). */
  rowStart(leadingCovered: number): string;
  rowEnd: string;
  /** A header or label cell, complete. `index` is the cell's position in its row. */
  constant(cell: TemplateCell, index: number): string;
  slot(cell: TemplateCell, index: number): Omit<ValueSlot, 'metric' | 'cell'>;
}

export function compileTable(table: TableTemplate, writer: RowWriter): Piece[] {
  const pieces: Piece[] = [];
  let buffer: string[] = [];
  for (const row of table.rows) {
    buffer.push(writer.rowStart(row.leadingCovered));
    row.cells.forEach((cell, index) => {
      if (cell.metric === null) {
        buffer.push(writer.constant(cell, index));
        return;
      }
      pieces.push(buffer.join(''));
      buffer = [];
      pieces.push({ metric: cell.metric, cell, ...writer.slot(cell, index) });
    });
    buffer.push(writer.rowEnd);
  }
  pieces.push(buffer.join(''));
  return pieces.filter((p) => p !== '');
}

/** Compiles each template once per writer. */
export function tableCompiler(
  writer: RowWriter,
): (table: TableTemplate) => readonly Piece[] {
  const cache = new Map<TableTemplate, Piece[]>();
  return (table) => {
    let pieces = cache.get(table);
    if (!pieces) {
      pieces = compileTable(table, writer);
      cache.set(table, pieces);
    }
    return pieces;
  };
}

export function writePieces(
  pieces: readonly Piece[],
  values: ReportData['values'],
  out: string[],
): void {
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out.push(piece);
      continue;
    }
    const text = formatCellValue(values[piece.metric], piece.cell.format);
    if (text === '') out.push(piece.empty);
    else out.push(piece.prefix, text, piece.suffix);
  }
}
