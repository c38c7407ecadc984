import type { ReportData } from '@gongkai/disclosure-domain';
import type { DemoDefect, DemoDefectKind } from './model';

/**
 * The planted defects: small, typical mistakes of real offices, each made so that
 * exactly the intended checks fire. Eligibility guards (a cell must hold a number)
 * keep a blank cell from turning an error into a "one side blank" warning.
 */

function numberAt(data: ReportData, id: string): number | null {
  const value = data.values[id];
  return typeof value === 'number' ? value : null;
}

/** 0 for blank, null for '/' or a missing cell. */
function countAt(data: ReportData, id: string): number | null {
  const value = data.values[id];
  if (value === null) return 0;
  return typeof value === 'number' ? value : null;
}

const TOTAL_ROW_CELL = 'applications.resultTotal.natural';
const REVIEW_TOTAL_CELL = 'review.total';
const RECEIVED_TOTAL_CELL = 'applications.received.total';

export function canPlant(kind: DemoDefectKind, data: ReportData): boolean {
  switch (kind) {
    case 'totalRowMismatch':
      return (numberAt(data, TOTAL_ROW_CELL) ?? 0) >= 1;
    case 'reviewTotalMismatch':
      // A total of at least 1 means some outcome cell holds a number.
      return (numberAt(data, REVIEW_TOTAL_CELL) ?? 0) >= 1;
    case 'proseMismatch':
      return (numberAt(data, RECEIVED_TOTAL_CELL) ?? 0) >= 2;
    case 'carriedInBreak':
      return (
        (numberAt(data, 'applications.received.natural') ?? 0) >= 3 &&
        countAt(data, 'applications.carriedIn.natural') !== null &&
        countAt(data, 'applications.carriedIn.total') !== null
      );
    case 'outdatedFormat':
      return data.generation === 'G1' && (data.year ?? 0) >= 2021;
  }
}

/**
 * Changes the values (never the narrative) and describes the defect. For
 * `proseMismatch` the values stay as they are: the caller writes the overview.
 */
export function plantDefect(
  kind: DemoDefectKind,
  data: ReportData,
  amount: number,
): DemoDefect {
  const v = data.values;
  switch (kind) {
    case 'totalRowMismatch': {
      v[TOTAL_ROW_CELL] = (numberAt(data, TOTAL_ROW_CELL) ?? 0) + amount;
      return {
        kind,
        codes: ['R1', 'R2', 'R3'],
        metric: TOTAL_ROW_CELL,
        description: `表三（七）总计·自然人多填${amount}件：第一项加第二项不等于第三项加第四项（R1），总计不等于各项办理结果之和（R2），总计列不等于各申请人类别之和（R3）`,
      };
    }
    case 'reviewTotalMismatch': {
      v[REVIEW_TOTAL_CELL] = (numberAt(data, REVIEW_TOTAL_CELL) ?? 0) + amount;
      return {
        kind,
        codes: ['R4'],
        metric: REVIEW_TOTAL_CELL,
        description: `表四行政复议总计多填${amount}件，不等于各结果之和（R4）`,
      };
    }
    case 'proseMismatch':
      return {
        kind,
        codes: ['R10'],
        metric: RECEIVED_TOTAL_CELL,
        description: `“总体情况”所述收到申请数比表三本年新收少${amount}件（R10）`,
      };
    case 'carriedInBreak': {
      // R1 and R3 still hold: what is added to 上年结转 is taken from 本年新收.
      const shift = (id: string, delta: number) => {
        v[id] = (countAt(data, id) ?? 0) + delta;
      };
      shift('applications.carriedIn.natural', amount);
      shift('applications.carriedIn.total', amount);
      shift('applications.received.natural', -amount);
      shift('applications.received.total', -amount);
      return {
        kind,
        codes: ['R6'],
        metric: 'applications.carriedIn.natural',
        description: `上年结转·自然人比上一年度报告的结转下年度多${amount}件（R6，与上一年度报告对比时）`,
      };
    }
    case 'outdatedFormat':
      return {
        kind,
        codes: ['FORMAT_OUTDATED'],
        metric: null,
        description: `${data.year ?? ''}年度报告仍使用2019年试行格式的表二、表三`,
      };
  }
}
