import { scanHtml } from './markup-scanner';
import { TableBuilder } from './table-builder';
import type { Token } from './token';

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'blockquote',
  'pre',
  'hr',
  'form',
  'center',
  'caption',
]);

export interface HtmlTokens {
  tokens: Token[];
  title: string | null;
}

/**
 * Line/column of a character offset. Offsets arrive out of order (a paragraph is
 * located when it ends, after the tables inside it), so line starts are indexed
 * once and found by binary search.
 */
export function lineTracker(source: string): (offset: number) => {
  line: number;
  column: number;
} {
  const starts = [0];
  for (
    let i = source.indexOf('\n');
    i !== -1;
    i = source.indexOf('\n', i + 1)
  ) {
    starts.push(i + 1);
  }
  return (offset: number) => {
    const target = Math.max(0, Math.min(offset, source.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= target) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: target - (starts[lo] as number) + 1 };
  };
}

const span = (v: string | undefined) => {
  const n = v ? parseInt(v, 10) : 1;
  return Number.isFinite(n) && n > 0 ? n : 1;
};

/**
 * HTML pages: paragraphs become line tokens, table cells become cell tokens with their
 * logical column; navigation around the report is harmless text the interpreter
 * ignores, scripts and styles are skipped.
 */
export function tokenizeHtml(html: string): HtmlTokens {
  const builder = new TableBuilder(lineTracker(html));
  let inTitle = false;
  let title = '';

  scanHtml(
    html,
    {
      open(name, attributes) {
        switch (name) {
          case 'title':
            inTitle = true;
            return;
          case 'table':
            builder.openTable();
            return;
          case 'tr':
            builder.openRow();
            return;
          case 'td':
          case 'th':
            builder.openCell(
              span(attributes['colspan']),
              span(attributes['rowspan']),
            );
            return;
          default:
            if (BLOCK.has(name)) builder.lineBreak();
        }
      },
      text(text, offset) {
        if (inTitle) title += text;
        else builder.text(text, offset);
      },
      close(name) {
        switch (name) {
          case 'title':
            inTitle = false;
            return;
          case 'table':
            builder.closeTable();
            return;
          case 'tr':
            builder.closeRow();
            return;
          case 'td':
          case 'th':
            builder.closeCell();
            return;
          default:
            if (BLOCK.has(name)) builder.lineBreak();
        }
      },
    },
    (name) => name === 'td' || name === 'th',
  );
  const t = title.replace(/\s+/g, ' ').trim();
  return { tokens: builder.finish(), title: t === '' ? null : t };
}
