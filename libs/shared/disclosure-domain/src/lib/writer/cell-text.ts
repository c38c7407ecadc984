import type { CellFormat, TemplateCell } from './table-templates';

/** A value of `ReportData.values`, or undefined when the metric is missing. */
export type CellValueInput = number | null | '/' | undefined;

/**
 * The text a report prints for a value: plain digits, `+n` for a positive 本年增/减,
 * money in 万元 with at most 6 decimals, with the unit `万元` only where the column
 * header does not name it (a zero stays `0`). Blank and missing render as ''
 * (each layout then writes its own empty-cell marker); not applicable is `/`.
 */
export function formatCellValue(
  value: CellValueInput,
  format: CellFormat,
): string {
  if (value === null || value === undefined) return '';
  if (value === '/') return '/';
  // NaN/Infinity cannot appear in a published table; show them as not reported.
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) {
    if (format === 'signed' && value > 0) return `+${value}`;
    if (format === 'moneyWithUnit' && value !== 0) return `${value}万元`;
    // `-0` prints as 0; a signed column shows no sign for zero.
    return value === 0 ? '0' : String(value);
  }
  const text = formatDecimal(value);
  if (format === 'moneyWithUnit') return `${text}万元`;
  return format === 'signed' && value > 0 ? `+${text}` : text;
}

/** Up to 6 decimals, trailing zeros dropped (20.26849, not 20.268490). */
export function formatDecimal(value: number): string {
  const fixed = value.toFixed(6);
  // toFixed switches to exponent notation at 1e21; nothing to trim then.
  if (fixed.indexOf('.') < 0) return fixed;
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 0x30) end--;
  if (fixed.charCodeAt(end - 1) === 0x2e) end--;
  const text = fixed.slice(0, end);
  return text === '-0' ? '0' : text;
}

/** The printed text of any template cell: its label, or its formatted value. */
export function cellText(
  cell: TemplateCell,
  values: Readonly<Record<string, CellValueInput>>,
): string {
  return cell.metric === null
    ? cell.text
    : formatCellValue(values[cell.metric], cell.format);
}
