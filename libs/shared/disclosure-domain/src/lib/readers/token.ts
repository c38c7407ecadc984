import type { SourceLocation } from '../model/report';

/**
 * What every reader produces: the document as a flat stream of cells and lines, in
 * reading order. The structure interpreter works on this stream only, so text, HTML
 * and DOCX documents are understood by the same rules.
 *
 * - `text`: a cell or a line with content.
 * - `blank`: an empty cell that certainly is a cell (an HTML/DOCX cell, an empty field
 *   between two pipes, a tab-indented empty line).
 * - `weak`: something that may be an empty cell or only layout (a whitespace-only line,
 *   a lone `|` line). Used only when the count of cells proves it is a cell.
 */
export type TokenKind = 'text' | 'blank' | 'weak';

export interface Token {
  kind: TokenKind;
  /** Text after decoding and traditional→simplified conversion, trimmed. */
  text: string;
  /** Whether the token is a table cell of an HTML/DOCX table or a pipe row. */
  inTable: boolean;
  /** Last token of a physical table row (HTML/DOCX row, pipe line). */
  rowEnd: boolean;
  loc: SourceLocation;
}

export function textToken(
  text: string,
  loc: SourceLocation,
  inTable = false,
): Token {
  return { kind: 'text', text, inTable, rowEnd: false, loc };
}
