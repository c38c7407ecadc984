import { toHalfWidth } from './normalize';

/** Page numbers and rules between pages, as text copied from a PDF keeps them. */
const PAGE_MARKER = new RegExp(
  [
    '^[-—–－] ?\\d{1,4} ?[-—–－]$', // - 2 -, —2—
    '^第 *\\d{1,4} *页(?: *[,，/]? *共 *\\d{1,4} *页)?$', // 第2页, 第 2 页 共 5 页
    '^共 *\\d{1,4} *页 *[,，]? *第 *\\d{1,4} *页$', // 共5页 第2页
    '^page *\\d{1,4}(?: *(?:of|/) *\\d{1,4})?$', // Page 2, Page 2 of 5
    '^[-=_]{5,}$', // ----------
  ].join('|'),
  'i',
);

/** `2/5`: a page of a count, written without spaces (`5 / 25` is a row of three cells). */
const PAGE_OF = /^(\d{1,4})\/(\d{1,4})$/;

/** What a page marker can start with: a dash, 第, 共, P, a digit, = or _ (either width). */
const FIRST = /^[-—–－第共PpＰｐ0-9０-９=＝_＿]/;

/** The commonest line of a table copied one cell per line. */
const PLAIN_NUMBER = /^[0-9]+$/;

/**
 * A line that is a page's number or a rule between pages: layout, not content. A line
 * with a tab is a row of cells, never one.
 */
export function isPageMarker(line: string): boolean {
  // Most lines are rejected by their length or first character, before any copy.
  if (
    line.length > 24 ||
    !FIRST.test(line) ||
    PLAIN_NUMBER.test(line) ||
    line.includes('\t')
  ) {
    return false;
  }
  const text = toHalfWidth(line).trim();
  const of = PAGE_OF.exec(text);
  if (of) {
    const [page, pages] = [Number(of[1]), Number(of[2])];
    return page >= 1 && page <= pages;
  }
  return PAGE_MARKER.test(text);
}
