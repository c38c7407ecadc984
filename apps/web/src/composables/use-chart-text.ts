import type {
  GenerationBreak,
  StatusLabels,
  TrendSummary,
} from '@gongkai/web-chart-options';
import type { Locale, ValueUnit } from '@gongkai/web-view-models';
import { formatValue, pick } from '@gongkai/web-view-models';

import { useLocale } from '../i18n';

/** Translated texts every chart needs: status labels, the break label, descriptions. */
export function useChartText() {
  const { t, locale } = useLocale();

  const statusLabels = (): StatusLabels => ({
    reported: t('status.reported'),
    blank: t('status.blank'),
    notApplicable: t('status.notApplicable'),
    unreadable: t('status.unreadable'),
    notInGeneration: t('status.notInGeneration'),
    missingReport: t('status.missingReport'),
  });

  const breakLabel = (b: GenerationBreak): string =>
    pick(locale.value, `${b.toYear} 年格式变更`, `${b.toYear} format change`);

  /** Aria description of a trend: first and last reported value of each line. */
  const trendDescription =
    (title: string, unit: ValueUnit) =>
    (s: TrendSummary): string =>
      describeTrend(title, unit, s, locale.value);

  return { t, locale, statusLabels, breakLabel, trendDescription };
}

function describeTrend(
  title: string,
  unit: ValueUnit,
  s: TrendSummary,
  locale: Locale,
): string {
  const parts = s.series.map((line) => {
    if (!line.first || !line.last) {
      return pick(locale, `${line.name}：无数据`, `${line.name}: no data`);
    }
    const a = formatValue(line.first.value, unit, locale);
    const b = formatValue(line.last.value, unit, locale);
    return pick(
      locale,
      `${line.name}从 ${line.first.year} 年的 ${a} 到 ${line.last.year} 年的 ${b}`,
      `${line.name} from ${a} in ${line.first.year} to ${b} in ${line.last.year}`,
    );
  });
  const breaks = s.breaks.length
    ? pick(
        locale,
        `；${s.breaks.map((b) => b.toYear).join('、')} 年格式变更，前后不可比`,
        `; the format changed in ${s.breaks.map((b) => b.toYear).join(', ')}, so the parts are not comparable`,
      )
    : '';
  return pick(
    locale,
    `${title}，${s.from}–${s.to} 年：${parts.join('；')}${breaks}。`,
    `${title}, ${s.from}–${s.to}: ${parts.join('; ')}${breaks}.`,
  );
}
