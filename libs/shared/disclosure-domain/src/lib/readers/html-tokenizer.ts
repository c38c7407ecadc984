import { Parser } from 'htmlparser2';

import { TableBuilder } from './table-builder';
import type { Token } from './token';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'object']);
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

/** Line/column of a character offset, computed incrementally as the parser advances. */
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
    for (let i = source.indexOf('\n', at); i !== -1 && i < target; ) {
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
 * logical column; navigation and scripts around the report are harmless text the
 * interpreter ignores.
 */
export function tokenizeHtml(html: string): HtmlTokens {
  const at = lineTracker(html);
  let parser: Parser | null = null;
  const builder = new TableBuilder(() => at(parser?.startIndex ?? 0));
  let skipDepth = 0;
  let inTitle = false;
  let title = '';

  parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
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
            builder.openCell(span(attribs['colspan']), span(attribs['rowspan']));
            return;
          default:
            if (BLOCK.has(name)) builder.lineBreak();
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (inTitle) title += text;
        else builder.text(text);
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
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
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const t = title.replace(/\s+/g, ' ').trim();
  return { tokens: builder.finish(), title: t === '' ? null : t };
}
