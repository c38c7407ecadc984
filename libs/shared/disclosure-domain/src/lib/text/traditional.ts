import { Converter } from 'opencc-js';

/**
 * Traditional characters are read as their simplified equivalents. Conversion is only
 * run when a document shows traditional forms, since most documents are simplified and
 * converting is the costliest per-character step.
 */

// Traditional-only forms that are frequent in these reports (條 項 數 處 開 …).
const MARKERS = new Set(
  Array.from(
    '條項數處開發總計與關於區縣鎮務資報導產單會為過這們來時說機構況請結轉審廢網門權規範書記錄據電話論護個應對從當專據備還並儘隨歸類級幾張將後復見義雙雜難題風體點黨國際聯車軍農學讀鄉財費與萬億',
  ),
);

const MARKER_CODES = new Uint8Array(0x10000);
for (const m of MARKERS) MARKER_CODES[m.charCodeAt(0)] = 1;

export function looksTraditional(text: string, sample = 2000): boolean {
  return looksTraditionalIn([text], sample);
}

/** The same test over several texts (a document's tokens), without joining them. */
export function looksTraditionalIn(
  texts: Iterable<string>,
  sample = 2000,
): boolean {
  let hits = 0;
  let seen = 0;
  for (const text of texts) {
    const n = Math.min(text.length, sample - seen);
    for (let i = 0; i < n; i++) {
      if (MARKER_CODES[text.charCodeAt(i)] === 1 && ++hits >= 5) return true;
    }
    seen += n;
    if (seen >= sample) break;
  }
  return false;
}

let converter: ((s: string) => string) | null = null;

export function toSimplified(text: string): string {
  converter ??= Converter({ from: 't', to: 'cn' });
  return converter(text);
}
