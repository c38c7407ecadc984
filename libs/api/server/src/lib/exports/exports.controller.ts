import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { StoreError } from '@gongkai/api-persistence';
import type { DepartmentFilter } from '@gongkai/api-persistence';
import { governmentOf } from '@gongkai/disclosure-domain';
import type { DepartmentKind } from '@gongkai/disclosure-domain';

import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { actorOf, Allow, CurrentPrincipal } from '../auth/principal';
import { DepartmentKindEnum } from '../common/department.model';
import { InstallationInfo } from '../store/installation-info';
import { coverageLines } from './city-tables.util';
import type { ExportTable } from './export-table.util';
import { ExportsService } from './exports.service';

type Params = Record<string, string | undefined>;

const KINDS = new Set<string>(Object.values(DepartmentKindEnum));

const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

const int = (
  name: string,
  v: string | undefined,
  fallback?: number,
): number => {
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (n === undefined || !Number.isInteger(n)) {
    throw new StoreError(
      'INVALID_ARGUMENT',
      `参数 ${name} 须为整数。`,
      `Parameter ${name} must be an integer.`,
    );
  }
  return n;
};

/** The `kinds` parameter, refused when it names a kind there is not. */
function kindsOf(q: Params): DepartmentKind[] {
  const kinds = list(q['kinds']);
  const unknown = kinds.find((k) => !KINDS.has(k));
  if (unknown !== undefined) {
    throw new StoreError(
      'INVALID_ARGUMENT',
      `没有部门类别 ${unknown}。`,
      `There is no department kind ${unknown}.`,
    );
  }
  return kinds as DepartmentKind[];
}

/** The line every file made from the demo city carries. */
function demoNote(city: string | null): [string, string] {
  return [
    '示例数据 demo data',
    `${city ?? '示例市'}的虚构报告，并非真实数据 — made-up reports, not real data`,
  ];
}

/** The draft report's note to the office, where the overview goes: deleted before publishing. */
function draftNote(lines: readonly [string, string][]): string {
  return `（草稿说明，发布前删去）${lines.map((l) => l.join('：')).join('；')}。`;
}

/** The selection of departments from query parameters, and the same as words for the file. */
function departmentsOf(q: Params): {
  filter: DepartmentFilter;
  words: [string, string][];
} {
  const ids = list(q['departments']).map((s) => int('departments', s));
  const kinds = kindsOf(q);
  const words: [string, string][] = [];
  if (ids.length) words.push(['部门 departments', ids.join(', ')]);
  if (kinds.length) words.push(['类别 kinds', kinds.join(', ')]);
  if (q['search']) words.push(['搜索 search', q['search']]);
  return {
    filter: {
      departmentIds: ids.length ? ids : undefined,
      kinds: kinds.length ? kinds : undefined,
      search: q['search'],
    },
    words,
  };
}

/**
 * GET /api/exports/{series|ranking|tidy}.{csv|xlsx}?metrics=…&from=…&to=…, and the
 * city tables (see `cityExport`). Every file carries the filters it was made with.
 */
