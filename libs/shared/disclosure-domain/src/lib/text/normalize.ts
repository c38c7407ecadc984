/**
 * Character-level normalisation shared by every reader. Written as single passes over
 * the string because they run on every cell of every document (bulk import speed).
 */

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** Full-width ASCII to ASCII, ideographic and no-break spaces to a plain space. */
export function toHalfWidth(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) {
      out += String.fromCharCode(c - FULLWIDTH_OFFSET);
      changed = true;
    } else if (c === 0x3000 || c === 0xa0) {
      out += ' ';
      changed = true;
    } else {
      out += s[i];
    }
  }
  return changed ? out : s;
}

/** Trims every kind of space (NBSP, ideographic space, zero-width) from both ends. */
export function trimAll(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

export function isBlankText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) return false;
  }
  return true;
}

// Punctuation ignored when comparing labels: brackets, colons, commas, enumeration
// marks, full stops, quotes, slashes and pipes in both widths.
const LABEL_PUNCTUATION = new Set(
  Array.from(
    '()（）[]【】〔〕:：,，、.．。;；“”"\'‘’/／|｜-－—–·•《》<>〈〉!！?？*＊_',
  ),
);

/**
 * The comparable form of a label: half-width, no whitespace, no punctuation.
 * `（三）不予公开` → `三不予公开`; `第二十条 第(一)项` → `第二十条第一项`;
 * `本年新\n制作数量` → `本年新制作数量`.
 */
const DROP = new Uint8Array(0x10000);
for (const ch of LABEL_PUNCTUATION) DROP[ch.charCodeAt(0)] = 1;
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) DROP[c] = 1;
const codes: number[] = [];

export function labelKey(s: string): string {
  // Most labels are CJK text with a few brackets: copy runs, not characters.
  let changed = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (DROP[c] === 1 || (c >= FULLWIDTH_START && c <= FULLWIDTH_END)) {
      changed = true;
      break;
    }
  }
  if (!changed) return s;
  codes.length = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) c -= FULLWIDTH_OFFSET;
    if (DROP[c] === 1) continue;
    codes.push(c);
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) {
    out += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  }
  return out;
}

/** Chinese numerals used for section and item numbers. */
export const CHINESE_NUMERALS = '一二三四五六七八九十';
