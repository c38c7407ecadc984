import { APPLICATION_ROWS } from './metric-registry';

/**
 * Metrics computed from parsed values, never parsed themselves. Each is defined once,
 * with the formula shown to users; where practice has variants, each variant is a
 * metric of its own with its name saying how it differs.
 */
export interface DerivedMetricDefinition {
  id: string;
  labelZh: string;
  labelEn: string;
  formulaZh: string;
  formulaEn: string;
  unit: 'ratio' | 'count';
  inputs: readonly string[];
  /** Returns null when an input it needs is blank or the denominator is 0. */
  compute(get: (metric: string) => number | null): number | null;
}

const sum = (
  get: (metric: string) => number | null,
  ids: readonly string[],
): number | null => {
  let total = 0;
  for (const id of ids) {
    const v = get(id);
    if (v === null) return null;
    total += v;
  }
  return total;
};

const ratio = (num: number | null, den: number | null): number | null =>
  num === null || den === null || den === 0 ? null : num / den;

const total = (row: string) => `applications.${row}.total`;
const withheldRows = APPLICATION_ROWS.filter((r) => r.group === '三').map((r) =>
  total(r.key),
);
const notProcessedRows = APPLICATION_ROWS.filter((r) => r.group === '五').map(
  (r) => total(r.key),
);
const otherG2Rows = [
  'otherOverdueCorrection',
  'otherOverdueFee',
  'otherMisc',
].map(total);

/** （六）其他处理 in either generation: the G1 row, or the sum of the three G2 rows. */
function otherHandling(get: (metric: string) => number | null): number | null {
  const g1 = get(total('otherHandling'));
  return g1 !== null ? g1 : sum(get, otherG2Rows);
}

export const DERIVED_METRICS: readonly DerivedMetricDefinition[] = [
  {
    id: 'derived.disclosureRate',
    labelZh: '公开率（予以公开与部分公开占办结数）',
    labelEn: 'Disclosure rate (disclosed or partly disclosed / concluded)',
    formulaZh: '（予以公开 + 部分公开）÷ 办理结果总计',
    formulaEn: '(granted + partly granted) ÷ total concluded',
    unit: 'ratio',
    inputs: [total('granted'), total('partlyGranted'), total('resultTotal')],
    compute: (get) =>
      ratio(
        sum(get, [total('granted'), total('partlyGranted')]),
        get(total('resultTotal')),
      ),
  },
  {
    id: 'derived.disclosureRateExcludingNotProcessed',
    labelZh: '公开率（不计不予处理和其他处理）',
    labelEn: 'Disclosure rate excluding not processed and other handling',
    formulaZh: '（予以公开 + 部分公开）÷（办理结果总计 − 不予处理 − 其他处理）',
    formulaEn:
      '(granted + partly granted) ÷ (total concluded − not processed − other handling)',
    unit: 'ratio',
    inputs: [
      total('granted'),
      total('partlyGranted'),
      total('resultTotal'),
      ...notProcessedRows,
    ],
    compute: (get) => {
      const all = get(total('resultTotal'));
      const notProcessed = sum(get, notProcessedRows);
      const other = otherHandling(get);
      if (all === null || notProcessed === null || other === null) return null;
      return ratio(
        sum(get, [total('granted'), total('partlyGranted')]),
        all - notProcessed - other,
      );
    },
  },
  {
    id: 'derived.withheldTotal',
    labelZh: '不予公开合计',
    labelEn: 'Withheld, all reasons',
    formulaZh: '（三）不予公开 1–8 项之和',
    formulaEn: 'sum of withheld items 1–8',
    unit: 'count',
    inputs: withheldRows,
    compute: (get) => sum(get, withheldRows),
  },
  {
    id: 'derived.otherHandlingTotal',
    labelZh: '其他处理合计（两代格式可比）',
    labelEn: 'Other handling, comparable across formats',
    formulaZh: '2019 格式：（六）其他处理；2021 格式：（六）1–3 项之和',
    formulaEn: '2019 format: other handling; 2021 format: sum of items 1–3',
    unit: 'count',
    inputs: [total('otherHandling'), ...otherG2Rows],
    compute: otherHandling,
  },
  {
    id: 'derived.reviewCorrectionRate',
    labelZh: '行政复议纠错率',
    labelEn: 'Review correction rate',
    formulaZh: '行政复议结果纠正 ÷ 行政复议总计',
    formulaEn: 'review corrected ÷ review total',
    unit: 'ratio',
    inputs: ['review.corrected', 'review.total'],
    compute: (get) => ratio(get('review.corrected'), get('review.total')),
  },
  {
    id: 'derived.reviewCorrectionRateOfConcluded',
    labelZh: '行政复议纠错率（不计尚未审结）',
    labelEn: 'Review correction rate of concluded cases',
    formulaZh: '行政复议结果纠正 ÷（行政复议总计 − 尚未审结）',
    formulaEn: 'review corrected ÷ (review total − pending)',
    unit: 'ratio',
    inputs: ['review.corrected', 'review.total', 'review.pending'],
    compute: (get) => {
      const all = get('review.total');
      const pending = get('review.pending');
      return ratio(
        get('review.corrected'),
        all === null || pending === null ? null : all - pending,
      );
    },
  },
  {
    id: 'derived.litigationTotal',
    labelZh: '行政诉讼总计',
    labelEn: 'Lawsuits, total',
    formulaZh: '未经复议直接起诉总计 + 复议后起诉总计',
    formulaEn: 'direct lawsuits total + lawsuits after review total',
    unit: 'count',
    inputs: ['litigationDirect.total', 'litigationAfterReview.total'],
    compute: (get) =>
      sum(get, ['litigationDirect.total', 'litigationAfterReview.total']),
  },
  {
    id: 'derived.litigationCorrectionRate',
    labelZh: '行政诉讼纠错率',
    labelEn: 'Lawsuit correction rate',
    formulaZh: '（两类诉讼结果纠正之和）÷（两类诉讼总计之和）',
    formulaEn: 'corrected in both lawsuit kinds ÷ total of both',
    unit: 'ratio',
    inputs: [
      'litigationDirect.corrected',
      'litigationAfterReview.corrected',
      'litigationDirect.total',
      'litigationAfterReview.total',
    ],
    compute: (get) =>
      ratio(
        sum(get, [
          'litigationDirect.corrected',
          'litigationAfterReview.corrected',
        ]),
        sum(get, ['litigationDirect.total', 'litigationAfterReview.total']),
      ),
  },
];

const DERIVED_INDEX = new Map(DERIVED_METRICS.map((d) => [d.id, d]));

export function getDerivedMetric(
  id: string,
): DerivedMetricDefinition | undefined {
  return DERIVED_INDEX.get(id);
}

/** Computes every derived metric from a values map (null for blank inputs). */
export function computeDerived(
  values: Readonly<Record<string, number | null | undefined>>,
): Record<string, number | null> {
  const get = (id: string) => values[id] ?? null;
  const out: Record<string, number | null> = {};
  for (const d of DERIVED_METRICS) out[d.id] = d.compute(get);
  return out;
}
