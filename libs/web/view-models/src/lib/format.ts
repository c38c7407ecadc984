import type { Locale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

function nf(locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, opts);
    formatters.set(key, f);
  }
  return f;
}

export type ValueUnit = 'count' | 'signedCount' | 'wanYuan' | 'ratio';

/** A number as people read it: counts whole, money in 万元 with two decimals, ratios in %. */
export function formatValue(
  value: number | null | undefined,
  unit: ValueUnit,
  locale: Locale,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'count':
      return nf(locale, { maximumFractionDigits: 0 }).format(value);
    case 'signedCount':
      return nf(locale, {
        maximumFractionDigits: 0,
        signDisplay: 'exceptZero',
      }).format(value);
    case 'wanYuan':
      return `${nf(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)} ${locale === 'zh-CN' ? '万元' : '10k CNY'}`;
    case 'ratio':
      return formatPercent(value, locale);
  }
}

export function formatPercent(
  ratio: number,
  locale: Locale,
  digits = 1,
): string {
  return nf(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);
}

export type Direction = 'up' | 'down' | 'flat';

export interface Change {
  /** e.g. "+18.2%", or "+3.1 个百分点" for ratios. */
  text: string;
  direction: Direction;
  /** Relative change; null for ratios (compared in points) or from zero. */
  relative: number | null;
}

/**
 * Year-over-year change. Counts compare relatively (+18%); ratios compare in
 * percentage points, since "+10% of a rate" misleads. Null when either is missing.
 */
export function yearOverYear(
  current: number | null,
  previous: number | null,
  unit: ValueUnit,
  locale: Locale,
): Change | null {
  if (current === null || previous === null) return null;
  const diff = current - previous;
  const direction: Direction = diff > 0 ? 'up' : diff < 0 ? 'down' : 'flat';
  if (unit === 'ratio') {
    const points = nf(locale, {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(diff * 100);
    return {
      text: locale === 'zh-CN' ? `${points} 个百分点` : `${points} pp`,
      direction,
      relative: null,
    };
  }
  if (previous === 0) {
    return {
      text:
        diff === 0
          ? formatPercent(0, locale, 0)
          : `${formatValue(diff, 'signedCount', locale)}`,
      direction,
      relative: null,
    };
  }
  const relative = diff / Math.abs(previous);
  return {
    text: nf(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(relative),
    direction,
    relative,
  };
}

/** yyyy-mm-dd or ISO time to the reader's date (Beijing time). */
export function formatDate(
  iso: string | null | undefined,
  locale: Locale,
): string {
  if (!iso) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? new Date(`${iso}T00:00:00+08:00`)
    : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

export function formatDateTime(
  iso: string | null | undefined,
  locale: Locale,
): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}
