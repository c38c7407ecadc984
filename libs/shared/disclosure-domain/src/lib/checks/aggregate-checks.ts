import { getMetric } from '../metrics/metric-registry';
import type { Finding, ParsedReport } from '../model/report';
import { makeFinding } from './check-codes';
import { byLayoutOrder, formatNumber, metricLabel } from './labels';

const EPSILON = 1e-9;

function describe(report: ParsedReport): { zh: string; en: string } {
  const year = report.year === null ? '' : `${report.year}`;
  return {
    zh: `${report.agency ?? '未知机关'}${year ? `（${year}年度）` : ''}`,
    en: `${report.agency ?? 'unknown agency'}${year ? ` (${year})` : ''}`,
  };
}

/**
 * R12: a government-level report usually aggregates its departments (and often
 * its subordinate governments), so for every cell the parts should not add up to
 * more than the aggregate. Only a hint: aggregation scopes differ locally. Signed
 * changes (本年增/减) are not summable this way and are left out.
 */
export function compareWithParts(
  aggregate: ParsedReport,
  parts: readonly ParsedReport[],
): Finding[] {
  const out: Finding[] = [];
  const otherYear = parts.filter(
    (p) =>
      aggregate.year !== null && p.year !== null && p.year !== aggregate.year,
  );
  const included = parts.filter((p) => !otherYear.includes(p));
  if (otherYear.length > 0) {
    const names = otherYear.map(describe);
    out.push(
      makeFinding(
        'R12_PART_SKIPPED',
        `以下报告与汇总报告（${aggregate.year ?? ''}年度）年度不同，未计入汇总核对：${names
          .map((n) => n.zh)
          .join('、')}`,
        `These reports are for another year than the aggregate (${aggregate.year ?? ''}) and were left out: ${names
          .map((n) => n.en)
          .join('; ')}`,
      ),
    );
  }
  for (const id of byLayoutOrder(Object.keys(aggregate.values))) {
    const def = getMetric(id);
    const cell = aggregate.values[id];
    if (!def || def.unit === 'signedCount') continue;
    if (cell?.status !== 'number' || cell.value === null) continue;
    let sum = 0;
    let counted = 0;
    for (const part of included) {
      const c = part.values[id];
      if (c?.status === 'number' && c.value !== null) {
        sum += c.value;
        counted++;
      }
    }
    if (counted === 0 || sum <= cell.value + EPSILON) continue;
    const label = metricLabel(id);
    out.push(
      makeFinding(
        'R12',
        `${label.zh}：${counted}份部门报告之和（${formatNumber(sum)}）大于汇总报告的数值（${formatNumber(cell.value)}）；汇总范围各地不同，仅供参考`,
        `${label.en}: ${counted} part report(s) add up to ${formatNumber(sum)}, more than the aggregate's ${formatNumber(cell.value)}; aggregation scopes differ, so this is only a hint`,
        { metric: id, metrics: [id], location: cell.location },
      ),
    );
  }
  return out;
}
