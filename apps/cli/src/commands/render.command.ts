import { readFileSync, writeFileSync } from 'node:fs';

import {
  isMetricId,
  REPORT_LAYOUTS,
  renderReport,
  renderReportDocx,
  type ReportData,
  type ReportLayout,
} from '@gongkai/disclosure-domain';

import { UsageError } from '../usage-error';

/**
 * Reads a report model: a `ReportData` object, or the output of `gongkai parse --json`
 * (an array with one report), whose `values` map metric ids to number, null or '/'.
 */
export function readReportModel(path: string): ReportData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(
      `无法读取模型文件 Cannot read the model file ${path}: ${(e as Error).message}`,
    );
  }
  if (Array.isArray(parsed)) {
    if (parsed.length !== 1) {
      throw new UsageError(
        `模型文件应只含一份报告 The model file must hold exactly one report (found ${parsed.length}).`,
      );
    }
    parsed = parsed[0];
  }
  const m = parsed as Partial<ReportData> | null;
  if (
    !m ||
    typeof m !== 'object' ||
    typeof m.values !== 'object' ||
    m.values === null
  ) {
    throw new UsageError(
      '模型文件缺少 values 对象 The model has no "values" object.',
    );
  }
  if (m.generation !== 'G1' && m.generation !== 'G2') {
    throw new UsageError(
      `generation 应为 G1 或 G2 must be "G1" or "G2" (got ${JSON.stringify(m.generation)}).`,
    );
  }
  const values: ReportData['values'] = {};
  const unknown: string[] = [];
  for (const [id, v] of Object.entries(m.values)) {
    if (!isMetricId(id)) unknown.push(id);
    else if (
      v === null ||
      v === '/' ||
      (typeof v === 'number' && Number.isFinite(v))
    )
      values[id] = v;
    else
      throw new UsageError(
        `${id} 的值应为数字、null 或 "/" must be a number, null or "/" (got ${JSON.stringify(v)}).`,
      );
  }
  if (unknown.length > 0) {
    throw new UsageError(
      `未知的指标编号 Unknown metric ids: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ' …' : ''}`,
    );
  }
  return {
    year: typeof m.year === 'number' ? m.year : null,
    agency: typeof m.agency === 'string' ? m.agency : null,
    generation: m.generation,
    values,
  };
}

export function renderCommand(
  args: readonly string[],
  layout: string | undefined,
  out: string | undefined,
): number {
  const [modelPath] = args;
  if (!modelPath || args.length > 1) {
    throw new UsageError(
      '用法 Usage: gongkai render <model.json> --layout text|tabbed|pipes|html|docx [--out 文件]',
    );
  }
  if (!layout || !(REPORT_LAYOUTS as readonly string[]).includes(layout)) {
    throw new UsageError(
      `--layout 应为 must be one of: ${REPORT_LAYOUTS.join(', ')}`,
    );
  }
  const model = readReportModel(modelPath);
  const chosen = layout as ReportLayout;
  if (chosen === 'docx') {
    if (!out)
      throw new UsageError('DOCX 需要 --out 文件 DOCX needs --out <file>.');
    writeFileSync(out, renderReportDocx(model));
    return 0;
  }
  const text = renderReport(model, chosen);
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  return 0;
}
