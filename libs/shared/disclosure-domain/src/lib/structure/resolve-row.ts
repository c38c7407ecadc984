import type { Token } from '../readers/token';

export type RowResolution =
  | { status: 'ok'; cells: Token[] }
  | { status: 'truncated'; cells: Token[] }
  | { status: 'ambiguous'; reason: 'tooMany' | 'tooFew' };

/**
 * A numbered row label the page stopped inside, on a line of its own: `8.属于`, `2.`
 * (never a cell), or a bare `2` where that is the next row's number.
 */
function isCutLabel(token: Token, nextOrdinal: number | null): boolean {
  if (token.kind !== 'text' || token.inTable) return false;
  return (
    // `2.其他` or `2.`, never `12.5` (an amount).
    /^\d{1,2}(?:[.．](?!\d)|、)/.test(token.text) ||
    (nextOrdinal !== null && token.text === String(nextOrdinal))
  );
}

/**
 * Decides which of the tokens after a row label are its N cells. Certain cells (HTML
 * cells, pipe fields, tab lines) count as cells; weak tokens (blank lines, lone pipes)
 * count only when nothing else adds up. A certain empty cell is never dropped from
 * between values. Trailing empty extras are flattened colspans.
 * Anything else is ambiguous: a wrong number that looks right is worse than none.
 */
export function resolveRow(
  cells: readonly Token[],
  n: number,
  atDocumentEnd: boolean,
  /** The number the next row's label starts with (`2` after `1.属于国家秘密`), if any. */
  nextOrdinal: number | null = null,
): RowResolution {
  const certain = cells.filter((c) => c.kind !== 'weak');
  const last = certain[certain.length - 1];
  if (
    atDocumentEnd &&
    last !== undefined &&
    isCutLabel(last, certain.length === n + 1 ? nextOrdinal : null)
  ) {
    // The page stops inside the next row's label: it is none of this row's cells.
    return resolveRow(cells.slice(0, cells.lastIndexOf(last)), n, true);
  }
  if (certain.length === n) return { status: 'ok', cells: certain };
  if (certain.length > n && certain.slice(n).every((c) => c.kind !== 'text')) {
    return { status: 'ok', cells: certain.slice(0, n) };
  }
  if (cells.length === n) return { status: 'ok', cells: [...cells] };
  if (cells.length > n && cells.slice(n).every((c) => c.kind !== 'text')) {
    return { status: 'ok', cells: cells.slice(0, n) };
  }
  if (cells.length < n && atDocumentEnd) {
    // The page stops inside this row: what is there is in order, the rest is missing.
    // A weak token between values may be an empty cell or a separator, and which it
    // is decides every later column: then nothing can be placed.
    let end = cells.length;
    while (end > 0 && cells[end - 1]?.kind === 'weak') end--;
    const kept = cells.slice(0, end);
    if (kept.every((c) => c.kind !== 'weak')) {
      return { status: 'truncated', cells: kept };
    }
  }
  return {
    status: 'ambiguous',
    reason: cells.length > n ? 'tooMany' : 'tooFew',
  };
}
