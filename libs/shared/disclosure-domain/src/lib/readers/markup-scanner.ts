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

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

// Comments, CDATA, declarations (and so DTD entity tricks) carry no report content.
const ignore = (): void => undefined;

/**
 * Streams tags and text out of HTML or XML with htmlparser2's tokenizer. The full
 * htmlparser2 Parser keeps its element stack with `unshift`, which is quadratic in the
 * nesting depth (a 100,000-deep page takes seconds); the readers need no element
 * stack, since table structure is rebuilt from td/tr/table events alone.
 */
export function scanMarkup(
  source: string,
  xmlMode: boolean,
  handler: MarkupHandler,
): void {
  let tagName = '';
  let tagStart = 0;
  let attributes: Record<string, string> | null = null;
  let attrName = '';
  let attrValue = '';
  let skip: string | null = null;

  const emitOpen = () => {
    if (skip !== null) return;
    if (!xmlMode && (tagName === 'script' || tagName === 'style'))
      skip = tagName;
    handler.open(tagName, attributes ?? NO_ATTRIBUTES, tagStart);
  };

  const tokenizer = new Tokenizer(
    { xmlMode, decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = source.slice(start, end).toLowerCase();
        tagStart = start;
        attributes = null;
      },
      onattribname(start, end) {
        attrName = source.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata(start, end) {
        attrValue += source.slice(start, end);
      },
      onattribentity(codepoint) {
        attrValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        (attributes ??= {})[attrName] = attrValue;
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
        const name = source.slice(start, end).toLowerCase();
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
