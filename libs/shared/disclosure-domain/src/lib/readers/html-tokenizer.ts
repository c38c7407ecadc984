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

/** Line/column of a character offset; offsets come in increasing order, mostly. */
export function lineTracker(source: string): (offset: number) => {
  line: number;
  column: number;
} {
  let at = 0;
  let line = 1;
  let lineStart = 0;
  return (offset: number) => {
    const target = Math.min(offset, source.length);
    if (target < at) {
      at = 0;
      line = 1;
      lineStart = 0;
    }
    for (let i = source.indexOf('\n', at); i !== -1 && i < target;) {
      line++;
      lineStart = i + 1;
      i = source.indexOf('\n', i + 1);
    }
    at = target;
    return { line, column: target - lineStart + 1 };
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
