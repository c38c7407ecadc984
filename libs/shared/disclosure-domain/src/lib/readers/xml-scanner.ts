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
export const SKIPPED_SUBTREES: ReadonlySet<string> = new Set([
  'w:ppr',
  'w:rpr',
  'w:tblpr',
  'w:tblgrid',
  'w:sectpr',
  'w:trpr',
]);

/** `source` holds `text` at `start` (names are short: cheaper than startsWith). */
function sameAt(source: string, start: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    if (source.charCodeAt(start + k) !== text.charCodeAt(k)) return false;
  }
  return true;
}

/** What a scan knows of a tag spelling it has met (see `TagNames`). */
interface TagName {
  hash: number;
  raw: string;
  name: string;
  /** SKIPPED_SUBTREES has it: its closing tag, to jump to. */
  skipTo: string | null;
  wantsAttributes: boolean;
}

const TAG_SLOTS = 256;

/**
 * The spellings of one scan's tags, by a hash of their characters: a document.xml
 * has a few dozen tag names over thousands of tags, so a name is looked up where it
 * stands in the source (a hash slot, then its characters) instead of being sliced out
 * and lower-cased per tag. A slot holds the last spelling hashed to it.
 */
class TagNames {
  private readonly slots: (TagName | undefined)[] = new Array<
    TagName | undefined
  >(TAG_SLOTS);
  constructor(
    private readonly wantsAttributes: (name: string) => boolean,
    private readonly skipped: ReadonlySet<string>,
  ) {}

  at(source: string, start: number, end: number, hash: number): TagName {
    const slot = hash & (TAG_SLOTS - 1);
    const known = this.slots[slot];
    if (
      known !== undefined &&
      known.hash === hash &&
      known.raw.length === end - start &&
      sameAt(source, start, known.raw)
    ) {
      return known;
    }
    const raw = source.slice(start, end);
    const name = lowerName(raw);
    const made: TagName = {
      hash,
      raw,
      name,
      skipTo: this.skipped.has(name) ? `</${raw}>` : null,
      wantsAttributes: this.wantsAttributes(name),
    };
    this.slots[slot] = made;
    return made;
  }
}

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
  /** Subtrees jumped over unseen (their text is never content). */
  skipped: ReadonlySet<string> = SKIPPED_SUBTREES,
): void {
  const n = source.length;
  const names = new TagNames(wantsAttributes, skipped);
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
    let hash = 0;
    for (let c = source.charCodeAt(j); j < n && !isNameEnd(c);) {
      hash = (Math.imul(hash, 31) + c) | 0;
      c = source.charCodeAt(++j);
    }
    const tag = names.at(source, nameStart, j, hash);
    const name = tag.name;
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
    if (!selfClosing && tag.skipTo !== null) {
      const end = source.indexOf(tag.skipTo, gt + 1);
      if (end !== -1) {
        i = end + tag.skipTo.length;
        continue;
      }
    }
    let attributes = NO_ATTRIBUTES;
    // Real attributes are short; a long run is not worth a regular expression.
    if (tag.wantsAttributes && gt - j <= MAX_ATTRIBUTES_LENGTH) {
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
