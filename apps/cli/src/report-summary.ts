import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  describeLocation,
  PROACTIVE_SUBTABLES,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type CellValue,
  type Finding,
  type ParsedReport,
} from '@gongkai/disclosure-domain';

import { displayWidth, padEnd, padStart, truncate } from './display-width';

export type Lang = 'zh' | 'en';

/** How a cell shows in the terminal: blank, not applicable, unreadable and absent differ. */
export function cellText(v: CellValue | undefined): string {
  if (!v) return '';
  switch (v.status) {
    case 'number':
      return String(v.value);
    case 'blank':
      return '_';
    case 'notApplicable':
      return '/';
    case 'unreadable':
      return '?';
  }
}

function grid(
  header: string[],
  rows: string[][],
  labelWidth: number,
): string[] {
  const widths = header.map((h, i) =>
    i === 0
      ? labelWidth
      : Math.max(
          6,
          [h, ...rows.map((r) => r[i] ?? '')].reduce(
            (m, s) => Math.max(m, displayWidth(s)),
            0,
          ),
        ),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0
          ? padEnd(truncate(c, labelWidth), labelWidth)
          : padStart(c, widths[i] ?? 6),
      )
      .join('  ');
  return [line(header), ...rows.map(line)];
}

const SEVERITY_MARK = { error: '✗', warning: '!', info: 'i' } as const;

export function formatFinding(f: Finding, lang: Lang): string {
  const where = describeLocation(f.location, lang);
  const msg = lang === 'zh' ? f.message : f.messageEn;
  const at = where === '' ? '' : lang === 'zh' ? `（${where}）` : ` (${where})`;
  return `  ${SEVERITY_MARK[f.severity]} [${f.code}] ${msg}${at}`;
}

export function formatFindings(
  findings: readonly Finding[],
  lang: Lang,
): string[] {
  if (findings.length === 0) {
    return [lang === 'zh' ? '  没有发现问题。' : '  No findings.'];
  }
  return findings.map((f) => formatFinding(f, lang));
}

/** The readable summary of `gongkai parse`: what was read, table by table, then findings. */
export function formatReport(
  file: string,
  report: ParsedReport,
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  const v = report.values;
  out.push(`== ${file}`);
  out.push(
    zh
      ? `标题：${report.title ?? '（未识别）'}`
      : `Title: ${report.title ?? '(not found)'}`,
  );
  out.push(
    zh
      ? `年度：${report.year ?? '未知'}  机关：${report.agency ?? '未知'}  格式：${report.generation ?? '未知'}  发布日期：${report.publishedOn ?? '未知'}${report.truncated ? '  （文档不完整）' : ''}`
      : `Year: ${report.year ?? 'unknown'}  Agency: ${report.agency ?? 'unknown'}  Format: ${report.generation ?? 'unknown'}  Published: ${report.publishedOn ?? 'unknown'}${report.truncated ? '  (document incomplete)' : ''}`,
  );
  out.push(
    (zh ? '章节：' : 'Sections: ') +
      (report.sections.map((s) => s.numeral).join(' ') || (zh ? '无' : 'none')),
  );

  const proactiveGen = report.tables.find(
    (t) => t.key === 'proactive',
  )?.generation;
  const subs = PROACTIVE_SUBTABLES.filter(
    (s) => s.generation === (proactiveGen ?? 'G2'),
  );
  const proactiveRows = subs.flatMap((s) =>
    s.rows
      .filter((r) => s.columns.some((c) => v[`proactive.${r.key}.${c.key}`]))
      .map((r) => ({ s, r })),
  );
  if (proactiveRows.length > 0) {
    out.push('', zh ? '二、主动公开政府信息情况' : 'II. Proactive disclosure');
    for (const s of subs) {
      const rows = proactiveRows.filter((p) => p.s === s);
      if (rows.length === 0) continue;
      out.push(
        ...grid(
          [
            `第二十条第（${s.item}）项`,
            ...s.columns.map((c) => (zh ? c.zh : c.en)),
          ],
          rows.map(({ r }) => [
            zh ? r.zh : r.en,
            ...s.columns.map((c) => cellText(v[`proactive.${r.key}.${c.key}`])),
          ]),
          24,
        ),
      );
    }
    for (const e of report.extras) {
      out.push(`  ${e.label}: ${e.cells.map(cellText).join('  ')}`);
    }
  }

  const appRows = APPLICATION_ROWS.filter((r) =>
    APPLICATION_COLUMNS.some((c) => v[`applications.${r.key}.${c.key}`]),
  );
  if (appRows.length > 0) {
    out.push(
      '',
      zh ? '三、收到和处理政府信息公开申请情况' : 'III. Applications',
    );
    out.push(
      ...grid(
        [
          zh ? '申请' : 'Application',
          ...APPLICATION_COLUMNS.map((c) => (zh ? c.zh : c.key)),
        ],
        appRows.map((r) => [
          zh ? r.zh.replace(/（[^）]*情形）$/, '') : r.en,
          ...APPLICATION_COLUMNS.map((c) =>
            cellText(v[`applications.${r.key}.${c.key}`]),
          ),
        ]),
        30,
      ),
    );
  }

  const reviewRows = REVIEW_GROUPS.filter((g) =>
    REVIEW_COLUMNS.some((c) => v[`${g.key}.${c.key}`]),
  );
  if (reviewRows.length > 0) {
    out.push(
      '',
      zh ? '四、行政复议、行政诉讼情况' : 'IV. Reviews and lawsuits',
    );
    out.push(
      ...grid(
        ['', ...REVIEW_COLUMNS.map((c) => (zh ? c.zh : c.en))],
        reviewRows.map((g) => [
          zh ? g.zh : g.en,
          ...REVIEW_COLUMNS.map((c) => cellText(v[`${g.key}.${c.key}`])),
        ]),
        24,
      ),
    );
  }
  out.push(
    '',
    zh
      ? '图例：_ 空白（未填报，不等于 0）  / 不适用  ? 无法读取'
      : 'Legend: _ blank (not reported, not 0)  / not applicable  ? unreadable',
    '',
    zh
      ? `发现的问题（${report.findings.length}）：`
      : `Findings (${report.findings.length}):`,
    ...formatFindings(report.findings, lang),
  );
  return out.join('\n');
}
