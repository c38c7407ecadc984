import { lowerName, NO_ATTRIBUTES, type MarkupHandler } from './markup-scanner';

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeXmlText(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(
    ENTITY,
    (
      _m,
      dec: string | undefined,
      hex: string | undefined,
      name: string | undefined,
    ) => {
      if (name) return NAMED[name] ?? '';
      const cp = dec ? parseInt(dec, 10) : parseInt(hex ?? '0', 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
    },
  );
}

const utf8 = new TextDecoder('utf-8');

/** `source` is the latin1 view of `bytes`: ASCII text is used as is, the rest decoded. */
function textOf(
  source: string,
  bytes: Uint8Array,
  start: number,
  end: number,
): string {
  for (let i = start; i < end; i++) {
    if (source.charCodeAt(i) >= 0x80)
      return utf8.decode(bytes.subarray(start, end));
  }
  return source.slice(start, end);
}

const MAX_ATTRIBUTES_LENGTH = 1024;

/** Paragraph, run, table and section properties, and the table grid. */
const SKIPPED_SUBTREES = new Set([
  'w:ppr',
  'w:rpr',
  'w:tblpr',
  'w:tblgrid',
  'w:sectpr',
  'w:trpr',
]);

function isNameEnd(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x3e ||
    c === 0x2f ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    Number.isNaN(c)
  );
}

/**
 * Well-formed XML (WordprocessingML) scanned with indexOf from tag to tag: the same
 * open/close/text events as the HTML scanner, attributes parsed only for the elements
 * that need them. Entities are the five predefined ones and character references; a
 * DOCTYPE and its entity declarations are skipped, never resolved.
 */
export function scanXml(
  source: string,
  bytes: Uint8Array,
  handler: MarkupHandler,
  wantsAttributes: (name: string) => boolean,
): void {
  const n = source.length;
  let i = 0;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i)
      handler.text(decodeXmlText(textOf(source, bytes, i, textEnd)), i);
    if (lt === -1) break;
    const c1 = source.charCodeAt(lt + 1);
    if (c1 === 0x21 /* ! */) {
      // comment, CDATA, doctype: no content. An unterminated one ends the scan.
      const [close, from] = source.startsWith('<!--', lt)
        ? ['-->', lt + 4]
        : source.startsWith('<![CDATA[', lt)
          ? [']]>', lt + 9]
          : ['>', lt + 2];
      const end = source.indexOf(close, from);
      i = end === -1 ? n : end + close.length;
      continue;
    }
    if (c1 === 0x3f /* ? */) {
      const end = source.indexOf('?>', lt + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    const closing = c1 === 0x2f;
    let j = closing ? lt + 2 : lt + 1;
    const nameStart = j;
    while (j < n && !isNameEnd(source.charCodeAt(j))) j++;
    const raw = source.slice(nameStart, j);
    const name = lowerName(raw);
    const gt = source.indexOf('>', j);
    if (gt === -1) break;
    if (closing) {
      handler.close(name);
      i = gt + 1;
      continue;
    }
    const selfClosing = source.charCodeAt(gt - 1) === 0x2f;
    // Formatting subtrees hold no text: jump to their end (a quarter of the tags
    // of a typical document.xml). Where the end is missing, scan them as usual.
    if (!selfClosing && SKIPPED_SUBTREES.has(name)) {
      const end = source.indexOf(`</${raw}>`, gt + 1);
      if (end !== -1) {
        i = end + raw.length + 3;
        continue;
      }
    }
    let attributes = NO_ATTRIBUTES;
    // Real attributes are short; a long run is not worth a regular expression.
    if (wantsAttributes(name) && gt - j <= MAX_ATTRIBUTES_LENGTH) {
      const out: Record<string, string> = {};
      const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
      re.lastIndex = j;
      const body = source.slice(0, selfClosing ? gt - 1 : gt);
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const key = (m[1] ?? '').toLowerCase();
        if (!(key in out)) out[key] = decodeXmlText(m[2] ?? m[3] ?? '');
      }
      attributes = out;
    }
    handler.open(name, attributes, nameStart);
    if (selfClosing) handler.close(name);
    i = gt + 1;
  }
}
