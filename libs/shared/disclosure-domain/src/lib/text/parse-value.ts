import type { MetricUnit } from '../metrics/metric-registry';
import type { ValueStatus } from '../model/report';
import { isSpaceCode, toHalfWidth } from './normalize';

/** The units a money amount is written in. */
export type MoneyUnit = '元' | '万元';

export interface ParsedValue {
  status: ValueStatus;
  value: number | null;
  /** The unit written in the cell, if any. */
  unit?: string;
  /** Why the value is questionable even though it was read (money without a unit). */
  note?: 'moneyUnitAssumed';
}

const NOT_APPLICABLE = new Set([
  '/',
  '\\',
  '-',
  '--',
  '—',
  '——',
  '–',
  '−',
  '无',
  '不适用',
  'N/A',
  'n/a',
  'NA',
  '×',
]);

const COUNT_UNITS = ['项', '件', '个', '条', '宗', '次', '份', '起', '例'];

const COUNT_UNIT_SET = new Set(COUNT_UNITS);

const NUMBER = /^\d+(?:\.\d+)?$/;

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Moves the decimal point four places left in decimal text (元 → 万元) without float error. */
function yuanToWan(digits: string): number {
  const [intPart = '0', frac = ''] = digits.split('.');
  const padded = intPart.padStart(5, '0');
  const head = padded.slice(0, -4);
  const tail = padded.slice(-4) + frac;
  return Number(`${head}.${tail}`);
}

/**
 * Reads one table cell. Blank is not zero: an empty cell is `blank`; `/`, `—`, `无`
 * are `notApplicable`; anything that is not a number is `unreadable`.
 */
export function parseCellValue(
  raw: string,
  unit: MetricUnit,
  /** A money column's unit as its header states it (`采购总金额（元）`), for cells without one. */
  headerUnit?: MoneyUnit,
): ParsedValue {
  // Fast path: plain ASCII digits (`0`, `1826`), by far the most common cell.
  const n = raw.length;
  if (n > 0 && n <= 15) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = raw.charCodeAt(i) - 0x30;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
    }
    if (i === n && !(unit === 'wanYuan' && headerUnit === '元')) {
      if (unit === 'wanYuan' && v !== 0 && headerUnit === undefined) {
        return { status: 'number', value: v, note: 'moneyUnitAssumed' };
      }
      return { status: 'number', value: v };
    }
  }
  // Compact form: half-width, no spaces at all (`1 234` and `9 项` happen).
  const hw = toHalfWidth(raw);
  let s = '';
  let gapAfterDigit = false;
  for (let i = 0; i < hw.length; i++) {
    const c = hw.charCodeAt(i);
    if (isSpaceCode(c)) {
      gapAfterDigit ||= isDigitCode(s.charCodeAt(s.length - 1));
      continue;
    }
    // `0 0` or `1 2` is two numbers in one cell, not 12.
    if (gapAfterDigit && isDigitCode(c))
      return { status: 'unreadable', value: null };
    gapAfterDigit = false;
    s += hw[i];
  }
  if (s === '') return { status: 'blank', value: null };
  if (NOT_APPLICABLE.has(s)) return { status: 'notApplicable', value: null };

  let sign = 1;
  const first = s[0];
  if (first === '+' || first === '-' || first === '−' || first === '—') {
    sign = first === '+' ? 1 : -1;
    s = s.slice(1);
  } else if (s.startsWith('增加') || s.startsWith('减少')) {
    sign = s[0] === '增' ? 1 : -1;
    s = s.slice(2);
  } else if (first === '增' || first === '减') {
    sign = first === '增' ? 1 : -1;
    s = s.slice(1);
  }

  let cellUnit: string | undefined;
  if (s.endsWith('万元')) {
    cellUnit = '万元';
    s = s.slice(0, -2);
  } else if (s.endsWith('元')) {
    cellUnit = '元';
    s = s.slice(0, -1);
  } else {
    const u = s.length > 0 ? s[s.length - 1] : undefined;
    if (u !== undefined && COUNT_UNIT_SET.has(u)) {
      cellUnit = u;
      s = s.slice(0, -1);
    }
  }

  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  if (!NUMBER.test(s)) return { status: 'unreadable', value: null };
  // Beyond 15 significant digits a double would silently change the number.
  if (s.replace('.', '').replace(/^0+/, '').length > 15) {
    return { status: 'unreadable', value: null };
  }
  if (cellUnit === '元' || cellUnit === '万元') {
    if (unit !== 'wanYuan') return { status: 'unreadable', value: null };
  } else if (cellUnit !== undefined && unit === 'wanYuan') {
    return { status: 'unreadable', value: null };
  }
  const moneyUnit = cellUnit ?? (unit === 'wanYuan' ? headerUnit : undefined);
  let value =
    unit === 'wanYuan' && moneyUnit === '元' ? yuanToWan(s) : Number(s);
  value = sign * value;
  if (Object.is(value, -0)) value = 0;
  const out: ParsedValue = { status: 'number', value };
  if (cellUnit) out.unit = cellUnit;
  if (unit === 'wanYuan' && moneyUnit === undefined && value !== 0) {
    out.note = 'moneyUnitAssumed';
  }
  return out;
}
