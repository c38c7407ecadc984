import { isBlankText, isSpaceCode, trimAll } from '../text/normalize';
import { isPageMarker } from '../text/page-marker';
import type { Token } from './token';

// Bound once: compiled module imports are getters, too slow for per-line and
// per-character loops.
const isSpace = isSpaceCode;
const isBlank = isBlankText;
const trim = trimAll;

/**
 * Plain text as people paste it from report pages. Each line becomes one or more
 * tokens; how a line is split depends on its own shape, since one document can mix
 * shapes (a pipe row here, one cell per line there):
 *
 * - `a | b | c |` (two or more fields): a table row, empty fields are blank cells;
 * - `0 |`, `| 规章` (one field and pipes): one cell;
 * - a lone `|`: may be an empty cell or a separator (weak);
 * - `||||`: layout only (flattened colspans, row separators);
 * - a tab-indented line: one cell, `\t` alone is an empty cell; inner tabs split cells;
 * - whitespace-only line: may be an empty cell (weak); an empty line separates rows;
 * - a label followed by numbers separated by spaces (PDF copies): split into cells.
 */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  const rows = countPipeRows(
    text.includes('｜') ? text.replace(/｜/g, '|') : text,
  );
  const style: PipeStyle = {
    rows: rows.rows >= 3,
    // `| a | b |` (a border pipe on the left) versus `a | b |`, where a line that
    // starts with a pipe has an empty first cell.
    bordered: rows.rows === 0 || rows.bordered * 2 >= rows.rows,
  };
  let lineNo = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    lineNo++;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    tokenizeLine(line, lineNo, tokens, style);
    start = end + 1;
  }
  return tokens;
}

function push(
  tokens: Token[],
  kind: Token['kind'],
  text: string,
  line: number,
  column: number,
  inTable: boolean,
): Token {
  const token: Token = {
    kind,
    text,
    inTable,
    rowEnd: false,
    loc: { kind: 'text', line, column },
  };
  tokens.push(token);
  return token;
}

/** Column (1-based) of the first non-space character at or after `from`. */
function contentColumn(line: string, from: number): number {
  let i = from;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  return i + 1;
}

const NUMBERISH =
  /^(?:[+\-−]?[\d０-９][\d０-９,，.．]*(?:万元|元|项|件|个|条|宗|次)?|[/／—–-]+|无)$/;

/**
 * Lines with two or more filled fields (`规章 | 0 | 0 | 0 |`). Where whole rows sit on
 * one line, an empty field is an empty cell; where each cell has its own line
 * (`0 |`), the pipes after it are flattened layout.
 */
interface PipeStyle {
  rows: boolean;
  bordered: boolean;
}

function countPipeRows(text: string): { rows: number; bordered: number } {
  let rows = 0;
  let bordered = 0;
  // Only lines with a pipe can count: jump from pipe to pipe, no regex backtracking.
  let pipe = text.indexOf('|');
  while (pipe !== -1 && rows < 200) {
    let start = text.lastIndexOf('\n', pipe) + 1;
    let end = text.indexOf('\n', pipe);
    if (end === -1) end = text.length;
    // Two neighbouring fields with content: `a | b`.
    let prevContent = false;
    let fieldContent = false;
    let found = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x7c) {
        prevContent = fieldContent;
        fieldContent = false;
      } else if (!isRegexSpace(c)) {
        fieldContent = true;
        if (prevContent) {
          found = true;
          break;
        }
      }
    }
    if (found) {
      rows++;
      while (
        start < end &&
        (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)
      )
        start++;
      if (text.charCodeAt(start) === 0x7c) bordered++;
    }
    pipe = text.indexOf('|', end);
  }
  return { rows, bordered };
}

/** JavaScript's \s, as the line test had it. */
function isRegexSpace(c: number): boolean {
  return (
    isSpaceCode(c) ||
    c === 0x1680 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x2000
  );
}

