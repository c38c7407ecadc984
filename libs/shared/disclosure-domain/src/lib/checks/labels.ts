import { METRICS, getMetric } from '../metrics/metric-registry';
import type { TableKey } from '../model/report';

export interface Bilingual {
  zh: string;
  en: string;
}

export const TABLE_NAMES: Readonly<Record<TableKey, Bilingual>> = {
  proactive: {
    zh: '表二（主动公开政府信息情况）',
    en: 'Table 2 (proactive disclosure)',
  },
  applications: {
    zh: '表三（收到和处理政府信息公开申请情况）',
    en: 'Table 3 (applications received and handled)',
  },
  reviewLitigation: {
    zh: '表四（政府信息公开行政复议、行政诉讼情况）',
    en: 'Table 4 (administrative review and litigation)',
  },
};

export const TABLE_ORDER: readonly TableKey[] = [
  'proactive',
  'applications',
  'reviewLitigation',
];

export { SECTION_NAMES } from '../model/sections';

export function metricLabel(id: string): Bilingual {
  const m = getMetric(id);
  return m ? { zh: m.labelZh, en: m.labelEn } : { zh: id, en: id };
}

const ORDER = new Map(METRICS.map((m, i) => [m.id, i]));
const IDS: readonly string[] = METRICS.map((m) => m.id);

const byRankThenId = (
  a: { rank: number; id: string },
  b: { rank: number; id: string },
): number => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sorts metric ids into the order of the official layout; unknown ids last. */
export function byLayoutOrder(ids: Iterable<string>): string[] {
  const list = Array.from(ids);
  // Registry ids only (the usual case): sort their positions, a plain number sort.
  const ranks = new Int32Array(list.length);
  let known = true;
  for (let i = 0; i < list.length; i++) {
    const rank = ORDER.get(list[i] as string);
    if (rank === undefined) {
      known = false;
      break;
    }
    ranks[i] = rank;
  }
  if (known) {
    ranks.sort();
    const out: string[] = [];
    for (let i = 0; i < ranks.length; i++) {
      // Equal ranks are the same id: listed once, as the Set below would.
      if (i > 0 && ranks[i] === ranks[i - 1]) continue;
      out.push(IDS[ranks[i] as number] as string);
    }
    return out;
  }
  const keyed: { rank: number; id: string }[] = [];
  for (const id of new Set(list)) {
    keyed.push({ rank: ORDER.get(id) ?? ORDER.size, id });
  }
  keyed.sort(byRankThenId);
  return keyed.map(idOf);
}

const idOf = (k: { id: string }): string => k.id;

/** Integers as written; decimals (万元) without binary noise such as 0.30000000000000004. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}