@Controller('api/exports')
export class ExportsController {
  constructor(
    @Inject(ExportsService) private readonly exports: ExportsService,
    @Inject(InstallationInfo) private readonly installation: InstallationInfo,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  @Allow('staff')
  @Get(':name')
  async export(
    @Param('name') name: string,
    @Query() q: Params,
    @Res() res: Response,
    @CurrentPrincipal() p: Principal,
  ): Promise<void> {
    if (name === 'city-tables.xlsx' || name === 'city-report.docx') {
      await this.cityExport(name, q, res, p);
      return;
    }
    const m = /^(series|ranking|tidy)\.(csv|xlsx)$/.exec(name);
    if (!m) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        `没有导出 ${name}。`,
        `There is no export ${name}.`,
      );
    }
    const [, kind, format] = m as unknown as [
      string,
      'series' | 'ranking' | 'tidy',
      'csv' | 'xlsx',
    ];
    const table = await this.table(kind, q);
    await this.auth.access.audit(actorOf(p), {
      action: 'export',
      target: `export:${name}`,
      details: { filters: Object.fromEntries(table.filters) },
    });
    const installation = await this.installation.get();
    if (installation.demo) {
      table.filters.unshift(demoNote(installation.demoCity));
    }
    const body =
      format === 'csv'
        ? this.exports.csv(table)
        : await this.exports.xlsx(table);
    res.setHeader(
      'Content-Type',
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="gongkai-${kind}.${format}"`,
    );
    res.send(body);
  }

  /**
   * GET /api/exports/city-tables.xlsx?year=…&kinds=…&acceptedOnly=1: the year's three
   * tables summed (全市汇总表) in the official layout; city-report.docx: the same
   * tables in a draft of the government-level report (`agency` names the government).
   */
  private async cityExport(
    name: 'city-tables.xlsx' | 'city-report.docx',
    q: Params,
    res: Response,
    p: Principal,
  ): Promise<void> {
    const year = int('year', q['year']);
    const kinds = kindsOf(q);
    const acceptedOnly =
      q['acceptedOnly'] === '1' || q['acceptedOnly'] === 'true';
    const tables = await this.exports.cityTables({ year, kinds, acceptedOnly });
    const installation = await this.installation.get();
    const filters: [string, string][] = [
      [
        '年度 year',
        `${year}（${tables.generation === 'G2' ? '2021' : '2019'} 年格式）`,
      ],
      ['类别 kinds', kinds.length ? kinds.join(', ') : '全部 all'],
      [
        '范围 reports',
        acceptedOnly
          ? '仅已接收 accepted only'
          : '计入统计的版本 counted versions',
      ],
      [
        '报告 reports summed',
        tables.reports.map((r) => `${r.generation} ${r.reports}`).join(', ') ||
          '0',
      ],
    ];
    const board = await this.exports.board(year, kinds);
    const coverage = coverageLines(tables, board.counts);
    filters.push(...coverage);
    if (installation.demo) filters.unshift(demoNote(installation.demoCity));
    await this.auth.access.audit(actorOf(p), {
      action: 'export',
      target: `export:${name}`,
      details: { filters: Object.fromEntries(filters) },
    });
    const docx = name === 'city-report.docx';
    const agency =
      q['agency']?.trim().slice(0, 60) || governmentOf(installation.city);
    const body = docx
      ? this.exports.cityReportDocx(
          tables,
          agency,
          draftNote(
            installation.demo
              ? [demoNote(installation.demoCity), ...coverage]
              : coverage,
          ),
        )
      : await this.exports.cityTablesXlsx(tables, filters);
    res.setHeader(
      'Content-Type',
      docx
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="gongkai-city-${docx ? 'report' : 'tables'}-${year}.${docx ? 'docx' : 'xlsx'}"`,
    );
    res.send(body);
  }

  private table(
    kind: 'series' | 'ranking' | 'tidy',
    q: Params,
  ): Promise<ExportTable> {
    if (kind === 'ranking') {
      const metric = q['metric'] ?? '';
      const year = int('year', q['year']);
      const limit = Math.min(int('limit', q['limit'], 50), 500);
      const { filter, words } = departmentsOf(q);
      return this.exports.ranking(metric, year, limit, filter.kinds ?? [], [
        ['指标 metric', metric],
        ['年度 year', String(year)],
        ['前 N 名 limit', String(limit)],
        ...words.filter(([k]) => k.startsWith('类别')),
      ]);
    }
    const metrics = list(q['metrics']);
    if (metrics.length === 0 || metrics.length > 20) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        '请给出 1–20 个指标（metrics）。',
        'Give 1 to 20 metrics.',
      );
    }
    const from = int('from', q['from']);
    const to = int('to', q['to'], from);
    const { filter, words } = departmentsOf(q);
    const filters: [string, string][] = [
      ['指标 metrics', metrics.join(', ')],
      ['年度 years', `${from}–${to}`],
      ...words,
    ];
    return kind === 'series'
      ? this.exports.series(metrics, filter, from, to, filters)
      : this.exports.tidy(metrics, filter, from, to, filters);
  }
}