function tokenizeLine(
  line: string,
  lineNo: number,
  tokens: Token[],
  style: PipeStyle,
): void {
  if (line.length === 0) return;
  const fullWidthPipe = line.includes('｜');
  if (fullWidthPipe || line.includes('|')) {
    tokenizePipeLine(
      fullWidthPipe ? line.replace(/｜/g, '|') : line,
      lineNo,
      tokens,
      style,
    );
    return;
  }
  if (isBlank(line)) {
    // `\t` or `\t\u00a0`: a browser's copy of an empty cell; other blank lines may be.
    const tabbed = line.charCodeAt(0) === 9;
    push(tokens, tabbed ? 'blank' : 'weak', '', lineNo, 1, tabbed);
    return;
  }
  const content = trim(line);
  if (isPageMarker(content)) {
    // `- 2 -` is no row of three cells: one token, which the interpreter skips.
    push(tokens, 'text', content, lineNo, contentColumn(line, 0), false);
    return;
  }
  if (content.includes('\t')) {
    let col = 0;
    const fields = line.split('\t');
    // Leading tabs indent the line; from the first content on, tabs separate cells.
    let seenContent = false;
    const row: Token[] = [];
    for (const field of fields) {
      const value = trim(field);
      if (value !== '') seenContent = true;
      if (seenContent) {
        row.push(
          push(
            tokens,
            value === '' ? 'blank' : 'text',
            value,
            lineNo,
            // An empty field is located at its own separator, not the next cell.
            value === '' ? col + 1 : contentColumn(line, col),
            true,
          ),
        );
      }
      col += field.length + 1;
    }
    // A trailing tab is layout, not an empty cell.
    while (row.length > 1 && row[row.length - 1]?.kind === 'blank') {
      row.pop();
      tokens.pop();
    }
    const last = row[row.length - 1];
    if (last) last.rowEnd = true;
    return;
  }
  const first = contentColumn(line, 0);
  if (
    content.length < 120 &&
    (content.includes(' ') ||
      content.includes('\u3000') ||
      content.includes('\u00a0'))
  ) {
    const words = content.split(/[\s\u3000\u00a0]+/);
    const numeric = words.filter((w) => NUMBERISH.test(w)).length;
    if (numeric >= 2 && numeric >= words.length - 1) {
      let from = 0;
      for (const word of words) {
        const at = line.indexOf(word, from);
        push(tokens, 'text', word, lineNo, at + 1, true);
        from = at + word.length;
      }
      const last = tokens[tokens.length - 1];
      if (last) last.rowEnd = true;
      return;
    }
  }
  push(tokens, 'text', content, lineNo, first, false);
}

function tokenizePipeLine(
  line: string,
  lineNo: number,
  tokens: Token[],
  style: PipeStyle,
): void {
  // Fields as [start, end) of their trimmed content, in one pass over the line.
  const starts: number[] = [];
  const ends: number[] = [];
  let fieldStart = 0;
  const n = line.length;
  for (let i = 0; i <= n; i++) {
    if (i < n && line.charCodeAt(i) !== 0x7c) continue;
    let a = fieldStart;
    let b = i;
    while (a < b && isSpace(line.charCodeAt(a))) a++;
    while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
    starts.push(a);
    ends.push(b);
    fieldStart = i + 1;
  }
  let lo = 0;
  let hi = starts.length;
  if (starts[0] === ends[0] && (style.bordered || !style.rows)) lo = 1;
  if (hi > lo && starts[hi - 1] === ends[hi - 1]) hi--;
  let contentFields = 0;
  for (let k = lo; k < hi; k++) if (starts[k] !== ends[k]) contentFields++;
  if (contentFields === 0) {
    // A lone `|` may be an empty cell; `||||` is flattened layout.
    if (starts.length === 2) push(tokens, 'weak', '', lineNo, 1, false);
    return;
  }
  // Where cells sit one per line (`0 |`), empty fields around a cell are flattened
  // layout; an empty field between two filled ones is an empty cell in any style.
  let firstFilled = lo;
  while (firstFilled < hi && starts[firstFilled] === ends[firstFilled])
    firstFilled++;
  let lastFilled = hi - 1;
  while (lastFilled > lo && starts[lastFilled] === ends[lastFilled])
    lastFilled--;
  let last: Token | null = null;
  for (let k = lo; k < hi; k++) {
    const a = starts[k] as number;
    const b = ends[k] as number;
    if (a === b && !style.rows && (k < firstFilled || k > lastFilled)) continue;
    last = push(
      tokens,
      a === b ? 'blank' : 'text',
      line.slice(a, b),
      lineNo,
      a + 1,
      true,
    );
  }
  if (last) last.rowEnd = true;
}
