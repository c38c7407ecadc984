import type { Page } from 'playwright-core';

/**
 * Every official-table cell on the page as shown: metric id → text, without the
 * finding pin (`<sup class="pin">`) that a checked cell carries after its number.
 */
export function readCells(
  page: Page,
  scope = 'body',
): Promise<Record<string, string>> {
  return page.$$eval(`${scope} td[data-metric]`, (tds) => {
    const out: Record<string, string> = {};
    for (const td of tds) {
      const copy = td.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('sup.pin').forEach((s) => s.remove());
      out[td.getAttribute('data-metric') ?? ''] = (
        copy.textContent ?? ''
      ).trim();
    }
    return out;
  });
}

/**
 * A shown number as a value: zh-CN thousands separators removed ("1,234" → 1234,
 * "+36" → 36). Anything that is not a plain number (∅, /, ·) gives null.
 */
export function shownNumber(text: string | undefined): number | null {
  const t = (text ?? '').replace(/,/g, '').trim();
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** The mark the tables show for a cell published blank. */
export const BLANK_MARK = '∅';

/**
 * A shown cell as a value: a number, null for the blank mark, the text itself for
 * anything else (`/`, unreadable text), undefined when the page has no such cell.
 */
export function shownValue(
  cells: Readonly<Record<string, string>>,
  metric: string,
): number | string | null | undefined {
  const text = cells[metric];
  if (text === undefined) return undefined;
  if (text === BLANK_MARK) return null;
  return shownNumber(text) ?? text;
}

/**
 * A metric of the real corpus' expected.tsv as shown: `a|b` whichever cell the page
 * has, `a+b` the sum with a blank counting as 0 (as the domain's corpus test reads it).
 */
export function shownExpectedMetric(
  cells: Readonly<Record<string, string>>,
  metric: string,
): number | string | null | undefined {
  if (metric.includes('+')) {
    let sum = 0;
    for (const id of metric.split('+')) {
      const v = shownValue(cells, id);
      if (typeof v !== 'number' && v !== null) return v;
      sum += v ?? 0;
    }
    return sum;
  }
  for (const id of metric.split('|')) {
    const v = shownValue(cells, id);
    if (v !== undefined) return v;
  }
  return undefined;
}
