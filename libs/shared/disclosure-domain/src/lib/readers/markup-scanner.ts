import { Tokenizer } from 'htmlparser2';

export interface MarkupHandler {
  /** `offset`: where the tag starts in the source. */
  open(
    name: string,
    attributes: Readonly<Record<string, string>>,
    offset: number,
  ): void;
  close(name: string): void;
  /** Decoded text; `offset` is where it starts in the source. */
  text(text: string, offset: number): void;
}

export const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(
  {},
);

// Comments, CDATA, declarations (and so DTD entity tricks) carry no report content.
const ignore = (): void => undefined;

const SHORT_NAMES = new Map<number, string>(
  [
    'p',
    'td',
    'tr',
    'th',
    'br',
    'li',
    'ul',
    'ol',
    'dl',
    'dt',
    'dd',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'b',
    'i',
    'u',
    'a',
    'em',
  ].map((n) => [n.charCodeAt(0) * 256 + (n.charCodeAt(1) || 0), n]),
);

/**
 * The lower-case name of the tag at `source[start, end)`. One- and two-letter names
 * (td, tr, p: most tags of a report page) are looked up by their char codes without
 * slicing the source.
 */
function tagNameAt(source: string, start: number, end: number): string {
  const length = end - start;
  if (length <= 2) {
    // `| 0x20` lower-cases ASCII letters and leaves digits as they are.
    const c0 = source.charCodeAt(start) | 0x20;
    const c1 = length === 2 ? source.charCodeAt(start + 1) | 0x20 : 0;
    const known = SHORT_NAMES.get(c0 * 256 + c1);
    if (known !== undefined) return known;
  }
  return lowerName(source.slice(start, end));
}

/** Tag names repeat endlessly: lower-case each spelling once. */
const lowerNames = new Map<string, string>();
export function lowerName(raw: string): string {
  let name = lowerNames.get(raw);
  if (name === undefined) {
    name = raw.toLowerCase();
    if (lowerNames.size < 4096) lowerNames.set(raw, name);
  }
  return name;
}

/**
 * Streams tags and text out of HTML with htmlparser2's tokenizer. The full htmlparser2
 * Parser keeps its element stack with `unshift`, which is quadratic in the nesting
 * depth (a 100,000-deep page takes seconds); the readers need no element stack, since
 * table structure is rebuilt from td/tr/table events alone. Attributes are collected
 * only for the tags that need them.
 */
export function scanHtml(
  source: string,
  handler: MarkupHandler,
  wantsAttributes: (name: string) => boolean,
): void {
  let tagName = '';
  let tagStart = 0;
  let collect = false;
  let attributes: Record<string, string> | null = null;
  let attrName = '';
  let attrValue = '';
  let skip: string | null = null;

  const emitOpen = () => {
    if (skip !== null) return;
    if (tagName === 'script' || tagName === 'style') skip = tagName;
    handler.open(tagName, attributes ?? NO_ATTRIBUTES, tagStart);
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = tagNameAt(source, start, end);
        tagStart = start;
        collect = wantsAttributes(tagName);
        attributes = null;
      },
      onattribname(start, end) {
        if (!collect) return;
        attrName = source.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata(start, end) {
        if (collect) attrValue += source.slice(start, end);
      },
      onattribentity(codepoint) {
        if (collect) attrValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (collect) (attributes ??= {})[attrName] = attrValue;
      },
      onopentagend() {
        emitOpen();
      },
      onselfclosingtag() {
        emitOpen();
        if (skip === tagName) skip = null;
        else if (skip === null) handler.close(tagName);
      },
      onclosetag(start, end) {
        const name = tagNameAt(source, start, end);
        if (skip !== null) {
          if (name === skip) skip = null;
          return;
        }
        handler.close(name);
      },
      ontext(start, end) {
        if (skip === null) handler.text(source.slice(start, end), start);
      },
      ontextentity(codepoint, end) {
        if (skip === null) handler.text(String.fromCodePoint(codepoint), end);
      },
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onend: ignore,
    },
  );
  tokenizer.write(source);
  tokenizer.end();
}
