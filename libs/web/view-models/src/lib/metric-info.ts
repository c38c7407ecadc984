import {
  FIRST_G2_YEAR,
  getDerivedMetric,
  getMetric,
} from '@gongkai/disclosure-domain/metrics';

import type { ValueUnit } from './format';
import type { Locale } from './locale';
import { pick } from './locale';

/** What the dashboard shows about a parsed or derived metric. */
export interface MetricInfo {
  id: string;
  label: string;
  unit: ValueUnit;
  /** Years of the formats that have it: G1 up to 2020, G2 from 2021. */
  generations: readonly ('G1' | 'G2')[];
  /** Same meaning in both formats: a line may join 2020 and 2021. */
  comparable: boolean;
  /** The formula of a derived metric, in words. */
  formula: string | null;
}

/** The format of a year's reports in the dashboard (before 2019 too: as G1). */
export function generationOfYear(year: number): 'G1' | 'G2' {
  return year >= FIRST_G2_YEAR ? 'G2' : 'G1';
}

export function metricInfo(id: string, locale: Locale): MetricInfo {
  const m = getMetric(id);
  if (m) {
    return {
      id,
      label: pick(locale, m.labelZh, m.labelEn),
      unit: m.unit,
      generations: m.generations.filter(
        (g): g is 'G1' | 'G2' => g === 'G1' || g === 'G2',
      ),
      comparable: m.comparableAcrossGenerations,
      formula: null,
    };
  }
  const d = getDerivedMetric(id);
  if (d) {
    return {
      id,
      label: pick(locale, d.labelZh, d.labelEn),
      unit: d.unit,
      generations: ['G1', 'G2'],
      comparable: true,
      formula: pick(locale, d.formulaZh, d.formulaEn),
    };
  }
  throw new Error(`Unknown metric ${id}`);
}

/** Whether a metric exists in the format of a report year. */
export function metricInYear(info: MetricInfo, year: number): boolean {
  return info.generations.includes(generationOfYear(year));
}
