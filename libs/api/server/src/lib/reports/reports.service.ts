import { ReportQueries, ReportStore } from '@gongkai/api-persistence';
import type {
  DepartmentFilter,
  DirectoryDepartment,
} from '@gongkai/api-persistence';
import { Inject, Injectable } from '@nestjs/common';

import {
  toCellModel,
  toDepartmentModel,
  toFindingModel,
  toReadReportModel,
} from '../common/report.mapper';
import { toSubmissionModel } from '../common/submission.mapper';
import type { SubmissionModel } from '../common/submission.model';
import { InstallationInfo } from '../store/installation-info';
import type { DepartmentKindEnum } from '../common/department.model';
import type {
  BoardArgs,
  CityTablesArgs,
  DepartmentFilterInput,
  FindingsArgs,
  RankingArgs,
  SeriesArgs,
  YearRangeArgs,
} from './reports.args';
import type {
  BoardStatusEnum,
  CityTablesModel,
  CityTotalModel,
  ComplianceBoardModel,
  FindingPageModel,
  PointStatusEnum,
  RankingEntryModel,
  ReportModel,
  SeriesMatrixModel,
  SeriesPageModel,
  ValueChangeModel,
} from './reports.model';

export function toDepartmentFilter(
  f: DepartmentFilterInput | null | undefined,
): DepartmentFilter {
  return {
    departmentIds: f?.ids ?? undefined,
    kinds: f?.kinds ?? undefined,
    parentId: f?.parentId ?? undefined,
    search: f?.search ?? undefined,
  };
}

/** The reads of the dashboard, mapped to read models. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(ReportStore) private readonly store: ReportStore,
    @Inject(ReportQueries) private readonly queries: ReportQueries,
    @Inject(InstallationInfo) private readonly installation: InstallationInfo,
  ) {}

  private department(id: number): DirectoryDepartment {
    return this.store.directory.get(id) as DirectoryDepartment;
  }

  async report(
    departmentId: number,
    year: number,
    version?: number,
  ): Promise<ReportModel> {
    const r = await this.store.report(departmentId, year, version);
    return {
      submission: toSubmissionModel(r.submission, r.department),
      read: toReadReportModel(r.report),
      demo: (await this.installation.get()).demo,
    };
  }

  async history(
    departmentId: number,
    year?: number,
  ): Promise<SubmissionModel[]> {
    const d = await this.store.requireDepartment(departmentId);
    return (await this.store.history(departmentId, year)).map((s) =>
      toSubmissionModel(s, d),
    );
  }

  async diff(
    departmentId: number,
    year: number,
    from: number,
    to: number,
  ): Promise<ValueChangeModel[]> {
    const changes = await this.store.diff(departmentId, year, from, to);
    return changes.map((c) => ({
      metric: c.metric,
      before: c.before ? toCellModel(c.metric, c.before) : null,
      after: c.after ? toCellModel(c.metric, c.after) : null,
    }));
  }

  async series(a: SeriesArgs): Promise<SeriesPageModel> {
    const page = await this.queries.series({
      metrics: a.metrics,
      departments: toDepartmentFilter(a.departments),
      from: a.from,
      to: a.to,
      withPredecessors: a.withPredecessors,
      offset: a.offset,
      limit: a.limit,
    });
    return {
      totalDepartments: page.totalDepartments,
      offset: page.offset,
      lines: page.lines.map((l) => ({
        metric: l.metric,
        department: toDepartmentModel(l.department),
        points: l.points.map((p) => ({
          ...p,
          status: p.status as PointStatusEnum,
        })),
      })),
    };
  }

  async seriesMatrix(
    a: YearRangeArgs & { departments?: DepartmentFilterInput | null },
  ): Promise<SeriesMatrixModel> {
    const m = await this.queries.packedSeriesMatrix({
      metrics: a.metrics,
      departments: toDepartmentFilter(a.departments),
      from: a.from,
      to: a.to,
    });
    return {
      metrics: m.metrics,
      departmentIds: m.departments.map((d) => d.id),
      from: m.from,
      to: m.to,
      values: m.values,
      statuses: m.statuses,
    };
  }

  cityTotals(
    metrics: string[],
    from: number,
    to: number,
  ): Promise<CityTotalModel[]> {
    return this.queries.cityTotals(metrics, from, to);
  }

  async cityTables(a: CityTablesArgs): Promise<CityTablesModel> {
    const t = await this.queries.cityTables({
      year: a.year,
      kinds: a.kinds ?? undefined,
      acceptedOnly: a.acceptedOnly,
    });
    return { ...t, kinds: t.kinds as DepartmentKindEnum[] };
  }

  async ranking(a: RankingArgs): Promise<RankingEntryModel[]> {
    const rows = await this.queries.ranking({
      metric: a.metric,
      year: a.year,
      kinds: a.kinds ?? undefined,
      ascending: a.ascending,
      limit: a.limit,
    });
    return rows.map((r) => ({
      ...r,
      department: toDepartmentModel(r.department),
    }));
  }

  async board(a: BoardArgs): Promise<ComplianceBoardModel> {
    const demo = await this.installation.get();
    const now = a.now ?? demo.demoNow;
    const b = await this.queries.complianceBoard({
      year: a.year,
      kinds: a.kinds ?? undefined,
      statuses: a.statuses ?? undefined,
      includeNotExpected: a.includeNotExpected,
      now: now ? new Date(now) : undefined,
      offset: a.offset,
      limit: a.limit,
    });
    return {
      ...b,
      rows: b.rows.map((r) => ({
        ...r,
        status: r.status as BoardStatusEnum,
        department: toDepartmentModel(r.department),
      })),
    };
  }

  async findings(a: FindingsArgs): Promise<FindingPageModel> {
    const page = await this.queries.findings({
      year: a.year ?? undefined,
      departmentIds: a.departmentIds ?? undefined,
      codes: a.codes ?? undefined,
      severities: a.severities ?? undefined,
      allVersions: a.allVersions,
      offset: a.offset,
      limit: a.limit,
    });
    return {
      total: page.total,
      rows: page.rows.map((f) => ({
        ...toFindingModel(f),
        submissionId: f.submissionId,
        department: toDepartmentModel(this.department(f.departmentId)),
        year: f.year,
        version: f.version,
      })),
    };
  }
}
