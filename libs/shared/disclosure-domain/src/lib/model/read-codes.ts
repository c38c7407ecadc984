import type { Severity } from './report';

export interface FindingCodeInfo {
  code: string;
  severity: Severity;
  titleZh: string;
  titleEn: string;
}

/** Every code the reading of a document can emit, with its fixed severity. */
export const READ_CODES: readonly FindingCodeInfo[] = [
  {
    code: 'NOT_A_REPORT',
    severity: 'error',
    titleZh: '不是年度报告',
    titleEn: 'Not an annual report',
  },
  {
    code: 'YEAR_MISMATCH',
    severity: 'error',
    titleZh: '报送年度与报告所写年度不符',
    titleEn: 'Filed under another year than the report states',
  },
  {
    code: 'VALUE_UNREADABLE',
    severity: 'error',
    titleZh: '数值无法读取',
    titleEn: 'Value cannot be read',
  },
  {
    code: 'ROW_AMBIGUOUS',
    severity: 'warning',
    titleZh: '单元格无法对应到列',
    titleEn: 'Cells cannot be assigned to columns',
  },
  {
    code: 'ROW_DIGITS_MERGED',
    severity: 'warning',
    titleZh: '行标签与数字粘连',
    titleEn: 'Digits run into the row label',
  },
  {
    code: 'ROWS_LOST',
    severity: 'warning',
    titleZh: '子项标签缺失',
    titleEn: 'Sub-row labels lost',
  },
  {
    code: 'VALUES_WITHOUT_ROW',
    severity: 'warning',
    titleZh: '数值缺少行标签',
    titleEn: 'Values without a row label',
  },
  {
    code: 'ROW_UNEXPECTED',
    severity: 'warning',
    titleZh: '行不属于该格式',
    titleEn: 'Row not in this format',
  },
  {
    code: 'ROW_DUPLICATE',
    severity: 'warning',
    titleZh: '行重复',
    titleEn: 'Row appears twice',
  },
  {
    code: 'CELLS_MISSING',
    severity: 'warning',
    titleZh: '表格缺少单元格',
    titleEn: 'Table lacks cells',
  },
  {
    code: 'DOCUMENT_TRUNCATED',
    severity: 'warning',
    titleZh: '文档在表格中间结束',
    titleEn: 'Document stops inside a table',
  },
  {
    code: 'GENERATION_MIXED',
    severity: 'warning',
    titleZh: '新旧格式混用',
    titleEn: 'Formats mixed',
  },
  {
    code: 'YEAR_UNKNOWN',
    severity: 'warning',
    titleZh: '报告年度未知',
    titleEn: 'Report year unknown',
  },
  {
    code: 'AGENCY_UNKNOWN',
    severity: 'info',
    titleZh: '报告机关未知',
    titleEn: 'Agency unknown',
  },
  {
    code: 'ROW_LABEL_INFERRED',
    severity: 'info',
    titleZh: '按位置判定行',
    titleEn: 'Row inferred from position',
  },
  {
    code: 'GENERATION_INFERRED',
    severity: 'info',
    titleZh: '按数值个数判定格式',
    titleEn: 'Format inferred from cell count',
  },
  {
    code: 'MONEY_UNIT_ASSUMED',
    severity: 'info',
    titleZh: '金额未写单位',
    titleEn: 'Amount without unit',
  },
  {
    code: 'MONEY_UNIT_FROM_HEADER',
    severity: 'info',
    titleZh: '金额按表头单位（元）读取',
    titleEn: 'Amount read in the header’s unit (yuan)',
  },
  {
    code: 'EXTRA_ROW',
    severity: 'info',
    titleZh: '格式之外的本地行',
    titleEn: 'Local row outside the format',
  },
  {
    code: 'ENCODING_GUESSED',
    severity: 'info',
    titleZh: '编码为推测',
    titleEn: 'Encoding guessed',
  },
  {
    code: 'TRADITIONAL_CONVERTED',
    severity: 'info',
    titleZh: '繁体字已转换',
    titleEn: 'Traditional characters converted',
  },
];
